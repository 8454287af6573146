import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import { appendAudit } from "./append.ts";
import { verifyChain } from "./verify.ts";

const database = setupTestDatabase();

const append = (action: string, entityId: string) =>
  database.db.transaction((tx) =>
    appendAudit(
      tx,
      { system: "test" },
      { action, entity: "thing", entityId, after: { n: entityId } },
      new Date(),
    ),
  );

describe("audit chain", () => {
  it("verifies an intact chain", async () => {
    for (let i = 0; i < 5; i++) await append("thing.create", `t${i}`);
    const result = await verifyChain(database.db);
    expect(result).toMatchObject({ ok: true, count: 5, firstBreak: null });
  });

  it("never forks when many writers append at once", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => append("thing.update", `c${i}`)));
    const result = await verifyChain(database.db);
    expect(result.ok).toBe(true);
    expect(result.count).toBe(25);
    const seqs = await database.db.execute(
      sql`select count(distinct seq)::int as n, max(seq)::int as m from audit_events`,
    );
    expect((seqs as unknown as { rows: Array<{ n: number; m: number }> }).rows[0]).toEqual({ n: 25, m: 25 });
  });

  it("names the first broken link after an event is edited", async () => {
    await database.db.execute(sql`update audit_events set action = 'thing.delete' where seq = 7`);
    const result = await verifyChain(database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBreak?.seq).toBe(7);
  });

  it("names the gap after an event is deleted", async () => {
    await database.db.execute(sql`update audit_events set action = 'thing.update' where seq = 7`);
    expect((await verifyChain(database.db)).ok).toBe(true);
    await database.db.execute(sql`delete from audit_events where seq = 12`);
    const result = await verifyChain(database.db);
    expect(result.firstBreak?.seq).toBe(12);
  });
});
