import { describe, expect, it } from "vitest";
import { systemContext } from "../../../../test/support/context.ts";
import { createTestDatabase } from "../../../../test/support/db.ts";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import { exportOrgs, importOrgs } from "./interchange.ts";
import { listOrgs } from "./read.ts";

const database = setupTestDatabase();
const ctx = () => systemContext(database.db);

const CSV = `code,parent_code,system,kind,level,name,short_name,aliases,valid_from,valid_to,status
city,,state,peoples_committee,tỉnh,Ủy ban nhân dân Thành phố Mẫu,UBND Thành phố,UBND TP; UBNDTP,,,active
dist,city,state,peoples_committee,huyện,Ủy ban nhân dân quận Một,UBND quận Một,,,,active
ward,dist,state,ward,xã,Ủy ban nhân dân Phường 1,Phường 1,UBND P1,,,active
`;

describe("organisation import and export", () => {
  it("imports a CSV tree with parents found by code, and reports what it did", async () => {
    const report = await importOrgs(ctx(), "csv", CSV);
    expect(report).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const ward = (await listOrgs(database.db, { q: "ubnd p1" }))[0];
    expect(ward?.depth).toBe(2);
    expect(ward?.aliases).toEqual(["UBND P1"]);
  });

  it("re-importing the same file changes nothing; an edited row is updated", async () => {
    expect(await importOrgs(ctx(), "csv", CSV)).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const edited = CSV.replace("Ủy ban nhân dân quận Một,UBND quận Một", "Ủy ban nhân dân quận Một,UBND Q.1");
    expect(await importOrgs(ctx(), "csv", edited)).toEqual({ created: 0, updated: 1, unchanged: 2 });
  });

  it("lists every bad row in Vietnamese and imports nothing", async () => {
    const bad = `code,parent_code,system,kind,level,name,short_name,aliases,valid_from,valid_to,status
x1,nowhere,state,ward,,Phường Lạ,,,,,active
x2,,government,ward,,Phường Hai,,,31/12/2024,,active
`;
    const error = await importOrgs(ctx(), "csv", bad).catch((e) => e);
    expect(error.code).toBe("VALIDATION");
    expect(error.details.problems).toEqual([
      expect.stringContaining("Dòng 3: hệ thống phải là một trong"),
      'Dòng 2: không có cơ quan cấp trên mã "nowhere".',
    ]);
    expect(error.details.problems[0]).toContain("ngày phải có dạng YYYY-MM-DD");
    expect(await listOrgs(database.db, { q: "phuong la" })).toEqual([]);
  });

  it("exports JSON that imports into an empty database as the same tree", async () => {
    const json = await exportOrgs(database.db, "json");
    const other = await createTestDatabase();
    try {
      expect(await importOrgs(systemContext(other.db), "json", json)).toEqual({
        created: 3,
        updated: 0,
        unchanged: 0,
      });
      expect(await exportOrgs(other.db, "json")).toBe(json);
      expect(await exportOrgs(other.db, "csv")).toBe(await exportOrgs(database.db, "csv"));
    } finally {
      await other.close();
    }
  });
});
