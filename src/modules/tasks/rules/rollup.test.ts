import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignmentProgress, meanOfTasks, round1, taskProgress } from "./rollup.ts";

describe("progress roll-up", () => {
  it("averages the wards' assignments of a fanned-out task", () => {
    const wards = [
      { status: "done" as const, percent: 40 },
      { status: "in_progress" as const, percent: 50 },
      { status: "not_started" as const, percent: 0 },
      { status: "in_progress" as const, percent: 10 },
    ];
    expect(taskProgress(wards)).toBe(40);
  });

  it("counts each task once in its group and plan, however many units it fans out to", () => {
    const fanned = taskProgress(Array.from({ length: 16 }, () => ({ status: "done" as const, percent: 0 })));
    const single = taskProgress([{ status: "not_started", percent: 0 }]);
    expect(meanOfTasks([fanned, single])).toBe(50);
  });

  it("leaves a task without assignments out of the mean, and clamps reported percents", () => {
    expect(taskProgress([])).toBeNull();
    expect(meanOfTasks([null, 30])).toBe(30);
    expect(meanOfTasks([])).toBeNull();
    expect(assignmentProgress({ status: "in_progress", percent: 140 })).toBe(100);
    expect(round1(33.333)).toBe(33.3);
  });

  it("keeps every roll-up between the smallest and largest progress below it", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom("in_progress" as const, "done" as const),
            percent: fc.integer({ min: 0, max: 100 }),
          }),
          {
            minLength: 1,
          },
        ),
        (as) => {
          const p = taskProgress(as)!;
          const ps = as.map(assignmentProgress);
          expect(p).toBeGreaterThanOrEqual(Math.min(...ps) - 1e-9);
          expect(p).toBeLessThanOrEqual(Math.max(...ps) + 1e-9);
        },
      ),
    );
  });
});
