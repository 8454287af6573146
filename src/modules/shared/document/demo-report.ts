// The demo's consolidated report (demo/report-document.json: a district office's half-year report
// on its sixteen wards, invented figures that add up), read as an OfficialDocument. Used by
// `thucthi report render --demo` and the writers' tests, so anyone can check the format without a
// server; the demo's data stays in demo/, out of product code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_DIR } from "../demo-step.ts";
import type { OfficialDocument } from "./model.ts";

export function demoConsolidatedReport(): OfficialDocument {
  return JSON.parse(readFileSync(join(DEMO_DIR, "report-document.json"), "utf8")) as OfficialDocument;
}
