import { describe, expect, it } from "vitest";
import { bornOverdue, groupSignals } from "./review-signals.ts";

const task = (id: string, over: Partial<Parameters<typeof bornOverdue>[0][number]> = {}) => ({
  id,
  title: `Việc ${id}`,
  groupId: "g1",
  assign: true,
  leadText: ["Sở Nội vụ"],
  leadOrgIds: ["o1"],
  timeframe: { kind: "deadline" as const, text: "", due: null as string | null },
  sourceLine: 10,
  ...over,
});
const labels = new Map([["a", "Nhiệm vụ 1"]]);

describe("bornOverdue", () => {
  it("warns of a task to assign whose due date has passed, not of ongoing or unassigned work", () => {
    const past = { kind: "period" as const, text: "Năm 2025", due: "2025-12-31" };
    const out = bornOverdue(
      [
        task("a", { timeframe: past }),
        task("b", { timeframe: { ...past, kind: "ongoing", due: null } }),
        task("c", { timeframe: past, assign: false }),
        task("d", { timeframe: { ...past, due: "2026-12-31" } }),
      ],
      labels,
      "2026-03-01",
    );
    expect(out.map((p) => p.taskId)).toEqual(["a"]);
    expect(out[0]!.message).toContain("Nhiệm vụ 1 «Việc a»: hạn 31/12/2025 đã qua");
  });
});

describe("groupSignals", () => {
  it("is low where half the tasks name no lead, medium with a diagnostic, high otherwise", () => {
    const groups = [
      { id: "g1", sourceLine: 10 },
      { id: "g2", sourceLine: 20 },
      { id: "g3", sourceLine: 30 },
    ];
    const noLead = { leadText: [], leadOrgIds: [] };
    const tasks = [
      task("a", { groupId: "g1", ...noLead }),
      task("b", { groupId: "g1" }),
      task("c", { groupId: "g2" }),
      task("d", { groupId: "g2" }),
      task("e", { groupId: "g3" }),
    ];
    const s = groupSignals(groups, tasks, [12, 25]);
    expect(s.map((x) => [x.groupId, x.confidence, x.diagnostics, x.noLead])).toEqual([
      ["g1", "low", 1, 1],
      ["g2", "medium", 1, 0],
      ["g3", "high", 0, 0],
    ]);
  });
});
