// Creating an official's account with their first memberships; the password is hashed before the
// transaction (argon2id is slow on purpose), and the creation is audited.
import { eq } from "drizzle-orm";
import { conflict } from "../../../core/errors.ts";
import { hashPassword } from "../../auth/adapters/password.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { PersonInput, PersonOut } from "../contract.ts";
import { memberships, users } from "../schema.ts";
import { assertMayGrant } from "./memberships.ts";
import { getPerson } from "./read.ts";

export async function createPerson(ctx: UseCaseContext, input: PersonInput): Promise<PersonOut> {
  for (const m of input.memberships) await assertMayGrant(ctx, m.orgId, m.role, "(new)");
  const passwordHash = await hashPassword(input.password);
  const id = await writeTransaction(ctx, async (tx, audit) => {
    if ((await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username))).length)
      throw conflict(`Tên đăng nhập "${input.username}" đã có người dùng.`);
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        fullName: input.fullName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        passwordHash,
      })
      .returning();
    await tx.insert(memberships).values(
      input.memberships.map((m) => ({
        userId: user!.id,
        orgId: m.orgId,
        role: m.role,
        title: m.title ?? null,
      })),
    );
    await audit({
      action: "person.create",
      entity: "user",
      entityId: user!.id,
      after: user,
      summary: { username: input.username, memberships: input.memberships },
    });
    return user!.id;
  });
  return getPerson({ ...ctx, actor: null }, id);
}
