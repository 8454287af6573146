// Changing one's own password: the current one is checked, and every other session ends.
import { and, eq, sql } from "drizzle-orm";
import { invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { appendAudit } from "../../audit/use-cases/append.ts";
import { users } from "../../people/schema.ts";
import { hashPassword, verifyPassword } from "../adapters/password.ts";
import { sessions } from "../schema.ts";
import type { AuthDeps, ResolvedSession } from "./session.ts";

export async function changePassword(
  deps: AuthDeps,
  s: ResolvedSession,
  current: string,
  next: string,
): Promise<void> {
  if (!(await verifyPassword(s.user.passwordHash, current))) throw invalid("Mật khẩu hiện tại không đúng.");
  const hash = await hashPassword(next);
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash, updatedAt: deps.now }).where(eq(users.id, s.user.id));
    // Other sessions end: a changed password must shut out whoever knew the old one.
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, s.user.id), sql`${sessions.tokenHash} <> ${s.tokenHash}`));
    await appendAudit(
      tx as Db,
      { actor: s.view.actor },
      { action: "auth.password_change", entity: "user", entityId: s.user.id },
      deps.now,
    );
  });
}
