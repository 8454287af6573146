// People follow their body through a merger, a split and a dissolution (through the API, on the
// demo): by default with their roles; an unticked person is left without a unit and told why.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../../test/support/app.ts";
import { setupTestApp } from "../../../../test/support/lifecycle.ts";
import { auditEvents } from "../../audit/schema.ts";
import { memberships, users } from "../../people/schema.ts";

const t = setupTestApp();
let admin: TestClient;
let ids: { p1: string; p3: string; district: string };

interface Me {
  actingOrgId: string | null;
  memberships: Array<{ orgId: string; orgName: string; role: string }>;
  unitNotice: { message: string; contacts: Array<{ fullName: string; orgName: string }> } | null;
}
interface Person {
  id: string;
  username: string;
  memberships: Array<{ id: string; orgId: string; orgName: string; role: string }>;
}
type TaskList = { total: number; items: Array<{ id: string; status: string; lead: { id: string } }> };
const PASSWORD = "MatKhau-2025";

/** What GET /api/auth/me says to a demo account, or to one made here (its password given). */
async function me(username: string, password?: string) {
  const c = t.client();
  const res = password ? await c.signIn(username, password) : await c.signIn(username);
  expect(res.status).toBe(200);
  return (await c.get("/api/auth/me")).body as Me;
}
const peopleOf = async (orgId: string) => (await admin.get(`/api/people?orgId=${orgId}`)).body as Person[];
const membershipOf = (people: Person[], username: string, orgId: string) =>
  people.find((p) => p.username === username)!.memberships.find((m) => m.orgId === orgId)!.id;
const userId = async (username: string) =>
  (await t.deps.database.db.select().from(users).where(eq(users.username, username)))[0]!.id;

beforeAll(async () => {
  admin = await t.signedIn("admin");
  const orgs = (await admin.get("/api/orgs")).body as Array<{ id: string; name: string }>;
  const by = (name: string) => orgs.find((o) => o.name === name)!.id;
  ids = {
    p1: by("Ủy ban nhân dân Phường 1"),
    p3: by("Ủy ban nhân dân Phường 3"),
    district: by("Ủy ban nhân dân quận Gò Vấp"),
  };
});

/** A new department of the district with two specialists, for the split and the dissolution. */
async function departmentWithTwo(name: string, code: string) {
  const org = (
    await admin.post("/api/orgs", { parentId: ids.district, system: "state", kind: "department", name })
  ).body as { id: string };
  for (const n of [1, 2]) {
    const res = await admin.post("/api/people", {
      username: `${code}.${n}`,
      fullName: `Cán bộ ${n} ${name}`,
      password: PASSWORD,
      memberships: [{ orgId: org.id, role: "specialist", title: "Chuyên viên" }],
    });
    expect(res.status).toBe(200);
  }
  return org.id;
}

