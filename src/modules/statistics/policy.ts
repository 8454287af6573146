// Who sees which statistics: the figures of a unit's area are the records of its units, so the
// tasks' one read rule decides (tasks/policy.ts, readableOrgs over core/access.ts): a leader or
// coordinator their own unit and every unit below it, an official their own unit, an administrator
// everything — never sideways. Within the area, queries.ts counts only the units the actor reads.
import type { Actor, OrgRef } from "../../core/access.ts";
import { readableOrgs, readsOrg } from "../tasks/policy.ts";

export const statsPolicy = {
  view: (a: Actor, unit: OrgRef): boolean => readsOrg(readableOrgs(a), unit),
};

export const STATS_REFUSAL = "Bạn không được xem thống kê của đơn vị này.";
