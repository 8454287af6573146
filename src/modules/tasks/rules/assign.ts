// The rule of turning a confirmed task into assignments: every assignment has exactly one lead body
// ("một việc chỉ giao một cơ quan chủ trì"). A task that names several leads either fans out — one
// assignment per lead, each doing it in its own area, progress rolling up to the task — or the review
// keeps one lead and makes the others supporters. Anything else is refused with a clear message.
// Pure: the calendar and the document's date are arguments (use-cases/assign.ts writes the rows).
import type { WorkingCalendar } from "../../../core/calendar/index.ts";
import { invalid } from "../../../core/errors.ts";
import { shortenAtWord } from "../../../core/text/shorten.ts";
import type { TimeframeValue } from "../../directives/contract.ts";
import type { DueKind } from "../contract.ts";
import { type RelativeTerm, readRelative, relativeDue } from "./due.ts";

export interface AssignmentPlan {
  directiveId: string;
  directiveTaskId: string;
  title: string;
  leadOrgIds: string[];
  supportOrgIds: string[];
  fanOut: boolean;
  timeframe: TimeframeValue;
}

/** The plan of a confirmed task of a directive: what it says to do, by whom, by when. */
export const planOfTask = (
  directiveId: string,
  t: Omit<AssignmentPlan, "directiveId" | "directiveTaskId"> & { id: string },
): AssignmentPlan => ({
  directiveId,
  directiveTaskId: t.id,
  title: t.title,
  leadOrgIds: t.leadOrgIds,
  supportOrgIds: t.supportOrgIds,
  fanOut: t.fanOut,
  timeframe: t.timeframe,
});

export interface PlannedAssignment {
  leadOrgId: string;
  supportOrgIds: string[];
}

/** The assignments a plan makes, or a VALIDATION error naming the task. */
export function planAssignments(plan: AssignmentPlan): PlannedAssignment[] {
  const leads = [...new Set(plan.leadOrgIds)];
  const name = `Nhiệm vụ "${shortenAtWord(plan.title, 80)}"`;
  if (leads.length === 0)
    throw invalid(`${name} chưa có cơ quan chủ trì. Mỗi nhiệm vụ phải giao cho đúng một cơ quan chủ trì.`);
  if (leads.length > 1 && !plan.fanOut)
    throw invalid(
      `${name} có ${leads.length} cơ quan chủ trì. Một việc chỉ giao một cơ quan chủ trì: hãy chọn một cơ quan chủ trì ` +
        `(các cơ quan khác phối hợp), hoặc giao cho từng cơ quan thực hiện trong phạm vi của mình.`,
    );
  const supporters = [...new Set(plan.supportOrgIds)];
  return leads.map((leadOrgId) => ({ leadOrgId, supportOrgIds: supporters.filter((s) => s !== leadOrgId) }));
}

/**
 * How a document's time frame becomes a due date. A relative term is counted again on the working
 * calendar when one is given ("15 ngày làm việc" are not 15 calendar days), from the date it names
 * or from the document's own date ("kể từ ngày ký").
 */
export function dueOf(
  tf: TimeframeValue,
  relativeContext?: { calendar: WorkingCalendar; issuedOn: string | null },
): {
  dueKind: DueKind;
  dueDate: string | null;
  dueText: string | null;
  relative?: RelativeTerm | null;
} {
  const text = tf.text || null;
  switch (tf.kind) {
    case "deadline":
      return { dueKind: "date", dueDate: tf.due, dueText: text };
    case "period":
      return { dueKind: tf.due ? "period" : "none", dueDate: tf.due, dueText: text };
    case "ongoing":
      return { dueKind: "ongoing", dueDate: null, dueText: text };
    case "relative": {
      const term = relativeContext ? readRelative(tf.text, relativeContext.issuedOn) : null;
      if (!term || !relativeContext) return { dueKind: "relative", dueDate: tf.due, dueText: text };
      return {
        dueKind: "relative",
        dueDate: relativeDue(term, relativeContext.calendar),
        dueText: text,
        relative: term,
      };
    }
    default:
      return { dueKind: "none", dueDate: null, dueText: text };
  }
}
