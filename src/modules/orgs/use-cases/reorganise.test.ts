import { describe, expect, it } from "vitest";
import { actorWith, contextFor, systemContext } from "../../../../test/support/context.ts";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import { verifyChain } from "../../audit/use-cases/verify.ts";
import { activeSuccessors, getOrgRef } from "../queries.ts";
import { createOrg, updateOrg } from "./edit.ts";
import { getOrgDetail, listOrgs } from "./read.ts";
import { dissolveOrg, mergeOrgs, moveOrg, renameOrg, splitOrg } from "./reorganise.ts";

const database = setupTestDatabase();

const ctx = () => systemContext(database.db);
const state = (parentId: string | null, name: string, kind = "peoples_committee") =>
  createOrg(ctx(), { parentId, system: "state", kind, name, aliases: [] });

describe("organisation tree", () => {
  it("builds a tree of any depth and finds bodies without diacritics", async () => {
    const city = await state(null, "Ủy ban nhân dân Thành phố Hồ Chí Minh");
    const district = await createOrg(ctx(), {
      parentId: city.id,
      system: "state",
      kind: "peoples_committee",
      name: "Ủy ban nhân dân quận Gò Vấp",
      shortName: "UBND quận Gò Vấp",
      aliases: ["UBND Q. Gò Vấp"],
    });
    const ward = await state(district.id, "Ủy ban nhân dân Phường 1", "ward");
    expect(ward.depth).toBe(2);
    const ref = await getOrgRef(database.db, ward.id);
    expect(ref?.lineage).toEqual([city.id, district.id, ward.id]);
    const found = await listOrgs(database.db, { q: "go vap" });
    expect(found.map((o) => o.name)).toEqual(["Ủy ban nhân dân quận Gò Vấp"]);
    expect((await listOrgs(database.db, { q: "ubnd q. go" })).map((o) => o.id)).toEqual([district.id]);
  });

  it("refuses structural changes by anyone but an administrator", async () => {
    const [district] = await listOrgs(database.db, { q: "go vap" });
    const leader = actorWith([{ orgId: district!.id, role: "leader" }]);
    await expect(
      createOrg(contextFor(database.db, leader), {
        parentId: district!.id,
        system: "state",
        kind: "ward",
        name: "Phường X",
        aliases: [],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a stale edit so two editors never overwrite each other", async () => {
    const org = await state(null, "Sở Nội vụ");
    await updateOrg(ctx(), org.id, { version: org.version, shortName: "SNV" });
    await expect(
      updateOrg(ctx(), org.id, { version: org.version, shortName: "Sở NV" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("keeps the old name in history and as a searchable alias after a rename", async () => {
    const org = await state(null, "Phòng Tư pháp quận");
    await renameOrg(ctx(), org.id, { name: "Phòng Tư pháp và Hộ tịch", effectiveDate: "2025-03-01" });
    const detail = await getOrgDetail(database.db, org.id);
    expect(detail.name).toBe("Phòng Tư pháp và Hộ tịch");
    expect(detail.names).toEqual([
      { name: "Phòng Tư pháp quận", shortName: null, validFrom: null, validTo: "2025-02-28" },
    ]);
    expect(detail.changes.map((c) => c.kind)).toEqual(["create", "rename"]);
    expect((await listOrgs(database.db, { q: "tu phap quan" })).map((o) => o.id)).toContain(org.id);
  });

  it("merges N bodies into one: the sources end, their work and children go to the successor", async () => {
    const district = await state(null, "Ủy ban nhân dân huyện Mẫu");
    const a = await state(district.id, "Ủy ban nhân dân xã A", "commune");
    const b = await state(district.id, "Ủy ban nhân dân xã B", "commune");
    const hamlet = await state(b.id, "Ban điều hành ấp B1", "hamlet");
    const result = await mergeOrgs(ctx(), {
      sourceIds: [a.id, b.id],
      successor: { system: "state", kind: "commune", name: "Ủy ban nhân dân xã AB", aliases: [] },
      effectiveDate: "2025-07-01",
      decisionRef: "Nghị quyết mẫu/NQ-UBTVQH15",
    });
    expect(result.successor.parentId).toBe(district.id);
    expect(result.successor.validFrom).toBe("2025-07-01");
    expect(await activeSuccessors(database.db, a.id)).toEqual([result.successor.id]);
    const movedHamlet = await getOrgRef(database.db, hamlet.id);
    expect(movedHamlet?.lineage).toEqual([district.id, result.successor.id, hamlet.id]);
    const detailA = await getOrgDetail(database.db, a.id);
    expect(detailA).toMatchObject({
      status: "merged",
      validTo: "2025-06-30",
      successorId: result.successor.id,
    });
    expect(detailA.changes.at(-1)?.others.map((o) => o.name)).toContain("Ủy ban nhân dân xã AB");
  });

  it("splits one body into several, each a successor of the source", async () => {
    const source = await state(null, "Sở Văn hóa, Thể thao và Du lịch", "department");
    const { successors } = await splitOrg(ctx(), {
      sourceId: source.id,
      successors: [
        { system: "state", kind: "department", name: "Sở Văn hóa và Thể thao", aliases: [] },
        { system: "state", kind: "department", name: "Sở Du lịch", aliases: [] },
      ],
      effectiveDate: "2025-03-01",
    });
    expect((await activeSuccessors(database.db, source.id)).sort()).toEqual(
      successors.map((s) => s.id).sort(),
    );
  });

  it("dissolves a body into a named successor, refusing while it still has active units below", async () => {
    const parent = await state(null, "Ủy ban nhân dân quận Cũ");
    const child = await state(parent.id, "Phòng Kinh tế quận Cũ", "department");
    const heir = await state(null, "Ủy ban nhân dân Thành phố Mới");
    await expect(
      dissolveOrg(ctx(), parent.id, { effectiveDate: "2025-07-01", successorId: heir.id }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await moveOrg(ctx(), child.id, { parentId: heir.id, effectiveDate: "2025-07-01" });
    const dissolved = await dissolveOrg(ctx(), parent.id, {
      effectiveDate: "2025-07-01",
      successorId: heir.id,
    });
    expect(dissolved.status).toBe("dissolved");
    expect(await activeSuccessors(database.db, parent.id)).toEqual([heir.id]);
    expect((await getOrgRef(database.db, child.id))?.lineage).toEqual([heir.id, child.id]);
  });

  it("refuses to move a body under its own descendant", async () => {
    const top = await state(null, "Cơ quan A");
    const below = await state(top.id, "Cơ quan A1");
    await expect(
      moveOrg(ctx(), top.id, { parentId: below.id, effectiveDate: "2026-01-01" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("records every change in an intact audit chain", async () => {
    const result = await verifyChain(database.db);
    expect(result.ok).toBe(true);
    expect(result.count).toBeGreaterThan(15);
  });
});
