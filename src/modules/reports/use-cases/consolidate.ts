// The coordinating body's consolidated report of one period (issue 14 item 4): built from its units'
// reports by rules/consolidate.ts into an obligation of its own (kind "consolidated"), edited like
// any report and signed off by a leader over the body, which issues it upward. Building again
// refreshes the figures, the status table and the list of units that did not report, and gathers
// the narratives only into parts the coordinator has left empty (their edits are never overwritten).
import { and, eq, sql } from "drizzle-orm";
import { invalid } from "../../../core/errors.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { NARRATIVE_PARTS } from "../contract.ts";
import { assertMay } from "../policy.ts";
import { orgInfos, requireSchedule, tasksOfPlan, unitObligations } from "../queries.ts";
import { consolidate } from "../rules/consolidate.ts";
import { reportEvents, reportObligations } from "../schema.ts";

export async function buildConsolidated(
  ctx: UseCaseContext,
  scheduleId: string,
  periodKey: string,
): Promise<{ id: string }> {
  const s = await requireSchedule(ctx.db, scheduleId);
  const coordinator = (await orgInfos(ctx.db, [s.coordinatorOrgId])).get(s.coordinatorOrgId)!;
  assertMay(ctx.actor, "review", { unit: coordinator, coordinator });
  return writeTransaction(ctx, async (tx, audit) => {
    const units = await unitObligations(tx, s.id, periodKey);
    if (!units.length) throw invalid("Kỳ báo cáo này chưa có đơn vị nào phải báo cáo.");
    const names = await orgInfos(
      tx,
      units.map((u) => u.orgId),
    );
    const tasks = await tasksOfPlan(tx, s.directiveId, s.unitOrgIds);
    const p = units[0]!;
    const c = consolidate(
      s.indicators,
      units
        .map((u) => ({
          orgId: u.orgId,
          orgName: names.get(u.orgId)?.name ?? "",
          state: u.state,
          values: u.values,
          narratives: u.narratives,
        }))
        .sort((a, b) => a.orgName.localeCompare(b.orgName, "vi", { numeric: true })),
      tasks,
      p.periodEnd,
    );
    const consolidation = {
      units: c.units,
      reported: c.reported,
      notReported: c.notReported,
      statusTable: c.statusTable,
    };
    const [existing] = await tx
      .select()
      .from(reportObligations)
      .where(
        and(
          eq(reportObligations.scheduleId, s.id),
          eq(reportObligations.periodKey, periodKey),
          eq(reportObligations.kind, "consolidated"),
        ),
      );
    if (existing && !["open", "draft", "returned"].includes(existing.state))
      throw invalid("Báo cáo tổng hợp đã trình hoặc đã gửi; không tổng hợp lại được.");
    let id: string;
    if (existing) {
      const narratives = { ...existing.narratives };
      for (const part of NARRATIVE_PARTS)
        if (!narratives[part]?.trim()) narratives[part] = c.narratives[part];
      await tx
        .update(reportObligations)
        .set({
          values: c.values,
          narratives,
          consolidation,
          state: "draft",
          version: sql`${reportObligations.version} + 1`,
          updatedAt: ctx.now,
          updatedBy: ctx.actor?.userId ?? null,
        })
        .where(eq(reportObligations.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx
        .insert(reportObligations)
        .values({
          scheduleId: s.id,
          orgId: s.coordinatorOrgId,
          kind: "consolidated",
          periodKey,
          periodLabel: p.periodLabel,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
          dueDate: p.dueDate,
          state: "draft",
          values: c.values,
          narratives: c.narratives,
          consolidation,
          draftSavedAt: ctx.now,
          updatedBy: ctx.actor?.userId ?? null,
        })
        .returning({ id: reportObligations.id });
      id = row!.id;
    }
    await tx
      .insert(reportEvents)
      .values({ obligationId: id, kind: "consolidated", userId: ctx.actor?.userId ?? null, at: ctx.now });
    await audit({
      action: "report.consolidate",
      entity: "report_obligation",
      entityId: id,
      summary: {
        schedule: s.title,
        period: p.periodLabel,
        units: c.units,
        reported: c.reported,
        notReported: c.notReported.length,
      },
    });
    return { id };
  });
}
