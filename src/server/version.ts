import { readFileSync } from "node:fs";

/** The package version, reported by /api/health and `thucthi --version`. */
export const version: string = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
).version;
