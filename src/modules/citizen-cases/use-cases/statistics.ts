// The portal's public statistics over every case received (rules/statistics.ts counts): read by
// anyone, as counts and averages only — the query takes no text, no sender, no comment.
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { orgLabels } from "../../orgs/queries.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { PublicStatistics } from "../contract.ts";
import { statisticsOf } from "../rules/statistics.ts";
import { citizenCases } from "../schema.ts";

export async function publicStatistics(ctx: UseCaseContext): Promise<PublicStatistics> {
  const rows = await ctx.db
    .select({
      kind: citizenCases.kind,
      field: citizenCases.field,
      wardId: citizenCases.wardId,
      status: citizenCases.status,
      receivedOn: citizenCases.receivedOn,
      dueDate: citizenCases.dueDate,
      answeredAt: citizenCases.answeredAt,
      ratingScore: citizenCases.ratingScore,
    })
    .from(citizenCases);
  const labels = await orgLabels(
    ctx.db,
    rows.flatMap((r) => (r.wardId ? [r.wardId] : [])),
  );
  return statisticsOf(
    rows.map((r) => ({
      kind: r.kind,
      field: r.field,
      wardName: r.wardId ? (labels.get(r.wardId)?.name ?? null) : null,
      status: r.status,
      receivedOn: r.receivedOn as IsoDate,
      dueDate: r.dueDate as IsoDate | null,
      answeredOn: r.answeredAt ? vietnamDate(r.answeredAt) : null,
      ratingScore: r.ratingScore,
    })),
  );
}
