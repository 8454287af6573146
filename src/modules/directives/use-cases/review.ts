// Use cases of the review of a draft: read it beside its text, correct what the parser read (titles,
// texts, time frames, unit names), map unit names to bodies, split or merge tasks, decide fan-out or a
// single lead, mark items "not work to assign", map reporting duties, discard. Every edit carries the
// draft's version: two reviewers never silently overwrite each other.
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { invalid, notFound } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { orgs } from "../../orgs/schema.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { directivePolicy } from "../policy.ts";
import {
  bumpVersion,
  editableDraft,
  groupsOf,
  loadOrgIndex,
  orgNames,
  policyView,
  readableDirective,
  rememberedUnits,
  reportingOf,
  tasksOf,
} from "../queries.ts";
import { confirmationProblems, firstSentence, resolveUnits } from "../rules/draft.ts";
import { suggestUnit, unitKey } from "../rules/units.ts";
import { groupOut, labelsOf, tasksOut, unitsOut } from "../rules/views.ts";
import {
  type DirectiveRow,
  type DirectiveTaskRow,
  directiveReporting,
  directives,
  directiveTasks,
  type HeaderUpdate,
  type TaskUpdate,
  type UnitMapEntry,
} from "../schema.ts";

export function headerOut(row: DirectiveRow) {
  return {
    id: row.id,
    status: row.status,
    symbol: row.symbol,
    typeCode: row.typeCode,
    typeName: row.typeName,
    title: row.title,
    system: row.system,
    issuerName: row.issuerName,
    issuerOrgId: row.issuerOrgId,
    parentIssuerName: row.parentIssuerName,
    issuedOn: row.issuedOn,
    place: row.place,
    signer: row.signer,
    recipients: row.recipients,
    ownerOrgId: row.ownerOrgId,
    sourceFileId: row.sourceFileId,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** The body whose names a draft's units are read against: the issuer's, else the owner's. */
export const unitContextOf = (row: DirectiveRow): string | null => row.issuerOrgId ?? row.ownerOrgId;

/** Everything the review screen shows: header, text, groups, tasks, units, reporting, problems. */
export async function getReview(ctx: UseCaseContext, id: string) {
  const row = await readableDirective(ctx, id);
  const [groups, tasks, reporting, index] = await Promise.all([
    groupsOf(ctx.db, id),
    tasksOf(ctx.db, id),
    reportingOf(ctx.db, id),
    loadOrgIndex(ctx.db),
  ]);
  const labels = labelsOf(tasks, groups);
  const units = unitsOut(row.unitMap, tasks, index, unitContextOf(row));
  const problems = row.status === "draft" ? confirmationProblems(tasks, row.unitMap, labels) : [];
  const view = await policyView(ctx.db, row);
  const parse = (row.parse ?? {}) as { citations?: unknown[]; diagnostics?: unknown[] };
  const ids = [
    row.ownerOrgId,
    row.issuerOrgId,
    ...tasks.flatMap((t) => [...t.leadOrgIds, ...t.supportOrgIds]),
    ...units.flatMap((u) => u.candidates),
    ...reporting.flatMap((r) => [r.toOrgId, r.viaOrgId]),
  ].filter((x): x is string => Boolean(x));
  return {
    directive: headerOut(row),
    text: row.text,
    groups: groups.map(groupOut),
    tasks: tasksOut(tasks, groups),
    units,
    reporting: reporting.map(reportingOut),
    citations: parse.citations ?? [],
    diagnostics: parse.diagnostics ?? [],
    problems,
    orgs: await orgNames(ctx.db, ids),
    can: {
      edit: ctx.actor ? directivePolicy.review(ctx.actor, view) : row.status === "draft",
      confirm: ctx.actor ? directivePolicy.confirm(ctx.actor, view) : row.status === "draft",
    },
  };
}

export const reportingOut = (r: typeof directiveReporting.$inferSelect) => ({
  id: r.id,
  text: r.text,
  toText: r.toText,
  toOrgId: r.toOrgId,
  viaText: r.viaText,
  viaOrgId: r.viaOrgId,
  due: r.due,
  frequency: r.frequency,
  sourceLine: r.sourceLine,
});

/** Runs one review edit: the draft is checked, its version taken, then `fn` edits inside the transaction. */
async function reviewEdit(
  ctx: UseCaseContext,
  id: string,
  version: number,
  what: string,
  fn: (tx: Db, row: DirectiveRow) => Promise<Record<string, unknown> | undefined>,
) {
  await writeTransaction(ctx, async (tx, audit) => {
    const row = await editableDraft(ctx, tx, id);
    await bumpVersion(tx, ctx, id, version);
    const extra = await fn(tx, row);
    await audit({
      action: "directive.review",
      entity: "directive",
      entityId: id,
      summary: { what, ...extra },
    });
  });
  return getReview(ctx, id);
}

async function requireTask(tx: Db, directiveId: string, taskId: string): Promise<DirectiveTaskRow> {
  const [t] = await tx
    .select()
    .from(directiveTasks)
    .where(and(eq(directiveTasks.id, taskId), eq(directiveTasks.directiveId, directiveId)));
  if (!t) throw notFound("nhiệm vụ trong văn bản này");
  return t;
}

async function requireActiveOrgs(tx: Db, ids: readonly string[]) {
  if (!ids.length) return;
  const found = await tx
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(inArray(orgs.id, [...new Set(ids)]), eq(orgs.status, "active")));
  if (found.length !== new Set(ids).size)
    throw invalid("Có cơ quan được chọn không tồn tại hoặc không còn hoạt động.");
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

export function updateHeader(ctx: UseCaseContext, id: string, input: HeaderUpdate) {
  const { version, ...patch } = input;
  return reviewEdit(ctx, id, version, "sửa thông tin văn bản", async (tx) => {
    if (patch.issuerOrgId) await requireActiveOrgs(tx, [patch.issuerOrgId]);
    await tx.update(directives).set(patch).where(eq(directives.id, id));
    return { fields: Object.keys(patch) };
  });
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
    if (set.title === "" || set.text === "") throw invalid("Tên và nội dung nhiệm vụ không được để trống.");
    await tx.update(directiveTasks).set(set).where(eq(directiveTasks.id, taskId));
    return { taskId, fields: Object.keys(patch) };
  });
}

