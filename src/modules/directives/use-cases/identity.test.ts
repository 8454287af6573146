// A document's identity across issuers, on a real database (PGlite, or the PostgreSQL server of
// TEST_DATABASE_URL): symbols repeat in every district and province, so two districts' "55/KH-UBND" of one
// year are two documents, while a central symbol is one wherever it is cited. Small synthetic documents
// and a synthetic tree of two provinces (one with two districts).
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actorIn, contextFor, systemContext } from "../../../../test/support/context.ts";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import type { Actor } from "../../../core/access.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { orgs } from "../../orgs/schema.ts";
import { importOrgs } from "../../orgs/use-cases/interchange.ts";
import { directiveLinks, directives } from "../schema.ts";
import { cascadeTree } from "./cascade.ts";
import { confirmDirective } from "./confirm.ts";
import { importDirective } from "./import.ts";
import { settleUnnamed } from "./map-units.ts";
import { getReview } from "./review.ts";

const node = (code: string, system: string, kind: string, name: string, children: unknown[] = []) => ({
  code,
  system,
  kind,
  name,
  children,
});
const TREE = [
  node("tw", "party", "party_central_committee", "Ban Chấp hành Trung ương Đảng", [
    node("a.tu", "party", "party_committee", "Tỉnh ủy An Hòa", [
      node("a.btv", "party", "standing_board", "Ban Thường vụ Tỉnh ủy An Hòa"),
      node("a.duk", "party", "party_committee", "Đảng ủy Khối các cơ quan tỉnh An Hòa"),
    ]),
    node("b.tu", "party", "party_committee", "Tỉnh ủy Bắc Sơn", [
      node("b.btv", "party", "standing_board", "Ban Thường vụ Tỉnh ủy Bắc Sơn"),
      node("b.duk", "party", "party_committee", "Đảng ủy Khối các cơ quan tỉnh Bắc Sơn"),
    ]),
  ]),
  node("cp", "state", "government", "Chính phủ", [
    node("a.ubnd", "state", "peoples_committee", "Ủy ban nhân dân tỉnh An Hòa", [
      node("d1", "state", "peoples_committee", "Ủy ban nhân dân huyện Đông Lâm"),
      node("d2", "state", "peoples_committee", "Ủy ban nhân dân huyện Tây Lâm"),
    ]),
  ]),
];

const TASKS = `I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật của cán bộ, đảng viên và Nhân dân.

II. NHIỆM VỤ
1. Tuyên truyền, phổ biến pháp luật
Tổ chức tuyên truyền các văn bản pháp luật mới ban hành.
`;

/** A district People's Committee's plan; `basis` is a sentence of its preamble. */
const districtPlan = (district: string, symbol: string, date: string, basis = "") =>
  `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ${district.toUpperCase()}                       Độc lập - Tự do - Hạnh phúc

Số: ${symbol}                       ${district}, ${date}

KẾ HOẠCH
Phổ biến, giáo dục pháp luật trên địa bàn huyện
${basis}
${TASKS}
                                       TM. ỦY BAN NHÂN DÂN
                                       CHỦ TỊCH
                                       Người Ký Thử
`;

/** A Party plan: a bloc committee's or a provincial committee's, implementing what `preamble` names. */
const partyPlan = (province: string, issuer: string, symbol: string, date: string, preamble: string) =>
  `ĐẢNG BỘ TỈNH ${province.toUpperCase()}                 ĐẢNG CỘNG SẢN VIỆT NAM
${issuer}
*
Số ${symbol}                               ${province}, ${date}

KẾ HOẠCH
${preamble}

${TASKS}
                                          T/M BAN THƯỜNG VỤ
                                          PHÓ BÍ THƯ
                                          Người Ký Thử
`;

const RESOLUTION = "Nghị quyết số 27-NQ/TW ngày 15/6/2022 của Ban Chấp hành Trung ương Đảng";
const blocPlan = (province: string) =>
  partyPlan(
    province,
    "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
    "5-KH/ĐUK",
    "ngày 20 tháng 4 năm 2023",
    `thực hiện Kế hoạch số 60-KH/TU ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy thực hiện ${RESOLUTION} về công tác pháp luật`,
  );
