// What the Law on Grassroots Democracy (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15, in force
// 01/7/2023) makes a commune (xã, phường, đặc khu) disclose, by which channels and for how long, as
// data with the article of each rule. Only what was read in the law's text (or a source quoting it)
// is marked `seen`; the readings chosen where the text was not seen are in
// docs/decisions/disclosure.md. Pure data, no I/O.

export const LAW = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15";
export const LAW_IN_FORCE = "2023-07-01";

/** Hình thức công khai: the channels of Điều 12 khoản 1 (nine forms). */
export const CHANNELS = [
  "noticeboard",
  "portal",
  "loudspeaker",
  "village_heads",
  "letters",
  "dialogue",
  "meetings",
  "organisations",
  "telecom",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, { vi: string; en: string }> = {
  noticeboard: { vi: "Niêm yết tại trụ sở", en: "Posted at the commune office" },
  portal: { vi: "Cổng/trang thông tin điện tử", en: "Commune web portal" },
  loudspeaker: { vi: "Hệ thống truyền thanh cấp xã", en: "Commune loudspeaker system" },
  village_heads: {
    vi: "Qua Trưởng thôn, Tổ trưởng tổ dân phố",
    en: "Through village and residential-group heads",
  },
  letters: { vi: "Gửi văn bản đến Nhân dân", en: "Letters to residents" },
  dialogue: { vi: "Hội nghị đối thoại với Nhân dân", en: "Dialogue conference with residents" },
  meetings: {
    vi: "Tiếp công dân, tiếp xúc cử tri, họp báo, người phát ngôn",
    en: "Citizen reception, voter meetings, press, spokesperson",
  },
  organisations: {
    vi: "Thông báo đến tổ chức chính trị, chính trị - xã hội",
    en: "Notice to political and socio-political organisations",
  },
  telecom: { vi: "Mạng viễn thông, mạng xã hội hợp pháp", en: "Telecom networks, lawful social networks" },
};

export const CHANNELS_ARTICLE = "Điều 12 khoản 1";

/** How often a group's information comes round: each year, each quarter, or when it arises. */
export type Cadence = "year" | "quarter" | "as_arising";

export interface DisclosureGroup {
  /** Khoản of Điều 11 (1–14): the key the other articles refer to. */
  readonly clause: number;
  /** Its subject in short, or null where the clause's wording was not seen (see decisions). */
  readonly vi: string | null;
  readonly en: string | null;
  /** True when the wording was read in the law's text (or a source quoting it verbatim). */
  readonly seen: boolean;
  readonly cadence: Cadence;
  readonly cadenceArticle: string | null;
}

const unseen = (clause: number): DisclosureGroup => ({
  clause,
  vi: null,
  en: null,
  seen: false,
  cadence: "as_arising",
  cadenceArticle: null,
});

/**
 * The 14 groups of Điều 11 ("Những nội dung chính quyền địa phương cấp xã phải công khai"), except
 * state secrets. Clauses 1–3 were read verbatim; 4–14 only as a count, so they are kept by number.
 */
export const DISCLOSURE_GROUPS: readonly DisclosureGroup[] = [
  {
    clause: 1,
    vi: "Kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế hằng năm và kết quả thực hiện",
    en: "Annual socio-economic development plan, economic restructuring and results",
    seen: true,
    cadence: "year",
    cadenceArticle: "Điều 11 khoản 1 (hằng năm)",
  },
  {
    clause: 2,
    vi: "Dự toán, tình hình thực hiện dự toán (quý, 06 tháng, năm), quyết toán ngân sách cấp xã; kết quả thực hiện kiến nghị của Kiểm toán nhà nước",
    en: "Commune budget: estimates, quarterly/6-month/annual execution, final accounts, State Audit follow-up",
    seen: true,
    cadence: "quarter",
    cadenceArticle: "Điều 11 khoản 2 (định kỳ theo quý, 06 tháng, hằng năm)",
  },
  {
    clause: 3,
    vi: "Dự án, công trình đầu tư và tiến độ; kế hoạch thu hồi đất, bồi thường, hỗ trợ, tái định cư; quỹ đất cấp xã; quy hoạch xây dựng",
    en: "Investment projects and progress; land recovery, compensation and resettlement; commune land fund; zoning",
    seen: true,
    cadence: "as_arising",
    cadenceArticle: null,
  },
  ...Array.from({ length: 11 }, (_, i) => unseen(i + 4)),
];

export const GROUPS_ARTICLE = "Điều 11";
export const groupOf = (clause: number) => DISCLOSURE_GROUPS.find((g) => g.clause === clause);

/** A channel a group must use, with the article that says so. */
export interface ChannelRule {
  readonly channel: Channel;
  readonly clauses: readonly number[];
  readonly article: string;
  readonly seen: boolean;
  /** "if the commune has one" (nếu có): the checker warns, never refuses. */
  readonly ifAvailable: boolean;
  readonly note: string;
}

const ALL = DISCLOSURE_GROUPS.map((g) => g.clause);
const K7_12 = [7, 8, 9, 10, 11, 12];

export const CHANNEL_RULES: readonly ChannelRule[] = [
  {
    channel: "noticeboard",
    clauses: ALL,
    article: "Điều 13 khoản 1",
    seen: false,
    ifAvailable: false,
    note: "Đọc theo khoản 5 Điều 13 (các hình thức tại khoản 1–4 là bắt buộc); lời văn khoản 1 chưa được đối chiếu.",
  },
  {
    channel: "portal",
    clauses: ALL,
    article: "Điều 13 khoản 2",
    seen: false,
    ifAvailable: true,
    note: "Đọc theo khoản 5 Điều 13; lời văn khoản 2 chưa được đối chiếu.",
  },
  {
    channel: "loudspeaker",
    clauses: K7_12,
    article: "Điều 13 khoản 3",
    seen: true,
    ifAvailable: true,
    note: "Thông tin tại các khoản 7–12 Điều 11 được công khai trên hệ thống truyền thanh cấp xã (nếu có).",
  },
  {
    channel: "village_heads",
    clauses: K7_12,
    article: "Điều 13 khoản 4",
    seen: true,
    ifAvailable: false,
    note: "Thông tin tại khoản 3 Điều 13 được gửi đến Trưởng thôn, Tổ trưởng tổ dân phố để thông báo đến Nhân dân.",
  },
];

/** How long a channel must carry the information. */
export interface DurationRule {
  readonly channel: Channel;
  readonly clauses: readonly number[];
  readonly days: number;
  /** "consecutive" days of broadcast, or calendar days on the board counted from the day after posting. */
  readonly kind: "consecutive_broadcast" | "posted_calendar";
  readonly article: string;
  readonly seen: boolean;
  readonly note: string;
}

export const DURATION_RULES: readonly DurationRule[] = [
  {
    channel: "loudspeaker",
    clauses: K7_12,
    days: 3,
    kind: "consecutive_broadcast",
    article: "Điều 13 khoản 3",
    seen: true,
    note: "Trong thời hạn ít nhất là 03 ngày liên tục.",
  },
  {
    channel: "noticeboard",
    clauses: ALL,
    days: 30,
    kind: "posted_calendar",
    article: "Điều 21 khoản 2 Luật Tiếp cận thông tin 2016 (áp dụng khi luật chuyên ngành không quy định)",
    seen: false,
    note: "Luật 10/2022/QH15 (Điều 13 khoản 1) chưa được đối chiếu; dùng thời hạn niêm yết tối thiểu 30 ngày của Luật Tiếp cận thông tin.",
  },
];

export const SPECIAL_LAW_PREVAILS =
  "Điều 13 khoản 6: nếu luật khác quy định hình thức, cách thức công khai riêng cho một nội dung thì áp dụng quy định đó.";
