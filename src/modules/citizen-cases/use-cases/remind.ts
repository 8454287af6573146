// Reminders of citizens' cases' legal due dates (issue 15 item 3), run by the daily job before the
// task reminders (whose run delivers the e-mails): on a working day, each case still in handling
// whose due date is near, today or past is told to its holding body — in the app, and by e-mail to
// the handler assigned to it (to the body's members while nobody is) — and once it is M working
// days overdue, to the body's leaders (rules/reminders.ts). Each stage is sent once per due date,
// claimed in its ledger before the notice is written, inside one transaction with its audit event.
// The notice and the audit name the tracking code and the kind, never the sender, title or content.
// The reception module's reply reminders (Điều 28 Luật Tiếp công dân) use the same run and ledger.
import { and, eq, inArray, isNotNull, lte } from "drizzle-orm";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import type { Db } from "../../../db/client.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { recipientsOf } from "../../notifications/queries.ts";
import { recordNotification } from "../../notifications/use-cases/record.ts";
import { users } from "../../people/schema.ts";
import { getSetting } from "../../settings/use-cases/settings.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { Kind } from "../contract.ts";
import { type DeadlineNotice, deadlineStages, deadlineWords } from "../rules/reminders.ts";
import { citizenCaseReminders, citizenCases } from "../schema.ts";

/** A dated duty to remind: a case's due date, or a reception visit's reply. */
export interface Deadline extends DeadlineNotice {
  /** The case's id: the ledger's key. */
  id: string;
  /** The audited entity's id, when it is not the case (a reception visit). */
  entityId?: string;
  orgId: string;
  handlerId: string | null;
}

/** Where the stages already sent are remembered: `claim` is false when the stage was sent already. */
export interface ReminderLedger {
  /** The stage keys sent, by the deadline's id. */
  sent(db: Db, ids: string[]): Promise<Map<string, Set<string>>>;
  claim(tx: Db, id: string, key: string, today: string): Promise<boolean>;
  audit: { action: string; entity: string };
}

export interface DeadlineRun {
  day: string;
  skipped: string | null;
  sent: number;
  escalations: number;
}

/**
 * Sends today's stages of the deadlines (those due within the reminder window or past it), each
 * once. `select` reads the open deadlines due on or before the given horizon.
 */
export async function remindDeadlines(
  ctx: UseCaseContext,
  select: (db: Db, horizon: IsoDate) => Promise<Deadline[]>,
  ledger: ReminderLedger,
): Promise<DeadlineRun> {
  const today = vietnamDate(ctx.now) as IsoDate;
  const cal = await loadCalendar(ctx.db);
  if (!cal.isWorkingDay(today))
    return { day: today, skipped: "Ngày nghỉ: không gửi nhắc hạn.", sent: 0, escalations: 0 };
  const settings = (await getSetting(ctx.db, "reminders")).value;
  const open = await select(ctx.db, cal.addWorkingDays(today, settings.daysBefore));
  const sent = await ledger.sent(
    ctx.db,
    open.map((d) => d.id),
  );
  const handlerIds = [...new Set(open.map((d) => d.handlerId).filter((h): h is string => Boolean(h)))];
  const emails = new Map(
    handlerIds.length
      ? (
          await ctx.db
            .select({ id: users.id, email: users.email })
            .from(users)
            .where(and(inArray(users.id, handlerIds), eq(users.status, "active")))
        ).map((u) => [u.id, u.email?.trim() || null])
      : [],
  );
  let n = 0;
  let escalations = 0;
  for (const d of open) {
    for (const s of deadlineStages(d.due as IsoDate, today, cal, settings, sent.get(d.id) ?? new Set())) {
      const words = deadlineWords(s, d);
      const done = await writeTransaction(ctx, async (tx, audit) => {
        if (!(await ledger.claim(tx, d.id, s.key, today))) return false;
        const handlerEmail = d.handlerId ? emails.get(d.handlerId) : null;
        const recipients =
          s.stage === "escalated"
            ? await recipientsOf(tx, d.orgId, ["leader"])
            : handlerEmail
              ? [handlerEmail]
              : undefined;
        const notificationId = await recordNotification(
          tx,
          {
            orgId: d.orgId,
            kind: "urge",
            digestDate: today,
            ...words,
            items: [],
            createdBy: null,
            ...(recipients && { recipients }),
          },
          ctx.now,
        );
        await audit({
          action: ledger.audit.action,
          entity: ledger.audit.entity,
          entityId: d.entityId ?? d.id,
          summary: { code: d.code, stage: s.stage, due: d.due, notificationId },
        });
        return true;
      });
      if (!done) continue;
      n++;
      if (s.stage === "escalated") escalations++;
    }
  }
  return { day: today, skipped: null, sent: n, escalations };
}

/** The ledger's rows grouped by the deadline's id. */
export function keysById(rows: { id: string; key: string }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rows) out.set(r.id, (out.get(r.id) ?? new Set()).add(r.key));
  return out;
}

/** Cases still in handling (received or accepted) with a due date. */
async function openCases(db: Db, horizon: IsoDate): Promise<Deadline[]> {
  const rows = await db
    .select({
      id: citizenCases.id,
      code: citizenCases.code,
      kind: citizenCases.kind,
      orgId: citizenCases.orgId,
      handlerId: citizenCases.handlerId,
      due: citizenCases.dueDate,
      basis: citizenCases.dueBasis,
    })
    .from(citizenCases)
    .where(
      and(
        inArray(citizenCases.status, ["received", "accepted"]),
        isNotNull(citizenCases.dueDate),
        lte(citizenCases.dueDate, horizon),
      ),
    );
  return rows.map((r) => {
    // "Giải quyết: Điều 28 ..." once accepted with a resolution time; "Xử lý đơn: ..." before.
    const resolving = r.basis?.startsWith("Giải quyết") ?? false;
    return {
      ...r,
      kind: r.kind as Kind,
      due: r.due!,
      what: resolving ? "Hạn giải quyết" : "Hạn xử lý đơn",
      basis: r.basis?.replace(/^[^:]*:\s*/, "") ?? null,
    };
  });
}

/**
 * The stages sent about a case, whichever run sent them: a reception visit's reply (Điều 28) that
 * falls on the case's own due date is the same stage, so the body is told once.
 */
export const caseLedger: ReminderLedger = {
  async sent(db, ids) {
    if (!ids.length) return new Map();
    const rows = await db
      .select({ id: citizenCaseReminders.caseId, key: citizenCaseReminders.stageKey })
      .from(citizenCaseReminders)
      .where(inArray(citizenCaseReminders.caseId, ids));
    return keysById(rows);
  },
  async claim(tx, id, key, today) {
    const rows = await tx
      .insert(citizenCaseReminders)
      .values({ caseId: id, stageKey: key, sentOn: today })
      .onConflictDoNothing()
      .returning({ id: citizenCaseReminders.caseId });
    return rows.length > 0;
  },
  audit: { action: "citizen_case.remind", entity: "citizen_case" },
};

/** Today's reminders of the cases' due dates (the daily job). */
export function remindCases(ctx: UseCaseContext): Promise<DeadlineRun> {
  return remindDeadlines(ctx, openCases, caseLedger);
}