const provincePlan = (province: string) =>
  partyPlan(
    province,
    "TỈNH ỦY",
    "60-KH/TU",
    "ngày 02 tháng 3 năm 2023",
    `thực hiện ${RESOLUTION} về công tác pháp luật`,
  );

const storage = memoryStorage();
const code: Record<string, string> = {};
const leaderOf = (body: string): Actor => actorIn(code[body]!, "leader");

const database = setupTestDatabase(async (db) => {
  await importOrgs(systemContext(db), "json", JSON.stringify(TREE));
  for (const o of await db.select({ id: orgs.id, code: orgs.code }).from(orgs)) code[o.code!] = o.id;
});

const upload = (body: string, text: string, fileName: string) =>
  importDirective(contextFor(database.db, leaderOf(body)), storage, {
    bytes: Buffer.from(text),
    fileName,
    mimeType: "text/plain",
    ownerOrgId: code[body],
  });

/** Confirms a draft, its tasks led by the owner body. */
async function confirm(body: string, id: string) {
  const ctx = contextFor(database.db, leaderOf(body));
  const review = await getReview(ctx, id);
  const settled = await settleUnnamed(ctx, id, {
    version: review.directive.version,
    action: "lead",
    leadOrgIds: [code[body]!],
    kind: "all",
  });
  expect(settled.problems).toEqual([]);
  return confirmDirective(ctx, id, { version: settled.directive.version });
}

/** Imports a document as the body's leader and confirms it. */
async function importConfirmed(body: string, text: string, fileName: string) {
  const draft = await upload(body, text, fileName);
  return { draft, done: await confirm(body, draft.id) };
}

const rowsOf = (symbol: string) => database.db.select().from(directives).where(eq(directives.symbol, symbol));
const linked = async (fromId: string, toId: string) =>
  (
    await database.db
      .select()
      .from(directiveLinks)
      .where(and(eq(directiveLinks.fromId, fromId), eq(directiveLinks.toId, toId)))
  ).length === 1;

describe("a symbol that every district uses", () => {
  const ofDistrict: Record<string, string> = {};

  it("accepts each district's own 55/KH-UBND of the same year, as two documents", async () => {
    for (const [body, name] of Object.entries({ d1: "Đông Lâm", d2: "Tây Lâm" })) {
      const text = districtPlan(name, "55/KH-UBND", "ngày 10 tháng 01 năm 2023");
      const { draft, done } = await importConfirmed(body, text, `55-${body}.txt`);
      expect(draft.symbol).toBe("55/KH-UBND");
      ofDistrict[body] = done.id;
    }
    const rows = await rowsOf("55/KH-UBND");
    expect(rows.map((r) => [r.status, r.symbolKey, r.scopeOrgId]).sort()).toEqual(
      [
        ["confirmed", "55/kh-ubnd@2023", code.d1],
        ["confirmed", "55/kh-ubnd@2023", code.d2],
      ].sort(),
    );
  });

  it("refuses the same district importing its document again, whether the same file or a retyped copy", async () => {
    const text = districtPlan("Đông Lâm", "55/KH-UBND", "ngày 10 tháng 01 năm 2023");
    await expect(upload("d1", text, "lan-hai.txt")).rejects.toMatchObject({
      code: "CONFLICT",
      details: { existingId: ofDistrict.d1, status: "confirmed" },
    });
    const retyped = text.replace("Tổ chức tuyên truyền", "Tổ chức tuyên truyền sâu rộng");
    await expect(upload("d1", retyped, "danh-may-lai.txt")).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/cùng số, ký hiệu 55\/KH-UBND/),
      details: { existingId: ofDistrict.d1 },
    });
  });

  it("links each district's later citation of 'Kế hoạch số 55/KH-UBND ngày …' to its own document", async () => {
    const later = {
      d1: districtPlan(
        "Đông Lâm",
        "71/KH-UBND",
        "ngày 20 tháng 3 năm 2023",
        "Căn cứ Kế hoạch số 55/KH-UBND ngày 10/01/2023 về phổ biến, giáo dục pháp luật;",
      ),
      // A relative name: "Ủy ban nhân dân huyện" in a district's document is that district's.
      d2: districtPlan(
        "Tây Lâm",
        "71/KH-UBND",
        "ngày 20 tháng 3 năm 2023",
        "Căn cứ Kế hoạch số 55/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân huyện về phổ biến, giáo dục pháp luật;",
      ),
    };
    for (const body of ["d1", "d2"] as const) {
      const { done } = await importConfirmed(body, later[body], `71-${body}.txt`);
      expect(done.stubsCreated).toBe(0);
      expect(await linked(done.id, ofDistrict[body]!)).toBe(true);
    }
    expect(await rowsOf("55/KH-UBND")).toHaveLength(2);
  });
});

