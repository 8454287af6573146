import { describe, expect, it } from "vitest";
import { dueOf, planAssignments, planOfTask } from "./assign.ts";

const base = {
  directiveId: "d",
  directiveTaskId: "t",
  title: "Tổ chức phổ biến, quán triệt nghị quyết",
  supportOrgIds: [],
  fanOut: false,
  timeframe: { kind: "ongoing" as const, text: "Thường xuyên", due: null },
};

describe("one lead per assignment", () => {
  it("refuses a task with no lead unit", () => {
    expect(() => planAssignments({ ...base, leadOrgIds: [] })).toThrow(/chưa có cơ quan chủ trì/);
  });

  it("refuses a task with two leads unless it fans out", () => {
    expect(() => planAssignments({ ...base, leadOrgIds: ["a", "b"] })).toThrow(
      /Một việc chỉ giao một cơ quan chủ trì/,
    );
  });

  it("fans a task addressed to many units out into one assignment per unit", () => {
    const out = planAssignments({
      ...base,
      leadOrgIds: ["p1", "p3", "p4"],
      supportOrgIds: ["pnv"],
      fanOut: true,
    });
    expect(out).toEqual([
      { leadOrgId: "p1", supportOrgIds: ["pnv"] },
      { leadOrgId: "p3", supportOrgIds: ["pnv"] },
      { leadOrgId: "p4", supportOrgIds: ["pnv"] },
    ]);
  });

  it("keeps one lead and drops the lead from its own supporters", () => {
    expect(planAssignments({ ...base, leadOrgIds: ["pnv", "pnv"], supportOrgIds: ["pnv", "p1"] })).toEqual([
      { leadOrgId: "pnv", supportOrgIds: ["p1"] },
    ]);
  });
});

describe("due dates from the document's time frame", () => {
  it("takes a deadline's date and a period's last day", () => {
    expect(dueOf({ kind: "deadline", text: "trước ngày 30/7/2023", due: "2023-07-30" })).toEqual({
      dueKind: "date",
      dueDate: "2023-07-30",
      dueText: "trước ngày 30/7/2023",
    });
    expect(dueOf({ kind: "period", text: "Quý IV năm 2024", due: "2024-12-31" }).dueKind).toBe("period");
  });

  it("treats a period without a year as having no due date, and ongoing work as ongoing", () => {
    expect(dueOf({ kind: "period", text: "Quý IV", due: null })).toMatchObject({
      dueKind: "none",
      dueDate: null,
    });
    expect(dueOf({ kind: "ongoing", text: "Thường xuyên", due: null }).dueKind).toBe("ongoing");
  });
});

describe("the plan of a confirmed task", () => {
  it("names the directive and the task, and keeps what the task says to do, by whom, by when", () => {
    const task = { ...base, id: "t1", leadOrgIds: ["a", "b"], fanOut: true, position: 3 };
    expect(planOfTask("d1", task)).toEqual({
      directiveId: "d1",
      directiveTaskId: "t1",
      title: base.title,
      leadOrgIds: ["a", "b"],
      supportOrgIds: [],
      fanOut: true,
      timeframe: base.timeframe,
    });
  });
});
