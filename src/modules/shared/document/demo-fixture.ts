// A consolidated report as Phòng Nội vụ quận Gò Vấp would issue it for the first half of 2026 under
// Kế hoạch 4998/KH-UBND: the sixteen wards' figures (two wards did not report), the narrative
// gathered from them, and the decree's closing. Used by `thucthi report render --demo` and the
// writers' tests, so anyone can check the format without a server. The figures are invented but
// add up: totals and rates are computed here from the rows, as the consolidation computes them.
import type { OfficialDocument, TableBlock, TableCell } from "./model.ts";

interface WardFigures {
  ward: string;
  /** Tasks assigned under the plan, done on time, done late, in progress (not yet due), overdue. */
  assigned: number;
  onTime: number;
  late: number;
  inProgress: number;
  overdue: number;
  /** When its report arrived: working days late (0 on time), or null if it never came. */
  daysLate: number | null;
}

const W = (ward: number, f: Omit<WardFigures, "ward">): WardFigures => ({ ward: `Phường ${ward}`, ...f });

export const DEMO_WARD_FIGURES: WardFigures[] = [
  W(1, { assigned: 14, onTime: 11, late: 1, inProgress: 2, overdue: 0, daysLate: 0 }),
  W(3, { assigned: 14, onTime: 10, late: 2, inProgress: 1, overdue: 1, daysLate: 0 }),
  W(4, { assigned: 13, onTime: 9, late: 1, inProgress: 2, overdue: 1, daysLate: 0 }),
  W(5, { assigned: 14, onTime: 12, late: 0, inProgress: 2, overdue: 0, daysLate: 0 }),
  W(6, { assigned: 13, onTime: 8, late: 2, inProgress: 1, overdue: 2, daysLate: 3 }),
  W(7, { assigned: 14, onTime: 11, late: 1, inProgress: 1, overdue: 1, daysLate: 0 }),
  W(8, { assigned: 13, onTime: 0, late: 0, inProgress: 0, overdue: 0, daysLate: null }),
  W(9, { assigned: 14, onTime: 10, late: 1, inProgress: 3, overdue: 0, daysLate: 0 }),
  W(10, { assigned: 15, onTime: 12, late: 1, inProgress: 1, overdue: 1, daysLate: 0 }),
  W(11, { assigned: 14, onTime: 9, late: 3, inProgress: 1, overdue: 1, daysLate: 1 }),
  W(12, { assigned: 15, onTime: 13, late: 0, inProgress: 2, overdue: 0, daysLate: 0 }),
  W(13, { assigned: 13, onTime: 10, late: 1, inProgress: 2, overdue: 0, daysLate: 0 }),
  W(14, { assigned: 14, onTime: 11, late: 2, inProgress: 0, overdue: 1, daysLate: 0 }),
  W(15, { assigned: 13, onTime: 0, late: 0, inProgress: 0, overdue: 0, daysLate: null }),
  W(16, { assigned: 15, onTime: 12, late: 1, inProgress: 1, overdue: 1, daysLate: 0 }),
  W(17, { assigned: 14, onTime: 10, late: 1, inProgress: 2, overdue: 1, daysLate: 2 }),
];

const rate = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 1000) / 10 : null;

/** The task table: one row per ward; a ward that did not report has its count of tasks and dashes. */
function tasksTable(): TableBlock {
  const sum = (pick: (w: WardFigures) => number, rows: WardFigures[]) =>
    rows.reduce((s, w) => s + pick(w), 0);
  const reported = DEMO_WARD_FIGURES.filter((w) => w.daysLate !== null);
  const rows: TableCell[][] = DEMO_WARD_FIGURES.map((w) =>
    w.daysLate === null
      ? [w.ward, w.assigned, null, null, null, null, null]
      : [w.ward, w.assigned, w.onTime, w.late, w.inProgress, w.overdue, rate(w.onTime, w.assigned)],
  );
  const totals: TableCell[] = [
    "Tổng cộng",
    sum((w) => w.assigned, DEMO_WARD_FIGURES),
    sum((w) => w.onTime, reported),
    sum((w) => w.late, reported),
    sum((w) => w.inProgress, reported),
    sum((w) => w.overdue, reported),
    rate(
      sum((w) => w.onTime, reported),
      sum((w) => w.assigned, reported),
    ),
  ];
  return {
    type: "table",
    title: "Biểu 1. Kết quả thực hiện nhiệm vụ theo đơn vị",
    unitNote: "Đơn vị tính: nhiệm vụ",
    numbered: true,
    columns: [
      { title: "Đơn vị", format: "text", width: 2.2 },
      { title: "Được giao", format: "integer" },
      { title: "Hoàn thành đúng hạn", format: "integer" },
      { title: "Hoàn thành trễ hạn", format: "integer" },
      { title: "Đang thực hiện", format: "integer" },
      { title: "Quá hạn", format: "integer" },
      { title: "Tỷ lệ đúng hạn (%)", format: "percent", decimals: 1, width: 1.2 },
    ],
    rows,
    totals,
    note: "Tỷ lệ đúng hạn tính trên số nhiệm vụ được giao của các phường đã gửi báo cáo; số liệu tính đến ngày 30/4/2026.",
  };
}

