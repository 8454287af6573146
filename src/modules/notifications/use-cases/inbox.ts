// The signed-in official's notifications (those of the units they belong to, for 90 days) with
// their read marks, and marking one read (for themselves only).
import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { forbidden, notFound } from "../../../core/errors.ts";
import { orgs } from "../../orgs/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { InboxOut } from "../contract.ts";
import { notificationPolicy } from "../policy.ts";
import { seenBy, withDeliveries } from "../queries.ts";
import { notificationReads, notifications } from "../schema.ts";

/** The signed-in official's notifications (those of the units they belong to), with read marks. */
export async function inbox(ctx: UseCaseContext, limit = 50): Promise<InboxOut> {
  const actor = ctx.actor;
  if (!actor) return { unread: 0, items: [] };
  const seen = seenBy(actor);
  if (!seen) return { unread: 0, items: [] };
  const since = new Date(ctx.now.getTime() - 90 * 86_400_000);
  const rows = await ctx.db
    .select({ n: notifications, orgName: orgs.name, readAt: notificationReads.readAt })
    .from(notifications)
    .innerJoin(orgs, eq(orgs.id, notifications.orgId))
    .leftJoin(
      notificationReads,
      and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.userId, actor.userId)),
    )
    .where(and(seen, gte(notifications.createdAt, since)))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const unread = await unreadCount(ctx);
  const full = await withDeliveries(
    ctx.db,
    rows.map((r) => ({ ...r.n, orgName: r.orgName })),
  );
  return {
    unread,
    items: full.map((n, i) => ({ ...n, readAt: rows[i]!.readAt?.toISOString() ?? null })),
  };
}

/** How many of the official's notifications (the last 90 days) they have not read. */
export async function unreadCount(ctx: UseCaseContext): Promise<number> {
  const seen = ctx.actor ? seenBy(ctx.actor) : null;
  if (!seen) return 0;
  const since = new Date(ctx.now.getTime() - 90 * 86_400_000);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .leftJoin(
      notificationReads,
      and(
        eq(notificationReads.notificationId, notifications.id),
        eq(notificationReads.userId, ctx.actor!.userId),
      ),
    )
    .where(and(seen, gte(notifications.createdAt, since), isNull(notificationReads.userId)));
  return count?.n ?? 0;
}

export async function markRead(ctx: UseCaseContext, id: string): Promise<{ ok: true }> {
  const actor = ctx.actor;
  const [n] = await ctx.db
    .select({ orgId: notifications.orgId })
    .from(notifications)
    .where(eq(notifications.id, id));
  if (!n) throw notFound("thông báo");
  if (!actor || !notificationPolicy.markRead(actor, n.orgId))
    throw forbidden("Thông báo này không gửi cho đơn vị của bạn.");
  await ctx.db
    .insert(notificationReads)
    .values({ notificationId: id, userId: actor.userId, readAt: ctx.now })
    .onConflictDoNothing();
  return { ok: true };
}
