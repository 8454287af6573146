import { describe, expect, it } from "vitest";
import { vietnamDate, vietnamHour, vietnamTime } from "./vietnam-time.ts";

describe("Vietnam's clock", () => {
  it("turns the date at 17:00 UTC, Vietnam's midnight", () => {
    expect(vietnamDate(new Date("2026-11-23T16:59:59Z"))).toBe("2026-11-23");
    expect(vietnamDate(new Date("2026-11-23T17:00:00Z"))).toBe("2026-11-24");
  });
  it("reads the time of day seven hours ahead of UTC", () => {
    expect(vietnamTime(new Date("2026-11-23T01:05:00Z"))).toBe("08:05");
    expect(vietnamTime(new Date("2026-12-31T23:30:00Z"))).toBe("06:30");
  });
  it("finds the instant of an hour on a Vietnamese date, the day before in UTC for early hours", () => {
    expect(vietnamHour("2026-11-24", 7).toISOString()).toBe("2026-11-24T00:00:00.000Z");
    expect(vietnamHour("2026-11-24", 0).toISOString()).toBe("2026-11-23T17:00:00.000Z");
  });
});
