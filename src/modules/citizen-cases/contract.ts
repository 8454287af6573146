// The citizen cases API's shapes (Zod): the public portal's (submit, look up, follow up) and the
// back office's. Imports only zod, core and the shared shapes, so the web app and the portal take
// their types from here. The sender's identity is never part of a list or a case's detail: it has
// its own answer (`caseSender`), read only where the policy allows and audited.
import { z } from "zod";
import type { CaseKind } from "../../core/legal-limits/index.ts";
import { editVersion, isoDate, line, longText, nullableText, wholeNumber } from "../shared/contract.ts";

/** What the citizen sends: phản ánh, kiến nghị, khiếu nại (lần đầu, lần hai), tố cáo (core/legal-limits). */
export const KINDS = [
  "feedback",
  "proposal",
  "complaint-first",
  "complaint-second",
  "denunciation",
] as const satisfies readonly CaseKind[];
export type Kind = (typeof KINDS)[number];

/** Lĩnh vực: where the matter belongs. */
export const FIELDS = [
  "land",
  "construction",
  "environment",
  "traffic",
  "public_order",
  "health",
  "education",
  "civil_status",
  "social_policy",
  "officials",
  "other",
] as const;
export type Field = (typeof FIELDS)[number];

/** How the case came in. */
export const CHANNELS = ["portal", "letter", "phone", "reception"] as const;

/** A forwarded case is "received" again at the competent body (its timeline says it was forwarded). */
export const STATUSES = ["received", "accepted", "refused", "answered", "withdrawn"] as const;
export type Status = (typeof STATUSES)[number];

/** Grounds on which the law lets a body refuse to handle (không thụ lý) what it received. */
export const REFUSAL_GROUNDS = {
  not_administrative:
    "Không phải quyết định hành chính, hành vi hành chính (Điều 11 khoản 1 Luật Khiếu nại 2011)",
  not_affected:
    "Không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại (Điều 11 khoản 2 Luật Khiếu nại 2011)",
  past_time_limit: "Hết thời hiệu khiếu nại (Điều 11 khoản 4 Luật Khiếu nại 2011)",
  already_resolved:
    "Việc đã có quyết định giải quyết có hiệu lực pháp luật (Điều 11 khoản 6 Luật Khiếu nại 2011)",
  in_court: "Việc đã được Tòa án thụ lý hoặc giải quyết (Điều 11 khoản 9 Luật Khiếu nại 2011)",
  denunciation_unfounded:
    "Tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm (Điều 29 Luật Tố cáo 2018)",
  denunciation_repeated:
    "Tố cáo việc đã được giải quyết mà không có thông tin, tình tiết mới (Điều 29 Luật Tố cáo 2018)",
} as const;
export type RefusalGround = keyof typeof REFUSAL_GROUNDS;
const GROUNDS = Object.keys(REFUSAL_GROUNDS) as [RefusalGround, ...RefusalGround[]];

export const EVENT_KINDS = [
  "received",
  "classified",
  "accepted",
  "forwarded",
  "refused",
  "assigned",
  "note",
  "concluded",
  "answered",
  "published",
  "citizen_info",
  "withdrawn",
  "rated",
] as const;

// ---------- inputs ----------
const name = line(120, 2, "Họ và tên cần ít nhất 2 ký tự");
const phone = line(20).refine(
  (s) => s === "" || /^\+?[\d\s.()-]{8,20}$/.test(s),
  "Số điện thoại không hợp lệ",
);
const email = line(200).refine(
  (s) => s === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
  "Thư điện tử không hợp lệ",
);
const idNumber = line(12).refine(
  (s) => s === "" || /^(\d{9}|\d{12})$/.test(s),
  "Số CMND/CCCD gồm 9 hoặc 12 chữ số",
);
const optional = <T extends z.ZodType>(s: T) => s.optional();

/** The sender as given: sealed at rest as one value (adapters/ via the instance key). */
export const senderInput = z.object({
  name: optional(name),
  phone: optional(phone),
  email: optional(email),
  idNumber: optional(idNumber),
  address: optional(line(300)),
});
export type SenderInput = z.infer<typeof senderInput>;

