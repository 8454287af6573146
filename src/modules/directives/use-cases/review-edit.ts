// The frame of every review edit: the draft is checked editable (policy), its version taken (two
// reviewers never silently overwrite each other), the edit runs and is audited in one transaction,
// and the caller gets the review as it now stands.
import type { Db } from "../../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { ReviewOut } from "../contract.ts";
import { bumpVersion, editableDraft } from "../queries.ts";
import type { DirectiveRow } from "../schema.ts";
import { getReview } from "./review.ts";

export async function reviewEdit(
  ctx: UseCaseContext,
  id: string,
  version: number,
  what: string,
  fn: (tx: Db, row: DirectiveRow) => Promise<Record<string, unknown> | undefined>,
): Promise<ReviewOut> {
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
