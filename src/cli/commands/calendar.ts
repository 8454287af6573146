// `thucthi calendar`: Tết dates, working-day arithmetic and the year's holidays, from the
// built-in schedules (no database needed). When a database holds schedules entered by an
// administrator, they are passed after BUILT_IN_SCHEDULES to createCalendar and win.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import type { HolidaySchedule, IsoDate } from "../../core/calendar/index.ts";
import {
  BUILT_IN_SCHEDULES,
  createCalendar,
  formatDateVi,
  isIsoDate,
  LUNAR_RANGE,
  tet,
  weekdayNameVi,
} from "../../core/calendar/index.ts";
import { type Database, openDatabase } from "../../db/client.ts";
import { enteredSchedules } from "../../modules/holiday-schedules/queries.ts";
import { acquireDataDirLock } from "../../server/data-dir-lock.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../io.ts";

function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{1,4}$/.test(text) || year < LUNAR_RANGE.min || year > LUNAR_RANGE.max) {
    throw new CliError(
      `Năm "${text}" không hợp lệ: cần một năm từ ${LUNAR_RANGE.min} đến ${LUNAR_RANGE.max}.`,
      2,
    );
  }
  return year;
}

function parseDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new CliError(`Ngày "${text}" không hợp lệ: cần dạng YYYY-MM-DD.`, 2);
  return text;
}

function parseCount(text: string): number {
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new CliError(`Số ngày làm việc "${text}" không hợp lệ: cần một số nguyên.`, 2);
  }
  return Number(text);
}

/** Core range errors (e.g. a result past 2100) become one Vietnamese line, not a stack trace. */
function run<T>(action: () => T): T {
  try {
    return action();
  } catch (err) {
    if (err instanceof RangeError) throw new CliError(err.message, 1);
    throw err;
  }
}

/**
 * The schedules to count with: built-in ones, then those an administrator entered when a database
 * is configured (DATABASE_URL, or a database under DATA_DIR). Read-only, never migrated. When the
 * database cannot be opened (a running server holds the embedded one, the server is down...), the
 * built-in schedules are used with a note on stderr, so the command still answers.
 */
async function schedules(io: CliIo): Promise<readonly HolidaySchedule[]> {
  const url = io.env.DATABASE_URL;
  const dataDir = resolve(io.env.DATA_DIR ?? "./data");
  const embedded = !url && existsSync(join(dataDir, "pglite"));
  if (!url && !embedded) return BUILT_IN_SCHEDULES;
  let release = () => {};
  let database: Database | undefined;
  try {
    if (embedded) release = acquireDataDirLock(dataDir, "calendar");
    database = await Promise.race([
      openDatabase({ url, dataDir }),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("quá 10 giây không kết nối được")), 10_000).unref(),
      ),
    ]);
    return [...BUILT_IN_SCHEDULES, ...(await enteredSchedules(database.db))];
  } catch (e) {
    io.stderr.write(
      `Ghi chú: không đọc được lịch nghỉ do quản trị nhập (${(e as Error).message.split("\n")[0]}); dùng lịch có sẵn trong chương trình.\n`,
    );
    return BUILT_IN_SCHEDULES;
  } finally {
    await database?.close().catch(() => {});
    release();
  }
}

function formatSchedule(schedule: HolidaySchedule): string {
  const origin = {
    "built-in": "lịch Chính phủ đã công bố",
    entered: "lịch do quản trị nhập",
    default: "quy tắc mặc định",
  };
  const lines = [`Ngày nghỉ năm ${schedule.year} (${origin[schedule.origin]}):`];
  for (const d of [...schedule.daysOff].sort((a, b) => a.date.localeCompare(b.date))) {
    lines.push(`  ${d.date}  ${weekdayNameVi(d.date).padEnd(8)}  ${d.name}`);
  }
  if (schedule.makeUpWorkingDays.length > 0) {
    lines.push("Ngày làm bù:");
    for (const m of schedule.makeUpWorkingDays) {
      lines.push(`  ${m.date}  ${weekdayNameVi(m.date).padEnd(8)}  ${m.name}`);
    }
  }
  lines.push(
    `Căn cứ: ${schedule.sources.map((s) => (s.date ? `${s.symbol} ngày ${formatDateVi(s.date)}` : s.symbol)).join("; ")}`,
  );
  return `${lines.join("\n")}\n`;
}

export function register(program: Command, io: CliIo): void {
  const calendar = program
    .command("calendar")
    .description("Lịch: Tết Âm lịch, ngày làm việc, ngày nghỉ lễ (Bộ luật Lao động 2019, Điều 112)");

  calendar
    .command("tet")
    .description(`Ngày mùng 1 Tết (YYYY-MM-DD) của các năm ${LUNAR_RANGE.min}–${LUNAR_RANGE.max}`)
    .argument("<years...>", "năm dương lịch")
    .action((years: string[]) => {
      const dates = years.map(parseYear).map((y) => run(() => tet(y)));
      io.stdout.write(`${dates.join("\n")}\n`);
    });

  calendar
    .command("add-working-days")
    .description("Ngày sau DATE đúng N ngày làm việc (không tính DATE; N âm để lùi lại)")
    .argument("<date>", "ngày bắt đầu, YYYY-MM-DD")
    .argument("<n>", "số ngày làm việc")
    .allowUnknownOption(false)
    .action(async (dateText: string, countText: string) => {
      const date = parseDate(dateText);
      const n = parseCount(countText);
      const calendar = createCalendar(await schedules(io));
      const result = run(() => calendar.addWorkingDays(date, n));
      io.stdout.write(`${result}\n`);
    });

  calendar
    .command("holidays")
    .description("Các ngày nghỉ lễ, Tết và ngày làm bù của một năm")
    .argument("<year>", "năm dương lịch")
    .action(async (yearText: string) => {
      const year = parseYear(yearText);
      const calendar = createCalendar(await schedules(io));
      io.stdout.write(formatSchedule(run(() => calendar.holidays(year))));
    });
}
