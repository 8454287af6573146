// The audit log in officials' words: every action the code audits has a Vietnamese (and an English)
// label — a new audited action without one fails here — and each event names its record as people
// know it (the document's symbol, the task's title, the person's name), linked to the record's page.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en, vi } from "../../web/src/audit/i18n.ts";
import {
  apiClient,
  type DomElement,
  expectAccessible,
  expectHeading,
  openPage,
  pageScrollWidth,
  setupBrowserApp,
  signIn,
} from "./support/index.ts";

const e2e = setupBrowserApp();
const MODULES = new URL("../../src/modules/", import.meta.url).pathname;

/** Source files of the modules, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/**
 * Actions built from a value: what the value can be. A new template of an audited action must be
 * added here (the test fails on one it does not know), so that its labels are checked too.
 */
const TEMPLATES: Record<string, string[]> = {
  // report.ts: an entry that is not a progress report (contract's updateInput kinds).
  "assignment.${input.kind}": ["assignment.contribution", "assignment.comment"],
  // coverage-decide.ts: the decision on a suggested link.
  "coverage.${status}": ["coverage.confirmed", "coverage.rejected"],
  // citizen-cases handle.ts and public.ts: the case's event (contract's EVENT_KINDS).
  "citizen_case.${change.event.kind}": [
    "citizen_case.classified",
    "citizen_case.accepted",
    "citizen_case.forwarded",
    "citizen_case.refused",
    "citizen_case.assigned",
    "citizen_case.note",
    "citizen_case.concluded",
    "citizen_case.answered",
    "citizen_case.published",
  ],
  // reports steps.ts: the step of the report's workflow (rules/workflow.ts, Step).
  "report.${s}": ["report.save", "report.submit", "report.sign", "report.return", "report.accept"],
  "citizen_case.${event.kind}": ["citizen_case.citizen_info", "citizen_case.withdrawn", "citizen_case.rated"],
};

/** Every action given to audit() in the modules' code: literals, both sides of a ternary, templates. */
function auditedActions(): string[] {
  const found = new Set<string>();
  for (const file of sources(MODULES)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\baction:\s*([^,\n]+)/g)) {
      const expr = m[1]!;
      for (const lit of expr.matchAll(/"([a-z_]+\.[a-z_.]+)"/g)) found.add(lit[1]!);
      for (const tpl of expr.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
        const known = TEMPLATES[tpl[1]!];
        if (!known) throw new Error(`${file}: audited action \`${tpl[1]}\` is not in TEMPLATES`);
        for (const a of known) found.add(a);
      }
    }
  }
  return [...found].sort();
}

describe("Nhật ký thay đổi", () => {
  it("has a Vietnamese and an English label for every action the code audits", () => {
    const actions = auditedActions();
    // The scan finds the actions of every module (a broken scan would pass on nothing).
    expect(actions).toEqual(
      expect.arrayContaining(["directive.import", "person.reorganise", "assignment_request.accept"]),
    );
    const labelled = (a: string, dict: Record<string, string>) =>
      a === "person.status"
        ? Boolean(dict["audit.action.person.status.active"] && dict["audit.action.person.status.disabled"])
        : Boolean(dict[`audit.action.${a}`]);
    expect(actions.filter((a) => !labelled(a, vi))).toEqual([]);
    expect(actions.filter((a) => !labelled(a, en))).toEqual([]);
  });

  for (const viewport of [
    { name: "office screen", width: 1366, height: 768 },
    { name: "phone", width: 360, height: 740, mobile: true },
  ])
    it(`names the document and the task, linked, with Vietnamese actions (${viewport.name})`, async () => {
      // A ward reports progress, so that the log has a task's event as well as the demo's documents.
      const api = apiClient(e2e.server);
      await api.signIn("chuyenvien.p1");
      const me = (await api.get("/api/auth/me")).body as { memberships: Array<{ orgId: string }> };
      const list = (
        await api.get(`/api/assignments?orgId=${me.memberships[0]!.orgId}&involvement=lead&pageSize=50`)
      ).body as { items: Array<{ id: string; title: string; status: string; version: number }> };
      const task = list.items.find((i) => i.status === "in_progress" || i.status === "not_started")!;
      const saved = await api.post(`/api/assignments/${task.id}/updates`, {
        kind: "progress",
        version: task.version,
        percent: 40,
        status: "in_progress",
        narrative: "Đã triển khai tới các khu phố",
      });
      expect(saved.status).toBeLessThan(300);

      const { page, errors } = await openPage(e2e.browser, e2e.server.baseUrl, viewport);
      await signIn(page, "admin");
      await page.goto("/admin/audit");
      await expectHeading(page, "Nhật ký thay đổi");
      const table = page.getByRole("table");
      await table.getByRole("row").nth(1).waitFor();
      const rows = () =>
        table
          .locator("tbody tr.ant-table-row")
          .evaluateAll((trs) =>
            (trs as unknown as DomElement[]).map((tr) =>
              Array.from(tr.querySelectorAll("td")).map((td) => td.innerText.trim()),
            ),
          );
      // The page settles on the newest events (the report just made is the second, after the sign-in).
      await expect.poll(async () => (await rows()).some((c) => c[2] === "Cập nhật tiến độ")).toBe(true);
      const seen = await rows();
      // No raw action codes or kinds of record: every cell is in words.
      for (const cells of seen) {
        expect(cells[2]).not.toMatch(/^[a-z_]+\.[a-z_.]+$/);
        expect(cells[3]).not.toMatch(/^(directive|assignment|user|org)$/);
      }
      const progress = seen.find((c) => c[2] === "Cập nhật tiến độ");
      expect(progress?.[3]).toContain(task.title.slice(0, 20));
      // The task's title is a link to the task.
      await table
        .getByRole("row", { name: /Cập nhật tiến độ/ })
        .first()
        .getByRole("link")
        .click();
      await page.waitForURL(`**/tasks/${task.id}`);
      await page.goBack();
      await expectHeading(page, "Nhật ký thay đổi");

      // The demo's documents: the import and confirmation name the document by its symbol.
      const docs = await api.get("/api/directives?status=confirmed");
      // A document is named by its symbol, or by the start of its title when it has none.
      const names = (
        docs.body as { items: Array<{ symbol: string | null; title: string | null }> }
      ).items.map((d) => d.symbol ?? (d.title ?? "").slice(0, 40));
      // From the keyboard: the page came back scrolled, under the sticky header.
      await page.getByRole("combobox", { name: "Loại bản ghi" }).focus();
      await page.keyboard.press("ArrowDown");
      await page.locator(".ant-select-dropdown:visible").getByTitle("Văn bản", { exact: true }).click();
      await expect
        .poll(async () => (await rows()).some((c) => c[2] === "Xác nhận văn bản, giao việc"))
        .toBe(true);
      const confirmed = (await rows()).filter((c) => c[2] === "Xác nhận văn bản, giao việc");
      expect(confirmed.length).toBeGreaterThan(0);
      for (const c of confirmed) expect(names.some((n) => c[3]!.includes(n))).toBe(true);
      // The table fits its box: no column off screen.
      const box = await table.evaluate((t) => {
        const el = t as unknown as { scrollWidth: number; closest(s: string): { clientWidth: number } };
        return { table: el.scrollWidth, box: el.closest(".ant-table-wrapper").clientWidth };
      });
      if (!viewport.mobile) expect(box.table).toBeLessThanOrEqual(box.box);
      if (viewport.mobile) expect(await pageScrollWidth(page)).toBeLessThanOrEqual(viewport.width);
      await expectAccessible(page);
      expect(errors).toEqual([]);
    });
});