describe("a provincial committee's symbol and a central one", () => {
  const bloc: Record<string, string> = {};

  it("keeps the two provinces' 60-KH/TU apart and makes 27-NQ/TW one node, each bloc under its own province", async () => {
    for (const [body, province] of Object.entries({ "a.duk": "An Hòa", "b.duk": "Bắc Sơn" }))
      bloc[body] = (await importConfirmed(body, blocPlan(province), `5-${body}.txt`)).done.id;
    const plans = await rowsOf("60-KH/TU");
    expect(plans.map((r) => [r.status, r.scopeOrgId]).sort()).toEqual(
      [
        ["stub", code["a.tu"]],
        ["stub", code["b.tu"]],
      ].sort(),
    );
    const [resolution, ...more] = await rowsOf("27-NQ/TW");
    expect(more).toEqual([]);
    expect(resolution).toMatchObject({ status: "stub", symbolKey: "27-nq/tw@2022", scopeOrgId: null });

    const { roots } = await cascadeTree(systemContext(database.db));
    const root = roots.find((n) => n.id === resolution!.id)!;
    const under = (scope: string) => plans.find((p) => p.scopeOrgId === code[scope])!.id;
    expect(root.children.map((c) => c.id).sort()).toEqual([under("a.tu"), under("b.tu")].sort());
    for (const [body, scope] of [
      ["a.duk", "a.tu"],
      ["b.duk", "b.tu"],
    ] as const)
      expect(root.children.find((c) => c.id === under(scope))!.children.map((c) => c.id)).toEqual([
        bloc[body],
      ]);
  });

  it("resolves only its own province's stub when a provincial plan is confirmed", async () => {
    const [stubA] = (await rowsOf("60-KH/TU")).filter((r) => r.scopeOrgId === code["a.tu"]);
    const { done } = await importConfirmed("a.tu", provincePlan("An Hòa"), "60-a.txt");
    expect(done).toMatchObject({ id: stubA!.id, resolvedStub: true });
    const rows = await rowsOf("60-KH/TU");
    expect(rows.map((r) => [r.status, r.scopeOrgId]).sort()).toEqual(
      [
        ["confirmed", code["a.tu"]],
        ["stub", code["b.tu"]],
      ].sort(),
    );
    expect(await linked(bloc["a.duk"]!, stubA!.id)).toBe(true);
    expect(await rowsOf("27-NQ/TW")).toHaveLength(1);
  });

  it("accepts the other province's plan of the same symbol and resolves its stub", async () => {
    const [stubB] = (await rowsOf("60-KH/TU")).filter((r) => r.scopeOrgId === code["b.tu"]);
    const { done } = await importConfirmed("b.tu", provincePlan("Bắc Sơn"), "60-b.txt");
    expect(done).toMatchObject({ id: stubB!.id, resolvedStub: true });
    expect((await rowsOf("60-KH/TU")).map((r) => r.status)).toEqual(["confirmed", "confirmed"]);
  });
});
