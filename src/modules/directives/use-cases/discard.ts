// Use case: discard a draft. Its rows go; nothing of it entered the plan, and the document can be
// imported again.
import { eq } from "drizzle-orm";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { VersionInput } from "../contract.ts";
import { bumpVersion, editableDraft } from "../queries.ts";
import { directives } from "../schema.ts";

/** Discards a draft: its rows go; nothing of it entered the plan. */
export async function discardDraft(ctx: UseCaseContext, id: string, input: VersionInput) {
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
