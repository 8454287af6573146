// The directives API through inject, on the demo database (the seed documents imported and confirmed).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/support/app.ts";
import { setupTestApp } from "../../../test/support/lifecycle.ts";

const t = setupTestApp();
let orgIds: Record<string, string>;
const provincePlan = readFileSync(new URL("./testdata/province-plan.txt", import.meta.url));

beforeAll(async () => {
  const admin = await t.signedIn("admin");
  const orgs = (await admin.get("/api/orgs")).body as Array<{ id: string; code: string }>;
  orgIds = Object.fromEntries(orgs.map((o) => [o.code, o.id]));
});

/** Signed in, with the CSRF token at hand for the multipart requests sent past the client. */
async function signedIn(username: string): Promise<TestClient> {
  const c = await t.signedIn(username);
  await c.fetchCsrf();
  return c;
}

/** Posts a file as multipart/form-data, as the web app's upload does. */
async function upload(c: TestClient, bytes: Buffer, fileName: string, ownerOrgId?: string, csrf = true) {
  const boundary = "----thucthi-test-boundary";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: "POST",
    url: `/api/directives/import${ownerOrgId ? `?ownerOrgId=${ownerOrgId}` : ""}`,
    payload,
    cookies: c.cookies,
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      ...(csrf && c.csrf ? { "x-csrf-token": c.csrf } : {}),
    },
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
}

interface Review {
  directive: { id: string; version: number; status: string };
  tasks: Array<{ id: string; label: string; leadOrgIds: string[] }>;
  problems: Array<{ message: string }>;
}

