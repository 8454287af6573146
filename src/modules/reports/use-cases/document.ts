// A report as the official document (shared/document/model.ts), for the preview and the .docx /
// .xlsx downloads: the issuing body over its parent, the place from the district or province it
// sits in, the summary line naming the plan and the period, the body (rules/document.ts), the
// leader who signed it off and where it goes.
import { and, eq, inArray } from "drizzle-orm";
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { directives } from "../../directives/schema.ts";
import { memberships } from "../../people/schema.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { bodyCode, placeOf, STANDS_ALONE } from "../../shared/document/issuer.ts";
import type { OfficialDocument } from "../../shared/document/model.ts";
import { assertMay } from "../policy.ts";
import { loadObligation, orgInfos, userNames } from "../queries.ts";
import type { StatusLine } from "../rules/consolidate.ts";
import { reportDocument } from "../rules/document.ts";

export async function documentOf(
  ctx: UseCaseContext,
  id: string,
): Promise<{ doc: OfficialDocument; fileName: string }> {
  const l = await loadObligation(ctx.db, id);
  assertMay(ctx.actor, "read", l.scope);
  const { row, schedule, unit } = l;
  const lineage = await orgInfos(ctx.db, [...unit.lineage, schedule.coordinatorOrgId]);
  const parent = unit.parentId ? lineage.get(unit.parentId) : undefined;
  const [plan] = schedule.directiveId
    ? await ctx.db
        .select({ symbol: directives.symbol, typeName: directives.typeName })
        .from(directives)
        .where(eq(directives.id, schedule.directiveId))
    : [];
  const signerName = row.signedBy ? ((await userNames(ctx.db, [row.signedBy])).get(row.signedBy) ?? "") : "";
  const [title] = row.signedBy
    ? await ctx.db
        .select({ title: memberships.title })
        .from(memberships)
        .where(
          and(
            eq(memberships.userId, row.signedBy),
            inArray(memberships.orgId, [...unit.lineage]),
            eq(memberships.role, "leader"),
          ),
        )
    : [];
  const coordinator = lineage.get(schedule.coordinatorOrgId)!;
  const above = coordinator.parentId
    ? (await orgInfos(ctx.db, [coordinator.parentId])).get(coordinator.parentId)
    : undefined;
  const consolidated = row.kind === "consolidated";
  const c = row.consolidation as { statusTable?: StatusLine[]; notReported?: string[] } | null;
  const summary = `Kết quả thực hiện ${plan?.symbol ? `${plan.typeName ?? "Kế hoạch"} số ${plan.symbol}` : schedule.title} ${row.periodLabel}`;
  const doc = reportDocument({
    issuer: {
      name: unit.name,
      ...(parent && !STANDS_ALONE.test(unit.name) ? { parent: parent.name } : {}),
      code: bodyCode(unit.name),
    },
    place: placeOf(unit.lineage.map((x) => lineage.get(x)?.name ?? "")),
    signedOn: row.submittedAt ? vietnamDate(row.submittedAt) : null,
    year: Number(row.periodEnd.slice(0, 4)),
    summary,
    indicators: schedule.indicators,
    values: row.values,
    narratives: row.narratives,
    statusTable: consolidated ? (c?.statusTable ?? []) : null,
    notReported: consolidated ? (c?.notReported ?? []) : null,
    signer: {
      position: title?.title ?? "Thủ trưởng cơ quan",
      name: signerName,
      ...(STANDS_ALONE.test(unit.name) ? { onBehalfOf: "Ủy ban nhân dân" } : {}),
    },
    recipients: consolidated
      ? [...(above ? [`${above.name} (để báo cáo)`] : [])]
      : [`${coordinator.name} (để tổng hợp)`],
  });
  const fileName = `Bao-cao-${bodyCode(unit.name)}-${row.periodKey}`;
  return { doc, fileName };
}
