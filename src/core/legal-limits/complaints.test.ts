// Each limit of Luật Khiếu nại 02/2011/QH13, counted on the 2026 working calendar (Tết 14–22/02,
// Giỗ Tổ moved to 27/04, Quốc khánh 31/08–02/09). "ngày" = calendar days with the last day moved
// to the next working day (BLDS 2015, Điều 148).
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar, type IsoDate, parseIsoDate } from "../calendar/index.ts";
import { type CaseKind, dueDate, type LimitOptions, limitFor, type Step } from "./index.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const d = parseIsoDate;

function due(
  kind: CaseKind,
  step: Step,
  from: string,
  options: Partial<LimitOptions> = {},
  extra = {},
): IsoDate {
  const limit = limitFor(kind, step, { appliesOn: d(from), ...options });
  if (!limit) throw new Error(`no limit for ${kind} ${step}`);
  return dueDate(limit, d(from), cal, extra);
}

describe("Luật Khiếu nại 02/2011/QH13", () => {
  it("Điều 9, Luật Khiếu nại: 90 calendar days to complain from learning of the decision", () => {
    const limit = limitFor("complaint-first", "lodge", { appliesOn: d("2026-03-02") });
    expect(limit).toMatchObject({ days: 90, dayKind: "calendar", from: "decision-known", rule: "LKN-9" });
    // 02/03 + 90 = Sunday 31/05 → Monday 01/06.
    expect(due("complaint-first", "lodge", "2026-03-02")).toBe("2026-06-01");
  });

  it("Điều 27, Luật Khiếu nại: thụ lý within 10 days of receipt, across Tết to the next working day", () => {
    expect(limitFor("complaint-first", "accept", { appliesOn: d("2026-02-05") })).toMatchObject({
      days: 10,
      dayKind: "calendar",
      article: "Điều 27, Luật Khiếu nại 02/2011/QH13",
    });
    // 05/02 + 10 = 15/02, inside the Tết days off (14–22/02): ends Monday 23/02.
    expect(due("complaint-first", "accept", "2026-02-05")).toBe("2026-02-23");
    // 16/04 + 10 = Sunday 26/04; Monday 27/04 is the day off for Giỗ Tổ: ends Tuesday 28/04.
    expect(due("complaint-first", "accept", "2026-04-16")).toBe("2026-04-28");
  });

  it("Điều 28, Luật Khiếu nại: first instance 30 days from thụ lý; complex 45; remote 45; remote and complex 60", () => {
    const on = { appliesOn: d("2026-03-02") };
    expect(limitFor("complaint-first", "resolve", on)?.days).toBe(30);
    expect(limitFor("complaint-first", "resolve", { ...on, complex: true })?.days).toBe(45);
    expect(limitFor("complaint-first", "resolve", { ...on, remote: true })?.days).toBe(45);
    expect(limitFor("complaint-first", "resolve", { ...on, remote: true, complex: true })?.days).toBe(60);
    expect(due("complaint-first", "resolve", "2026-03-02")).toBe("2026-04-01");
    // 20/01 + 60 = Saturday 21/03 → Monday 23/03.
    expect(due("complaint-first", "resolve", "2026-01-20", { remote: true, complex: true })).toBe(
      "2026-03-23",
    );
    expect(limitFor("complaint-first", "resolve", on)?.extension).toBeUndefined();
  });

  it("Điều 33 khoản 1, Luật Khiếu nại: a second complaint within 30 days, 45 in remote areas", () => {
    expect(limitFor("complaint-second", "lodge", { appliesOn: d("2026-03-02") })?.days).toBe(30);
    expect(due("complaint-second", "lodge", "2026-03-02", { remote: true })).toBe("2026-04-16");
  });

  it("Điều 36, Luật Khiếu nại: thụ lý of a second complaint within 10 days (read as Điều 27, stricter)", () => {
    const limit = limitFor("complaint-second", "accept", { appliesOn: d("2026-05-04") });
    expect(limit).toMatchObject({ rule: "LKN-36", days: 10, dayKind: "calendar" });
    expect(limit?.source.checked).toBe("conservative");
    expect(limit?.doubt).toBeTruthy();
  });

  it("Điều 37, Luật Khiếu nại: second instance 45 days from thụ lý; complex 60; remote 60; remote and complex 70", () => {
    const on = { appliesOn: d("2026-03-02") };
    expect(limitFor("complaint-second", "resolve", on)?.days).toBe(45);
    expect(limitFor("complaint-second", "resolve", { ...on, complex: true })?.days).toBe(60);
    expect(limitFor("complaint-second", "resolve", { ...on, remote: true })?.days).toBe(60);
    expect(limitFor("complaint-second", "resolve", { ...on, remote: true, complex: true })?.days).toBe(70);
  });

  it("Điều 37 and Luật 136/2025/QH15: suspended days count before 01/7/2026 and do not count after", () => {
    const before = limitFor("complaint-second", "resolve", { appliesOn: d("2026-06-15") });
    const after = limitFor("complaint-second", "resolve", { appliesOn: d("2026-07-01") });
    expect(before?.rule).toBe("LKN-37");
    expect(after?.rule).toBe("LKN-37@2026");
    expect(before?.days).toBe(after?.days);
    // Accepted 15/06/2026 under the 2011 text: a suspension does not move the due date (30/07).
    const suspension = { suspensions: [{ from: d("2026-06-20"), to: d("2026-06-29") }] };
    expect(due("complaint-second", "resolve", "2026-06-15", {}, suspension)).toBe("2026-07-30");
    // Accepted 01/07/2026: 45 days end Saturday 15/08 → Monday 17/08; 10 suspended days → 25/08.
    expect(due("complaint-second", "resolve", "2026-07-01")).toBe("2026-08-17");
    expect(
      due(
        "complaint-second",
        "resolve",
        "2026-07-01",
        {},
        { suspensions: [{ from: d("2026-07-10"), to: d("2026-07-19") }] },
      ),
    ).toBe("2026-08-25");
  });

  it("Điều 28 and Luật 136/2025/QH15: first-instance complaints accepted on 30/06 and 01/07/2026 follow different versions", () => {
    expect(limitFor("complaint-first", "resolve", { appliesOn: d("2026-06-30") })?.suspensionStopsClock).toBe(
      false,
    );
    expect(limitFor("complaint-first", "resolve", { appliesOn: d("2026-07-01") })?.suspensionStopsClock).toBe(
      true,
    );
  });

  it("has no limit before Luật Khiếu nại 2011 came into force (01/7/2012)", () => {
    expect(limitFor("complaint-first", "resolve", { appliesOn: d("2012-06-30") })).toBeNull();
  });
});
