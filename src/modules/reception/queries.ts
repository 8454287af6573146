// Reads shared by the calendar and the register: a body as the access rules and the calendar see
// it, its sessions in a range, and its register with each visit's case as the citizens' module
// holds it now (its status and code are read there, never copied).
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { forbidden, notFound } from "../../core/errors.ts";
import type { Db } from "../../db/client.ts";
import { citizenCases } from "../citizen-cases/schema.ts";
import { getOrgRef } from "../orgs/queries.ts";
import { orgs } from "../orgs/schema.ts";
import type { UseCaseContext } from "../shared/context.ts";
import { RECEPTION_REFUSALS, receptionPolicy } from "./policy.ts";
import { receptionSessions, receptionVisits } from "./schema.ts";

/** The body, once the actor may `action` on it; with what the screens show of it. */
export async function bodyFor(ctx: UseCaseContext, orgId: string, action: "read" | "record") {
  if (!ctx.actor) throw forbidden();
  const ref = await getOrgRef(ctx.db, orgId);
  if (!ref) throw notFound("cơ quan");
  if (!receptionPolicy[action](ctx.actor, ref)) throw forbidden(RECEPTION_REFUSALS[action]);
  const [row] = await ctx.db
    .select({ name: orgs.name, kind: orgs.kind, level: orgs.level })
    .from(orgs)
    .where(eq(orgs.id, orgId));
  return { ref, name: row!.name, kind: row!.kind, level: row!.level };
}

export async function sessionsOf(db: Db, orgId: string, from: string, to: string) {
  return db
    .select()
    .from(receptionSessions)
    .where(
      and(
        eq(receptionSessions.orgId, orgId),
        gte(receptionSessions.date, from),
        lte(receptionSessions.date, to),
      ),
    )
    .orderBy(asc(receptionSessions.date), asc(receptionSessions.startTime));
}

/** The whole register of a body in order of entry, with the case each visit opened. */
export async function registerOf(db: Db, orgId: string) {
  return db
    .select({
      visit: receptionVisits,
      caseCode: citizenCases.code,
      caseKind: citizenCases.kind,
      caseStatus: citizenCases.status,
      caseOrgId: citizenCases.orgId,
    })
    .from(receptionVisits)
    .leftJoin(citizenCases, eq(citizenCases.id, receptionVisits.caseId))
    .where(eq(receptionVisits.orgId, orgId))
    .orderBy(asc(receptionVisits.receivedOn), asc(receptionVisits.createdAt));
}
