// The citizen reception API's shapes (Zod): the reception calendar of a body (sessions, and the
// weeks or months below the legal minimum for its leader), and the register (sổ tiếp công dân,
// Mẫu 03 Thông tư 04/2021/TT-TTCP). The visitor's identity is sealed at rest and never part of a
// list. Imports only zod, core and other contracts, so the web app takes its types from here.
import { z } from "zod";
import { RECEPTION_LEADERS } from "../../core/legal-limits/index.ts";
import { FIELDS, KINDS, senderInput } from "../citizen-cases/contract.ts";
import { editVersion, isoDate, line, longText, wholeNumber } from "../shared/contract.ts";

export const SESSION_KINDS = ["regular", "ad_hoc"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Hình thức tiếp: at the body's office or online (Điều 3a, added by Luật 136/2025/QH15 from 01/7/2026). */
export const SESSION_MODES = ["in_person", "online"] as const;

/**
 * The grounds on which a receiver may refuse to receive (Luật Tiếp công dân 42/2013/QH13, Điều 9;
 * Thông tư 04/2021/TT-TTCP, Điều 4). Keys are stable; the Vietnamese text is the law's in short.
 */
export const REFUSAL_GROUNDS = {
  incapacitated:
    "Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi (Điều 9 khoản 1 Luật Tiếp công dân)",
  threatening:
    "Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân, người thi hành công vụ hoặc vi phạm nội quy nơi tiếp công dân (Điều 9 khoản 2 Luật Tiếp công dân)",
  already_resolved:
    "Vụ việc đã giải quyết đúng chính sách, pháp luật, được kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài (Điều 9 khoản 3 Luật Tiếp công dân)",
  other_by_law: "Trường hợp khác theo quy định của pháp luật (Điều 9 khoản 4 Luật Tiếp công dân)",
} as const;
export type RefusalGround = keyof typeof REFUSAL_GROUNDS;
const GROUNDS = Object.keys(REFUSAL_GROUNDS) as [RefusalGround, ...RefusalGround[]];

/** Hướng xử lý, the column of Mẫu 03 (what the receiver decided with the matter). */
export const DIRECTIONS = ["accept", "guide", "forward"] as const;
export type Direction = (typeof DIRECTIONS)[number];

// ---------- inputs ----------
export const calendarQuery = z.object({
  orgId: z.uuid("Hãy chọn cơ quan"),
  from: isoDate,
  to: isoDate,
});
export const registerQuery = z.object({
  orgId: z.uuid("Hãy chọn cơ quan"),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const sessionInput = z.object({
  orgId: z.uuid("Hãy chọn cơ quan"),
  date: isoDate,
  /** hh:mm, Vietnam time. */
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Giờ bắt đầu có dạng hh:mm")
    .optional(),
  leaderName: line(120, 2, "Hãy ghi họ tên người chủ trì tiếp"),
  /** True when the head of the body (the chairman) receives in person: only then the day counts to the law's minimum. */
  headReceives: z.boolean(),
  kind: z.enum(SESSION_KINDS, "Hãy chọn tiếp định kỳ hay đột xuất"),
  mode: z.enum(SESSION_MODES, "Hãy chọn hình thức tiếp"),
  place: line(300).optional(),
  onlineLink: z
    .string()
    .trim()
    .max(500, "Đường dẫn tối đa 500 ký tự")
    .refine((s) => s === "" || /^https:\/\/\S+$/.test(s), "Đường dẫn phải bắt đầu bằng https://")
    .optional(),
});
export type SessionInput = z.infer<typeof sessionInput>;

const caseOutcome = z.object({
  outcome: z.literal("case"),
  kind: z.enum(KINDS, "Hãy chọn loại đơn"),
  field: z.enum(FIELDS, "Hãy chọn lĩnh vực"),
  title: line(200, 5, "Tiêu đề cần ít nhất 5 ký tự"),
  direction: z.enum(DIRECTIONS, "Hãy chọn hướng xử lý"),
  /** The ward the matter is about; the receiving ward itself when absent. */
  wardId: z.uuid("Hãy chọn phường, xã").optional(),
  /** The decision or act complained of, or the person denounced (required for those kinds). */
  subject: line(500).optional(),
  /** What the visitor asks for. */
  request: longText(2_000).optional(),
});
const refusalOutcome = z.object({
  outcome: z.literal("refused"),
  ground: z.enum(GROUNDS, "Hãy chọn căn cứ từ chối tiếp (Điều 9 Luật Tiếp công dân)"),
  reason: longText(2_000, 5, "Hãy ghi rõ lý do từ chối (ít nhất 5 ký tự)"),
});

export const visitInput = z.object({
  sessionId: z.uuid().optional(),
  receivedOn: isoDate.optional(),
  /** Số người: a delegation on one matter is one visit and one case. */
  visitorCount: wholeNumber(1, 500, "Số người từ 1 đến 500"),
  visitor: senderInput,
  content: longText(10_000, 20, "Nội dung cần ít nhất 20 ký tự để cơ quan hiểu rõ sự việc"),
  /** Cơ quan đã giải quyết (Mẫu 03), when the matter was handled before. */
  previousBody: line(300).optional(),
  note: longText(2_000).optional(),
  handling: z.discriminatedUnion("outcome", [caseOutcome, refusalOutcome], {
    error: "Hãy chọn mở đơn hoặc từ chối tiếp",
  }),
});
export type VisitInput = z.infer<typeof visitInput>;

// ---------- answers ----------
const minimum = z.object({
  rule: z.string(),
  days: z.number(),
  per: z.enum(["week", "month"]),
  article: z.string(),
  description: z.string(),
});

export const sessionOut = z.object({
  id: z.string(),
  orgId: z.string(),
  date: z.string(),
  startTime: z.string().nullable(),
  leaderName: z.string(),
  headReceives: z.boolean(),
  kind: z.enum(SESSION_KINDS),
  mode: z.enum(SESSION_MODES),
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  /** The leader's conclusion (thông báo kết luận), once the session has ended. */
  conclusion: z.string().nullable(),
  signerTitle: z.string().nullable(),
  concludedOn: z.string().nullable(),
  version: z.number(),
});
export type SessionOut = z.infer<typeof sessionOut>;

/** The leader's conclusion at the end of a session: what the notice says and who signs it. */
export const conclusionInput = z.object({
  version: editVersion,
  conclusion: longText(10_000, 10, "Nội dung kết luận cần ít nhất 10 ký tự"),
  /** The signer's title as printed under the signature: "Chủ tịch", "Phó Chủ tịch". */
  signerTitle: line(120, 2, "Hãy ghi chức vụ người ký thông báo"),
});
export type ConclusionInput = z.infer<typeof conclusionInput>;

export const calendarOut = z.object({
  orgId: z.string(),
  orgName: z.string(),
  /** The leader level the law sets a minimum for (null: the body's kind has none). */
  leader: z.enum(RECEPTION_LEADERS).nullable(),
  /** The minimum in force on `from` and on `to` (they differ across 01/7/2026). */
  minimums: z.array(minimum),
  sessions: z.array(sessionOut),
  gaps: z.array(
    z.object({
      periodStart: z.string(),
      periodEnd: z.string(),
      required: z.number(),
      scheduled: z.number(),
      article: z.string(),
      message: z.string(),
    }),
  ),
  mayEdit: z.boolean(),
});
export type CalendarOut = z.infer<typeof calendarOut>;

export const visitRow = z.object({
  id: z.string(),
  /** STT in the register: the visit's rank in its body's register. */
  number: z.number(),
  receivedOn: z.string(),
  sessionId: z.string().nullable(),
  visitorCount: z.number(),
  content: z.string(),
  previousBody: z.string().nullable(),
  note: z.string().nullable(),
  outcome: z.enum(["case", "refused"]),
  direction: z.enum(DIRECTIONS).nullable(),
  refusalGround: z.enum(GROUNDS).nullable(),
  refusalReason: z.string().nullable(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  caseKind: z.enum(KINDS).nullable(),
  caseStatus: z.string().nullable(),
  /** Điều 28: 10 working days from the day the content was received. */
  replyDue: z.string().nullable(),
  replyBasis: z.string().nullable(),
  replied: z.boolean(),
  overdue: z.boolean(),
});
export type VisitRow = z.infer<typeof visitRow>;
export const registerOut = z.object({ rows: z.array(visitRow), mayEdit: z.boolean() });
export type RegisterOut = z.infer<typeof registerOut>;

export const visitSaved = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  replyDue: z.string().nullable(),
  replyBasis: z.string().nullable(),
});

// ---------- the portal's public calendar ----------
export const publicCalendarQuery = z.object({ orgId: z.uuid("Hãy chọn phường, xã") });

/**
 * The upcoming sessions of a body as the portal shows them: when, where, and the title of who
 * receives — no visitor, no online link (the body gives it to those who register), no names.
 */
export const publicCalendarOut = z.object({
  orgName: z.string(),
  from: z.string(),
  to: z.string(),
  sessions: z.array(
    z.object({
      date: z.string(),
      startTime: z.string().nullable(),
      kind: z.enum(SESSION_KINDS),
      mode: z.enum(SESSION_MODES),
      place: z.string().nullable(),
      leaderTitle: z.string(),
    }),
  ),
});
export type PublicCalendarOut = z.infer<typeof publicCalendarOut>;
