// Calendar throughput: `node bin/run-ts.js bench/calendar.bench.ts`.
// tet() cold computes a lunar year from astronomy (new moons, solar terms); warm reads the memo.

import {
  addDays,
  BUILT_IN_SCHEDULES,
  createCalendar,
  parseIsoDate,
  tet,
} from "../src/core/calendar/index.ts";
import { lunarYearMonths } from "../src/core/calendar/lunar/lunar-year.ts";
import { VIETNAM } from "../src/core/calendar/lunar/zones.ts";

function perSecond(label: string, iterations: number, fn: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(iterations, 200); i++) fn(i); // warm up the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `${label.padEnd(52)} ${Math.round(iterations / seconds)
      .toLocaleString("en-US")
      .padStart(12)} /s`,
  );
}

perSecond("tet(year), cold (lunar year computed each time)", 2_000, (i) =>
  lunarYearMonths(VIETNAM, 1900 + (i % 201)),
);
perSecond("tet(year), warm (memoised lunar years)", 1_000_000, (i) => tet(1900 + (i % 201)));

const calendar = createCalendar(BUILT_IN_SCHEDULES);
const start = parseIsoDate("2020-01-01");
const dates = Array.from({ length: 3650 }, (_, i) => addDays(start, i));
for (const d of dates) calendar.addWorkingDays(d, 250); // build the year indexes once
perSecond("addWorkingDays(date, 250)", 20_000, (i) => calendar.addWorkingDays(dates[i % dates.length]!, 250));
