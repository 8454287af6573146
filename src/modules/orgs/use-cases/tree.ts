// Writes shared by the tree's use cases: a new body under its (active) parent, with its path and
// depth; and a reorganisation event with the bodies it links as sources and successors.
import { randomUUID } from "node:crypto";
import { invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { OrgInput } from "../contract.ts";
import { searchTextOf } from "../rules/names.ts";
import { type OrgRow, orgChangeLinks, orgChanges, orgs } from "../schema.ts";

export async function insertOrg(tx: Db, input: OrgInput, parent: OrgRow | null): Promise<OrgRow> {
  if (parent && parent.status !== "active")
    throw invalid(`Cơ quan cấp trên "${parent.name}" không còn hoạt động.`);
  const id = randomUUID();
  const [row] = await tx
    .insert(orgs)
    .values({
      id,
      code: input.code ?? null,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      system: input.system,
      kind: input.kind,
      level: input.level ?? null,
      name: input.name,
      shortName: input.shortName ?? null,
      aliases: input.aliases ?? [],
      searchText: searchTextOf(input),
      validFrom: input.validFrom ?? null,
    })
    .returning();
  return row!;
}

export async function recordChange(
  tx: Db,
  ctx: UseCaseContext,
  kind: (typeof orgChanges.$inferInsert)["kind"],
  meta: { effectiveDate: string; decisionRef?: string | null | undefined; note?: string | null | undefined },
  links: Array<{ orgId: string; role: "source" | "successor" }>,
) {
  const [change] = await tx
    .insert(orgChanges)
    .values({
      kind,
      effectiveDate: meta.effectiveDate,
      decisionRef: meta.decisionRef ?? null,
      note: meta.note ?? null,
      createdBy: ctx.actor?.userId ?? null,
    })
    .returning();
  if (links.length)
    await tx.insert(orgChangeLinks).values(links.map((l) => ({ ...l, changeId: change!.id })));
  return change!;
}
