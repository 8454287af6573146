// The vocabulary of the legal time limits: what a citizen sends, the steps the law times, and a
// limit as the law states it. Pure data types; docs/decisions/legal-time-limits.md says where
// each number comes from and which readings were chosen where the text is unclear.
import type { IsoDate } from "../calendar/index.ts";

/**
 * What the citizen sends (the laws' kinds):
 * - feedback: phản ánh; proposal: kiến nghị (Thông tư 05/2021/TT-TTCP; no law sets their
 *   resolution time)
 * - complaint-first / complaint-second: khiếu nại lần đầu / lần hai (Luật Khiếu nại 02/2011/QH13)
 * - denunciation: tố cáo (Luật Tố cáo 25/2018/QH14)
 */
export type CaseKind = "feedback" | "proposal" | "complaint-first" | "complaint-second" | "denunciation";

export const CASE_KINDS: readonly CaseKind[] = [
  "feedback",
  "proposal",
  "complaint-first",
  "complaint-second",
  "denunciation",
];

/**
 * The steps the law times:
 * - lodge: the time the citizen has to send it (thời hiệu khiếu nại; khiếu nại lần hai)
 * - classify: xử lý đơn (record, classify, decide where it goes), counted from receipt
 * - forward: chuyển đơn to the competent body when it is not ours
 * - accept: thụ lý (or refuse with the law's ground), counted from receipt
 * - notify-acceptance: notice of the acceptance decision to the parties
 * - resolve: giải quyết, counted from acceptance (thụ lý)
 * - reception-reply: the answer after a reception visit (Luật Tiếp công dân, Điều 28)
 */
export type Step =
  | "lodge"
  | "classify"
  | "forward"
  | "accept"
  | "notify-acceptance"
  | "resolve"
  | "reception-reply";

export const STEPS: readonly Step[] = [
  "lodge",
  "classify",
  "forward",
  "accept",
  "notify-acceptance",
  "resolve",
  "reception-reply",
];

/** "ngày" in the law's text is counted in calendar days (BLDS 2015, Điều 147–148); "ngày làm việc" in working days. */
export type DayKind = "calendar" | "working";

/** The event a period is counted from (the day of the event itself is not counted, BLDS Điều 147). */
export type Anchor =
  | "receipt" // ngày nhận được đơn / tố cáo / khiếu nại
  | "acceptance" // ngày thụ lý (complaints: the day of acceptance; denunciations: the acceptance decision)
  | "decision-known" // ngày nhận được hoặc biết được quyết định, hành vi hành chính
  | "first-decision-or-expiry" // first-instance decision received, or its resolution period expired
  | "reception"; // ngày tiếp nhận nội dung at a reception visit

export type LawId =
  | "LKN-2011" // Luật Khiếu nại 02/2011/QH13
  | "LTC-2011" // Luật Tố cáo 03/2011/QH13 (until 31/12/2018)
  | "LTC-2018" // Luật Tố cáo 25/2018/QH14
  | "LTCD-2013" // Luật Tiếp công dân 42/2013/QH13
  | "TT-05-2021" // Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn)
  | "ND-124-2020" // Nghị định 124/2020/NĐ-CP (Luật Khiếu nại)
  | "ND-64-2014" // Nghị định 64/2014/NĐ-CP (Luật Tiếp công dân)
  | "L-136-2025"; // Luật 136/2025/QH15 (amends the three laws, in force 01/7/2026)

/** How well the number was checked against the law's own text (see the decision record). */
export type Checked =
  | "text" // the article's words were read, naming the article
  | "paraphrase" // a secondary source states the rule and article, the text itself was not seen
  | "conservative"; // the text is unclear or unseen; the stricter reading was chosen on purpose

export interface LegalSource {
  readonly law: LawId;
  readonly article: number;
  readonly clause?: number;
  readonly point?: string;
  /** Where the wording was read. */
  readonly url?: string;
  readonly checked: Checked;
  /** A few words of the text as read, Vietnamese. */
  readonly quote?: string;
}

export interface Extension {
  /** Longest single extension. */
  readonly days: number;
  /** How many extensions are allowed for the case's complexity (0 = none). */
  readonly times: number;
  readonly dayKind: DayKind;
}

/** A limit as it applies to one case at one step. */
export interface LegalLimit {
  /** Stable id of the rule in the data (e.g. "LKN-28"), for audit and tests. */
  readonly rule: string;
  readonly kind: CaseKind;
  readonly step: Step;
  /** Base period: "không quá N ngày". */
  readonly days: number;
  readonly dayKind: DayKind;
  readonly from: Anchor;
  readonly extension?: Extension;
  /** Citation in Vietnamese, e.g. "Điều 28 Luật Khiếu nại 02/2011/QH13". */
  readonly article: string;
  readonly source: LegalSource;
  /** Days of a suspension (tạm đình chỉ) are not counted (Luật 136/2025 for complaints). */
  readonly suspensionStopsClock: boolean;
  /** Short Vietnamese explanation for screens. */
  readonly description: string;
  /** Set when the reading is a choice documented in docs/decisions/legal-time-limits.md. */
  readonly doubt?: string;
}

export interface LimitOptions {
  /** The date that chooses the law's version: the date of receipt (or of thụ lý for `resolve`). */
  readonly appliesOn: IsoDate;
  /** Vùng sâu, vùng xa đi lại khó khăn. */
  readonly remote?: boolean;
  /** Vụ việc phức tạp. */
  readonly complex?: boolean;
  /** Vụ việc đặc biệt phức tạp (denunciations: two extensions). Implies complex. */
  readonly especiallyComplex?: boolean;
}

export interface DueOptions {
  /** Extensions granted so far (capped by the limit's `extension.times`). */
  readonly extensions?: number;
  /** Periods of tạm đình chỉ, inclusive, when the limit's clock stops. */
  readonly suspensions?: readonly { readonly from: IsoDate; readonly to: IsoDate }[];
}
