// The reception calendar on the citizens' portal (issue 16 item 1: "published on the portal"): a
// body's sessions from today to 60 days ahead, with the title of the leader who receives (the head
// in person, or a deputy the body assigns) — never a visitor, never a name, never the online link
// (a citizen asks the body for it). Public: no account, so only active bodies' calendars answer.
import { and, eq } from "drizzle-orm";
import { addDays, type IsoDate, vietnamDate } from "../../../core/calendar/index.ts";
import { notFound } from "../../../core/errors.ts";
import type { ReceptionLeader } from "../../../core/legal-limits/index.ts";
import { orgs } from "../../orgs/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { PublicCalendarOut } from "../contract.ts";
import { sessionsOf } from "../queries.ts";
import { leaderOf } from "../rules/leader.ts";

const AHEAD_DAYS = 60;

const HEAD_TITLE: Record<ReceptionLeader, string> = {
  "commune-chair": "Chủ tịch Ủy ban nhân dân",
  "district-chair": "Chủ tịch Ủy ban nhân dân",
  "province-chair": "Chủ tịch Ủy ban nhân dân",
  "agency-head": "Thủ trưởng cơ quan",
};

export async function publicCalendar(ctx: UseCaseContext, orgId: string): Promise<PublicCalendarOut> {
  const [body] = await ctx.db
    .select({ name: orgs.name, kind: orgs.kind, level: orgs.level })
    .from(orgs)
    .where(and(eq(orgs.id, orgId), eq(orgs.status, "active")));
  if (!body) throw notFound("cơ quan");
  const from = vietnamDate(ctx.now) as IsoDate;
  const to = addDays(from, AHEAD_DAYS);
  const leader = leaderOf(body);
  const head = leader ? HEAD_TITLE[leader] : "Người đứng đầu cơ quan";
  const rows = await sessionsOf(ctx.db, orgId, from, to);
  return {
    orgName: body.name,
    from,
    to,
    sessions: rows.map((r) => ({
      date: r.date,
      startTime: r.startTime,
      kind: r.kind,
      mode: r.mode,
      place: r.mode === "in_person" ? r.place : null,
      leaderTitle: r.headReceives ? head : "Lãnh đạo được phân công",
    })),
  };
}
