// Use cases of import, review, confirmation, cascade and coverage, on a real database (PGlite, or the
// PostgreSQL server of TEST_DATABASE_URL) holding the demo organisation tree.
import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actorIn, contextFor, systemContext } from "../../../../test/support/context.ts";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import type { Actor } from "../../../core/access.ts";
import { verifyChain } from "../../audit/use-cases/verify.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { orgDemoStep } from "../../orgs/demo.ts";
import { orgs } from "../../orgs/schema.ts";
import { assignments } from "../../tasks/schema.ts";
import { cascadeNodeOut, coverageMatrixOut, directiveListOut, directiveOut, reviewOut } from "../contract.ts";
import { directiveLinks, directives, unitMappings } from "../schema.ts";
import { cascadeTree } from "./cascade.ts";
import { confirmDirective } from "./confirm.ts";
import { decideCoverage } from "./coverage-decide.ts";
import { coverageMatrix } from "./coverage-matrix.ts";
import { suggestCoverageFor } from "./coverage-suggest.ts";
import { discardDraft } from "./discard.ts";
import { getDirective } from "./document.ts";
import { updateHeader, updateTask } from "./edit-draft.ts";
import { importDirective } from "./import.ts";
import { listDirectives } from "./list.ts";
import { mapUnit, settleUnnamed } from "./map-units.ts";
import { getReview } from "./review.ts";
import { mergeTasks, splitTask } from "./split-merge.ts";

const seed = (name: string) => readFileSync(new URL(`../../../../demo/seeds/${name}`, import.meta.url));
const DISTRICT_PLAN = "000_00d4ffd155fcb536.txt";
const DISTRICT_MASS_WORK = "003_72ca9de8c2c40f08.txt";
const BLOC_PLAN = "002_a85277af82c186c2.txt";
const provincePlan = readFileSync(new URL("../testdata/province-plan.txt", import.meta.url));

const storage = memoryStorage();
const code: Record<string, string> = {};
let leader: Actor;
let specialist: Actor;
let wardSpecialist: Actor;
let blocLeader: Actor;
let provinceLeader: Actor;

const database = setupTestDatabase(async (db) => {
  await orgDemoStep.run(systemContext(db), {
    box: null as never,
    dir: new URL("../../../../demo", import.meta.url).pathname,
    log: () => {},
  });
  for (const o of await db.select({ id: orgs.id, code: orgs.code }).from(orgs)) code[o.code!] = o.id;
  leader = actorIn(code["gv.ubnd"]!, "leader");
  specialist = actorIn(code["gv.ubnd"]!, "specialist");
  wardSpecialist = actorIn(code["gv.p1"]!, "specialist");
  blocLeader = actorIn(code["bd.duk"]!, "leader");
  provinceLeader = actorIn(code["bd.tu"]!, "leader");
});

const as = (actor: Actor) => contextFor(database.db, actor);
const upload = (actor: Actor, bytes: Buffer, fileName: string, owner?: string) =>
  importDirective(as(actor), storage, {
    bytes,
    fileName,
    mimeType: "text/plain",
    ownerOrgId: owner ? code[owner] : undefined,
  });
/** Settles the units a document leaves unnamed, on the version of the review at hand. */
const settle = (
  actor: Actor,
  review: { directive: { id: string; version: number } },
  change: Omit<Parameters<typeof settleUnnamed>[2], "version">,
) => settleUnnamed(as(actor), review.directive.id, { version: review.directive.version, ...change });
const taskByLabel = async (id: string, label: string) => {
  const t = (await getReview(as(leader), id)).tasks.find((x) => x.label === label);
  if (!t) throw new Error(`no task ${label}`);
  return t;
};
const wards = () =>
  Object.entries(code)
    .filter(([c]) => /^gv\.p\d+$/.test(c))
    .map(([, id]) => id);

