// Demo step: demo accounts (demo/accounts.json), flagged so that production mode refuses them.
import { eq } from "drizzle-orm";
import type { Role } from "../../core/access.ts";
import { orgs } from "../orgs/schema.ts";
import { type DemoStep, readDemoJson } from "../shared/demo-step.ts";
import { users } from "./schema.ts";
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
