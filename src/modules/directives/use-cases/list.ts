// Use case: the list of documents an official may see (confirmed, stubs, and the drafts of bodies
// they reach), searched without diacritics and filtered, with facets and each one's assignments.
import { and, asc, desc, eq, type SQL } from "drizzle-orm";
import { canReadOrgRecords } from "../../../core/access.ts";
import { foldVietnamese, matchesQuery } from "../../../core/text/fold.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { ListQuery } from "../contract.ts";
import { assignmentCounts, loadOrgIndex, orgRefOf, summaryColumns } from "../queries.ts";
import { directives } from "../schema.ts";

/**
 * Documents the official may see (confirmed, and the drafts of bodies they reach; stubs when asked
 * for or searched), filtered; the facets count every visible document, stubs too.
 */
export async function listDirectives(ctx: UseCaseContext, query: ListQuery) {
  const conds: SQL[] = [];
  if (query.status) conds.push(eq(directives.status, query.status));
  const rows = await ctx.db
    .select(summaryColumns)
    .from(directives)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(directives.issuedOn), asc(directives.symbol));
  const index = await loadOrgIndex(ctx.db);
  const visible = rows.filter((r) => {
    if (r.status !== "draft" || !ctx.actor) return true;
    const owner = orgRefOf(index, r.ownerOrgId);
    return owner !== null && canReadOrgRecords(ctx.actor, owner);
  });
  const facets = {
    issuers: countBy(visible.map((r) => r.issuerName ?? "")),
    types: countBy(visible.map((r) => r.typeName ?? "")),
    statuses: countBy(visible.map((r) => r.status)),
  };
  const issuer = query.issuer ? foldVietnamese(query.issuer) : null;
  const items = visible.filter(
    (r) =>
      // Documents known only because another one cites them are listed when asked for (status=stub
      // or a search): by default the list is of documents someone imported.
      (r.status !== "stub" || query.status === "stub" || Boolean(query.q)) &&
      (!query.q ||
        matchesQuery(
          `${r.symbol ?? ""} ${r.typeName ?? ""} ${r.title ?? ""} ${r.issuerName ?? ""}`,
          query.q,
        )) &&
      (!issuer || foldVietnamese(r.issuerName ?? "") === issuer) &&
      (!query.type || r.typeName === query.type),
  );
  const perDoc = await assignmentCounts(
    ctx.db,
    items.map((i) => i.id),
    ctx.actor,
  );
  // Imported documents first (drafts, confirmed), then stubs a search found.
  items.sort((a, b) => Number(a.status === "stub") - Number(b.status === "stub"));
  return {
    items: items.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      confirmedAt: r.confirmedAt?.toISOString() ?? null,
      ownerName: r.ownerOrgId ? (index.byId.get(r.ownerOrgId)?.name ?? null) : null,
      assignments: perDoc[r.id] ?? 0,
    })),
    facets,
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) if (v) out[v] = (out[v] ?? 0) + 1;
  return out;
}
