import { describe, expect, it } from "vitest";
import { deltaTSeconds } from "./delta-t.ts";
import { newMoonJde, newMoonUt } from "./new-moon.ts";
import { apparentSolarLongitude, solarLongitudeCrossing } from "./sun.ts";

const isoMinute = (jdUt: number): string =>
  new Date((jdUt - 2440587.5) * 86_400_000).toISOString().slice(0, 16);

describe("astronomy", () => {
  it("reproduces Meeus' example 49.a: the new moon of February 1977 at JDE 2443192.65118", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4); // within ~10 s
  });

  it("places well-known new moons at their published minute (UT)", () => {
    // Total solar eclipse of 24 Jan 1925; the new moon of Tết Mậu Thân 1968; Tết 2007 and 2030.
    expect(isoMinute(newMoonUt(-927))).toBe("1925-01-24T14:44");
    expect(isoMinute(newMoonUt(-395))).toBe("1968-01-29T16:29");
    expect(isoMinute(newMoonUt(88))).toBe("2007-02-17T16:14");
    expect(isoMinute(newMoonUt(372))).toBe("2030-02-02T16:07");
  });

  it("gives the apparent solar longitude of Meeus' example 25.b within 2 arc seconds", () => {
    // 1992 October 13.0 TD: λ = 199°54′21.818″ (full VSOP87).
    const expected = 199 + 54 / 60 + 21.818 / 3600;
    expect(Math.abs(apparentSolarLongitude(2448908.5) - expected) * 3600).toBeLessThan(2);
  });

  it("finds the June solstice of 1962 of Meeus' example 27.a within a minute", () => {
    const jde = solarLongitudeCrossing(90, 2437836);
    expect(Math.abs(jde - 2437837.39245) * 1440).toBeLessThan(1);
  });

  it("uses the Espenak–Meeus ΔT values at their anchor years", () => {
    expect(deltaTSeconds(1900)).toBeCloseTo(-2.79, 2);
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 2);
    expect(deltaTSeconds(1975)).toBeCloseTo(45.45, 2);
  });
});
