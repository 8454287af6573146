// The words of a unit's daily digest: one subject line that says what needs attention, and a body
// that lists the work by stage, each with its deadline as the document states it and a link.
// Pure: the items, the unit and the day are arguments.
import { formatDateVi, type IsoDate } from "../../../core/calendar/index.ts";
import type { NotificationItem, ReminderStage } from "../contract.ts";

const SECTION: Record<ReminderStage, string> = {
  escalated: "Công việc của đơn vị được giao theo dõi đã quá hạn, cần đôn đốc",
  overdue: "Công việc quá hạn",
  due_today: "Công việc đến hạn hôm nay",
  before_due: "Công việc sắp đến hạn",
  checkpoint: "Công việc thường xuyên cần cập nhật kết quả kỳ này",
  urged: "Nội dung đôn đốc",
};
const ORDER: ReminderStage[] = ["urged", "escalated", "overdue", "due_today", "before_due", "checkpoint"];

const dueOf = (i: NotificationItem) =>
  [i.dueDate ? `hạn ${formatDateVi(i.dueDate as IsoDate)}` : null, i.dueText ? `“${i.dueText}”` : null]
    .filter(Boolean)
    .join(", ");

function lineOf(i: NotificationItem): string {
  const when =
    i.stage === "overdue" || i.stage === "escalated"
      ? `quá hạn ${i.workingDaysOverdue} ngày làm việc`
      : i.stage === "before_due"
        ? `còn ${i.workingDaysLeft} ngày làm việc`
        : i.stage === "checkpoint" && i.dueDate
          ? `kỳ báo cáo kết thúc ${formatDateVi(i.dueDate as IsoDate)}`
          : "";
  const who = i.stage === "escalated" ? ` — ${i.leadOrgName}` : "";
  const doc = i.directiveSymbol ? ` [${i.directiveSymbol}]` : "";
  return `${i.title}${doc}${who} (${[dueOf(i), when].filter(Boolean).join("; ")})`;
}

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

export function composeDigest(
  unitName: string,
  day: string,
  items: NotificationItem[],
  linkOf: (assignmentId: string) => string,
): Digest {
  const counts = ORDER.map((s) => [s, items.filter((i) => i.stage === s).length] as const).filter(
    ([, n]) => n,
  );
  const summary = counts
    .map(([s, n]) => {
      const label = {
        escalated: "việc quá hạn của đơn vị theo dõi",
        overdue: "việc quá hạn",
        due_today: "việc đến hạn hôm nay",
        before_due: "việc sắp đến hạn",
        checkpoint: "việc thường xuyên cần cập nhật",
        urged: "nội dung đôn đốc",
      }[s];
      return `${n} ${label}`;
    })
    .join(", ");
  const subject = `[Thực Thi] Nhắc việc ngày ${formatDateVi(day as IsoDate)} — ${unitName}: ${summary}`;
  const text: string[] = [
    `Kính gửi ${unitName},`,
    "",
    `Tổng hợp công việc cần chú ý ngày ${formatDateVi(day as IsoDate)}:`,
  ];
  const html: string[] = [
    `<p>Kính gửi ${escapeHtml(unitName)},</p>`,
    `<p>Tổng hợp công việc cần chú ý ngày ${formatDateVi(day as IsoDate)}:</p>`,
  ];
  for (const [stage] of counts) {
    const list = items.filter((i) => i.stage === stage);
    text.push("", `${SECTION[stage]}:`);
    html.push(`<h3>${SECTION[stage]}</h3><ul>`);
    for (const i of list) {
      text.push(`  - ${lineOf(i)}`, `    ${linkOf(i.assignmentId)}`);
      if (i.note) text.push(`    Ghi chú: ${i.note}`);
      html.push(
        `<li><a href="${escapeHtml(linkOf(i.assignmentId))}">${escapeHtml(lineOf(i))}</a>${i.note ? `<br>Ghi chú: ${escapeHtml(i.note)}` : ""}</li>`,
      );
    }
    html.push("</ul>");
  }
  const footer =
    "Thư này do hệ thống Thực Thi gửi tự động, mỗi đơn vị một thư mỗi ngày. Vui lòng không trả lời thư này.";
  text.push("", footer);
  html.push(`<p><small>${footer}</small></p>`);
  return { subject, text: text.join("\n"), html: html.join("\n") };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
