// The Excel export keeps a deadline apart from reporting periods: ongoing work overdue for a missed
// report has no "Hạn", names the period in its own column and says which report is late.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { createTaskList, dueBy, PLAN_4998 } from "../../../../test/support/tasks-fixtures.ts";
import { exportAssignments } from "./export.ts";

let plan: Awaited<ReturnType<typeof createTaskList>>;
const database = setupTreeAndPeople(async (db) => {
  plan = await createTaskList(db, {
    ...PLAN_4998,
    issuedOn: "2026-10-05",
    tasks: [
      dueBy("Báo cáo sơ kết", ["gv.p1"], "ngày 23/11/2026", "2026-11-23"),
      {
        title: "Tuyên truyền trên loa phường",
        leads: ["gv.p1"],
        timeframe: { kind: "ongoing", text: "Thường xuyên", due: null },
      },
    ],
  });
});

async function rowsOn(now: Date) {
  const { bytes } = await exportAssignments(database.as("noivu.govap", now), {
    directiveId: plan.directiveId,
    classes: [],
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Công việc")!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) => {
    const row = sheet.getRow(i + 2);
    const cell = (name: string) => String(row.getCell(col(name)).value ?? "");
    return {
      title: cell("Nội dung công việc"),
      due: cell("Hạn"),
      period: cell("Kỳ báo cáo (việc thường xuyên)"),
      late: cell("Quá hạn"),
    };
  });
}

describe("Excel export of deadlines and reporting periods", () => {
  it("names the missed quarter of ongoing work and gives it no deadline", async () => {
    // No report in the first quarter of 2027 (the work was given before it began).
    const rows = await rowsOn(new Date("2027-04-05T02:00:00Z"));
    const ongoing = rows.find((r) => r.title === "Tuyên truyền trên loa phường")!;
    expect(ongoing.due).toBe("");
    expect(ongoing.period).toBe("Chưa báo cáo kỳ quý I/2027");
    expect(ongoing.late).toMatch(/^báo cáo kỳ quý I\/2027 quá hạn \d+ ngày làm việc$/);
    const dated = rows.find((r) => r.title === "Báo cáo sơ kết")!;
    expect(dated.due).toBe("23/11/2026");
    expect(dated.period).toBe("");
    expect(dated.late).toMatch(/^quá hạn \d+ ngày làm việc$/);
  });

  it("shows the current period of ongoing work that is in time", async () => {
    const rows = await rowsOn(new Date("2026-12-08T02:00:00Z"));
    const ongoing = rows.find((r) => r.title === "Tuyên truyền trên loa phường")!;
    expect(ongoing).toMatchObject({ due: "", period: "Kỳ quý IV/2026 (đến 31/12/2026)", late: "" });
  });
});
