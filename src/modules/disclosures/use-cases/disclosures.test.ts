// Disclosures on a real database (PGlite), on the demo's clock (23/11/2026, Quý 4): a ward posts,
// corrects and takes down what it discloses under Luật Thực hiện dân chủ ở cơ sở Điều 11–13; the
// checker says per group what is posted, due, missing or expired; the daily reminder tells each
// commune once; the portal sees only what is on the board. Only the ward's own officials and those
// above write, never another ward; every write is audited.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTreeAndPeople } from "../../../../test/support/lifecycle.ts";
import { auditEvents } from "../../audit/schema.ts";
import { verifyChain } from "../../audit/use-cases/verify.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { notifications } from "../../notifications/schema.ts";
import type { DisclosureInput } from "../contract.ts";
import { attachFile, correctDisclosure, postDisclosure, takeDownDisclosure } from "./post.ts";
import { checkCommunes, communeDisclosures, publicDisclosures, publicFile } from "./read.ts";
import { remindDisclosures } from "./remind.ts";

const database = setupTreeAndPeople();
const storage = memoryStorage();

const input = (orgId: string, over: Partial<DisclosureInput> = {}): DisclosureInput => ({
  orgId,
  clause: 1,
  title: "Kế hoạch phát triển kinh tế - xã hội năm 2026",
  content: "Toàn văn kế hoạch đã được Hội đồng nhân dân phường thông qua.",
  channels: ["noticeboard", "portal"],
  postedOn: "2026-11-02",
  plannedEnd: "2026-12-15",
  ...over,
});

