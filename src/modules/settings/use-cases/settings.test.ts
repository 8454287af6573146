import { describe, expect, it } from "vitest";
import { actorWith, contextFor, systemContext } from "../../../../test/support/context.ts";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import { getSetting, saveSetting } from "./settings.ts";

const database = setupTestDatabase();

describe("reminder settings", () => {
  it("starts from the documented defaults (N = 3, M = 5)", async () => {
    expect(await getSetting(database.db, "reminders")).toMatchObject({
      value: { daysBefore: 3, escalateAfter: 5, repeatOverdueEvery: 5, email: true },
      version: 0,
    });
  });

  it("saves a checked change with its version, and refuses out-of-range values in Vietnamese", async () => {
    const saved = await saveSetting(systemContext(database.db), "reminders", {
      value: { daysBefore: 2, escalateAfter: 10, repeatOverdueEvery: 0, email: false },
      version: 0,
    });
    expect(saved).toMatchObject({ value: { daysBefore: 2, escalateAfter: 10 }, version: 1 });
    await expect(
      saveSetting(systemContext(database.db), "reminders", {
        value: { daysBefore: 0, escalateAfter: 10, repeatOverdueEvery: 0, email: false },
        version: 1,
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("Tối thiểu 1 ngày làm việc"),
    });
    await expect(
      saveSetting(systemContext(database.db), "reminders", { value: saved.value, version: 0 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses anyone but an administrator", async () => {
    const leader = actorWith([{ orgId: "00000000-0000-4000-8000-0000000000aa", role: "leader" }]);
    await expect(
      saveSetting(contextFor(database.db, leader), "reminders", {
        value: { daysBefore: 3, escalateAfter: 5, repeatOverdueEvery: 5, email: true },
        version: 1,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
