// Builds a confirmed plan with its groups, tasks and assignments straight in the database, for the
// tasks module's tests and benchmarks (the directives module's import and review make real ones).

import { eq, inArray } from "drizzle-orm";
import type { Actor } from "../../src/core/access.ts";
import type { Db } from "../../src/db/client.ts";
import { createSecretBox } from "../../src/modules/auth/adapters/secret-box.ts";
import {
  directiveGroups,
  directives,
  directiveTasks,
  type TimeframeValue,
} from "../../src/modules/directives/schema.ts";
import { orgDemoStep } from "../../src/modules/orgs/demo.ts";
import { orgs } from "../../src/modules/orgs/schema.ts";
import { accountDemoStep } from "../../src/modules/people/demo.ts";
import { memberships, users } from "../../src/modules/people/schema.ts";
import { DEMO_DIR } from "../../src/modules/shared/demo-step.ts";
import { planOfTask } from "../../src/modules/tasks/rules/assign.ts";
import { createAssignments } from "../../src/modules/tasks/use-cases/assign.ts";

export interface FixtureTask {
  title: string;
  /** Org codes (demo/orgs.json) or ids. */
  leads: string[];
  supports?: string[];
  fanOut?: boolean;
  timeframe: TimeframeValue;
}

export interface FixturePlan {
  symbol: string;
  title: string;
  /** The coordinating body (the directive's owner), by code or id. */
  owner: string;
  issuedOn: string;
  groups: Array<{ label: string; title: string; tasks: FixtureTask[] }>;
  /** Duties of "Tổ chức thực hiện" (no group): who follows the plan, who reports. */
  responsibilities?: Array<{ text: string; leads: string[] }>;
}

/** A task to finish by a date, with the words the plan says it in ("trước ngày 26/11/2026"). */
export const dueBy = (title: string, leads: string[], text: string, due: string): FixtureTask => ({
  title,
  leads,
  timeframe: { kind: "deadline", text, due },
});

/** Plan 4998/KH-UBND of Phòng Nội vụ, implementing Resolution 27-NQ/TW: the tests' usual plan. */
export const PLAN_4998 = {
  symbol: "4998/KH-UBND",
  title: "Kế hoạch thực hiện Nghị quyết 27-NQ/TW",
  owner: "gv.pnv",
} as const;

export interface FixtureTaskList extends Partial<Omit<FixturePlan, "groups">> {
  symbol: string;
  tasks: FixtureTask[];
}

/**
 * A plan whose tasks sit in one group ("1. Nhiệm vụ"): by default titled "Kế hoạch", owned by
 * Phòng Nội vụ and issued on 01/10/2026.
 */
export const createTaskList = (db: Db, { tasks, ...plan }: FixtureTaskList) =>
  createPlan(db, {
    title: "Kế hoạch",
    owner: "gv.pnv",
    issuedOn: "2026-10-01",
    ...plan,
    groups: [{ label: "1", title: "Nhiệm vụ", tasks }],
  });

async function resolveOrgs(db: Db, refs: string[]): Promise<Map<string, string>> {
  const uuid = /^[0-9a-f]{8}-/i;
  const codes = refs.filter((r) => !uuid.test(r));
  const rows = codes.length
    ? await db.select({ id: orgs.id, code: orgs.code }).from(orgs).where(inArray(orgs.code, codes))
    : [];
  const map = new Map(rows.map((r) => [r.code!, r.id]));
  for (const r of refs) if (uuid.test(r)) map.set(r, r);
  for (const r of refs) if (!map.has(r)) throw new Error(`fixture: no org ${r}`);
  return map;
}

export async function createPlan(db: Db, plan: FixturePlan) {
  const allRefs = [
    plan.owner,
    ...plan.groups.flatMap((g) => g.tasks.flatMap((t) => [...t.leads, ...(t.supports ?? [])])),
    ...(plan.responsibilities ?? []).flatMap((r) => r.leads),
  ];
  const ids = await resolveOrgs(db, allRefs);
  return db.transaction(async (tx) => {
    const [directive] = await tx
      .insert(directives)
      .values({
        status: "confirmed",
        symbol: plan.symbol,
        symbolKey: plan.symbol.toLowerCase(),
        title: plan.title,
        typeName: "Kế hoạch",
        issuedOn: plan.issuedOn,
        ownerOrgId: ids.get(plan.owner)!,
        text: plan.title,
      })
      .returning({ id: directives.id });
    const directiveId = directive!.id;
    const taskIds: string[] = [];
    let position = 0;
    for (const [gi, g] of plan.groups.entries()) {
      const [group] = await tx
        .insert(directiveGroups)
        .values({ directiveId, label: g.label, title: g.title, position: gi })
        .returning({ id: directiveGroups.id });
      for (const [ti, t] of g.tasks.entries()) {
        const [task] = await tx
          .insert(directiveTasks)
          .values({
            directiveId,
            groupId: group!.id,
            path: [g.label, `${g.label}.${ti + 1}`],
            title: t.title,
            text: t.title,
            timeframe: t.timeframe,
            leadOrgIds: t.leads.map((l) => ids.get(l)!),
            supportOrgIds: (t.supports ?? []).map((s) => ids.get(s)!),
            fanOut: t.fanOut ?? t.leads.length > 1,
            position: position++,
          })
          .returning({ id: directiveTasks.id });
        taskIds.push(task!.id);
      }
    }
    for (const r of plan.responsibilities ?? [])
      await tx.insert(directiveTasks).values({
        directiveId,
        groupId: null,
        kind: "responsibility",
        path: [],
        title: r.text.slice(0, 120),
        text: r.text,
        timeframe: { kind: "unspecified", text: "", due: null },
        leadOrgIds: r.leads.map((l) => ids.get(l)!),
        fanOut: r.leads.length > 1,
        position: position++,
      });
    const tasks = await tx.select().from(directiveTasks).where(eq(directiveTasks.directiveId, directiveId));
    const assignmentIds = await createAssignments(
      tx as Db,
      tasks.sort((a, b) => a.position - b.position).map((t) => planOfTask(directiveId, t)),
      { userId: null, orgId: ids.get(plan.owner)!, now: new Date(`${plan.issuedOn}T03:00:00Z`) },
    );
    return { directiveId, taskIds, assignmentIds, orgIds: ids };
  });
}

/** The 16 wards of the demo district (Gò Vấp). */
export const DEMO_WARDS = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map((n) => `gv.p${n}`);

/** The demo tree and accounts (demo/orgs.json, demo/accounts.json), without the demo plans. */
export async function seedTreeAndPeople(db: Db, now = new Date("2026-11-23T03:00:00Z")) {
  const ctx = { db, actor: null, system: "test", now };
  const box = createSecretBox(Buffer.alloc(32, 1));
  await orgDemoStep.run(ctx, { box, dir: DEMO_DIR, log: () => {} });
  await accountDemoStep.run(ctx, { box, dir: DEMO_DIR, log: () => {} });
}

/** A signed-in official as the access rules see them, from the database. */
export async function actorNamed(db: Db, username: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) throw new Error(`fixture: no user ${username}`);
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

export async function orgIdOf(db: Db, code: string): Promise<string> {
  const [row] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, code));
  if (!row) throw new Error(`fixture: no org ${code}`);
  return row.id;
}
