// Reading a stored file. Access to a file follows the body whose records it belongs to.
import { eq } from "drizzle-orm";
import { canReadOrgRecords } from "../../../core/access.ts";
import { forbidden, notFound } from "../../../core/errors.ts";
import { getOrgRef } from "../../orgs/queries.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { FileStorage } from "../adapters/storage.ts";
import { storedFiles } from "../schema.ts";

/** A file's record and bytes, if the actor may read the records of its body. */
export async function readStoredFile(ctx: UseCaseContext, storage: FileStorage, id: string) {
  const [row] = await ctx.db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!row) throw notFound("tệp");
  if (ctx.actor && row.orgId) {
    const ref = await getOrgRef(ctx.db, row.orgId);
    if (!ref || !canReadOrgRecords(ctx.actor, ref)) throw forbidden("Bạn không được xem tệp này.");
  }
  return { row, bytes: await storage.get(row.storageKey) };
}
