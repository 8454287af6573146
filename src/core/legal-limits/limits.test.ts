import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar, parseIsoDate } from "../calendar/index.ts";
import { dueDate, limitFor } from "./index.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const d = parseIsoDate;

describe("legal limits API", () => {
  it("gives a first complaint 30 days from thụ lý (Điều 28, Luật Khiếu nại 02/2011/QH13)", () => {
    const limit = limitFor("complaint-first", "resolve", { appliesOn: d("2026-03-02") });
    expect(limit?.days).toBe(30);
    expect(limit && dueDate(limit, d("2026-03-02"), cal)).toBe("2026-04-01");
  });
});
