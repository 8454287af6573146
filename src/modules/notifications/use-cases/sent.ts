// "Thông báo đã gửi": what was sent to a unit, for whoever reads the unit's records (../policy.ts).
import { and, desc, eq, gte, lte } from "drizzle-orm";
import { forbidden, notFound } from "../../../core/errors.ts";
import { getOrgRef } from "../../orgs/queries.ts";
import { orgs } from "../../orgs/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { NotificationOut } from "../contract.ts";
import { notificationPolicy } from "../policy.ts";
import { withDeliveries } from "../queries.ts";
import { notifications } from "../schema.ts";

/** "Thông báo đã gửi": what was sent to a unit and when, newest first. */
export async function sentToUnit(
  ctx: UseCaseContext,
  orgId: string,
  range: { from?: string | undefined; to?: string | undefined; limit?: number },
): Promise<NotificationOut[]> {
  const ref = await getOrgRef(ctx.db, orgId);
  if (!ref) throw notFound("cơ quan, đơn vị");
  if (ctx.actor && !notificationPolicy.readSent(ctx.actor, ref))
    throw forbidden("Bạn không được xem thông báo của đơn vị này.");
  const rows = await ctx.db
    .select({ n: notifications, orgName: orgs.name })
    .from(notifications)
    .innerJoin(orgs, eq(orgs.id, notifications.orgId))
    .where(
      and(
        eq(notifications.orgId, orgId),
        range.from ? gte(notifications.digestDate, range.from) : undefined,
        range.to ? lte(notifications.digestDate, range.to) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(range.limit ?? 100);
  return withDeliveries(
    ctx.db,
    rows.map((r) => ({ ...r.n, orgName: r.orgName })),
  );
}
