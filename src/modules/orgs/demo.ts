// Demo step: the organisation tree of the bodies named in the demo documents (demo/orgs.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoStep } from "../shared/demo-step.ts";
import { importOrgs } from "./use-cases/interchange.ts";

export const orgDemoStep: DemoStep = {
  name: "cơ cấu tổ chức",
  async run(ctx, { dir, log }) {
    const report = await importOrgs(ctx, "json", readFileSync(join(dir, "orgs.json"), "utf8"));
    log(`  ${report.created} cơ quan, đơn vị`);
  },
};