/** Splits a task at a character of its text: the part after it becomes a new task right below. */
export function splitTask(
  ctx: UseCaseContext,
  id: string,
  taskId: string,
  input: { version: number; at: number },
) {
  return reviewEdit(ctx, id, input.version, "tách nhiệm vụ", async (tx) => {
    const task = await requireTask(tx, id, taskId);
    const first = task.text.slice(0, input.at).trim();
    const second = task.text.slice(input.at).trim();
    if (!first || !second) throw invalid("Chọn chỗ tách nằm giữa nội dung nhiệm vụ: mỗi phần phải có chữ.");
    const line =
      task.sourceLine === null
        ? null
        : task.sourceLine + (task.text.slice(0, input.at).match(/\n/g)?.length ?? 0);
    await tx
      .update(directiveTasks)
      .set({ position: sql`${directiveTasks.position} + 1` })
      .where(and(eq(directiveTasks.directiveId, id), gt(directiveTasks.position, task.position)));
    await tx
      .update(directiveTasks)
      .set({
        text: first,
        title: first.startsWith(task.title) ? task.title : firstSentence(first),
        sourceEndLine: line ?? task.sourceEndLine,
      })
      .where(eq(directiveTasks.id, taskId));
    const { id: _id, ...copy } = task;
    const [created] = await tx
      .insert(directiveTasks)
      .values({
        ...copy,
        // Not a numbered item of the document: it is labelled by its place in the group.
        path: task.kind === "task" ? [...task.path.slice(0, -1), "-"] : [`${task.path[0] ?? ""} -`.trim()],
        text: second,
        title: firstSentence(second),
        position: task.position + 1,
        sourceLine: line,
        sourceEndLine: task.sourceEndLine,
      })
      .returning({ id: directiveTasks.id });
    return { taskId, newTaskId: created!.id };
  });
}

