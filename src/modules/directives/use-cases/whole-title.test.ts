// A task whose first sentence is long keeps all of it through import, review and confirmation: the
// assignment's detail and the Excel column "Nội dung công việc" show the whole title, never a title
// cut inside a word ("nâng cao chất l") or clipped with "…" (issue 13, item 8).

import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { actorIn, contextFor, systemContext } from "../../../../test/support/context.ts";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import type { Actor } from "../../../core/access.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { orgDemoStep } from "../../orgs/demo.ts";
import { orgs } from "../../orgs/schema.ts";
import { assignments } from "../../tasks/schema.ts";
import { exportAssignments } from "../../tasks/use-cases/export.ts";
import { getAssignment } from "../../tasks/use-cases/read.ts";
import { confirmDirective } from "./confirm.ts";
import { updateTask } from "./edit-draft.ts";
import { importDirective } from "./import.ts";
import { getReview } from "./review.ts";

// Over 300 characters before its full stop (the parser's clip), and over 240 without a full stop
// (the draft's old cut): both used to be stored shortened.
const FIRST =
  "Phòng Nội vụ chủ trì tham mưu Ủy ban nhân dân quận tổ chức quán triệt, tuyên truyền sâu rộng trong cán bộ, " +
  "công chức, viên chức và người lao động về mục tiêu xây dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam của " +
  "Nhân dân, do Nhân dân, vì Nhân dân, gắn với việc nâng cao chất lượng phục vụ người dân, doanh nghiệp và cải cách " +
  "thủ tục hành chính trên địa bàn quận trong năm 2026, hoàn thành trước ngày 31/12/2026.";
const SECOND =
  "Phòng Tư pháp chủ trì phối hợp với Ủy ban nhân dân các phường tuyên truyền trên hệ thống truyền thanh cơ sở và " +
  "trang thông tin điện tử của quận về các mô hình hay cách làm sáng tạo trong cải cách hành chính và nâng cao chất " +
  "lượng dịch vụ công trực tuyến toàn trình cho người dân doanh nghiệp trên địa bàn quận, thực hiện trước ngày 30/11/2026";
const PLAN = `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
QUẬN GÒ VẤP                        Độc lập - Tự do - Hạnh phúc
Số: 321/KH-UBND                    Gò Vấp, ngày 01 tháng 10 năm 2026

KẾ HOẠCH
Nâng cao chất lượng phục vụ người dân năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn quận.

II. NHIỆM VỤ, GIẢI PHÁP
1. ${FIRST} Báo cáo kết quả về Ủy ban nhân dân quận.
2. ${SECOND}

III. TỔ CHỨC THỰC HIỆN
Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.

                                          TM. ỦY BAN NHÂN DÂN
                                          CHỦ TỊCH
                                          Người Ký Thử
`;

const code: Record<string, string> = {};
let leader: Actor;
const database = setupTestDatabase(async (db) => {
  await orgDemoStep.run(systemContext(db), {
    box: null as never,
    dir: new URL("../../../../demo", import.meta.url).pathname,
    log: () => {},
  });
  for (const o of await db.select({ id: orgs.id, code: orgs.code }).from(orgs)) code[o.code!] = o.id;
  leader = actorIn(code["gv.ubnd"]!, "leader");
});
const as = (actor: Actor) => contextFor(database.db, actor);

it("keeps a long title whole from the draft to the assignment's detail and the Excel cell", async () => {
  const imported = await importDirective(as(leader), memoryStorage(), {
    bytes: Buffer.from(PLAN),
    fileName: "321-KH-UBND.txt",
    mimeType: "text/plain",
  });
  let review = await getReview(as(leader), imported.id);
  const leads: Record<string, string> = { "Phòng Nội vụ": code["gv.pnv"]!, "Phòng Tư pháp": code["gv.ptp"]! };
  for (const t of review.tasks)
    review = await updateTask(as(leader), imported.id, t.id, {
      version: review.directive.version,
      leadOrgIds: [leads[t.leadText[0]!]!],
      supportOrgIds: [],
      fanOut: false,
    });
  expect(review.problems).toEqual([]);
  const titles = review.tasks.filter((t) => t.kind === "task").map((t) => t.title);
  expect(titles).toEqual([FIRST, SECOND]);

  await confirmDirective(as(leader), imported.id, { version: review.directive.version });
  const given = await database.db
    .select({ id: assignments.id })
    .from(assignments)
    .where(eq(assignments.directiveId, imported.id));
  const details = await Promise.all(given.map((a) => getAssignment(as(leader), a.id)));
  expect(details.map((d) => d.title)).toEqual(expect.arrayContaining([FIRST, SECOND]));

  const { bytes } = await exportAssignments(as(leader), { directiveId: imported.id, classes: [] });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Công việc")!;
  const column = sheet.getRow(1).values as unknown[];
  const at = column.indexOf("Nội dung công việc");
  const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(at).value);
  expect(cells).toEqual(expect.arrayContaining([FIRST, SECOND]));
});
