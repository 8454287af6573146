// What a person without an active unit is told on sign-in: which change ended their unit, and whom
// to ask to be placed in the new one — never an empty screen with no word of why.
import { formatDateVi, type IsoDate } from "../../../core/calendar/index.ts";

export interface Stranding {
  /** The change that ended the person's last unit; null when none is known. */
  change: {
    kind: "merge" | "split" | "dissolve";
    effectiveDate: string;
    decisionRef: string | null;
    /** The person's own body that ended. */
    orgName: string;
    successors: string[];
  } | null;
  /** Who may place them: administrators and leaders of the body above, by name and unit. */
  contacts: Array<{ fullName: string; orgName: string }>;
}

const both = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} và ${names.at(-1)}`;

function whatHappened(c: NonNullable<Stranding["change"]>): string {
  const when = ` từ ngày ${formatDateVi(c.effectiveDate as IsoDate)}`;
  const basis = c.decisionRef ? ` theo ${c.decisionRef}` : "";
  if (c.kind === "merge") return `${c.orgName} đã được hợp nhất vào ${both(c.successors)}${when}${basis}`;
  if (c.kind === "split") return `${c.orgName} đã được chia tách thành ${both(c.successors)}${when}${basis}`;
  const heir = c.successors.length ? `, công việc chuyển cho ${both(c.successors)}` : "";
  return `${c.orgName} đã giải thể${when}${basis}${heir}`;
}

/** "Ủy ban nhân dân Phường 1 đã được hợp nhất vào … từ ngày 01/07/2025 theo …; tài khoản … Hãy liên hệ …" */
export function strandedMessage(s: Stranding): string {
  const head = s.change
    ? `${whatHappened(s.change)}; tài khoản của bạn chưa được gán vào đơn vị mới.`
    : "Tài khoản của bạn chưa được gán vào đơn vị nào đang hoạt động.";
  const who = s.contacts.map((c) => `${c.fullName} (${c.orgName})`);
  const ask = who.length
    ? `Hãy liên hệ quản trị viên để được gán vào đơn vị: ${both(who)}.`
    : "Hãy liên hệ quản trị viên hệ thống để được gán vào đơn vị.";
  return `${head} ${ask}`;
}
