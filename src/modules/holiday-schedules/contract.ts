// The holiday schedules' API shapes: a year's schedule as an administrator enters it, and as every
// official reads it (where it comes from: built in, entered, or the default rule).
import { z } from "zod";
import {
  editVersion,
  formVersion,
  isoDate,
  line,
  longText,
  nullableText,
  wholeNumber,
} from "../shared/contract.ts";

export const scheduleInput = z.object({
  daysOff: z
    .array(
      z.object({
        date: isoDate,
        name: line(200),
        kind: z.enum(["holiday", "compensation", "swap", "weekend"]),
      }),
    )
    .max(60),
  makeUpWorkingDays: z
    .array(z.object({ date: isoDate, name: line(200), replaces: isoDate.optional() }))
    .max(20),
  sources: z
    .array(
      z.object({
        symbol: line(100, 1, "Thiếu số, ký hiệu văn bản"),
        date: isoDate.optional(),
        issuer: line(200).optional(),
        note: longText(500).optional(),
      }),
    )
    .max(10),
  /** The version the administrator edited (absent when entering a year for the first time). */
  version: editVersion.optional(),
});
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const scheduleOut = z.object({
  year: z.number(),
  origin: z.enum(["built-in", "entered", "default"]),
  daysOff: z.array(z.object({ date: z.string(), name: z.string(), kind: z.string() })),
  makeUpWorkingDays: z.array(
    z.object({ date: z.string(), name: z.string(), replaces: z.string().optional() }),
  ),
  sources: z.array(
    z.object({
      symbol: z.string(),
      date: z.string().optional(),
      issuer: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  /** Entered schedules only: for the edit form's version check, and who and when. */
  version: z.number().nullable(),
  updatedAt: nullableText,
  /** Whether a built-in schedule exists for the year (deleting the entered one falls back to it). */
  hasBuiltIn: z.boolean(),
});
export type ScheduleOut = z.infer<typeof scheduleOut>;

export const yearParams = z.object({ year: wholeNumber(2000, 2100, "Năm phải từ 2000 đến 2100") });
export const versionQuery = z.object({ version: formVersion });
