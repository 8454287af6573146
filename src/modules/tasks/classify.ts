// The facts the status rules judge, gathered for many rows at once: the working calendar, today in
// Vietnam, and — for work without a deadline of its own — the checkpoints from the directive's
// reporting duties (due.ts). One classifier per request; the rules themselves stay pure (status.ts).
import type { WorkingCalendar } from "../../core/calendar/index.ts";
import type { Db } from "../../db/client.ts";
import { loadCalendar } from "../holiday-schedules/calendar.ts";
import { vietnamDate } from "../shared/context.ts";
import { type CheckSpec, checkDates, checkSpecOf, isOneOff, type ReportingDuty } from "./due.ts";
import { reportingDutiesOf } from "./queries.ts";
import type { AssignmentStatus, DueKind } from "./schema.ts";
import { type Standing, type StatusFacts, standingOf } from "./status.ts";

export interface ClassifiableRow {
  directiveId: string;
  status: AssignmentStatus;
  dueKind: DueKind;
  dueDate: string | null;
  completedOn: string | null;
  lastUpdateAt: Date | null;
  createdAt: Date;
}

export interface Classifier {
  today: string;
  calendar: WorkingCalendar;
  facts(row: ClassifiableRow): StatusFacts;
  standing(row: ClassifiableRow): Standing;
}

export function makeClassifier(
  today: string,
  calendar: WorkingCalendar,
  duties: Map<string, ReportingDuty[]>,
): Classifier {
  const specs = new Map<string, CheckSpec | null>();
  const specOf = (directiveId: string, dueKind: DueKind) => {
    const key = `${directiveId}|${dueKind}`;
    if (!specs.has(key)) specs.set(key, checkSpecOf(dueKind, duties.get(directiveId) ?? []));
    return specs.get(key)!;
  };
  const thisYear = Number(today.slice(0, 4));
  const facts = (r: ClassifiableRow): StatusFacts => {
    const spec = r.dueDate === null ? specOf(r.directiveId, r.dueKind) : null;
    const startedOn = vietnamDate(r.createdAt);
    return {
      status: r.status,
      dueDate: r.dueDate,
      completedOn: r.completedOn,
      checks: spec
        ? {
            dates: checkDates(spec, Math.min(thisYear, Number(startedOn.slice(0, 4))) - 1, thisYear + 1),
            oneOff: isOneOff(spec),
            lastReportOn: r.lastUpdateAt ? vietnamDate(r.lastUpdateAt) : null,
            startedOn,
          }
        : null,
    };
  };
  return { today, calendar, facts, standing: (r) => standingOf(facts(r), today, calendar) };
}

/** A classifier for rows of the given directives, on the Vietnam day of `now`. */
export async function classifierFor(
  db: Db,
  directiveIds: string[],
  now: Date,
  calendar?: WorkingCalendar,
): Promise<Classifier> {
  return makeClassifier(
    vietnamDate(now),
    calendar ?? (await loadCalendar(db)),
    await reportingDutiesOf(db, directiveIds),
  );
}
