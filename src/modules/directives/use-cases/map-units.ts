// Use cases that decide which bodies a draft's unit names mean: one name at a time (every task naming
// it follows), or every task to assign that names no unit at once.
import { eq, inArray } from "drizzle-orm";
import { invalid, notFound } from "../../../core/errors.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { UnitInput, UnnamedInput } from "../contract.ts";
import { requireActiveOrgs, tasksOf } from "../queries.ts";
import { resolveUnits } from "../rules/draft.ts";
import { unitKey } from "../rules/units.ts";
import { directives, directiveTasks } from "../schema.ts";
import { reviewEdit } from "./review-edit.ts";

/**
 * Maps a unit name to bodies, or records it as a body outside the tree (cơ quan ngoài hệ thống);
 * every task naming it follows, unless its bodies were set by hand.
 */
export function mapUnit(ctx: UseCaseContext, id: string, input: UnitInput) {
  return reviewEdit(ctx, id, input.version, "xác định cơ quan", async (tx, row) => {
    const entry = row.unitMap.find((e) => e.key === input.key);
    if (!entry) throw notFound("tên đơn vị này trong bản nháp");
    if (input.outside && input.orgIds.length)
      throw invalid(
        "Cơ quan ngoài hệ thống không gắn với cơ quan nào trong cơ cấu tổ chức: bỏ các cơ quan đã chọn.",
      );
    await requireActiveOrgs(tx, input.orgIds);
    const map = row.unitMap.map((e) =>
      e.key === input.key
        ? {
            ...e,
            orgIds: [...new Set(input.orgIds)],
            source: "official" as const,
            outside: input.outside === true,
          }
        : e,
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
    return { unit: entry.text, orgs: input.orgIds.length, outside: input.outside === true };
  });
}

/** For every item to assign that names no unit: give it lead bodies, or mark it "not work to assign". */
export function settleUnnamed(ctx: UseCaseContext, id: string, input: UnnamedInput) {
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
