// Runs once per test run and project (unit, e2e), before any test file: keeps the clock honest
// (UTC) and builds the databases every test file copies (test/support/templates.ts).
import type { TestProject } from "vitest/node";
import { E2E_DEMO, UNIT_DEMO } from "./demo-seeds.ts";
import { buildTemplates } from "./templates.ts";

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplates: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.TZ = "UTC";
  const e2e = project.name === "e2e";
  const { templates, remove } = await buildTemplates(project.name, e2e ? E2E_DEMO() : UNIT_DEMO);
  project.provide("dbTemplates", JSON.stringify(templates));
  return remove;
}
