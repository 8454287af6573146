// The reception calendar of a body: scheduling a session (audited), and the calendar of a range
// with the weeks or months below the law's minimum for the body's leader (a warning, never a
// refusal: rules/calendar.ts).
import type { IsoDate } from "../../../core/calendar/index.ts";
import { invalid } from "../../../core/errors.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { CalendarOut, SessionInput, SessionOut } from "../contract.ts";
import { receptionPolicy } from "../policy.ts";
import { bodyFor, sessionsOf } from "../queries.ts";
import { calendarGaps, minimumsBetween } from "../rules/calendar.ts";
import { leaderOf } from "../rules/leader.ts";
import { type ReceptionSessionRow, receptionSessions } from "../schema.ts";

const MAX_RANGE_DAYS = 400;
const blank = (v: string | undefined) => (v?.trim() ? v.trim() : null);

export function toOut(r: ReceptionSessionRow): SessionOut {
  return {
    id: r.id,
    orgId: r.orgId,
    date: r.date,
    startTime: r.startTime,
    leaderName: r.leaderName,
    headReceives: r.headReceives,
    kind: r.kind,
    mode: r.mode,
    place: r.place,
    onlineLink: r.onlineLink,
    conclusion: r.conclusion,
    signerTitle: r.signerTitle,
    concludedOn: r.concludedOn,
    version: r.version,
  };
}

export async function scheduleSession(ctx: UseCaseContext, input: SessionInput): Promise<SessionOut> {
  await bodyFor(ctx, input.orgId, "record");
  const place = blank(input.place);
  const onlineLink = blank(input.onlineLink);
  if (input.mode === "in_person" && !place)
    throw invalid("Hãy ghi địa điểm tiếp công dân.", [{ field: "place", message: "Hãy ghi địa điểm tiếp" }]);
  if (input.mode === "online" && !onlineLink)
    throw invalid("Tiếp trực tuyến cần đường dẫn phòng họp hoặc số điện thoại.", [
      { field: "onlineLink", message: "Hãy ghi đường dẫn tiếp trực tuyến" },
    ]);
  return writeTransaction(ctx, async (tx, audit) => {
    const [row] = await tx
      .insert(receptionSessions)
      .values({
        orgId: input.orgId,
        date: input.date,
        startTime: input.startTime ?? null,
        leaderName: input.leaderName,
        headReceives: input.headReceives,
        kind: input.kind,
        mode: input.mode,
        place,
        onlineLink,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const s = row!;
    await audit({
      action: "reception_session.schedule",
      entity: "reception_session",
      entityId: s.id,
      after: toOut(s),
      summary: { orgId: s.orgId, date: s.date, kind: s.kind },
    });
    return toOut(s);
  });
}

export async function readCalendar(
  ctx: UseCaseContext,
  query: { orgId: string; from: string; to: string },
): Promise<CalendarOut> {
  const from = query.from as IsoDate;
  const to = query.to as IsoDate;
  if (to < from)
    throw invalid("Ngày kết thúc phải sau ngày bắt đầu.", [
      { field: "to", message: "Phải sau ngày bắt đầu" },
    ]);
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS)
    throw invalid(`Chỉ xem lịch tối đa ${MAX_RANGE_DAYS} ngày một lần.`, [
      { field: "to", message: "Khoảng ngày quá dài" },
    ]);
  const body = await bodyFor(ctx, query.orgId, "read");
  const rows = await sessionsOf(ctx.db, query.orgId, from, to);
  const leader = leaderOf(body);
  return {
    orgId: query.orgId,
    orgName: body.name,
    leader,
    minimums: minimumsBetween(leader, from, to).map((m) => ({
      rule: m.rule,
      days: m.days,
      per: m.per,
      article: m.article,
      description: m.description,
    })),
    sessions: rows.map(toOut),
    gaps: calendarGaps(leader, rows, from, to),
    mayEdit: Boolean(ctx.actor && receptionPolicy.record(ctx.actor, body.ref)),
  };
}
