import { beforeAll, describe, expect, it } from "vitest";
import { setupTestApp } from "../../../test/support/lifecycle.ts";

const t = setupTestApp();
let ids: Record<string, string>;
beforeAll(async () => {
  const admin = await t.signedIn("admin");
  const orgs = (await admin.get("/api/orgs")).body as Array<{ id: string; name: string }>;
  const by = (name: string) => orgs.find((o) => o.name === name)!.id;
  ids = {
    p1: by("Ủy ban nhân dân Phường 1"),
    p3: by("Ủy ban nhân dân Phường 3"),
    district: by("Ủy ban nhân dân quận Gò Vấp"),
  };
});

/** The district leader gives the first official of Phường 3 a role there. */
async function districtLeaderGrants(role: string) {
  const c = await t.signedIn("lanhdao.govap");
  const someone = ((await c.get(`/api/people?orgId=${ids.p3}`)).body as Array<{ id: string }>)[0]!;
  const res = await c.post(`/api/people/${someone.id}/memberships`, { orgId: ids.p3, role });
  return { c, someone, res };
}

describe("access to people, by the organisation tree", () => {
  it("lets a ward specialist see the people of their own ward", async () => {
    const c = await t.signedIn("chuyenvien.p1");
    const res = await c.get(`/api/people?orgId=${ids.p1}`);
    expect(res.status).toBe(200);
    expect((res.body as Array<{ username: string }>).map((p) => p.username).sort()).toEqual([
      "chuyenvien.p1",
      "lanhdao.p1",
    ]);
  });

  it("refuses a ward specialist the people of another ward (403)", async () => {
    const c = await t.signedIn("chuyenvien.p1");
    const res = await c.get(`/api/people?orgId=${ids.p3}`);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets the district leader see every ward's people below", async () => {
    const c = await t.signedIn("lanhdao.govap");
    const res = await c.get(`/api/people?orgId=${ids.district}&below=true`);
    const names = (res.body as Array<{ username: string }>).map((p) => p.username);
    expect(names).toEqual(expect.arrayContaining(["chuyenvien.p1", "chuyenvien.p3", "noivu.govap"]));
  });

  it("reads below=false as false, not as a non-empty string", async () => {
    const c = await t.signedIn("lanhdao.govap");
    const own = (await c.get(`/api/people?orgId=${ids.district}&below=false`)).body as unknown[];
    const all = (await c.get(`/api/people?orgId=${ids.district}&below=true`)).body as unknown[];
    expect(own.length).toBeLessThan(all.length);
    expect((await c.get(`/api/people?orgId=${ids.district}&below=maybe`)).status).toBe(400);
  });

  it("refuses a specialist who tries to make themselves leader", async () => {
    const c = t.client();
    const me = (await c.signIn("chuyenvien.p1")).body as { user: { id: string } };
    const res = await c.post(`/api/people/${me.user.id}/memberships`, { orgId: ids.p1, role: "leader" });
    expect(res.status).toBe(403);
  });

  it("refuses a leader who tries to grant the administrator role", async () => {
    const { res } = await districtLeaderGrants("admin");
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ message: "Chỉ quản trị hệ thống được cấp quyền quản trị." });
  });

  it("lets the district leader give a ward official a role in a ward below, and audits it", async () => {
    const { c, someone, res } = await districtLeaderGrants("coordinator");
    expect(res.status).toBe(200);
    const audit = await c.get("/api/audit?entity=membership");
    expect((audit.body as Array<{ action: string }>)[0]).toMatchObject({ action: "person.grant" });
    const granted = (res.body as { memberships: Array<{ id: string; role: string }> }).memberships.find(
      (m) => m.role === "coordinator",
    )!;
    expect((await c.request("DELETE", `/api/memberships/${granted.id}`)).status).toBe(200);
    const after = (await c.get("/api/audit?entity=membership")).body as Array<{
      action: string;
      summary: unknown;
    }>;
    expect(after[0]).toMatchObject({
      action: "person.revoke",
      summary: { userId: someone.id, orgId: ids.p3, role: "coordinator" },
    });
  });

  it("refuses a ward leader who tries to create an account in another ward", async () => {
    const c = await t.signedIn("lanhdao.p1");
    const res = await c.post("/api/people", {
      username: "nguoimoi",
      fullName: "Người Mới",
      password: "MatKhau2026abc",
      memberships: [{ orgId: ids.p3, role: "specialist" }],
    });
    expect(res.status).toBe(403);
  });
});

describe("the organisation tree and the audit trail over HTTP", () => {
  it("shows every signed-in official the Gò Vấp tree with its 16 wards", async () => {
    const c = await t.signedIn("chuyenvien.p1");
    const orgs = (await c.get("/api/orgs")).body as Array<{
      id: string;
      parentId: string | null;
      kind: string;
    }>;
    expect(orgs.filter((o) => o.parentId === ids.district && o.kind === "ward")).toHaveLength(16);
    const found = (await c.get(`/api/orgs?q=${encodeURIComponent("go vap")}`)).body as Array<{
      name: string;
    }>;
    expect(found.map((o) => o.name)).toContain("Ủy ban nhân dân quận Gò Vấp");
  });

  it("refuses structural changes to non-administrators", async () => {
    const c = await t.signedIn("lanhdao.govap");
    const res = await c.post("/api/orgs", {
      parentId: ids.district,
      system: "state",
      kind: "ward",
      name: "Phường Mới",
      aliases: [],
    });
    expect(res.status).toBe(403);
  });

  it("refuses the audit trail to a ward specialist and verifies the chain for the administrator", async () => {
    const specialist = await t.signedIn("chuyenvien.p1");
    expect((await specialist.get("/api/audit")).status).toBe(403);
    const admin = await t.signedIn("admin");
    expect((await admin.get("/api/audit/verify")).body).toMatchObject({ ok: true, firstBreak: null });
  });

  it("exports the tree as CSV for the administrator", async () => {
    const admin = await t.signedIn("admin");
    const res = await admin.get("/api/orgs/export?format=csv");
    expect(res.raw.headers["content-type"]).toContain("text/csv");
    expect(String(res.body).split("\n")[0]).toBe(
      "code,parent_code,system,kind,level,name,short_name,aliases,valid_from,valid_to,status",
    );
    expect(String(res.body)).toContain("gv.p17,gv.ubnd,state,ward");
  });
});
