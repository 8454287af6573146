// Each limit of Luật Tố cáo 25/2018/QH14 (and of Luật Tố cáo 03/2011/QH13 for denunciations
// received before 2019), counted on the working calendar.
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCHEDULES, createCalendar, parseIsoDate } from "../calendar/index.ts";
import { dueDate, limitFor, limitsFor } from "./index.ts";

const cal = createCalendar(BUILT_IN_SCHEDULES);
const d = parseIsoDate;

describe("Luật Tố cáo 25/2018/QH14", () => {
  it("Điều 24 khoản 1, Luật Tố cáo: 7 working days to record, classify and check, 10 when verified at several places", () => {
    const normal = limitFor("denunciation", "classify", { appliesOn: d("2026-02-12") });
    const several = limitFor("denunciation", "classify", { appliesOn: d("2026-02-12"), complex: true });
    expect(normal).toMatchObject({ days: 7, dayKind: "working", from: "receipt" });
    expect(several?.days).toBe(10);
    // Thursday 12/02/2026: Friday 13/02 is day 1, then Tết; day 7 is Monday 02/03.
    expect(dueDate(normal!, d("2026-02-12"), cal)).toBe("2026-03-02");
    expect(dueDate(several!, d("2026-02-12"), cal)).toBe("2026-03-05");
    expect(limitFor("denunciation", "accept", { appliesOn: d("2026-02-12") })?.days).toBe(7);
  });

  it("Điều 24 khoản 2, Luật Tố cáo: forward within 5 working days, skipping Quốc khánh 31/08–02/09/2026", () => {
    const limit = limitFor("denunciation", "forward", { appliesOn: d("2026-08-28") });
    expect(limit).toMatchObject({ days: 5, dayKind: "working" });
    expect(dueDate(limit!, d("2026-08-28"), cal)).toBe("2026-09-09");
  });

  it("Điều 29 khoản 4, Luật Tố cáo: notify the acceptance within 5 working days of the decision", () => {
    const limit = limitFor("denunciation", "notify-acceptance", { appliesOn: d("2026-04-24") });
    expect(limit).toMatchObject({ days: 5, dayKind: "working", from: "acceptance" });
    // Friday 24/04: Monday 27/04 is off (Giỗ Tổ), 30/04 and 01/05 are off.
    expect(dueDate(limit!, d("2026-04-24"), cal)).toBe("2026-05-06");
  });

  it("Điều 30, Luật Tố cáo: 30 days; complex one extension, especially complex two, each at most 30", () => {
    const on = d("2026-03-02");
    const normal = limitFor("denunciation", "resolve", { appliesOn: on });
    const complex = limitFor("denunciation", "resolve", { appliesOn: on, complex: true });
    const especially = limitFor("denunciation", "resolve", { appliesOn: on, especiallyComplex: true });
    expect(normal?.days).toBe(30);
    expect(normal?.extension).toBeUndefined();
    expect(complex?.extension).toEqual({ days: 30, times: 1, dayKind: "calendar" });
    expect(especially?.extension).toEqual({ days: 30, times: 2, dayKind: "calendar" });
    expect(dueDate(normal!, on, cal)).toBe("2026-04-01");
    expect(dueDate(complex!, on, cal, { extensions: 1 })).toBe("2026-05-04"); // Sat 02/05 → Mon 04/05
    // 90 days end Sunday 31/05 → Monday 01/06; a third extension is not allowed and is ignored.
    expect(dueDate(especially!, on, cal, { extensions: 2 })).toBe("2026-06-01");
    expect(dueDate(especially!, on, cal, { extensions: 3 })).toBe("2026-06-01");
  });

  it("Điều 34, Luật Tố cáo: the days of a tạm đình chỉ are not counted in the resolution period", () => {
    const limit = limitFor("denunciation", "resolve", { appliesOn: d("2026-03-02") })!;
    expect(limit.suspensionStopsClock).toBe(true);
    const suspensions = [{ from: d("2026-03-10"), to: d("2026-03-16") }];
    expect(dueDate(limit, d("2026-03-02"), cal, { suspensions })).toBe("2026-04-08");
    // Overlapping suspensions count their days once; one begun after expiry changes nothing.
    const overlapping = [...suspensions, { from: d("2026-03-14"), to: d("2026-03-16") }];
    expect(dueDate(limit, d("2026-03-02"), cal, { suspensions: overlapping })).toBe("2026-04-08");
    const late = [{ from: d("2026-04-10"), to: d("2026-04-20") }];
    expect(dueDate(limit, d("2026-03-02"), cal, { suspensions: late })).toBe("2026-04-01");
  });

  it("lists every step of a denunciation in order, with the reception reply of Luật Tiếp công dân", () => {
    expect(limitsFor("denunciation", { appliesOn: d("2026-07-01") }).map((l) => l.step)).toEqual([
      "classify",
      "forward",
      "accept",
      "notify-acceptance",
      "resolve",
      "reception-reply",
    ]);
  });
});

describe("Luật Tố cáo 03/2011/QH13, for denunciations received before 01/01/2019", () => {
  it("Điều 20 khoản 1 điểm a, Luật Tố cáo 2011: accept within 10 days, 15 when verified at several places", () => {
    const limit = limitFor("denunciation", "accept", { appliesOn: d("2018-12-31") });
    expect(limit).toMatchObject({ rule: "LTC2011-20-1-a", days: 10, dayKind: "calendar" });
    expect(limitFor("denunciation", "accept", { appliesOn: d("2018-12-31"), complex: true })?.days).toBe(15);
    expect(limitFor("denunciation", "accept", { appliesOn: d("2019-01-01") })?.rule).toBe("LTC-24-1-accept");
  });

  it("Điều 20 khoản 1 điểm b, Luật Tố cáo 2011: forward within 5 working days", () => {
    expect(limitFor("denunciation", "forward", { appliesOn: d("2018-06-01") })).toMatchObject({
      rule: "LTC2011-20-1-b",
      days: 5,
      dayKind: "working",
    });
  });

  it("Điều 21, Luật Tố cáo 2011: 60 days (complex 90), one extension of 30 (complex 60)", () => {
    const normal = limitFor("denunciation", "resolve", { appliesOn: d("2018-11-01") });
    const complex = limitFor("denunciation", "resolve", { appliesOn: d("2018-11-01"), complex: true });
    expect(normal).toMatchObject({ days: 60, extension: { days: 30, times: 1 } });
    expect(complex).toMatchObject({ days: 90, extension: { days: 60, times: 1 } });
    // 01/11/2018 + 150 = Sunday 31/03/2019 → Monday 01/04/2019.
    expect(dueDate(complex!, d("2018-11-01"), cal, { extensions: 1 })).toBe("2019-04-01");
  });
});
