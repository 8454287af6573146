// Adding a body to the tree and editing its descriptive fields (version-checked); changes of the
// structure are the reorganisation events (./reorganise.ts).
import { and, eq } from "drizzle-orm";
import { conflict, invalid } from "../../../core/errors.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { OrgInput, OrgOut, OrgUpdate } from "../contract.ts";
import { assertMayManage } from "../policy.ts";
import { requireOrg, toOrgOut } from "../queries.ts";
import { changedFields, isoDateOf, searchTextOf } from "../rules/names.ts";
import { orgs } from "../schema.ts";
import { insertOrg, recordChange } from "./tree.ts";

export async function createOrg(ctx: UseCaseContext, input: OrgInput): Promise<OrgOut> {
  assertMayManage(ctx.actor);
  return writeTransaction(ctx, async (tx, audit) => {
    const parent = input.parentId ? await requireOrg(tx, input.parentId) : null;
    if (input.code && (await tx.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, input.code))).length)
      throw conflict(`Mã "${input.code}" đã được dùng cho cơ quan khác.`);
    const row = await insertOrg(tx, input, parent);
    await recordChange(tx, ctx, "create", { effectiveDate: input.validFrom ?? isoDateOf(ctx.now) }, [
      { orgId: row.id, role: "successor" },
    ]);
    await audit({
      action: "org.create",
      entity: "org",
      entityId: row.id,
      after: row,
      summary: { name: row.name },
    });
    return toOrgOut(row);
  });
}

/** Edits descriptive fields. Uses the version number so two editors never silently overwrite each other. */
export async function updateOrg(ctx: UseCaseContext, id: string, patch: OrgUpdate): Promise<OrgOut> {
  assertMayManage(ctx.actor);
  return writeTransaction(ctx, async (tx, audit) => {
    const before = await requireOrg(tx, id);
    if (patch.parentId !== undefined && patch.parentId !== before.parentId)
      throw invalid("Để chuyển cơ quan sang đơn vị cấp trên khác, hãy dùng thao tác “Chuyển”.");
    const next = {
      code: patch.code === undefined ? before.code : patch.code,
      system: patch.system ?? before.system,
      kind: patch.kind ?? before.kind,
      level: patch.level === undefined ? before.level : patch.level,
      name: patch.name ?? before.name,
      shortName: patch.shortName === undefined ? before.shortName : patch.shortName,
      aliases: patch.aliases ?? before.aliases,
      validFrom: patch.validFrom === undefined ? before.validFrom : patch.validFrom,
    };
    const [row] = await tx
      .update(orgs)
      .set({ ...next, searchText: searchTextOf(next), version: before.version + 1, updatedAt: ctx.now })
      .where(and(eq(orgs.id, id), eq(orgs.version, patch.version)))
      .returning();
    if (!row)
      throw conflict("Cơ quan này vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ.", {
        current: toOrgOut(before),
      });
    await audit({
      action: "org.update",
      entity: "org",
      entityId: id,
      before,
      after: row,
      summary: changedFields(before, row),
    });
    return toOrgOut(row);
  });
}
