// The steps of a report, each in one transaction with its audit event and a version check (a
// simultaneous change gets 409): save the draft (autosave), submit, sign off (the unit's leader;
// the report leaves the unit), return with comments, accept. A consolidated report's sign-off issues
// it upward as the coordinating body's own submission.
import { eq, sql } from "drizzle-orm";
import { conflict, invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { type DraftInput, draftInput, type ObligationOut, type ObligationState } from "../contract.ts";
import { assertMay, type ReportAction, reportPolicy } from "../policy.ts";
import { type LoadedObligation, loadObligation } from "../queries.ts";
import { problemsOf } from "../rules/validation.ts";
import { nextState, refusalOfStep, type Step } from "../rules/workflow.ts";
import { type ReportObligationRow, reportEvents, reportObligations } from "../schema.ts";
import { computedValues, getObligation, withComputed } from "./form.ts";

const ACTION: Record<Step, ReportAction> = {
  save: "edit",
  submit: "edit",
  sign: "sign",
  return: "review",
  accept: "review",
};

async function step(
  ctx: UseCaseContext,
  id: string,
  s: Step,
  version: number,
  change: (l: LoadedObligation, tx: Db) => Promise<Partial<ReportObligationRow>>,
  comment: string | null = null,
): Promise<ObligationOut> {
  await writeTransaction(ctx, async (tx, audit) => {
    const l = await loadObligation(tx, id);
    // A consolidated report is reviewed above; its coordinating body's members edit it.
    assertMay(ctx.actor, ACTION[s], l.scope);
    const refused = refusalOfStep(s, l.row.state as ObligationState);
    if (refused) throw conflict(refused, { state: l.row.state });
    if (l.row.version !== version)
      throw conflict("Báo cáo vừa được người khác thay đổi. Hãy tải lại để xem bản mới nhất.", {
        version: l.row.version,
      });
    const set = await change(l, tx);
    const [after] = await tx
      .update(reportObligations)
      .set({
        ...set,
        version: sql`${reportObligations.version} + 1`,
        updatedAt: ctx.now,
        updatedBy: ctx.actor?.userId ?? null,
      })
      .where(eq(reportObligations.id, id))
      .returning();
    if (s !== "save")
      await tx.insert(reportEvents).values({
        obligationId: id,
        kind:
          s === "sign"
            ? "signed"
            : s === "submit"
              ? set.state === "submitted"
                ? "signed"
                : "submitted"
              : s === "return"
                ? "returned"
                : "accepted",
        comment,
        userId: ctx.actor?.userId ?? null,
        at: ctx.now,
      });
    await audit({
      action: `report.${s}`,
      entity: "report_obligation",
      entityId: id,
      before: { state: l.row.state, version: l.row.version },
      after: { state: after!.state, version: after!.version },
      summary: {
        unit: l.unit.name,
        period: l.row.periodLabel,
        kind: l.row.kind,
        ...(comment ? { comment } : {}),
      },
    });
  });
  return getObligation(ctx, id);
}

/** Saves what the unit wrote (autosave too); problems in the figures are shown, not refused, until it is submitted. */
export function saveDraft(ctx: UseCaseContext, id: string, raw: DraftInput): Promise<ObligationOut> {
  const input = draftInput.parse(raw);
  return step(ctx, id, "save", input.version, async (l) => {
    const unknown = problemsOf(l.schedule.indicators, [], input.values, { complete: false }).filter((p) =>
      p.includes("không có trong"),
    );
    if (unknown.length) throw invalid(unknown[0]!, { problems: unknown });
    return {
      state: nextState("save", l.row.state as ObligationState),
      narratives: { ...l.row.narratives, ...input.narratives },
      values: { ...l.row.values, ...input.values },
      draftSavedAt: ctx.now,
    };
  });
}

/** Sign-off fields: the report has left the unit now (the first time counts for timeliness). */
const leaves = (ctx: UseCaseContext, row: ReportObligationRow) => ({
  state: "submitted" as const,
  submittedAt: ctx.now,
  firstSubmittedAt: row.firstSubmittedAt ?? ctx.now,
  signedBy: ctx.actor?.userId ?? null,
  comment: null,
});

/** Submits: checked in full (relations between figures refused in Vietnamese); a leader's submission is signed off too. */
export function submit(ctx: UseCaseContext, id: string, version: number): Promise<ObligationOut> {
  return step(ctx, id, "submit", version, async (l, tx) => {
    const values = withComputed(l.schedule.indicators, l.row.values, await computedValues(tx, l));
    const problems = problemsOf(l.schedule.indicators, l.schedule.rules, values, {
      complete: true,
      consolidated: l.row.kind === "consolidated",
    });
    if (problems.length) throw invalid(`Báo cáo chưa trình được: ${problems[0]}`, { problems });
    if (!l.row.narratives.results?.trim())
      throw invalid('Báo cáo chưa trình được: hãy viết phần "Kết quả đạt được".');
    const signs = !ctx.actor || reportPolicy.sign(ctx.actor, l.scope);
    return signs ? { values, ...leaves(ctx, l.row) } : { values, state: "awaiting_signoff" as const };
  });
}

/** The unit's leader signs off: the report leaves the unit. */
export function signOff(ctx: UseCaseContext, id: string, version: number): Promise<ObligationOut> {
  return step(ctx, id, "sign", version, async (l) => leaves(ctx, l.row));
}

export function returnReport(
  ctx: UseCaseContext,
  id: string,
  version: number,
  comment: string,
): Promise<ObligationOut> {
  return step(
    ctx,
    id,
    "return",
    version,
    async (l) => {
      if (l.row.kind !== "unit") throw invalid("Báo cáo tổng hợp do cấp trên trả lại.");
      return { state: "returned" as const, comment };
    },
    comment,
  );
}

export function accept(ctx: UseCaseContext, id: string, version: number): Promise<ObligationOut> {
  return step(ctx, id, "accept", version, async () => ({
    state: "accepted" as const,
    acceptedAt: ctx.now,
    acceptedBy: ctx.actor?.userId ?? null,
  }));
}