/** Merges a task with the one right after it: texts joined, units and supporters united. */
export function mergeTasks(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; taskIds: [string, string] },
) {
  return reviewEdit(ctx, id, input.version, "gộp nhiệm vụ", async (tx) => {
    const [a, b] = await Promise.all(input.taskIds.map((t) => requireTask(tx, id, t)));
    const [first, second] = a!.position < b!.position ? [a!, b!] : [b!, a!];
    const between = await tx
      .select({ id: directiveTasks.id })
      .from(directiveTasks)
      .where(
        and(
          eq(directiveTasks.directiveId, id),
          gt(directiveTasks.position, first.position),
          sql`${directiveTasks.position} < ${second.position}`,
        ),
      );
    if (between.length || first.kind !== second.kind)
      throw invalid("Chỉ gộp được hai nhiệm vụ liền nhau, cùng loại.");
    const union = (x: readonly string[], y: readonly string[]) => [...new Set([...x, ...y])];
    const lead = union(first.leadOrgIds, second.leadOrgIds);
    await tx
      .update(directiveTasks)
      .set({
        text: `${first.text}\n${second.text}`,
        leadText: union(first.leadText, second.leadText),
        supportText: union(first.supportText, second.supportText),
        leadOrgIds: lead,
        supportOrgIds: union(first.supportOrgIds, second.supportOrgIds).filter((s) => !lead.includes(s)),
        fanOut: first.fanOut || second.fanOut,
        assign: first.assign || second.assign,
        unitsEdited: first.unitsEdited || second.unitsEdited,
        timeframe: first.timeframe.kind === "unspecified" ? second.timeframe : first.timeframe,
        sourceEndLine: second.sourceEndLine ?? first.sourceEndLine,
      })
      .where(eq(directiveTasks.id, first.id));
    await tx.delete(directiveTasks).where(eq(directiveTasks.id, second.id));
    return { taskId: first.id, removedTaskId: second.id };
  });
}

/** Maps a unit name to bodies; every task naming it follows, unless its bodies were set by hand. */
export function mapUnit(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; key: string; orgIds: string[] },
) {
  return reviewEdit(ctx, id, input.version, "xác định cơ quan", async (tx, row) => {
    const entry = row.unitMap.find((e) => e.key === input.key);
    if (!entry) throw notFound("tên đơn vị này trong bản nháp");
    await requireActiveOrgs(tx, input.orgIds);
    const map = row.unitMap.map((e) =>
      e.key === input.key ? { ...e, orgIds: [...new Set(input.orgIds)], source: "official" as const } : e,
    );
    await tx.update(directives).set({ unitMap: map }).where(eq(directives.id, id));
    const tasks = await tasksOf(tx, id);
    for (const t of tasks) {
      if (t.unitsEdited || ![...t.leadText, ...t.supportText].some((n) => unitKey(n) === input.key)) continue;
      const r = resolveUnits(t, map);
      await tx
        .update(directiveTasks)
        .set({ leadOrgIds: r.leadOrgIds, supportOrgIds: r.supportOrgIds, fanOut: t.fanOut || r.fanOut })
        .where(eq(directiveTasks.id, t.id));
    }
    return { unit: entry.text, orgs: input.orgIds.length };
  });
}

/** For every item to assign that names no unit: give it lead bodies, or mark it "not work to assign". */
export function settleUnnamed(
  ctx: UseCaseContext,
  id: string,
  input: {
    version: number;
    action: "lead" | "notAssign";
    leadOrgIds: string[];
    kind: "task" | "responsibility" | "all";
  },
) {
  return reviewEdit(ctx, id, input.version, "xử lý các nhiệm vụ chưa nêu đơn vị", async (tx) => {
    if (input.action === "lead" && !input.leadOrgIds.length) throw invalid("Hãy chọn cơ quan chủ trì.");
    await requireActiveOrgs(tx, input.leadOrgIds);
    const targets = (await tasksOf(tx, id)).filter(
      (t) =>
        t.assign &&
        !t.leadText.length &&
        !t.leadOrgIds.length &&
        (input.kind === "all" || t.kind === input.kind),
    );
    if (targets.length)
      await tx
        .update(directiveTasks)
        .set(
          input.action === "notAssign"
            ? { assign: false }
            : { leadOrgIds: input.leadOrgIds, unitsEdited: true, fanOut: input.leadOrgIds.length > 1 },
        )
        .where(
          inArray(
            directiveTasks.id,
            targets.map((t) => t.id),
          ),
        );
    return { tasks: targets.length, action: input.action };
  });
}

export function updateReporting(
  ctx: UseCaseContext,
  id: string,
  reportingId: string,
  input: { version: number; toOrgId?: string | null | undefined; viaOrgId?: string | null | undefined },
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

/** Discards a draft: its rows go; nothing of it entered the plan. */
export async function discardDraft(ctx: UseCaseContext, id: string, input: { version: number }) {
  await writeTransaction(ctx, async (tx, audit) => {
    const row = await editableDraft(ctx, tx, id);
    await bumpVersion(tx, ctx, id, input.version);
    await tx.delete(directives).where(eq(directives.id, id));
    await audit({
      action: "directive.discard",
      entity: "directive",
      entityId: id,
      before: { symbol: row.symbol, textHash: row.textHash },
      summary: { what: "hủy bản nháp", symbol: row.symbol },
    });
  });
  return { discarded: id };
}
