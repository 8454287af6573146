// The disclosure API end to end through Fastify's inject, on the demo: the demo's Phường 1 misses
// its budget (Điều 11 khoản 2) and Phường 3's plan came down early (the board's 30 days); a post
// through the contract, a Vietnamese 400, a 403 for another ward, the public page without an
// account; answers run through the contract's response schemas so nothing is dropped unnoticed.
import { describe, expect, it } from "vitest";
import { setupTestApp } from "../../../test/support/lifecycle.ts";
import { checkerOut, communeDisclosures, disclosureOut, publicDisclosures } from "./contract.ts";

const t = setupTestApp();

async function orgId(code: string): Promise<string> {
  const c = await t.signedIn("admin");
  const list = (await c.get("/api/orgs")).body as Array<{ id: string; code: string | null }>;
  return list.find((o) => o.code === code)!.id;
}

describe("the disclosure API", () => {
  it("shows the demo's missing budget in Phường 1 and the expired plan in Phường 3", async () => {
    const [p1, p3] = [await orgId("gv.p1"), await orgId("gv.p3")];
    const c1 = await t.signedIn("chuyenvien.p1");
    const v1 = communeDisclosures.parse((await c1.get(`/api/disclosures?orgId=${p1}`)).body);
    expect(v1.checks.find((c) => c.clause === 2)!.status).toBe("missing");
    expect(v1.checks.find((c) => c.clause === 1)!.status).toBe("posted");
    const c3 = await t.signedIn("chuyenvien.p3");
    const v3 = communeDisclosures.parse((await c3.get(`/api/disclosures?orgId=${p3}`)).body);
    expect(v3.checks.find((c) => c.clause === 1)!.status).toBe("expired");
    expect(v3.checks.find((c) => c.clause === 2)!.status).toBe("posted");

    const lead = await t.signedIn("lanhdao.govap");
    const checker = checkerOut.parse((await lead.get("/api/disclosures/checker")).body);
    const row = checker.communes.find((c) => c.orgId === p1)!;
    expect(row.counts.missing).toBeGreaterThan(0);
  });

  it("posts through the contract, answers bad input with a Vietnamese 400 and another ward with 403", async () => {
    const p1 = await orgId("gv.p1");
    const c = await t.signedIn("chuyenvien.p1");
    const body = {
      orgId: p1,
      clause: 2,
      title: "Tình hình thực hiện dự toán ngân sách quý",
      channels: ["noticeboard", "portal"],
      postedOn: "2026-11-20",
    };
    const made = await c.request("POST", "/api/disclosures", body);
    expect(made.status).toBe(200);
    expect(disclosureOut.parse(made.body).standing).toBe("posting");

    const bad = await c.request("POST", "/api/disclosures", { ...body, clause: 15, channels: [] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("khoản 1–14 Điều 11");
    expect(JSON.stringify(bad.body)).toContain("Điều 12");

    const other = await t.signedIn("chuyenvien.p3");
    const sideways = await other.request("POST", "/api/disclosures", body);
    expect(sideways.status).toBe(403);
    const takeDown = await other.request("POST", `/api/disclosures/${made.body.id}/take-down`, {
      version: 1,
      takenDownOn: "2026-11-21",
      reason: "Thử gỡ của phường khác",
    });
    expect(takeDown.status).toBe(403);
  });

  it("shows the board to anyone on the portal, without who posted it", async () => {
    const p1 = await orgId("gv.p1");
    const res = await t.app.inject({ method: "GET", url: `/api/public/disclosures?orgId=${p1}` });
    expect(res.statusCode).toBe(200);
    const page = publicDisclosures.parse(res.json());
    expect(page.items.length).toBeGreaterThan(0);
    expect(res.body).not.toContain("createdBy");
    const notCommune = await t.app.inject({
      method: "GET",
      url: `/api/public/disclosures?orgId=${await orgId("gv.ubnd")}`,
    });
    expect(notCommune.statusCode).toBe(400);
  });
});
