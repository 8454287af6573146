// Use cases that correct what the parser read of a draft: its header, one task (texts, time frame,
// unit names, bodies, fan-out, "not work to assign"), and the bodies a reporting duty goes to.
import { and, eq } from "drizzle-orm";
import { notFound } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { HeaderUpdate, ReportingUpdate, TaskUpdate, UnitMapEntry } from "../contract.ts";
import { loadOrgIndex, rememberedUnits, requireActiveOrgs, requireTask } from "../queries.ts";
import { resolveUnits } from "../rules/draft.ts";
import { suggestUnit, unitKey } from "../rules/units.ts";
import { unitContextOf } from "../rules/views.ts";
import { type DirectiveRow, directiveReporting, directives, directiveTasks } from "../schema.ts";
import { reviewEdit } from "./review-edit.ts";

export function updateHeader(ctx: UseCaseContext, id: string, input: HeaderUpdate) {
  const { version, ...patch } = input;
  return reviewEdit(ctx, id, version, "sửa thông tin văn bản", async (tx) => {
    if (patch.issuerOrgId) await requireActiveOrgs(tx, [patch.issuerOrgId]);
    await tx.update(directives).set(patch).where(eq(directives.id, id));
    return { fields: Object.keys(patch) };
  });
}

/** Adds map entries for unit names the official typed that the map does not know yet. */
async function withNames(tx: Db, row: DirectiveRow, names: readonly string[]): Promise<UnitMapEntry[]> {
  const map = [...row.unitMap];
  const known = new Set(map.map((e) => e.key));
  const fresh = names.filter((n) => unitKey(n) && !known.has(unitKey(n)));
  if (!fresh.length) return map;
  const index = await loadOrgIndex(tx);
  const remembered = await rememberedUnits(tx, unitContextOf(row));
  for (const n of fresh) {
    const s = suggestUnit(n, index, unitContextOf(row), remembered);
    if (known.has(s.key)) continue;
    known.add(s.key);
    map.push({ text: n, key: s.key, orgIds: s.orgIds, source: s.source, collective: s.collective });
  }
  return map;
}

export function updateTask(ctx: UseCaseContext, id: string, taskId: string, input: TaskUpdate) {
  const { version, ...patch } = input;
  return reviewEdit(ctx, id, version, "sửa nhiệm vụ", async (tx, row) => {
    const task = await requireTask(tx, id, taskId);
    const set: Partial<typeof directiveTasks.$inferInsert> = {};
    for (const k of ["title", "text", "timeframe", "fanOut", "assign"] as const)
      if (patch[k] !== undefined) (set as Record<string, unknown>)[k] = patch[k];
    if (patch.leadText || patch.supportText) {
      const units = {
        leadText: patch.leadText ?? task.leadText,
        supportText: patch.supportText ?? task.supportText,
      };
      const map = await withNames(tx, row, [...units.leadText, ...units.supportText]);
      await tx.update(directives).set({ unitMap: map }).where(eq(directives.id, id));
      Object.assign(set, units);
      if (!task.unitsEdited && !patch.leadOrgIds && !patch.supportOrgIds) {
        const r = resolveUnits(units, map);
        Object.assign(set, { leadOrgIds: r.leadOrgIds, supportOrgIds: r.supportOrgIds });
        if (patch.fanOut === undefined) set.fanOut = r.fanOut;
      }
    }
    if (patch.leadOrgIds || patch.supportOrgIds) {
      const lead = [...new Set(patch.leadOrgIds ?? task.leadOrgIds)];
      const support = [...new Set(patch.supportOrgIds ?? task.supportOrgIds)].filter(
        (s) => !lead.includes(s),
      );
      await requireActiveOrgs(tx, [...lead, ...support]);
      Object.assign(set, { leadOrgIds: lead, supportOrgIds: support, unitsEdited: true });
    }
    await tx.update(directiveTasks).set(set).where(eq(directiveTasks.id, taskId));
    return { taskId, fields: Object.keys(patch) };
  });
}

export function updateReporting(
  ctx: UseCaseContext,
  id: string,
  reportingId: string,
  input: ReportingUpdate,
) {
  const { version, ...patch } = input;
  return reviewEdit(ctx, id, version, "sửa chế độ báo cáo", async (tx) => {
    await requireActiveOrgs(
      tx,
      [patch.toOrgId, patch.viaOrgId].filter((x): x is string => Boolean(x)),
    );
    const done = await tx
      .update(directiveReporting)
      .set(patch)
      .where(and(eq(directiveReporting.id, reportingId), eq(directiveReporting.directiveId, id)))
      .returning({ id: directiveReporting.id });
    if (!done.length) throw notFound("chế độ báo cáo trong văn bản này");
    return { reportingId };
  });
}
