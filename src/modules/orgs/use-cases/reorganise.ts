// Reorganisation events. Each ends or changes bodies at an effective date and records successors,
// so open work can follow a body into its successor and history keeps the old names.
import { eq, like, sql } from "drizzle-orm";
import { invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { movePeople } from "../../people/use-cases/reorganisation.ts";
import { moveOpenReports } from "../../reports/use-cases/reorganisation.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { flagOpenWork, moveOpenWork } from "../../tasks/use-cases/reorganisation.ts";
import type { DissolveInput, MergeInput, MoveInput, RenameInput, SplitInput } from "../contract.ts";
import { assertMayManage } from "../policy.ts";
import { activeChildren, requireOrg, toOrgOut } from "../queries.ts";
import { dayBefore, searchTextOf } from "../rules/names.ts";
import { type OrgRow, orgNames, orgs } from "../schema.ts";
import { insertOrg, recordChange } from "./tree.ts";

/**
 * Open work and people follow the unit (tasks/use-cases/reorganisation.ts,
 * people/use-cases/reorganisation.ts), in the same transaction.
 */
const who = (ctx: UseCaseContext) => ({ userId: ctx.actor?.userId ?? null, now: ctx.now });

function assertActive(org: OrgRow) {
  if (org.status !== "active") throw invalid(`"${org.name}" không còn hoạt động (${org.status}).`);
}

/** Moves a subtree under a new parent, rewriting the materialised paths of every descendant. */
async function reparent(tx: Db, org: OrgRow, parent: OrgRow | null, now: Date) {
  if (parent?.path.startsWith(org.path))
    throw invalid("Không thể chuyển một cơ quan vào chính nó hoặc đơn vị cấp dưới của nó.");
  const newPath = `${parent?.path ?? "/"}${org.id}/`;
  const delta = (parent ? parent.depth + 1 : 0) - org.depth;
  await tx
    .update(orgs)
    .set({
      path: sql`${newPath} || substr(${orgs.path}, ${org.path.length + 1})`,
      depth: sql`${orgs.depth} + ${delta}`,
      updatedAt: now,
    })
    .where(like(orgs.path, `${org.path}%`));
  await tx
    .update(orgs)
    .set({ parentId: parent?.id ?? null, version: sql`${orgs.version} + 1` })
    .where(eq(orgs.id, org.id));
}

export async function renameOrg(ctx: UseCaseContext, id: string, input: RenameInput) {
  assertMayManage(ctx.actor);
  return writeTransaction(ctx, async (tx, audit) => {
    const before = await requireOrg(tx, id);
    assertActive(before);
    await tx.insert(orgNames).values({
      orgId: id,
      name: before.name,
      shortName: before.shortName,
      validFrom: before.validFrom,
      validTo: dayBefore(input.effectiveDate),
    });
    // The old names stay searchable as aliases: documents written before the rename still name it so.
    const aliases = [
      ...new Set([...before.aliases, before.name, ...(before.shortName ? [before.shortName] : [])]),
    ];
    const next = { name: input.name, shortName: input.shortName ?? null, aliases };
    const [row] = await tx
      .update(orgs)
      .set({ ...next, searchText: searchTextOf(next), version: before.version + 1, updatedAt: ctx.now })
      .where(eq(orgs.id, id))
      .returning();
    await recordChange(tx, ctx, "rename", input, [{ orgId: id, role: "source" }]);
    await audit({
      action: "org.rename",
      entity: "org",
      entityId: id,
      before,
      after: row,
      summary: { from: before.name, to: input.name, effectiveDate: input.effectiveDate },
    });
    return toOrgOut(row!);
  });
}

/** N→1: the sources end the day before the effective date; their open work and children go to the successor. */
export async function mergeOrgs(ctx: UseCaseContext, input: MergeInput) {
  assertMayManage(ctx.actor);
  if (!input.successorId === !input.successor)
    throw invalid("Hãy chọn một cơ quan hiện có để tiếp nhận, hoặc mô tả cơ quan mới — không cả hai.");
  return writeTransaction(ctx, async (tx, audit) => {
    const sources = await Promise.all(input.sourceIds.map((id) => requireOrg(tx, id)));
    sources.forEach(assertActive);
    let successor: OrgRow;
    if (input.successorId) {
      if (input.sourceIds.includes(input.successorId))
        throw invalid("Cơ quan tiếp nhận không thể đồng thời là cơ quan bị hợp nhất.");
      successor = await requireOrg(tx, input.successorId);
      assertActive(successor);
    } else {
      const spec = input.successor!;
      const parentId = spec.parentId ?? sources[0]!.parentId;
      const parent = parentId ? await requireOrg(tx, parentId) : null;
      successor = await insertOrg(tx, { ...spec, validFrom: spec.validFrom ?? input.effectiveDate }, parent);
    }
    for (const source of sources) {
      for (const child of await activeChildren(tx, source.id)) await reparent(tx, child, successor, ctx.now);
      await tx
        .update(orgs)
        .set({
          status: "merged",
          validTo: dayBefore(input.effectiveDate),
          successorId: successor.id,
          version: sql`${orgs.version} + 1`,
          updatedAt: ctx.now,
        })
        .where(eq(orgs.id, source.id));
      await moveOpenWork(
        tx,
        { from: source, to: successor, reason: "merge", effectiveDate: input.effectiveDate },
        who(ctx),
      );
      await moveOpenReports(tx, { from: source, to: successor }, who(ctx));
    }
    const change = await recordChange(tx, ctx, "merge", input, [
      ...sources.map((s) => ({ orgId: s.id, role: "source" as const })),
      { orgId: successor.id, role: "successor" as const },
    ]);
    const people = await movePeople(
      tx,
      {
        change: { id: change.id, kind: "merge", effectiveDate: input.effectiveDate },
        sources,
        successors: [successor],
        choices: input.people,
      },
      audit,
    );
    await audit({
      action: "org.merge",
      entity: "org_change",
      entityId: change.id,
      summary: {
        sources: sources.map((s) => s.name),
        sourceIds: sources.map((s) => s.id),
        successor: successor.name,
        successorId: successor.id,
        effectiveDate: input.effectiveDate,
      },
    });
    return {
      changeId: change.id,
      successor: toOrgOut((await requireOrg(tx, successor.id)) as OrgRow),
      people,
    };
  });
}

/** 1→N: the source ends; the new bodies start on the effective date. */
export async function splitOrg(ctx: UseCaseContext, input: SplitInput) {
  assertMayManage(ctx.actor);
  return writeTransaction(ctx, async (tx, audit) => {
    const source = await requireOrg(tx, input.sourceId);
    assertActive(source);
    if ((await activeChildren(tx, source.id)).length)
      throw invalid(
        `"${source.name}" còn đơn vị trực thuộc đang hoạt động: hãy chuyển chúng trước khi chia tách.`,
      );
    const successors: OrgRow[] = [];
    for (const spec of input.successors) {
      const parentId = spec.parentId ?? source.parentId;
      const parent = parentId ? await requireOrg(tx, parentId) : null;
      successors.push(
        await insertOrg(tx, { ...spec, validFrom: spec.validFrom ?? input.effectiveDate }, parent),
      );
    }
    await tx
      .update(orgs)
      .set({
        status: "split",
        validTo: dayBefore(input.effectiveDate),
        version: sql`${orgs.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(eq(orgs.id, source.id));
    await flagOpenWork(
      tx,
      { org: source, reason: "split", successors, effectiveDate: input.effectiveDate },
      who(ctx),
    );
    const change = await recordChange(tx, ctx, "split", input, [
      { orgId: source.id, role: "source" },
      ...successors.map((s) => ({ orgId: s.id, role: "successor" as const })),
    ]);
    const people = await movePeople(
      tx,
      {
        change: { id: change.id, kind: "split", effectiveDate: input.effectiveDate },
        sources: [source],
        successors,
        choices: input.people,
      },
      audit,
    );
    await audit({
      action: "org.split",
      entity: "org_change",
      entityId: change.id,
      summary: {
        source: source.name,
        sourceId: source.id,
        successors: successors.map((s) => s.name),
        successorIds: successors.map((s) => s.id),
        effectiveDate: input.effectiveDate,
      },
    });
    return { changeId: change.id, successors: successors.map(toOrgOut), people };
  });
}

export async function dissolveOrg(ctx: UseCaseContext, id: string, input: DissolveInput) {
  assertMayManage(ctx.actor);
  return writeTransaction(ctx, async (tx, audit) => {
    const org = await requireOrg(tx, id);
    assertActive(org);
    if ((await activeChildren(tx, id)).length)
      throw invalid(
        `"${org.name}" còn đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc giải thể chúng trước.`,
      );
    const successor = input.successorId ? await requireOrg(tx, input.successorId) : null;
    if (successor) assertActive(successor);
    await tx
      .update(orgs)
      .set({
        status: "dissolved",
        validTo: dayBefore(input.effectiveDate),
        successorId: successor?.id ?? null,
        version: sql`${orgs.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(eq(orgs.id, id));
    if (successor) {
      await moveOpenWork(
        tx,
        { from: org, to: successor, reason: "dissolve", effectiveDate: input.effectiveDate },
        who(ctx),
      );
      await moveOpenReports(tx, { from: org, to: successor }, who(ctx));
    } else
      await flagOpenWork(
        tx,
        { org, reason: "dissolve", successors: [], effectiveDate: input.effectiveDate },
        who(ctx),
      );
    const change = await recordChange(tx, ctx, "dissolve", input, [
      { orgId: id, role: "source" },
      ...(successor ? [{ orgId: successor.id, role: "successor" as const }] : []),
    ]);
    await movePeople(
      tx,
      {
        change: { id: change.id, kind: "dissolve", effectiveDate: input.effectiveDate },
        sources: [org],
        successors: successor ? [successor] : [],
        choices: input.people,
      },
      audit,
    );
    await audit({
      action: "org.dissolve",
      entity: "org",
      entityId: id,
      before: org,
      summary: {
        name: org.name,
        successor: successor?.name ?? null,
        successorId: successor?.id ?? null,
        effectiveDate: input.effectiveDate,
      },
    });
    return toOrgOut((await requireOrg(tx, id)) as OrgRow);
  });
}

/** Re-attaches a body (and everything below it) to another parent — e.g. wards to the city in 2025. */
export async function moveOrg(ctx: UseCaseContext, id: string, input: MoveInput) {
  assertMayManage(ctx.actor);
  return writeTransaction(ctx, async (tx, audit) => {
    const org = await requireOrg(tx, id);
    assertActive(org);
    const parent = input.parentId ? await requireOrg(tx, input.parentId) : null;
    if (parent) assertActive(parent);
    await reparent(tx, org, parent, ctx.now);
    const change = await recordChange(tx, ctx, "move", input, [{ orgId: id, role: "source" }]);
    await audit({
      action: "org.move",
      entity: "org",
      entityId: id,
      summary: { name: org.name, from: org.parentId, to: parent?.id ?? null, changeId: change.id },
    });
    return toOrgOut((await requireOrg(tx, id)) as OrgRow);
  });
}
