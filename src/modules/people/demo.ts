// Demo step: demo accounts (demo/accounts.json), flagged so that production mode refuses them.
import { eq } from "drizzle-orm";
import type { Actor, Role } from "../../core/access.ts";
import type { Db } from "../../db/client.ts";
import { orgs } from "../orgs/schema.ts";
import { type DemoStep, readDemoJson } from "../shared/demo-step.ts";
import { memberships, users } from "./schema.ts";
import { createPerson } from "./use-cases/create.ts";

export interface DemoAccounts {
  password: string;
  adminTotpSecret: string;
  accounts: Array<{
    username: string;
    fullName: string;
    totp?: boolean;
    memberships: Array<{ org: string; role: Role; title?: string }>;
  }>;
}

export const accountDemoStep: DemoStep = {
  name: "tài khoản trình diễn",
  async run(ctx, { box, dir, log }) {
    const demo = readDemoJson<DemoAccounts>(dir, "accounts.json");
    for (const account of demo.accounts) {
      const memberships = [];
      for (const m of account.memberships) {
        const [org] = await ctx.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, m.org));
        if (!org) throw new Error(`Dữ liệu mẫu: không có cơ quan mã ${m.org}`);
        memberships.push({ orgId: org.id, role: m.role, title: m.title ?? null });
      }
      const person = await createPerson(ctx, {
        username: account.username,
        fullName: account.fullName,
        password: demo.password,
        memberships,
      });
      await ctx.db
        .update(users)
        .set({
          isDemo: true,
          ...(account.totp ? { totpSecret: box.seal(demo.adminTotpSecret), totpEnabled: true } : {}),
        })
        .where(eq(users.id, person.id));
    }
    log(`  ${demo.accounts.length} tài khoản (mật khẩu chung: ${demo.password})`);
  },
};

/** A demo account as the actor of later steps (they act through the screens' use cases), or null. */
export async function demoActor(db: Db, username: string): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) return null;
  const ms = await db.select().from(memberships).where(eq(memberships.userId, user.id));
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    isAdmin: ms.some((m) => m.role === "admin"),
    memberships: ms.map((m) => ({ orgId: m.orgId, role: m.role })),
    actingOrgId: ms[0]?.orgId ?? null,
  };
}