describe("the directives API", () => {
  let draftId: string;

  it("lists the confirmed demo documents to any official, with search and facets", async () => {
    const c = await signedIn("chuyenvien.p1");
    const res = await c.get("/api/directives?status=confirmed");
    expect(res.status).toBe(200);
    const body = res.body as {
      items: Array<{ symbol: string | null; issuerName: string }>;
      facets: { types: Record<string, number> };
    };
    expect(body.items.map((i) => i.symbol).sort()).toEqual(
      [null, "4998/KH-UBND", "57-CTr/TU", "80-KH/ĐUK", "847/KH-UBND"].sort(),
    );
    expect(body.facets.types["Kế hoạch"]).toBeGreaterThanOrEqual(3);
    const found = (await c.get("/api/directives?q=go%20vap&status=confirmed")).body as { items: unknown[] };
    expect(found.items).toHaveLength(2);
  });

  it("refuses an upload without the anti-forgery token", async () => {
    const c = await signedIn("tuyengiao.duk");
    const res = await upload(c, provincePlan, "ke-hoach-60.txt", orgIds["bd.duk.btg"], false);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: "CSRF" });
  });

  it("imports an uploaded file as a draft, and answers the same file again with 409 and a link", async () => {
    const c = await signedIn("tuyengiao.duk");
    const first = await upload(c, provincePlan, "ke-hoach-60.txt", orgIds["bd.duk.btg"]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ symbol: "60-KH/TU", groups: 2 });
    draftId = first.body.id as string;
    const again = await upload(c, provincePlan, "ke-hoach-60-ban-sao.txt", orgIds["bd.duk.btg"]);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/đã được nhập.*bản nháp/),
      details: { existingId: draftId, link: `/directives/${draftId}` },
    });
    const original = await t.app.inject({
      method: "GET",
      url: `/api/directives/${draftId}/file`,
      cookies: c.cookies,
    });
    expect(original.statusCode).toBe(200);
    expect(original.rawPayload.equals(provincePlan)).toBe(true);
  });

  it("answers a seed document that the demo already confirmed with 409, and refuses a spreadsheet", async () => {
    const c = await signedIn("lanhdao.govap");
    const seed = readFileSync(new URL("../../../demo/seeds/000_00d4ffd155fcb536.txt", import.meta.url));
    const res = await upload(c, seed, "ke-hoach.txt");
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/đã được xác nhận/);
    // The demo was seeded without this server's storage: the record says so instead of failing.
    const link = (res.body.details as { existingId: string }).existingId;
    const file = await c.get(`/api/directives/${link}/file`);
    expect(file.status).toBe(404);
    expect(file.body).toMatchObject({ message: "Không tìm thấy tệp gốc của văn bản trong kho lưu trữ." });
    const sheet = await upload(c, Buffer.from("a,b\n1,2\n"), "bang.xlsx");
    expect(sheet.status).toBe(400);
    expect(sheet.body.message).toMatch(/Chỉ nhập được văn bản dạng/);
  });

  it("hides a body's draft from officials of other bodies", async () => {
    const c = await signedIn("chuyenvien.p1");
    expect((await c.get(`/api/directives/${draftId}/review`)).status).toBe(404);
  });

  it("refuses to merge a task with itself, and the task stays", async () => {
    const c = await signedIn("tuyengiao.duk");
    const review = (await c.get(`/api/directives/${draftId}/review`)).body as Review;
    const task = review.tasks[0]!;
    const res = await c.post(`/api/directives/${draftId}/tasks/merge`, {
      version: review.directive.version,
      taskIds: [task.id, task.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("hai nhiệm vụ khác nhau");
    const after = (await c.get(`/api/directives/${draftId}/review`)).body as Review;
    expect(after.tasks.map((x) => x.id)).toEqual(review.tasks.map((x) => x.id));
  });

  it("answers a stale review edit with 409 and the other's change", async () => {
    const c = await signedIn("tuyengiao.duk");
    const review = (await c.get(`/api/directives/${draftId}/review`)).body as Review;
    const task = review.tasks[0]!;
    const url = `/api/directives/${draftId}/tasks/${task.id}`;
    expect(
      (await c.request("PATCH", url, { version: review.directive.version, title: "Tuyên truyền Nghị quyết" }))
        .status,
    ).toBe(200);
    const stale = await c.request("PATCH", url, { version: review.directive.version, assign: false });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ details: { version: review.directive.version + 1 } });
  });

  it("lists the problems before confirmation, then confirms: the stub the demo cited becomes this document", async () => {
    const c = await signedIn("tuyengiao.duk");
    let review = (await c.get(`/api/directives/${draftId}/review`)).body as Review;
    const refused = await c.post(`/api/directives/${draftId}/confirm`, { version: review.directive.version });
    expect(refused.status).toBe(400);
    expect((refused.body as { details: { problems: unknown[] } }).details.problems.length).toBeGreaterThan(0);
    const settled = await c.post(`/api/directives/${draftId}/unnamed`, {
      version: review.directive.version,
      action: "lead",
      leadOrgIds: [orgIds["bd.btg"]],
    });
    expect(settled.status).toBe(200);
    review = settled.body as Review;
    expect(review.problems).toEqual([]);
    const done = await c.post(`/api/directives/${draftId}/confirm`, { version: review.directive.version });
    expect(done.status).toBe(200);
    const result = done.body as { id: string; resolvedStub: boolean; assignments: number };
    // The province's Ban Tuyên giáo is not below the bloc's board that owns the plan: its work is
    // asked for (assignment requests), not given.
    expect(result).toMatchObject({ resolvedStub: true, assignments: 0 });
    const asked = (await c.get(`/api/plans/${result.id}/requests`)).body as Array<{
      org: { id: string };
      status: string;
    }>;
    expect(asked.length).toBe(3);
    expect(asked.every((r) => r.org.id === orgIds["bd.btg"] && r.status === "pending")).toBe(true);
    const anyone = await signedIn("chuyenvien.p1");
    const detail = (await anyone.get(`/api/directives/${result.id}`)).body as {
      directive: { status: string };
      citedBy: Array<{ document: { symbol: string } }>;
    };
    expect(detail.directive.status).toBe("confirmed");
    expect(detail.citedBy.map((x) => x.document.symbol)).toContain("80-KH/ĐUK");
  });

  it("refuses confirmation by a specialist (403)", async () => {
    const c = await signedIn("chuyenvien.p1");
    const plan = Buffer.from(
      provincePlan.toString("utf8").replace("60-KH/TU", "61-KH/TU").replace("24 tháng 5", "25 tháng 5"),
    );
    const draft = await upload(c, plan, "ke-hoach-61.txt");
    expect(draft.status).toBe(200);
    const review = (await c.get(`/api/directives/${draft.body.id}/review`)).body as Review;
    const res = await c.post(`/api/directives/${draft.body.id}/confirm`, {
      version: review.directive.version,
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows the cascade from 27-NQ/TW down: city programmes, the province's and the city's plans, then the district plans", async () => {
    const c = await signedIn("chuyenvien.p1");
    const res = await c.get("/api/directives/cascade");
    expect(res.status).toBe(200);
    type Node = { symbol: string | null; status: string; issuerName: string | null; children: Node[] };
    const root = (res.body as { roots: Node[] }).roots[0]!;
    expect(root).toMatchObject({ symbol: "27-NQ/TW", status: "stub" });
    const level = (n: Node) => n.children.map((x) => x.symbol ?? x.issuerName).sort();
    expect(level(root)).toEqual(["4338/KH-UBND", "57-CTr/TU", "60-KH/TU", "Thành ủy Hà Nội"].sort());
    const province = root.children.find((x) => x.symbol === "60-KH/TU")!;
    expect(province).toMatchObject({ status: "confirmed" });
    expect(level(province)).toEqual(["80-KH/ĐUK"]);
    expect(level(root.children.find((x) => x.symbol === "4338/KH-UBND")!)).toEqual(["4998/KH-UBND"]);
  });

  it("gives the coverage matrix of the root: its groups × the plans that implement it, with counts per cell", async () => {
    const c = await signedIn("lanhdao.govap");
    const tree = (await c.get("/api/directives/cascade")).body as { roots: Array<{ id: string }> };
    const res = await c.get(`/api/directives/${tree.roots[0]!.id}/coverage`);
    expect(res.status).toBe(200);
    const m = res.body as {
      derived: boolean;
      groups: unknown[];
      children: Array<{ symbol: string | null }>;
      cells: Array<{ confirmed: number; suggested: number }>;
      links: Array<{ id: string; status: string; childId: string }>;
    };
    expect(m.derived).toBe(true);
    expect(m.groups.length).toBeGreaterThanOrEqual(4);
    expect(m.children.map((x) => x.symbol)).toEqual(
      expect.arrayContaining(["57-CTr/TU", "4998/KH-UBND", "60-KH/TU"]),
    );
    expect(m.cells).toHaveLength(m.groups.length * m.children.length);
    expect(m.cells.reduce((s, x) => s + x.confirmed, 0)).toBeGreaterThan(10);
    const gv = m.children.find((x) => x.symbol === "4998/KH-UBND") as unknown as { id: string };
    const suggestion = m.links.find((l) => l.childId === gv.id && l.status === "suggested")!;
    const decided = await c.request("PATCH", `/api/coverage-links/${suggestion.id}`, { status: "confirmed" });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: "confirmed" });
  });
});
