// Turning on the second factor: a new TOTP secret is stored sealed, and enabled once the official
// proves their authenticator app reads it by giving one code.
import { eq } from "drizzle-orm";
import { invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { appendAudit } from "../../audit/use-cases/append.ts";
import { users } from "../../people/schema.ts";
import { acceptTotp, enrolmentFor, newTotpSecret } from "../adapters/totp.ts";
import { sessions } from "../schema.ts";
import type { AuthDeps, ResolvedSession } from "./session.ts";

/** Starts (or restarts) enrolment: a new secret is stored sealed but not yet enabled. */
export async function startTotpEnrolment(deps: AuthDeps, s: ResolvedSession) {
  if (s.user.totpEnabled) throw invalid("Xác thực hai lớp đã được bật cho tài khoản này.");
  const secret = newTotpSecret();
  await deps.db
    .update(users)
    .set({ totpSecret: deps.box.seal(secret) })
    .where(eq(users.id, s.user.id));
  return enrolmentFor(secret, s.user.username);
}

export async function confirmTotpEnrolment(deps: AuthDeps, s: ResolvedSession, code: string): Promise<void> {
  const [user] = await deps.db.select().from(users).where(eq(users.id, s.user.id));
  if (!user?.totpSecret || user.totpEnabled) throw invalid("Hãy bắt đầu lại việc bật xác thực hai lớp.");
  const step = acceptTotp(deps.box.open(user.totpSecret), code, deps.now, user.totpLastStep);
  if (step === null)
    throw invalid("Mã xác thực không đúng. Hãy kiểm tra giờ trên điện thoại và thử lại.", [
      { field: "code", message: "Mã không đúng" },
    ]);
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpEnabled: true, totpLastStep: step, updatedAt: deps.now })
      .where(eq(users.id, user.id));
    await tx.update(sessions).set({ mfaPassed: true }).where(eq(sessions.tokenHash, s.tokenHash));
    await appendAudit(
      tx as Db,
      { actor: s.view.actor },
      { action: "auth.totp_enable", entity: "user", entityId: user.id },
      deps.now,
    );
  });
}