const caseFields = {
  kind: z.enum(KINDS, "Hãy chọn loại đơn"),
  field: z.enum(FIELDS, "Hãy chọn lĩnh vực"),
  wardId: z.uuid("Hãy chọn phường, xã"),
  title: line(200, 5, "Tiêu đề cần ít nhất 5 ký tự"),
  content: longText(10_000, 20, "Nội dung cần ít nhất 20 ký tự để cơ quan hiểu rõ sự việc"),
  /** The decision or act complained of, or the person or body denounced. */
  subject: optional(line(500)),
  /** What the sender asks for (khiếu nại: yêu cầu giải quyết). */
  request: optional(longText(2_000)),
  location: optional(line(300)),
};

/** A file of a multipart form (photos, documents): its type is decided by its bytes (files/rules). */
export interface UploadedFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}
export const MAX_FILES = 5;

/** What the portal sends (the files, when any, come as a multipart form). */
export const submission = z.object({
  ...caseFields,
  ...senderInput.shape,
  files: z
    .array(
      z
        .custom<UploadedFile>(
          (v) => typeof v === "object" && v !== null && (v as UploadedFile).bytes instanceof Uint8Array,
        )
        .meta({ type: "string", format: "binary" }),
    )
    .max(MAX_FILES, `Gửi tối đa ${MAX_FILES} tệp`)
    .default([]),
});
export type Submission = z.output<typeof submission>;

/** A case entered by hand from a letter, a call or a reception visit. */
export const intakeInput = z.object({
  ...caseFields,
  ...senderInput.shape,
  channel: z.enum(CHANNELS, "Hãy chọn cách tiếp nhận"),
  receivedOn: optional(isoDate),
});
export type IntakeInput = z.infer<typeof intakeInput>;

export const codeParams = z.object({
  code: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/, "Mã tra cứu có dạng XXXX-XXXX-XXXX"),
});
export const secretInput = z.object({ secret: line(100, 10, "Mã bí mật không đúng") });
export const citizenInfoInput = z.object({
  secret: secretInput.shape.secret,
  text: longText(5_000, 5, "Nội dung bổ sung cần ít nhất 5 ký tự"),
});
export const withdrawInput = z.object({
  secret: secretInput.shape.secret,
  reason: optional(longText(1_000)),
});
export const ratingInput = z.object({
  secret: secretInput.shape.secret,
  score: wholeNumber(1, 5, "Hãy chọn mức hài lòng từ 1 đến 5"),
  comment: optional(longText(1_000)),
});

const versioned = { version: editVersion };
export const classifyInput = z.object({
  ...versioned,
  kind: z.enum(KINDS, "Hãy chọn loại đơn"),
  field: z.enum(FIELDS, "Hãy chọn lĩnh vực"),
  /** Whether the matter is this body's to handle (thuộc thẩm quyền). */
  competent: z.boolean(),
});
export const acceptInput = z.object(versioned);
export const forwardInput = z.object({
  ...versioned,
  toOrgId: z.uuid("Hãy chọn cơ quan có thẩm quyền"),
  notice: longText(2_000, 10, "Hãy viết thông báo cho người gửi (ít nhất 10 ký tự)"),
});
export const refuseInput = z.object({
  ...versioned,
  ground: z.enum(GROUNDS, "Hãy chọn căn cứ không thụ lý"),
  note: optional(longText(2_000)),
});
export const assignInput = z.object({ ...versioned, handlerId: z.uuid("Hãy chọn cán bộ xử lý") });
export const noteInput = z.object({ text: longText(5_000, 2, "Ghi chú cần ít nhất 2 ký tự") });
export const concludeInput = z.object({
  ...versioned,
  conclusion: longText(10_000, 10, "Kết luận cần ít nhất 10 ký tự"),
});
export const answerInput = z.object({
  ...versioned,
  answer: longText(10_000, 10, "Nội dung trả lời cần ít nhất 10 ký tự"),
});
export const publishInput = z.object({
  ...versioned,
  /** The masked text as the officer reviewed it. */
  text: longText(10_000, 10, "Nội dung công khai cần ít nhất 10 ký tự"),
});
export const listQuery = z.object({
  status: z.enum(STATUSES).optional(),
  kind: z.enum(KINDS).optional(),
});

