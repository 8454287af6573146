// Accessibility check with axe-core (the installed package, injected into the page): returns the
// violations; expectAccessible() fails on any of serious or critical impact.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

const AXE_OPTIONS = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
  resultTypes: ["violations"],
};

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Fading elements (a toast appearing, a list closing) would be judged at half opacity.
  await page
    .waitForFunction("document.getAnimations().every((a) => a.playState !== 'running')", undefined, {
      timeout: 3000,
    })
    .catch(() => undefined);
  if (!(await page.evaluate("typeof window.axe === 'object'"))) await page.addScriptTag({ path: AXE_PATH });
  // A string runs in the page (the tests are type-checked without the DOM library).
  return page.evaluate(
    `window.axe.run(document, ${JSON.stringify(AXE_OPTIONS)}).then((r) => r.violations)`,
  ) as Promise<AxeViolation[]>;
}

/** One line per violation, for readable test failures. */
export const describeViolations = (vs: AxeViolation[]): string =>
  vs
    .map(
      (v) => `${v.impact ?? "?"} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    )
    .join("\n");

/** Fails on serious or critical violations; returns the minor/moderate ones for the caller to log. */
export async function expectAccessible(page: Page): Promise<AxeViolation[]> {
  const violations = await runAxe(page);
  const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(describeViolations(severe)).toBe("");
  return violations.filter((v) => !severe.includes(v));
}
