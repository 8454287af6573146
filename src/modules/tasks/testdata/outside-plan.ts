// A ward's draft plan that names, besides the ward itself, another ward and a Party board of another
// city as leads of one task (the case of assignment requests), ready for its leader to confirm.
import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { directiveGroups, directives, directiveTasks } from "../../directives/schema.ts";
import { orgs } from "../../orgs/schema.ts";

export const OUTSIDE_TASK = "Rà soát, chỉnh trang tuyến đường liên phường (đề nghị phối hợp)";

/** Inserts the draft (owner `owner`, a ward) with one task led by `leads` (codes), due 18/11/2026. */
export async function insertOutsideDraft(
  db: Db,
  { owner = "gv.p1", leads = ["gv.p1", "gv.p3", "hn.bnc"], symbol = "77/KH-UBND" } = {},
): Promise<{ id: string; taskId: string; org: Record<string, string> }> {
  const rows = await db
    .select({ id: orgs.id, code: orgs.code })
    .from(orgs)
    .where(inArray(orgs.code, [owner, ...leads]));
  const org = Object.fromEntries(rows.map((r) => [r.code!, r.id]));
  const [d] = await db
    .insert(directives)
    .values({
      status: "draft",
      symbol,
      title: "Kế hoạch chỉnh trang đô thị năm 2026",
      typeName: "Kế hoạch",
      issuedOn: "2026-11-02",
      ownerOrgId: org[owner]!,
      text: `Kế hoạch chỉnh trang đô thị năm 2026\n1. Nhiệm vụ\n${OUTSIDE_TASK}`,
    })
    .returning({ id: directives.id });
  const [g] = await db
    .insert(directiveGroups)
    .values({ directiveId: d!.id, label: "1", title: "Nhiệm vụ", position: 0 })
    .returning({ id: directiveGroups.id });
  const [t] = await db
    .insert(directiveTasks)
    .values({
      directiveId: d!.id,
      groupId: g!.id,
      path: ["1", "1.1"],
      title: OUTSIDE_TASK,
      text: OUTSIDE_TASK,
      timeframe: { kind: "deadline", text: "trước ngày 18/11/2026", due: "2026-11-18" },
      leadOrgIds: leads.map((c) => org[c]!),
      fanOut: true,
      unitsEdited: true,
      position: 0,
    })
    .returning({ id: directiveTasks.id });
  return { id: d!.id, taskId: t!.id, org };
}