// ---------- answers ----------
export const wardList = z.array(z.object({ id: z.string(), name: z.string() }));

export const receipt = z.object({
  code: z.string(),
  /** Shown once: only its hash is kept. */
  secret: z.string(),
  kind: z.enum(KINDS),
  receivedOn: z.string(),
  dueDate: nullableText,
  dueBasis: nullableText,
});

const publicEvent = z.object({ kind: z.enum(EVENT_KINDS), at: z.string(), text: nullableText });

/** What anyone sees with the code: no sender, no content, no internal note. */
export const publicCase = z.object({
  code: z.string(),
  kind: z.enum(KINDS),
  field: z.enum(FIELDS),
  wardName: nullableText,
  orgName: z.string(),
  status: z.enum(STATUSES),
  receivedOn: z.string(),
  dueDate: nullableText,
  dueBasis: nullableText,
  events: z.array(publicEvent),
  published: z.object({ text: z.string(), at: z.string() }).nullable(),
  rating: z.object({ score: z.number(), comment: nullableText }).nullable(),
});
export type PublicCase = z.infer<typeof publicCase>;

export const senderOut = z.object({
  name: nullableText,
  phone: nullableText,
  email: nullableText,
  idNumber: nullableText,
  address: nullableText,
});
export type SenderOut = z.infer<typeof senderOut>;

/** What the sender sees with the secret. */
export const ownCase = publicCase.extend({
  title: z.string(),
  content: z.string(),
  subject: nullableText,
  request: nullableText,
  sender: senderOut,
  answer: nullableText,
  added: z.array(z.object({ at: z.string(), text: z.string() })),
  canRate: z.boolean(),
  canWithdraw: z.boolean(),
});
export type OwnCase = z.infer<typeof ownCase>;

export const caseRow = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(KINDS),
  field: z.enum(FIELDS),
  channel: z.enum(CHANNELS),
  status: z.enum(STATUSES),
  title: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  wardName: nullableText,
  handlerName: nullableText,
  receivedOn: z.string(),
  dueDate: nullableText,
  overdue: z.boolean(),
  classified: z.boolean(),
  publishedAt: nullableText,
});
export type CaseRow = z.infer<typeof caseRow>;
export const caseList = z.array(caseRow);

const event = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  at: z.string(),
  text: nullableText,
  authorName: nullableText,
  public: z.boolean(),
});

export const caseDetail = caseRow.extend({
  version: z.number(),
  content: z.string(),
  subject: nullableText,
  request: nullableText,
  location: nullableText,
  competent: z.boolean().nullable(),
  refusalGround: nullableText,
  conclusion: nullableText,
  answer: nullableText,
  publishedText: nullableText,
  dueBasis: nullableText,
  rating: z.object({ score: z.number(), comment: nullableText }).nullable(),
  files: z.array(z.object({ id: z.string(), fileName: z.string() })),
  events: z.array(event),
  /** Officials of the competent body the case may be given to. */
  handlers: z.array(z.object({ id: z.string(), name: z.string() })),
  can: z.object({
    handle: z.boolean(),
    assign: z.boolean(),
    readSender: z.boolean(),
    publish: z.boolean(),
  }),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const publicationPreview = z.object({ masked: z.string() });

/** The portal's public statistics: counts and averages only (rules/statistics.ts). */
export const publicStatistics = z.object({
  total: z.number(),
  /** The first day counted. */
  since: nullableText,
  open: z.number(),
  answered: z.number(),
  byKind: z.array(z.object({ key: z.enum(KINDS), count: z.number() })),
  byField: z.array(z.object({ key: z.enum(FIELDS), count: z.number() })),
  byWard: z.array(z.object({ name: z.string(), count: z.number() })),
  /** Answered cases with a legal due day, and those answered by it (share in per cent). */
  onTime: z.object({ timed: z.number(), onTime: z.number(), share: z.number().nullable() }),
  /** Calendar days from receipt to answer, on average. */
  averageDays: z.number().nullable(),
  satisfaction: z.object({
    count: z.number(),
    average: z.number().nullable(),
    byScore: z.array(z.object({ score: z.number(), count: z.number() })),
  }),
});
export type PublicStatistics = z.infer<typeof publicStatistics>;
