// A body the document names that is not in the organisation tree (another province's department):
// the reviewer records it as an outside body (cơ quan ngoài hệ thống) instead of forcing a wrong
// match; it is given no work, and the review and the document's page name it as such (issue 13 item 9).
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actorIn, contextFor, systemContext } from "../../../../test/support/context.ts";
import { setupTestDatabase } from "../../../../test/support/lifecycle.ts";
import { memoryStorage } from "../../files/adapters/storage.ts";
import { orgDemoStep } from "../../orgs/demo.ts";
import { orgs } from "../../orgs/schema.ts";
import { assignments } from "../../tasks/schema.ts";
import { getAssignment } from "../../tasks/use-cases/read.ts";
import { reviewOut } from "../contract.ts";
import { confirmDirective } from "./confirm.ts";
import { getDirective } from "./document.ts";
import { importDirective } from "./import.ts";
import { mapUnit } from "./map-units.ts";
import { getReview } from "./review.ts";

const code: Record<string, string> = {};
const database = setupTestDatabase(async (db) => {
  await orgDemoStep.run(systemContext(db), {
    box: null as never,
    dir: new URL("../../../../demo", import.meta.url).pathname,
    log: () => {},
  });
  for (const o of await db.select({ id: orgs.id, code: orgs.code }).from(orgs)) code[o.code!] = o.id;
});

describe("outside bodies in the review's unit mapping", () => {
  it("records another province's departments as outside bodies: no work for them, named on the review and the page", async () => {
    const ctx = contextFor(database.db, actorIn(code["gv.ubnd"]!, "leader"));
    const draft = await importDirective(ctx, memoryStorage(), {
      bytes: readFileSync(new URL("../testdata/outside-bodies.txt", import.meta.url)),
      fileName: "outside-bodies.txt",
      mimeType: "text/plain",
      ownerOrgId: code["gv.ubnd"],
    });
    let review = await getReview(ctx, draft.id);
    const dongNai = review.units.find((u) => u.text.includes("Đồng Nai"))!;
    const binhDuong = review.units.find((u) => u.text.includes("Bình Dương"))!;
    expect(dongNai && binhDuong).toBeTruthy();
    // Unmapped, the one led by Bình Dương's department blocks confirmation.
    expect(review.problems.some((p) => p.message.includes("Bình Dương"))).toBe(true);

    // A body of the tree together with "outside" is refused: an outside body has no bodies.
    await expect(
      mapUnit(ctx, draft.id, {
        version: review.directive.version,
        key: binhDuong.key,
        orgIds: [code["gv.pnv"]!],
        outside: true,
      }),
    ).rejects.toThrow(/ngoài hệ thống/);
    for (const u of [dongNai, binhDuong])
      review = await mapUnit(ctx, draft.id, {
        version: review.directive.version,
        key: u.key,
        orgIds: [],
        outside: true,
      });
    reviewOut.parse(review);
    expect(review.units.filter((u) => u.outside).map((u) => u.key)).toEqual([dongNai.key, binhDuong.key]);
    expect(review.problems).toEqual([]);
    const led = review.tasks.find((t) => t.leadText.some((n) => n.includes("Bình Dương")))!;
    const supported = review.tasks.find((t) => t.supportText.some((n) => n.includes("Đồng Nai")))!;
    expect(led.outsideBodies).toEqual([binhDuong.text]);
    expect(led.leadOrgIds).toEqual([]);
    expect(supported.outsideBodies).toEqual([dongNai.text]);
    expect(supported.leadOrgIds).toEqual([code["gv.pnv"]]);
    expect(supported.supportOrgIds).toEqual([]);

    const done = await confirmDirective(ctx, draft.id, { version: review.directive.version });
    const made = await database.db.select().from(assignments).where(eq(assignments.directiveId, done.id));
    // The task with a lead in the tree makes work (the outside supporter is no supporter of it); the
    // outside-led one makes none.
    expect(made.filter((a) => a.directiveTaskId === led.id)).toEqual([]);
    expect(made.filter((a) => a.directiveTaskId === supported.id).map((a) => a.leadOrgId)).toEqual([
      code["gv.pnv"],
    ]);

    const page = await getDirective(ctx, done.id);
    const onPage = (id: string) => page.tasks.find((t) => t.id === id)!;
    expect(onPage(led.id).outsideBodies).toEqual([binhDuong.text]);
    expect(onPage(led.id).assignments).toEqual([]);
    expect(onPage(supported.id).outsideBodies).toEqual([dongNai.text]);
    // The work's detail names the outside supporter as such.
    const work = made.find((a) => a.directiveTaskId === supported.id)!;
    expect((await getAssignment(ctx, work.id)).outsideBodies).toEqual([dongNai.text]);
  });
});
