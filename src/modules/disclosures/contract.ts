// The disclosure API's shapes (Zod): a commune's disclosures (công khai thông tin, Luật Thực hiện
// dân chủ ở cơ sở Điều 11–13) — posting, correcting, taking down, attaching a file — the checker's
// view per group of Điều 11, and what the citizens' portal shows. Imports only zod, core and other
// contracts, so the web app takes its types from here.
import { z } from "zod";
import { CHANNELS } from "../../core/grassroots-democracy/index.ts";
import type { UploadedFile } from "../citizen-cases/contract.ts";
import { editVersion, isoDate, line, longText, nullableText, wholeNumber } from "../shared/contract.ts";

export const GROUP_STATUSES = ["posted", "ended", "expired", "due", "missing", "none"] as const;
export const STANDINGS = ["scheduled", "posting", "done", "short"] as const;

const clause = wholeNumber(1, 14, "Hãy chọn nhóm nội dung (khoản 1–14 Điều 11)");
const channels = z
  .array(z.enum(CHANNELS, "Hình thức công khai không hợp lệ"))
  .min(1, "Hãy chọn ít nhất một hình thức công khai (Điều 12)")
  .max(CHANNELS.length)
  .refine((l) => new Set(l).size === l.length, "Mỗi hình thức chỉ chọn một lần");

// ---------- inputs ----------
export const listQuery = z.object({ orgId: z.uuid("Hãy chọn phường, xã") });

export const disclosureInput = z.object({
  orgId: z.uuid("Hãy chọn phường, xã"),
  clause,
  title: line(300, 5, "Hãy ghi tiêu đề (ít nhất 5 ký tự)"),
  content: longText(20_000).optional(),
  channels,
  broadcastDays: wholeNumber(1, 366, "Số ngày phát thanh từ 1 đến 366").nullable().optional(),
  postedOn: isoDate,
  plannedEnd: isoDate.nullable().optional(),
});
export type DisclosureInput = z.infer<typeof disclosureInput>;

export const correctionInput = disclosureInput.omit({ orgId: true }).extend({ version: editVersion });
export type CorrectionInput = z.infer<typeof correctionInput>;

export const takeDownInput = z.object({
  version: editVersion,
  takenDownOn: isoDate,
  reason: line(500, 5, "Hãy ghi lý do gỡ (ít nhất 5 ký tự)"),
});
export type TakeDownInput = z.infer<typeof takeDownInput>;

export const fileForm = z.object({
  files: z
    .array(
      z
        .custom<UploadedFile>(
          (v) => typeof v === "object" && v !== null && (v as UploadedFile).bytes instanceof Uint8Array,
        )
        .meta({ type: "string", format: "binary" }),
    )
    .length(1, "Hãy chọn đúng một tệp"),
});

// ---------- answers ----------
const problem = z.object({
  code: z.enum(["channel_missing", "broadcast_short", "ends_early"]),
  article: z.string(),
  channel: z.enum(CHANNELS).optional(),
  ifAvailable: z.boolean().optional(),
  days: z.number().optional(),
  minimum: z.number().optional(),
  endsOn: z.string().optional(),
  minimumEnd: z.string().optional(),
});
export type ProblemOut = z.infer<typeof problem>;

export const disclosureOut = z.object({
  id: z.string(),
  orgId: z.string(),
  clause: z.number(),
  title: z.string(),
  content: nullableText,
  file: z.object({ id: z.string(), fileName: z.string() }).nullable(),
  channels: z.array(z.enum(CHANNELS)),
  broadcastDays: z.number().nullable(),
  postedOn: z.string(),
  plannedEnd: nullableText,
  takenDownOn: nullableText,
  takeDownReason: nullableText,
  version: z.number(),
  standing: z.enum(STANDINGS),
  minimumEnd: nullableText,
  problems: z.array(problem),
});
export type DisclosureOut = z.infer<typeof disclosureOut>;

const period = z.object({
  key: z.string(),
  from: z.string(),
  to: z.string(),
  vi: z.string(),
  en: z.string(),
});

export const groupCheckOut = z.object({
  clause: z.number(),
  vi: nullableText,
  en: nullableText,
  seen: z.boolean(),
  cadence: z.enum(["year", "quarter", "as_arising"]),
  status: z.enum(GROUP_STATUSES),
  period: period.nullable(),
  latestId: nullableText,
  problems: z.array(problem),
});
export type GroupCheckOut = z.infer<typeof groupCheckOut>;

export const communeDisclosures = z.object({
  orgId: z.string(),
  orgName: z.string(),
  today: z.string(),
  mayEdit: z.boolean(),
  disclosures: z.array(disclosureOut),
  checks: z.array(groupCheckOut),
});
export type CommuneDisclosures = z.infer<typeof communeDisclosures>;

export const checkerRow = z.object({
  orgId: z.string(),
  orgName: z.string(),
  counts: z.object({
    posted: z.number(),
    ended: z.number(),
    expired: z.number(),
    due: z.number(),
    missing: z.number(),
    none: z.number(),
  }),
  checks: z.array(groupCheckOut),
});
export const checkerOut = z.object({ today: z.string(), communes: z.array(checkerRow) });
export type CheckerOut = z.infer<typeof checkerOut>;

/** What the portal shows: what is on the commune's board today, without who posted it. */
export const publicDisclosures = z.object({
  orgId: z.string(),
  orgName: z.string(),
  today: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      clause: z.number(),
      group: nullableText,
      title: z.string(),
      content: nullableText,
      fileName: nullableText,
      channels: z.array(z.enum(CHANNELS)),
      postedOn: z.string(),
      plannedEnd: nullableText,
    }),
  ),
});
export type PublicDisclosures = z.infer<typeof publicDisclosures>;
