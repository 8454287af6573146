// The classifier of a request: the status rules (rules/classify.ts) with the working calendar and
// the directives' reporting duties read from the database, on the Vietnam day of `now`.
import type { WorkingCalendar } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import type { Db } from "../../../db/client.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { type Classifier, makeClassifier } from "../rules/classify.ts";
import { reportingDutiesOf } from "./reminders.ts";

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