describe("importing a document as a draft", () => {
  let draftId: string;

  it("stores the file, the normalised text and the tasks with the lines they come from", async () => {
    const r = await upload(leader, seed(DISTRICT_PLAN), DISTRICT_PLAN);
    draftId = r.id;
    expect(r).toMatchObject({ symbol: "4998/KH-UBND", groups: 5, tasks: 16 });
    const review = await getReview(as(leader), draftId);
    expect(review.directive).toMatchObject({
      status: "draft",
      ownerOrgId: code["gv.ubnd"],
      issuerOrgId: code["gv.ubnd"],
    });
    const lines = review.text!.split("\n");
    const task = review.tasks.find((t) => t.label === "1.2")!;
    expect(lines[task.sourceLine! - 1]).toContain("1.2");
    const [row] = await database.db.select().from(directives).where(eq(directives.id, draftId));
    expect(row!.sourceFileId).not.toBeNull();
    expect(row!.symbolKey).toBeNull();
  });

  it("answers the same document imported again with 409 and a link to the existing draft", async () => {
    await expect(upload(leader, seed(DISTRICT_PLAN), "lan-hai.txt")).rejects.toMatchObject({
      code: "CONFLICT",
      details: { existingId: draftId, status: "draft", link: `/directives/${draftId}` },
    });
  });

  it("reads 'Ủy ban nhân dân 16 phường' as the district's wards and fans the task out by default", async () => {
    const t = await taskByLabel(draftId, "1.1");
    expect(t.leadOrgIds).toEqual(expect.arrayContaining(wards()));
    expect(t.fanOut).toBe(true);
    const units = (await getReview(as(leader), draftId)).units;
    expect(units.find((u) => u.key === "cac co quan don vi")).toMatchObject({ orgIds: [], collective: true });
  });

  it("keeps a draft from officials of other bodies, and refuses an import for a body one is not a member of", async () => {
    await expect(getReview(as(wardSpecialist), draftId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      upload(wardSpecialist, seed(DISTRICT_MASS_WORK), DISTRICT_MASS_WORK, "gv.ubnd"),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const list = await listDirectives(as(wardSpecialist), {});
    expect(list.items.map((i) => i.id)).not.toContain(draftId);
  });

  it("refuses a stale edit, naming the other person's change", async () => {
    const { directive } = await getReview(as(leader), draftId);
    const t = await taskByLabel(draftId, "1.2");
    await updateTask(as(leader), draftId, t.id, {
      version: directive.version,
      title: "Đưa nội dung vào kế hoạch đào tạo",
    });
    await expect(
      updateTask(as(specialist), draftId, t.id, { version: directive.version, assign: false }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/vừa được tester — Người kiểm thử sửa \(sửa nhiệm vụ\)/),
      details: { version: directive.version + 1 },
    });
  });

  it("refuses confirmation while tasks lack their bodies, listing them by label", async () => {
    const t = await taskByLabel(draftId, "3.1");
    const { directive } = await updateTask(as(leader), draftId, t.id, {
      version: (await getReview(as(leader), draftId)).directive.version,
      fanOut: false,
    });
    const err = await confirmDirective(as(leader), draftId, { version: directive.version }).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION" });
    const messages = err.details.problems as string[];
    expect(err.details.items[0]).toMatchObject({ taskId: expect.any(String), message: messages[0] });
    expect(messages[0]).toMatch(/^1\.1 «.*»: chưa xác định cơ quan cho "Các cơ quan, đơn vị"\.$/);
    expect(messages.some((m) => m.startsWith("3.1 ") && /có \d+ cơ quan chủ trì/.test(m))).toBe(true);
  });

  it("maps a unit name once for every task that names it", async () => {
    const depts = ["gv.vp", "gv.pnv", "gv.ptp", "gv.tt"].map((c) => code[c]!);
    const { directive } = await getReview(as(leader), draftId);
    const after = await mapUnit(as(leader), draftId, {
      version: directive.version,
      key: "cac co quan don vi",
      orgIds: depts,
    });
    const t = after.tasks.find((x) => x.label === "2.1")!;
    expect(t.leadOrgIds).toEqual(expect.arrayContaining([...depts, ...wards()]));
    expect(after.units.find((u) => u.key === "cac co quan don vi")).toMatchObject({ source: "official" });
  });

  it("splits a task in two, then merges them back", async () => {
    const t = await taskByLabel(draftId, "5.1");
    const v = (await getReview(as(leader), draftId)).directive.version;
    const at = t.text.indexOf(";") + 1;
    const split = await splitTask(as(leader), draftId, t.id, { version: v, at });
    const parts = split.tasks.filter((x) => x.groupId === t.groupId);
    expect(parts.map((x) => x.label)).toEqual(["5.1", "5, ý 2", "5.2", "5.3"]);
    expect(parts[1]!.leadOrgIds).toEqual(t.leadOrgIds);
    const merged = await mergeTasks(as(leader), draftId, {
      version: split.directive.version,
      taskIds: [parts[0]!.id, parts[1]!.id],
    });
    const back = merged.tasks.find((x) => x.id === t.id)!;
    expect(back.text.replace(/\s+/g, " ")).toBe(t.text.replace(/\s+/g, " "));
    expect(merged.tasks.filter((x) => x.groupId === t.groupId)).toHaveLength(3);
  });

  it("confirms: one assignment per body of a fanned-out task, stubs and links for what it cites, mappings remembered", async () => {
    let review = await getReview(as(leader), draftId);
    for (const label of ["3.1", "3.2", "3.3", "3.4"]) {
      const t = review.tasks.find((x) => x.label === label)!;
      const lead = code["gv.ptp"]!;
      review = await updateTask(as(leader), draftId, t.id, {
        version: review.directive.version,
        leadOrgIds: [lead],
        supportOrgIds: [...t.leadOrgIds, ...t.supportOrgIds].filter((o) => o !== lead),
        fanOut: false,
      });
    }
    // A collective mapped by a rule still needs its own remainder: the review fixes the unit name.
    for (const t of review.tasks.filter((x) =>
      x.leadText.some((n) => /^Ủy ban nhân dân 16$|các cơ quan, đơn vị liên quan$/.test(n)),
    ))
      review = await updateTask(as(leader), draftId, t.id, {
        version: review.directive.version,
        leadText: t.leadText.map((n) =>
          n
            .replace(/^Ủy ban nhân dân 16$/, "Ủy ban nhân dân 16 phường")
            .replace(/ các cơ quan, đơn vị liên quan$/, ""),
        ),
        supportText: t.supportText.map((n) => n.replace(/^Ủy ban nhân dân 16$/, "Ủy ban nhân dân 16 phường")),
      });
    expect(review.problems).toEqual([]);
    const result = await confirmDirective(as(leader), draftId, { version: review.directive.version });
    expect(result.id).toBe(draftId);
    const task11 = review.tasks.find((x) => x.label === "1.1")!;
    const given = await database.db
      .select()
      .from(assignments)
      .where(eq(assignments.directiveTaskId, task11.id));
    expect(given).toHaveLength(4 + 16);
    const task31 = review.tasks.find((x) => x.label === "3.1")!;
    expect(
      await database.db.select().from(assignments).where(eq(assignments.directiveTaskId, task31.id)),
    ).toHaveLength(1);

    const [stub] = await database.db.select().from(directives).where(eq(directives.symbol, "4338/KH-UBND"));
    expect(stub).toMatchObject({
      status: "stub",
      symbolKey: "4338/kh-ubnd@2023",
      title: expect.stringContaining("27-NQ/TW"),
    });
    const [root] = await database.db.select().from(directives).where(eq(directives.symbol, "27-NQ/TW"));
    const inferred = await database.db
      .select()
      .from(directiveLinks)
      .where(and(eq(directiveLinks.fromId, stub!.id), eq(directiveLinks.toId, root!.id)));
    expect(inferred).toMatchObject([{ relation: "implements", inferred: true }]);
    const remembered = await database.db
      .select()
      .from(unitMappings)
      .where(
        and(eq(unitMappings.contextOrgId, code["gv.ubnd"]!), eq(unitMappings.textKey, "cac co quan don vi")),
      );
    expect(remembered).toHaveLength(1);
    expect((await verifyChain(database.db)).ok).toBe(true);
  });

  it("maps remembered units by itself on the body's next import, and lets a specialist import but not confirm", async () => {
    const r = await upload(specialist, seed(DISTRICT_MASS_WORK), DISTRICT_MASS_WORK);
    const review = await getReview(as(specialist), r.id);
    expect(review.units.find((u) => u.text === "các cơ quan, đơn vị liên quan")).toMatchObject({
      source: "remembered",
    });
    await expect(
      confirmDirective(as(specialist), r.id, { version: review.directive.version }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("discards a draft, after which the document can be imported again", async () => {
    const [draft] = await database.db.select().from(directives).where(eq(directives.symbol, "847/KH-UBND"));
    await discardDraft(as(leader), draft!.id, { version: draft!.version });
    expect(await database.db.select().from(directives).where(eq(directives.id, draft!.id))).toEqual([]);
    const again = await upload(leader, seed(DISTRICT_MASS_WORK), DISTRICT_MASS_WORK);
    expect(again.id).not.toBe(draft!.id);
  });
});

describe("correcting the header", () => {
  it("sets the number and date that the text does not give, as a new version of the draft", async () => {
    const hanoi = actorIn(code["hn.tu"]!, "leader");
    const r = await upload(hanoi, seed("001_1b50ee76ccc45c9b.txt"), "chuong-trinh.txt");
    expect(r.symbol).toBeNull();
    const before = await getReview(as(hanoi), r.id);
    const after = await updateHeader(as(hanoi), r.id, {
      version: before.directive.version,
      symbol: "15-CTr/TU",
      issuedOn: "2023-02-01",
    });
    expect(after.directive).toMatchObject({
      symbol: "15-CTr/TU",
      issuedOn: "2023-02-01",
      version: before.directive.version + 1,
    });
    await discardDraft(as(hanoi), r.id, { version: after.directive.version });
  });
});

describe("the cascade", () => {
  let blocId: string;
  let stubId: string;

  it("links a plan under the stub of the plan it implements, and refuses a symbol confirmed twice", async () => {
    const r = await upload(blocLeader, seed(BLOC_PLAN), BLOC_PLAN);
    let review = await getReview(as(blocLeader), r.id);
    review = await settle(blocLeader, review, {
      action: "lead",
      leadOrgIds: [code["bd.duk.btv"]!],
      kind: "task",
    });
    review = await settle(blocLeader, review, { action: "notAssign", leadOrgIds: [], kind: "all" });
    const support = review.units.find((u) => u.text === "các Ban của Đảng ủy Khối")!;
    review = await mapUnit(as(blocLeader), r.id, {
      version: review.directive.version,
      key: support.key,
      orgIds: [code["bd.duk.btc"]!],
    });
    // Its basic Party organisations are not in the tree: that duty is not work to assign here.
    const cells = review.tasks.find((t) => t.label === "Tổ chức thực hiện, mục 2")!;
    review = await updateTask(as(blocLeader), r.id, cells.id, {
      version: review.directive.version,
      assign: false,
    });
    expect(review.problems).toEqual([]);
    blocId = (await confirmDirective(as(blocLeader), r.id, { version: review.directive.version })).id;
    const [stub] = await database.db.select().from(directives).where(eq(directives.symbol, "60-KH/TU"));
    stubId = stub!.id;
    const { roots } = await cascadeTree(as(wardSpecialist));
    const root = roots.find((n) => n.symbol === "27-NQ/TW")!;
    expect(root.status).toBe("stub");
    const province = root.children.find((n) => n.symbol === "60-KH/TU")!;
    expect(province.children.map((c) => c.id)).toEqual([blocId]);
    expect(root.children.find((n) => n.symbol === "4338/KH-UBND")!.children.map((c) => c.symbol)).toEqual([
      "4998/KH-UBND",
    ]);
  });

  it("resolves the stub when the cited document itself is imported: same row, links kept", async () => {
    const r = await upload(provinceLeader, provincePlan, "60-KH-TU.txt", "bd.tu");
    let review = await getReview(as(provinceLeader), r.id);
    review = await settle(provinceLeader, review, {
      action: "lead",
      leadOrgIds: [code["bd.btg"]!],
      kind: "all",
    });
    const done = await confirmDirective(as(provinceLeader), r.id, { version: review.directive.version });
    expect(done).toMatchObject({ id: stubId, resolvedStub: true });
    const detail = await getDirective(as(wardSpecialist), stubId);
    expect(detail.directive).toMatchObject({
      status: "confirmed",
      symbol: "60-KH/TU",
      issuedOn: "2023-05-24",
    });
    expect(detail.citedBy.map((c) => c.document.id)).toContain(blocId);
    expect(detail.cites.map((c) => c.document.symbol)).toContain("27-NQ/TW");
    expect(await database.db.select().from(directives).where(eq(directives.id, r.id))).toEqual([]);
  });
});

describe("coverage", () => {
  it("compares a plan with the nearest confirmed document it implements, and a stub's plans with groups they share", async () => {
    const [province] = await database.db.select().from(directives).where(eq(directives.symbol, "60-KH/TU"));
    const m = await coverageMatrix(as(wardSpecialist), province!.id);
    expect(m.derived).toBe(false);
    expect(m.children.map((c) => c.symbol)).toEqual(["80-KH/ĐUK"]);
    expect(m.links.length).toBeGreaterThan(0);

    const [root] = await database.db.select().from(directives).where(eq(directives.symbol, "27-NQ/TW"));
    const top = await coverageMatrix(as(wardSpecialist), root!.id);
    expect(top.children.map((c) => c.symbol).sort()).toEqual(["4998/KH-UBND", "60-KH/TU"]);
    expect(top.derived).toBe(true);
    expect(top.groups.map((g) => g.title).join(" | ")).toMatch(/tuyên truyền/i);
  });

  it("keeps the official's decisions when suggestions are computed again", async () => {
    const [root] = await database.db.select().from(directives).where(eq(directives.symbol, "27-NQ/TW"));
    const before = await coverageMatrix(as(leader), root!.id);
    // Only links of the plan the leader's body issued: the other plan's body decides its own.
    const own = before.children.find((c) => c.symbol === "4998/KH-UBND")!;
    const taskOf = (l: (typeof before.links)[number]) => before.tasks.find((t) => t.id === l.childTaskId);
    const link = before.links.find((l) => taskOf(l)?.childId === own.id && taskOf(l)?.label === "1.1")!;
    await decideCoverage(as(leader), link.id, "confirmed");
    const other = before.links.find(
      (l) => l.id !== link.id && l.status === "suggested" && taskOf(l)?.childId === own.id,
    )!;
    await decideCoverage(as(leader), other.id, "rejected");
    await suggestCoverageFor(as(leader), root!.id);
    const after = await coverageMatrix(as(leader), root!.id);
    expect(after.links.find((l) => l.id === link.id)?.status).toBe("confirmed");
    expect(
      after.links.find((l) => l.childTaskId === other.childTaskId && l.groupId === other.groupId)?.status,
    ).toBe("rejected");
    const cell = after.cells.find((c) => c.groupId === link.groupId && c.childId === link.childId)!;
    expect(cell.confirmed).toBeGreaterThanOrEqual(1);
  });

  it("lets only the plan's body decide what its tasks cover", async () => {
    const [root] = await database.db.select().from(directives).where(eq(directives.symbol, "27-NQ/TW"));
    const m = await coverageMatrix(as(leader), root!.id);
    const gv = m.children.find((c) => c.symbol === "4998/KH-UBND")!;
    const link = m.links.find((l) => l.childId === gv.id && l.status === "suggested")!;
    await expect(decideCoverage(as(blocLeader), link.id, "confirmed")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the API contract", () => {
  it("describes every answer of the reading use cases whole: serialising through it loses nothing", async () => {
    const exact = (schema: z.ZodType, value: unknown) => expect(schema.parse(value)).toStrictEqual(value);
    const list = await listDirectives(as(leader), {});
    exact(directiveListOut, list);
    const [root] = await database.db.select().from(directives).where(eq(directives.symbol, "27-NQ/TW"));
    for (const item of list.items) {
      exact(directiveOut, await getDirective(as(leader), item.id));
      exact(reviewOut, await getReview(as(leader), item.id));
    }
    exact(coverageMatrixOut, await coverageMatrix(as(leader), root!.id));
    exact(z.object({ roots: z.array(cascadeNodeOut) }), await cascadeTree(as(leader)));
  });
});
