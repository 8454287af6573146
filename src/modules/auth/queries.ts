// Reads of sign-in shared by its routes: the signed-in person as the web app shows them, with the
// names of the bodies they work in.
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { orgs } from "../orgs/schema.ts";
import type { Me, Mode } from "./contract.ts";
import type { SessionView } from "./use-cases/session.ts";

export async function meOf(db: Db, view: SessionView, mode: Mode): Promise<Me> {
  const ids = [...new Set(view.actor.memberships.map((m) => m.orgId))];
  const names = ids.length
    ? await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, ids))
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return {
    state: view.state,
    user: { id: view.actor.userId, username: view.actor.username, fullName: view.actor.fullName },
    isAdmin: view.actor.isAdmin,
    totpEnabled: view.totpEnabled,
    actingOrgId: view.actor.actingOrgId,
    memberships: view.actor.memberships.map((m) => ({ ...m, orgName: nameOf.get(m.orgId) ?? "" })),
    mode,
  };
}
