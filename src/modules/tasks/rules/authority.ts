// Whom a plan may give work to: its owner body and the bodies it supervises (below it in the tree).
// Work it names for any other body — another ward, a Party board of another city — is only asked
// for: it becomes an assignment request that the receiving body accepts or refuses
// (docs/decisions/assignment-requests.md). Pure.
import type { OrgRef } from "../../../core/access.ts";

/** Does `owner` give work to `body` (itself, or below it)? */
export const withinAuthority = (owner: OrgRef, body: OrgRef): boolean =>
  body.id === owner.id || body.lineage.includes(owner.id);

/**
 * The lead bodies of `leadOrgIds` outside the owner's authority (a plan without an owner body gives
 * as before: there is nobody whose authority could be exceeded). Unknown bodies count as outside.
 */
export function leadsOutside(
  owner: OrgRef | null,
  leadOrgIds: readonly string[],
  refOf: (id: string) => OrgRef | null | undefined,
): string[] {
  if (!owner) return [];
  return [...new Set(leadOrgIds)].filter((id) => {
    const ref = refOf(id);
    return !ref || !withinAuthority(owner, ref);
  });
}