function timelinessTable(): TableBlock {
  const status = (w: WardFigures) =>
    w.daysLate === null ? "Chưa gửi báo cáo" : `Trễ ${w.daysLate} ngày làm việc`;
  return {
    type: "table",
    title: "Biểu 2. Các phường gửi báo cáo trễ hạn hoặc chưa gửi",
    numbered: true,
    columns: [
      { title: "Đơn vị", format: "text", width: 2 },
      { title: "Tình trạng", format: "text", width: 2.5 },
    ],
    rows: DEMO_WARD_FIGURES.filter((w) => w.daysLate !== 0).map((w) => [w.ward, status(w)]),
  };
}

export function demoConsolidatedReport(): OfficialDocument {
  const reported = DEMO_WARD_FIGURES.filter((w) => w.daysLate !== null).length;
  const missing = DEMO_WARD_FIGURES.filter((w) => w.daysLate === null).map((w) => w.ward);
  const late = DEMO_WARD_FIGURES.filter((w) => w.daysLate !== null && w.daysLate > 0).length;
  const table = tasksTable();
  const [, assigned, onTime, lateTasks, inProgress, overdue] = table.totals ?? [];
  const t = { assigned, onTime, late: lateTasks, inProgress, overdue };
  return {
    system: "state",
    issuer: { parent: "Ủy ban nhân dân quận Gò Vấp", name: "Phòng Nội vụ", code: "PNV" },
    kind: { name: "BÁO CÁO", code: "BC" },
    reference: { number: "128" },
    place: "Gò Vấp",
    date: { iso: "2026-05-04" },
    summary: "Kết quả thực hiện Kế hoạch số 4998/KH-UBND 6 tháng đầu năm 2026",
    body: [
      {
        type: "paragraph",
        text:
          "Thực hiện Kế hoạch số 4998/KH-UBND của Ủy ban nhân dân quận Gò Vấp về thực hiện Nghị quyết số 27-NQ/TW " +
          "của Ban Chấp hành Trung ương về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa " +
          `Việt Nam trong giai đoạn mới, trên cơ sở báo cáo của ${reported}/16 phường, Phòng Nội vụ báo cáo kết quả ` +
          "thực hiện 6 tháng đầu năm 2026 như sau:",
      },
      { type: "heading", level: 1, text: "I. KẾT QUẢ ĐẠT ĐƯỢC" },
      { type: "heading", level: 2, text: "1. Công tác chỉ đạo, điều hành" },
      {
        type: "paragraph",
        text:
          "Ủy ban nhân dân các phường đã ban hành kế hoạch triển khai, phân công cụ thể cho từng bộ phận chuyên môn; " +
          "tổ chức quán triệt Kế hoạch đến toàn thể cán bộ, công chức và người hoạt động không chuyên trách ở khu phố.",
      },
      { type: "heading", level: 2, text: "2. Kết quả thực hiện các nhiệm vụ được giao" },
      {
        type: "paragraph",
        text:
          `Các phường được giao ${t.assigned} nhiệm vụ; trong đó các phường đã báo cáo hoàn thành đúng hạn ${t.onTime} nhiệm vụ, ` +
          `hoàn thành trễ hạn ${t.late} nhiệm vụ, đang thực hiện ${t.inProgress} nhiệm vụ chưa đến hạn và ${t.overdue} nhiệm vụ ` +
          "quá hạn chưa hoàn thành (chi tiết tại Biểu 1).",
      },
      table,
      {
        type: "list",
        items: [
          `Rà soát, công bố công khai thủ tục hành chính tại bộ phận tiếp nhận và trả kết quả: ${reported}/${reported} phường đã báo cáo hoàn thành.`,
          "Tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường: bình quân 5,5 buổi mỗi phường trong kỳ.",
        ],
      },
      { type: "heading", level: 1, text: "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN" },
      {
        type: "paragraph",
        text:
          `Còn ${missing.length} phường chưa gửi báo cáo (${missing.join(", ")}) và ${late} phường gửi báo cáo trễ hạn ` +
          "(chi tiết tại Biểu 2). Một số nhiệm vụ về chuyển đổi số trong giải quyết thủ tục hành chính còn chậm " +
          "do hạ tầng và nhân lực chưa đáp ứng.",
      },
      timelinessTable(),
      { type: "heading", level: 1, text: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" },
      {
        type: "list",
        items: [
          `Đôn đốc ${missing.join(", ")} gửi báo cáo trước ngày 10/5/2026.`,
          `Tập trung hoàn thành ${t.overdue} nhiệm vụ quá hạn trong quý III năm 2026.`,
        ],
      },
      { type: "heading", level: 1, text: "IV. ĐỀ XUẤT, KIẾN NGHỊ" },
      {
        type: "paragraph",
        text: "Đề nghị Ủy ban nhân dân quận chỉ đạo các phường chưa gửi báo cáo khẩn trương thực hiện theo quy định.",
      },
      {
        type: "paragraph",
        text: "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 4998/KH-UBND 6 tháng đầu năm 2026 của Phòng Nội vụ./.",
      },
    ],
    signers: [{ position: "Trưởng phòng", name: "Trần Thị Minh Hạnh" }],
    recipients: {
      items: [
        "Ủy ban nhân dân quận (để báo cáo)",
        "Sở Nội vụ Thành phố (để báo cáo)",
        "Ủy ban nhân dân 16 phường",
      ],
      archive: ["VT"],
    },
  };
}
