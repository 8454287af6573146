// The demo first started on two different days (issue 13 item 14): its plans are real documents
// dated 2025–2026, yet on either day a ward official's home shows work due this week, work overdue by
// a few working days and work done on time — because the demo's coordinators extended some past
// deadlines (gia hạn, with a reason) or gave undated work one, relative to the demo's today — while
// every task keeps the time frame its document gives.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/support/db.ts";
import { UNIT_DEMO } from "../../test/support/demo-seeds.ts";
import { actorNamed, orgIdOf } from "../../test/support/tasks-fixtures.ts";
import type { Database } from "../db/client.ts";
import { seedDemo } from "./seed.ts";
import { createSecretBox } from "../modules/auth/adapters/secret-box.ts";
import { readDocument } from "../modules/directives/adapters/read-document/index.ts";
import { draftRows } from "../modules/directives/rules/draft.ts";
import { directives, directiveTasks } from "../modules/directives/schema.ts";
import type { UseCaseContext } from "../modules/shared/context.ts";
import { DEMO_DIR } from "../modules/shared/demo-step.ts";
import { assignments, assignmentUpdates } from "../modules/tasks/schema.ts";
import { homeOf } from "../modules/tasks/use-cases/home.ts";
import { listAssignments } from "../modules/tasks/use-cases/read.ts";

for (const today of ["2026-12-07", "2027-06-15"]) {
  describe(`the demo first started on ${today}`, () => {
    const now = new Date(`${today}T03:00:00Z`); // 10:00 in Vietnam
    let database: Database;
    let ctx: UseCaseContext;
    let p1: string;

    beforeAll(async () => {
      database = await createTestDatabase();
      await seedDemo(
        { db: database.db, actor: null, system: "test", now },
        createSecretBox(UNIT_DEMO.secretKey),
      );
      ctx = { db: database.db, actor: await actorNamed(database.db, "chuyenvien.p1"), system: "test", now };
      p1 = await orgIdOf(database.db, "gv.p1");
    }, 900_000);
    afterAll(() => database?.close());

    const list = (cls: "overdue" | "done_on_time") =>
      listAssignments(ctx, {
        orgId: p1,
        involvement: "lead",
        classes: [cls],
        page: 1,
        pageSize: 500,
      });

    it("the ward official's home shows work due this week, a few working days overdue, and done on time", async () => {
      const home = await homeOf(ctx);
      expect(home.unit?.id).toBe(p1);
      expect(home.mine!.dueThisWeek.n).toBeGreaterThan(0);
      expect(home.mine!.overdue.n).toBeGreaterThan(0);
      const overdue = (await list("overdue")).items;
      expect(overdue.length).toBe(home.mine!.overdue.n);
      const fewDays = overdue.filter((a) => a.workingDaysOverdue >= 1 && a.workingDaysOverdue <= 5);
      expect(fewDays.length).toBeGreaterThan(0);
      const onTime = (await list("done_on_time")).items;
      expect(onTime.length).toBeGreaterThan(0);
      for (const a of onTime) expect(a.completedOn! <= a.effectiveDue!).toBe(true);
      // The week's work really is due between today and Sunday.
      const f = home.mine!.dueThisWeek.filter;
      const week = await listAssignments(ctx, {
        orgId: p1,
        involvement: "lead",
        classes: f.classes,
        dueFrom: f.dueFrom!,
        dueTo: f.dueTo!,
        page: 1,
        pageSize: 500,
      });
      expect(week.total).toBe(home.mine!.dueThisWeek.n);
      for (const a of week.items) expect(a.dueDate! >= today).toBe(true);
    });

    it("keeps the documents' time frames as the documents give them; a moved deadline is a recorded extension", async () => {
      const rows = await database.db
        .select({ a: assignments, tf: directiveTasks.timeframe })
        .from(assignments)
        .innerJoin(directiveTasks, eq(directiveTasks.id, assignments.directiveTaskId))
        .where(eq(assignments.leadOrgId, p1));
      expect(rows.length).toBeGreaterThan(5);
      let extended = 0;
      for (const { a, tf } of rows) {
        // The task's time frame is the document's, and the work shows the document's words.
        if (a.dueText !== null) expect(a.dueText).toBe(tf.text);
        if (a.dueDate === tf.due) continue;
        extended++;
        // Only a deadline the document put before today was extended, and only later; work the
        // document gives no time frame may have been given one.
        if (tf.due) {
          expect(tf.due < today).toBe(true);
          expect(a.dueDate! > tf.due).toBe(true);
        } else expect(tf.kind).not.toBe("ongoing");
        const notes = await database.db
          .select()
          .from(assignmentUpdates)
          .where(eq(assignmentUpdates.assignmentId, a.id));
        const extension = notes.find((n) => (n.data as { reason?: string } | null)?.reason === "extended");
        expect(extension?.data).toMatchObject({ dueFrom: tf.due, dueTo: a.dueDate });
        expect(extension!.authorUserId).not.toBeNull();
        expect(extension!.at.getTime()).toBeLessThan(now.getTime());
      }
      expect(extended).toBeGreaterThan(0);
    });

    it("the district leader's ranking shows a unit with work long overdue", async () => {
      const home = await homeOf({ ...ctx, actor: await actorNamed(database.db, "lanhdao.govap") });
      const units = [...home.area!.wards, ...home.area!.bodies];
      expect(units.some((u) => u.maxWorkingDaysOverdue > 60)).toBe(true);
    });

    it("every demo task's time frame is the one a fresh reading of its document gives", async () => {
      const manifest = JSON.parse(readFileSync(join(DEMO_DIR, "documents", "index.json"), "utf8")) as {
        documents: Array<{ file: string }>;
      };
      let compared = 0;
      for (const doc of manifest.documents) {
        const path = join(DEMO_DIR, doc.file);
        if (!existsSync(path)) continue;
        const { parse, normalised } = await readDocument(readFileSync(path), basename(path));
        const hash = createHash("sha256").update(normalised).digest("hex");
        const fresh = draftRows(parse).tasks.map((t) => t.timeframe);
        const stored = await database.db
          .select({ tf: directiveTasks.timeframe })
          .from(directiveTasks)
          .innerJoin(directives, eq(directives.id, directiveTasks.directiveId))
          .where(and(eq(directives.status, "confirmed"), eq(directives.textHash, hash)))
          .orderBy(asc(directiveTasks.position));
        expect(
          stored.map((r) => r.tf),
          doc.file,
        ).toEqual(fresh);
        compared += fresh.length;
      }
      expect(compared).toBeGreaterThan(50);
    });
  });
}
