// Never sideways: an official of a body unrelated to a plan reads, through every list and count that
// joins assignments, exactly the assignments the read rule lets them open one by one — none of the
// demo's Gò Vấp work for an official of Hà Nội or Cần Thơ; and they may not run a plan's coverage
// suggestions (a write). On the demo data, through the API.

import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../../test/support/app.ts";
import { setupTestApp } from "../../../../test/support/lifecycle.ts";
import { actorNamed } from "../../../../test/support/tasks-fixtures.ts";
import { directives } from "../../directives/schema.ts";
import { assignmentRows } from "../queries/rows.ts";
import { assignments } from "../schema.ts";

const t = setupTestApp();
/** Officials of bodies unrelated to the Gò Vấp plans (demo/accounts.json). */
const OUTSIDERS = ["noichinh.hanoi", "noichinh.cantho", "tuyengiao.duk"];

let gvPlanId: string;
let allIds: Set<string>;

beforeAll(async () => {
  const db = t.deps.database.db;
  const [gv] = await db
    .select({ id: directives.id })
    .from(directives)
    .where(eq(directives.symbol, "4998/KH-UBND"));
  gvPlanId = gv!.id;
  allIds = new Set((await db.select({ id: assignments.id }).from(assignments)).map((r) => r.id));
});

/** The ids of the assignments the account may read one by one (the read rule, as the policy states it). */
async function readableBy(username: string): Promise<Set<string>> {
  const db = t.deps.database.db;
  const rows = await assignmentRows(db, { actor: await actorNamed(db, username) });
  return new Set(rows.map((r) => r.id));
}

/** Every assignment id (of the demo) quoted anywhere in a JSON answer. */
function idsIn(body: unknown): string[] {
  const found: string[] = [];
  JSON.stringify(body, (_k, v) => {
    if (typeof v === "string" && allIds.has(v)) found.push(v);
    return v;
  });
  return found;
}

async function sheetText(c: TestClient, url: string): Promise<string> {
  const res = await c.get(url);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((s) => s.eachRow((r) => r.eachCell((cell) => cells.push(String(cell.value ?? "")))));
  return cells.join("\n");
}

describe.each(OUTSIDERS)("an official of an unrelated body (%s)", (username) => {
  let c: TestClient;
  let readable: Set<string>;
  beforeAll(async () => {
    c = await t.signedIn(username);
    readable = await readableBy(username);
  });

  it("is refused one of the Gò Vấp plan's assignments, and the plan's progress view", async () => {
    const [one] = await t.deps.database.db
      .select({ id: assignments.id })
      .from(assignments)
      .where(eq(assignments.directiveId, gvPlanId))
      .limit(1);
    expect(readable.has(one!.id)).toBe(false);
    expect((await c.get(`/api/assignments/${one!.id}`)).status).toBe(403);
    expect((await c.get(`/api/plans/${gvPlanId}`)).status).toBe(403);
  });

  it("sees in the document view only the assignments it may read", async () => {
    const res = await c.get(`/api/directives/${gvPlanId}`);
    expect(res.status).toBe(200);
    const shown = (res.body as { tasks: { assignments: { id: string }[] }[] }).tasks.flatMap((x) =>
      x.assignments.map((a) => a.id),
    );
    expect(shown.filter((id) => !readable.has(id))).toEqual([]);
    expect(idsIn(res.body).filter((id) => !readable.has(id))).toEqual([]);
  });

  it("counts in the document list and the cascade only the assignments it may read", async () => {
    const db = t.deps.database.db;
    const perDoc = new Map<string, number>();
    for (const id of readable) {
      const [a] = await db
        .select({ d: assignments.directiveId })
        .from(assignments)
        .where(eq(assignments.id, id));
      perDoc.set(a!.d, (perDoc.get(a!.d) ?? 0) + 1);
    }
    const list = await c.get("/api/directives");
    expect(list.status).toBe(200);
    const items = (list.body as { items: { id: string; assignments: number }[] }).items;
    expect(items.find((i) => i.id === gvPlanId)?.assignments).toBe(0);
    for (const i of items) expect(i.assignments).toBe(perDoc.get(i.id) ?? 0);

    const cascade = await c.get("/api/directives/cascade");
    expect(cascade.status).toBe(200);
    type Node = { id: string; assignments: number; children: Node[] };
    const walk = (n: Node): Node[] => [n, ...n.children.flatMap(walk)];
    const nodes = (cascade.body as { roots: Node[] }).roots.flatMap(walk);
    expect(nodes.some((n) => n.id === gvPlanId)).toBe(true);
    for (const n of nodes) expect(n.assignments).toBe(perDoc.get(n.id) ?? 0);
  });

  it("finds in the lists, the plans and the Excel export only what it may read", async () => {
    const list = await c.get("/api/assignments?pageSize=200");
    expect(list.status).toBe(200);
    expect(idsIn(list.body).filter((id) => !readable.has(id))).toEqual([]);
    const plans = await c.get("/api/plans");
    expect((plans.body as { id: string }[]).map((p) => p.id)).not.toContain(gvPlanId);
    const text = await sheetText(c, `/api/assignments/export.xlsx?directiveId=${gvPlanId}`);
    expect(text).not.toMatch(/Phường \d+/);
  });

  it("may not compute the coverage suggestions of a document it has no plan of", async () => {
    const [root] = await t.deps.database.db
      .select({ id: directives.id })
      .from(directives)
      .where(eq(directives.symbol, "27-NQ/TW"));
    const res = await c.post(`/api/directives/${root!.id}/coverage/suggest`);
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect((res.body as { code: string }).code).toBe("FORBIDDEN");
  });
});

describe("the Gò Vấp plan's own body", () => {
  it("still sees every assignment of its plan, and computes its coverage suggestions", async () => {
    const c = await t.signedIn("lanhdao.govap");
    const res = await c.get(`/api/directives/${gvPlanId}`);
    const shown = (res.body as { tasks: { assignments: unknown[] }[] }).tasks.flatMap((x) => x.assignments);
    const all = await t.deps.database.db
      .select({ id: assignments.id })
      .from(assignments)
      .where(eq(assignments.directiveId, gvPlanId));
    expect(all.length).toBeGreaterThan(0);
    expect(shown.length).toBe(all.length);
    const [root] = await t.deps.database.db
      .select({ id: directives.id })
      .from(directives)
      .where(eq(directives.symbol, "27-NQ/TW"));
    expect((await c.post(`/api/directives/${root!.id}/coverage/suggest`)).status).toBe(200);
  });
});
