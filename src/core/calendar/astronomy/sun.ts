// Apparent geocentric longitude of the Sun: Earth's heliocentric longitude from the truncated
// VSOP87D series of Meeus (Astronomical Algorithms, ch. 25 and appendix III, accurate to ~1″),
// converted to FK5, plus nutation in longitude (ch. 22, the 4-term form, ~0.5″) and
// aberration (−20.4898″/R). 1″ of solar longitude is ~24 s of time, so solar terms are placed
// within well under a minute.
import { J2000 } from "./julian.ts";
import type { Term } from "./vsop87-earth.ts";
import { L0, L1, L2, L3, L4, L5, R0, R1 } from "./vsop87-earth.ts";

const RAD = Math.PI / 180;
function series(terms: readonly Term[], tau: number): number {
  let sum = 0;
  for (const [a, b, c] of terms) sum += a * Math.cos(b + c * tau);
  return sum;
}

function normalize(deg: number): number {
  const r = deg % 360;
  return r < 0 ? r + 360 : r;
}

/** Apparent longitude of the Sun in degrees [0, 360) at a JDE (TT). */
export function apparentSolarLongitude(jde: number): number {
  const tau = (jde - J2000) / 365250; // Julian millennia
  const l =
    (series(L0, tau) +
      tau *
        (series(L1, tau) +
          tau *
            (series(L2, tau) + tau * (series(L3, tau) + tau * (series(L4, tau) + tau * series(L5, tau)))))) /
    1e8;
  const r = (series(R0, tau) + tau * series(R1, tau)) / 1e8;
  const t = tau * 10; // Julian centuries
  const omega = 125.04452 - 1934.136261 * t;
  const lSun = 280.4665 + 36000.7698 * t;
  const lMoon = 218.3165 + 481267.8813 * t;
  const nutation =
    -17.2 * Math.sin(omega * RAD) -
    1.32 * Math.sin(2 * lSun * RAD) -
    0.23 * Math.sin(2 * lMoon * RAD) +
    0.21 * Math.sin(2 * omega * RAD);
  const fk5 = -0.09033;
  const aberration = -20.4898 / r;
  return normalize(l / RAD + 180 + (fk5 + nutation + aberration) / 3600);
}

/**
 * JDE (TT) at which the apparent solar longitude reaches `longitude` (degrees), searching near
 * `guessJde` (within ~±15 days). Newton steps on the Sun's mean motion (~0.9856°/day).
 */
export function solarLongitudeCrossing(longitude: number, guessJde: number): number {
  let jde = guessJde;
  for (let i = 0; i < 20; i++) {
    const diff = ((longitude - apparentSolarLongitude(jde) + 540) % 360) - 180;
    const step = diff / 0.98564736;
    jde += step;
    if (Math.abs(step) < 1e-7) break;
  }
  return jde;
}
