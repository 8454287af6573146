// Which duty of a plan charges a body with following the plan — the single lead of a "Tổ chức thực
// hiện" duty that gives the follow-up: *đôn đốc*, or *theo dõi* the progress or the carrying out
// ("Giao Phòng Nội vụ theo dõi tiến độ triển khai thực hiện của các cơ quan, đơn vị"; "theo dõi, đôn
// đốc các cơ quan, đơn vị ... trong việc tổ chức triển khai thực hiện Kế hoạch này"). "Theo dõi"
// alone means other things ("theo dõi, chịu trách nhiệm quản lý việc thực hiện công tác tiếp công
// dân"). With the plan's owner, these bodies coordinate the plan (tasks/policy.ts, read).
// Decided once per written row, by the database (schema.ts, directive_tasks.follow_up_org_id), not
// on every read: the pattern is a POSIX regular expression, matched case-insensitively.

export const FOLLOW_UP_PATTERN =
  "đôn đốc|theo dõi,? (tiến độ|việc (triển khai|thực hiện)|tình hình (triển khai|thực hiện)|kết quả (triển khai|thực hiện)|triển khai)";

/** The body a duty charges with following its plan, or null (the same rule as the column's SQL). */
export function followUpOrgOf(t: {
  kind: string;
  leadOrgIds: readonly string[];
  text: string;
}): string | null {
  if (t.kind !== "responsibility" || t.leadOrgIds.length !== 1) return null;
  return new RegExp(FOLLOW_UP_PATTERN, "i").test(t.text) ? t.leadOrgIds[0]! : null;
}
