// Reads of sign-in shared by its routes: the signed-in person as the web app shows them, with the
// names of the bodies they work in — or, with none left, why and whom to ask.
import type { Db } from "../../db/client.ts";
import { orgLabels } from "../orgs/queries.ts";
import { strandingOf } from "../people/queries.ts";
import { strandedMessage } from "../people/rules/stranded.ts";
import type { Me, Mode } from "./contract.ts";
import type { SessionView } from "./use-cases/session.ts";

async function unitNoticeOf(db: Db, userId: string): Promise<Me["unitNotice"]> {
  const stranding = await strandingOf(db, userId);
  return { message: strandedMessage(stranding), contacts: stranding.contacts };
}

export async function meOf(db: Db, view: SessionView, mode: Mode): Promise<Me> {
  const labels = await orgLabels(
    db,
    view.actor.memberships.map((m) => m.orgId),
  );
  return {
    state: view.state,
    user: { id: view.actor.userId, username: view.actor.username, fullName: view.actor.fullName },
    isAdmin: view.actor.isAdmin,
    totpEnabled: view.totpEnabled,
    actingOrgId: view.actor.actingOrgId,
    memberships: view.actor.memberships.map((m) => ({ ...m, orgName: labels.get(m.orgId)?.name ?? "" })),
    mode,
    unitNotice: view.actor.memberships.length ? null : await unitNoticeOf(db, view.actor.userId),
  };
}
