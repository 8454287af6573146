import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import { jobs } from "../schema.ts";
import { claimNext, enqueue } from "./queue.ts";
import { startWorker } from "./worker.ts";

const database = setupTestDatabase();

describe("durable jobs", () => {
  it("creates a keyed job only once", async () => {
    const now = new Date("2026-11-23T00:00:00Z");
    expect(
      await enqueue(database.db, "digest", { day: "2026-11-23" }, now, { dedupeKey: "digest:2026-11-23" }),
    ).not.toBeNull();
    expect(
      await enqueue(database.db, "digest", { day: "2026-11-23" }, now, { dedupeKey: "digest:2026-11-23" }),
    ).toBeNull();
  });

  it("runs due jobs, retries failures later, and leaves future jobs alone", async () => {
    const clock = { now: new Date("2026-11-23T01:00:00Z") };
    const seen: string[] = [];
    let failOnce = true;
    await enqueue(database.db, "echo", { v: "a" }, clock.now);
    await enqueue(database.db, "echo", { v: "later" }, clock.now, {
      runAt: new Date("2026-11-24T00:00:00Z"),
    });
    await enqueue(database.db, "flaky", { v: "f" }, clock.now);
    const worker = startWorker(
      database.db,
      {
        echo: async (p) => {
          seen.push(String(p.v));
        },
        flaky: async () => {
          if (failOnce) {
            failOnce = false;
            throw new Error("tạm thời lỗi");
          }
          seen.push("flaky-ok");
        },
      },
      { now: () => clock.now, autoStart: false },
    );
    await worker.drain();
    expect(seen).toEqual(["a"]);
    clock.now = new Date("2026-11-23T01:02:00Z");
    await worker.drain();
    expect(seen).toEqual(["a", "flaky-ok"]);
    clock.now = new Date("2026-11-24T00:00:01Z");
    await worker.drain();
    expect(seen).toEqual(["a", "flaky-ok", "later"]);
    await worker.stop();
  });

  it("keeps and logs a failed job's error without the parameters of a failed query", async () => {
    const now = new Date("2026-11-26T00:00:00Z");
    const secret = "$argon2id$v=19$m=65536,p=4,t=3$c2FsdA$aGFzaA";
    await enqueue(database.db, "leaky", {}, now);
    const logged: string[] = [];
    const worker = startWorker(
      database.db,
      {
        leaky: async () => {
          throw new Error(`Failed query: update users set password_hash = $1\nparams: ${secret}`);
        },
      },
      { now: () => now, autoStart: false, log: (line) => logged.push(line) },
    );
    await worker.drain();
    await worker.stop();
    const [row] = await database.db.select().from(jobs).where(eq(jobs.queue, "leaky"));
    expect(row!.lastError).toContain("update users set password_hash");
    expect(row!.lastError).not.toContain(secret);
    expect(logged.join("\n")).toContain("Việc nền leaky lỗi");
    expect(logged.join("\n")).not.toContain(secret);
  });

  it("never gives the same job to two workers", async () => {
    const now = new Date("2026-11-25T00:00:00Z");
    for (let i = 0; i < 10; i++) await enqueue(database.db, "race", { i }, now);
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, k) => claimNext(database.db, ["race"], `w${k}`, now)),
    );
    const ids = claims.filter(Boolean).map((j) => j!.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    const rows = await database.db.select().from(jobs);
    expect(rows.filter((r) => r.queue === "race" && r.status === "running")).toHaveLength(10);
  });
});