describe("people follow their body through a reorganisation", () => {
  let successorId: string;
  let changeId: string;
  let before: TaskList;

  it("a merger takes the wards' officials into the successor with their roles, except one unticked", async () => {
    const official = await t.signedIn("chuyenvien.p1");
    before = (await official.get("/api/assignments?pageSize=500")).body as TaskList;
    expect(before.total).toBeGreaterThan(0);
    const p3 = await peopleOf(ids.p3);
    const res = await admin.post("/api/org-changes/merge", {
      sourceIds: [ids.p1, ids.p3],
      successor: { system: "state", kind: "ward", name: "Ủy ban nhân dân phường An Hội Tây", aliases: [] },
      effectiveDate: "2025-07-01",
      decisionRef: "Nghị quyết số 1685/NQ-UBTVQH15",
      people: [{ membershipId: membershipOf(p3, "chuyenvien.p3", ids.p3), follows: false }],
    });
    expect(res.status).toBe(200);
    const body = res.body as { changeId: string; successor: { id: string }; people: unknown };
    successorId = body.successor.id;
    changeId = body.changeId;
    expect(body.people).toEqual({ followed: 2, ended: 1 });

    const mai = await me("chuyenvien.p1");
    expect(mai.memberships).toEqual([
      { orgId: successorId, orgName: "Ủy ban nhân dân phường An Hội Tây", role: "specialist" },
    ]);
    expect(mai.actingOrgId).toBe(successorId);
    expect(mai.unitNotice).toBeNull();
    expect((await me("lanhdao.p1")).memberships).toEqual([
      { orgId: successorId, orgName: "Ủy ban nhân dân phường An Hội Tây", role: "leader" },
    ]);
  });

  it("the official's task list after the merger holds the moved work, at least all the open work she saw before", async () => {
    const official = await t.signedIn("chuyenvien.p1");
    const after = (await official.get("/api/assignments?pageSize=500")).body as TaskList;
    const seen = new Set(after.items.map((i) => i.id));
    // Finished work stays with the unit that did it, as history (docs/decisions/task-reorganisation.md).
    const open = before.items.filter((i) => i.status !== "done");
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((i) => !seen.has(i.id))).toEqual([]);
    expect(after.items.some((i) => i.lead.id === successorId)).toBe(true);
  });

  it("the unticked official has no unit and is told which change, when, by what decision and whom to ask", async () => {
    const huy = await me("chuyenvien.p3");
    expect(huy.memberships).toEqual([]);
    expect(huy.actingOrgId).toBeNull();
    expect(huy.unitNotice?.message).toBe(
      "Ủy ban nhân dân Phường 3 đã được hợp nhất vào Ủy ban nhân dân phường An Hội Tây từ ngày 01/07/2025 " +
        "theo Nghị quyết số 1685/NQ-UBTVQH15; tài khoản của bạn chưa được gán vào đơn vị mới. " +
        "Hãy liên hệ quản trị viên để được gán vào đơn vị: Quản trị hệ thống (Văn phòng UBND quận) và " +
        "Trần Minh Quang (UBND quận Gò Vấp).",
    );
    expect(huy.unitNotice?.contacts.map((c) => c.fullName)).toEqual(["Quản trị hệ thống", "Trần Minh Quang"]);
  });

  it("keeps the ended memberships as history, naming the change, and audits who went where", async () => {
    const db = t.deps.database.db;
    const [old] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, await userId("chuyenvien.p1")), eq(memberships.orgId, ids.p1)));
    expect(old).toMatchObject({ role: "specialist", endedOn: "2025-06-30", endedByChangeId: changeId });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, "person.reorganise"));
    expect(event).toMatchObject({ entity: "org_change", entityId: changeId });
    const summary = event!.summary as { followed: unknown[]; ended: unknown[] };
    expect(summary.followed).toHaveLength(2);
    expect(summary.ended).toEqual([
      { userId: await userId("chuyenvien.p3"), role: "specialist", orgId: ids.p3 },
    ]);
    // The merged ward's people list no longer counts them: their work there has ended.
    expect(await peopleOf(ids.p1)).toEqual([]);
  });

  it("does not count an ended membership as a role still held: the last current one cannot be removed", async () => {
    const mai = (await peopleOf(successorId)).find((p) => p.username === "chuyenvien.p1")!;
    const res = await admin.request("DELETE", `/api/memberships/${mai.memberships[0]!.id}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      message: "Cán bộ phải còn ít nhất một vai trò; hãy khóa tài khoản thay vì gỡ hết.",
    });
  });

  it("a split places each person in the new body chosen for them, the first by default", async () => {
    const source = await departmentWithTwo("Phòng Văn hóa và Thông tin quận Gò Vấp", "vhtt");
    const people = await peopleOf(source);
    const res = await admin.post("/api/org-changes/split", {
      sourceId: source,
      successors: [
        { system: "state", kind: "department", name: "Phòng Văn hóa quận Gò Vấp", aliases: [] },
        { system: "state", kind: "department", name: "Phòng Thông tin quận Gò Vấp", aliases: [] },
      ],
      effectiveDate: "2025-03-01",
      people: [{ membershipId: membershipOf(people, "vhtt.2", source), follows: true, successorIndex: 1 }],
    });
    expect(res.status).toBe(200);
    const [culture, info] = (res.body as { successors: Array<{ id: string }> }).successors;
    expect((await me("vhtt.1", PASSWORD)).memberships).toEqual([
      { orgId: culture!.id, orgName: "Phòng Văn hóa quận Gò Vấp", role: "specialist" },
    ]);
    expect((await me("vhtt.2", PASSWORD)).memberships).toEqual([
      { orgId: info!.id, orgName: "Phòng Thông tin quận Gò Vấp", role: "specialist" },
    ]);
    const moved = (await peopleOf(info!.id))[0]!;
    expect(moved.memberships).toEqual([
      expect.objectContaining({ role: "specialist", title: "Chuyên viên" }),
    ]);
  });

  it("a dissolution with a successor takes the people along; without one, they are told it was dissolved", async () => {
    const heir = await departmentWithTwo("Phòng Kinh tế quận Gò Vấp", "kt");
    const gone = await departmentWithTwo("Phòng Quản lý chợ quận Gò Vấp", "qlc");
    const res = await admin.post(`/api/orgs/${gone}/dissolve`, {
      successorId: heir,
      effectiveDate: "2025-09-01",
    });
    expect(res.status).toBe(200);
    expect((await peopleOf(heir)).map((p) => p.username).sort()).toEqual(["kt.1", "kt.2", "qlc.1", "qlc.2"]);

    expect((await admin.post(`/api/orgs/${heir}/dissolve`, { effectiveDate: "2025-10-01" })).status).toBe(
      200,
    );
    const left = await me("qlc.1", PASSWORD);
    expect(left.memberships).toEqual([]);
    expect(left.unitNotice?.message).toMatch(
      /^Phòng Kinh tế quận Gò Vấp đã giải thể từ ngày 01\/10\/2025; tài khoản của bạn chưa được gán vào đơn vị mới\. Hãy liên hệ quản trị viên/,
    );
  });

  it("refuses, in Vietnamese, a choice for someone not of the ended body or a new body that does not exist", async () => {
    const source = await departmentWithTwo("Phòng Giáo dục quận Gò Vấp", "gd");
    const [someone] = await peopleOf(source);
    const outsider = (await peopleOf(successorId))[0]!.memberships[0]!.id;
    const split = (people: unknown[]) =>
      admin.post("/api/org-changes/split", {
        sourceId: source,
        successors: [
          { system: "state", kind: "department", name: "Phòng Giáo dục A", aliases: [] },
          { system: "state", kind: "department", name: "Phòng Giáo dục B", aliases: [] },
        ],
        effectiveDate: "2025-03-01",
        people,
      });
    const stranger = await split([{ membershipId: outsider, follows: true }]);
    expect(stranger.status).toBe(400);
    expect(stranger.body).toMatchObject({
      code: "VALIDATION",
      message: "Có cán bộ được chọn không còn công tác tại cơ quan bị sắp xếp; hãy tải lại trang.",
    });
    const nowhere = await split([
      { membershipId: someone!.memberships[0]!.id, follows: true, successorIndex: 2 },
    ]);
    expect(nowhere.status).toBe(400);
    expect(nowhere.body).toMatchObject({
      message: "Cơ quan tiếp nhận được chọn cho cán bộ không có trong danh sách cơ quan mới.",
    });
    // Nothing changed: the source is still active with its people.
    expect((await peopleOf(source)).length).toBe(2);
  });
});