describe("posting, correcting and taking down", () => {
  it("lets the ward's own official post, and the checker reads the group as posted (Điều 11 khoản 1)", async () => {
    const p1 = database.orgId("gv.p1");
    const as = database.as("chuyenvien.p1");
    const made = await postDisclosure(as, input(p1));
    expect(made).toMatchObject({ standing: "posting", minimumEnd: "2026-12-02", problems: [] });
    const view = await communeDisclosures(as, p1);
    expect(view.mayEdit).toBe(true);
    expect(view.checks.find((c) => c.clause === 1)).toMatchObject({ status: "posted", latestId: made.id });
    // Điều 11 khoản 2 is quarterly: nothing in Quý 3/2026 → missing.
    expect(view.checks.find((c) => c.clause === 2)).toMatchObject({
      status: "missing",
      period: { key: "2026-Q3" },
    });
  });

  it("never lets another ward write or read (policy never sideways), while the district's leader may", async () => {
    const p1 = database.orgId("gv.p1");
    const sideways = await postDisclosure(database.as("chuyenvien.p3"), input(p1)).catch((e) => e);
    expect(sideways.code).toBe("FORBIDDEN");
    expect(sideways.message).toContain("phường, xã");
    const read = await communeDisclosures(database.as("chuyenvien.p3"), p1).catch((e) => e);
    expect(read.code).toBe("FORBIDDEN");
    const above = await postDisclosure(
      database.as("lanhdao.govap"),
      input(p1, { clause: 3, title: "Dự án nâng cấp hẻm 45 Nguyễn Văn Bảo" }),
    );
    expect(above.clause).toBe(3);
  });

  it("answers bad input in Vietnamese: dates out of order, broadcast days without the loudspeaker, a body that is not a commune", async () => {
    const p1 = database.orgId("gv.p1");
    const as = database.as("chuyenvien.p1");
    const order = await postDisclosure(as, input(p1, { plannedEnd: "2026-10-01" })).catch((e) => e);
    expect(order).toMatchObject({ code: "VALIDATION" });
    expect(order.message).toContain("Ngày dự kiến kết thúc");
    const days = await postDisclosure(as, input(p1, { broadcastDays: 3 })).catch((e) => e);
    expect(days.message).toContain("hệ thống truyền thanh");
    const notCommune = await postDisclosure(
      database.as("lanhdao.govap"),
      input(database.orgId("gv.ubnd")),
    ).catch((e) => e);
    expect(notCommune.message).toContain("Điều 11");
  });

  it("warns a clause 7–12 item without the loudspeaker and village heads (Điều 13 khoản 3, 4), and a correction adds them", async () => {
    const p3 = database.orgId("gv.p3");
    const as = database.as("chuyenvien.p3");
    const made = await postDisclosure(
      as,
      input(p3, { clause: 8, title: "Mức thu các khoản đóng góp năm 2026" }),
    );
    expect(made.problems.map((p) => p.channel)).toEqual(["loudspeaker", "village_heads"]);
    const fixed = await correctDisclosure(as, made.id, {
      ...input(p3, { clause: 8, title: "Mức thu các khoản đóng góp năm 2026" }),
      channels: ["noticeboard", "portal", "loudspeaker", "village_heads"],
      broadcastDays: 3,
      version: made.version,
    });
    expect(fixed).toMatchObject({ version: 2, problems: [] });
    const stale = await correctDisclosure(as, made.id, { ...input(p3), version: 1 }).catch((e) => e);
    expect(stale.code).toBe("CONFLICT");
  });

  it("reads a take-down before the board's 30 days as expired, and the portal no longer shows it", async () => {
    const p3 = database.orgId("gv.p3");
    const as = database.as("chuyenvien.p3");
    const made = await postDisclosure(as, input(p3, { postedOn: "2026-11-05", plannedEnd: null }));
    const withFile = await attachFile(as, storage, made.id, {
      bytes: new TextEncoder().encode("Kế hoạch năm 2026"),
      fileName: "ke-hoach-2026.txt",
      mimeType: "text/plain",
    });
    expect(withFile.file?.fileName).toBe("ke-hoach-2026.txt");
    const portal = await publicDisclosures(database.system(), p3);
    expect(portal.items.map((i) => i.id)).toContain(made.id);
    expect((await publicFile(database.system(), storage, made.id)).fileName).toBe("ke-hoach-2026.txt");
    const down = await takeDownDisclosure(as, made.id, {
      version: withFile.version,
      takenDownOn: "2026-11-15",
      reason: "Bảng tin hư hỏng do mưa bão",
    });
    expect(down.standing).toBe("short");
    expect(down.problems).toContainEqual(
      expect.objectContaining({ code: "ends_early", minimumEnd: "2026-12-05" }),
    );
    const view = await communeDisclosures(as, p3);
    expect(view.checks.find((c) => c.clause === 1)).toMatchObject({ status: "expired", latestId: made.id });
    expect((await publicDisclosures(database.system(), p3)).items.map((i) => i.id)).not.toContain(made.id);
    const again = await takeDownDisclosure(as, made.id, {
      version: down.version,
      takenDownOn: "2026-11-16",
      reason: "Gỡ lần nữa",
    }).catch((e) => e);
    expect(again.code).toBe("CONFLICT");
  });
});

describe("the checker and its reminders", () => {
  it("shows each commune the official reads, and reminds each once", async () => {
    const checker = await checkCommunes(database.as("lanhdao.govap"));
    const names = checker.communes.map((c) => c.orgId);
    expect(names).toContain(database.orgId("gv.p1"));
    expect(names).toContain(database.orgId("gv.p3"));
    const own = await checkCommunes(database.as("chuyenvien.p1"));
    expect(own.communes.map((c) => c.orgId)).toEqual([database.orgId("gv.p1")]);

    const first = await remindDisclosures(database.system());
    expect(first.items).toBeGreaterThan(0);
    const p3 = database.orgId("gv.p3");
    const sent = await database.db.select().from(notifications).where(eq(notifications.orgId, p3));
    const body = sent.map((n) => n.body).join("\n");
    expect(body).toContain("đã gỡ trước thời hạn niêm yết tối thiểu");
    expect(body).toContain("khoản 2 Điều 11");
    const second = await remindDisclosures(database.system());
    expect(second).toEqual({ communes: 0, items: 0 });
  });

  it("audits every write in the hash chain", async () => {
    const actions = (await database.db.select().from(auditEvents)).map((e) => e.action);
    for (const a of [
      "disclosure.post",
      "disclosure.correct",
      "disclosure.take_down",
      "disclosure.attach",
      "disclosure.remind",
    ])
      expect(actions).toContain(a);
    expect((await verifyChain(database.db)).ok).toBe(true);
  });
});
