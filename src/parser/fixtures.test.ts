// Fixture tests: each document in fixtures/ beside the JSON the parser made of it, reviewed as a
// diff. Record (a new document) or regenerate them with
// `UPDATE=1 npx vitest run --project unit src/parser/fixtures.test.ts`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "./index.ts";

const dir = join(import.meta.dirname, "fixtures");
const inputs = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== "README.md");

describe("fixture documents", () => {
  it("has a corpus of documents of several kinds", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of inputs) {
    it(`parses ${name} as recorded`, () => {
      const result = parse(readFileSync(join(dir, name), "utf8"), { fileName: name });
      const expectedPath = join(dir, name.replace(/\.(txt|md)$/, ".json"));
      const actual = `${JSON.stringify(result, null, 2)}\n`;
      if (process.env.UPDATE === "1") writeFileSync(expectedPath, actual);
      // A missing expectation fails: writing it here would pass whatever the parser made.
      if (!existsSync(expectedPath))
        expect.fail(`${expectedPath} is missing: review the output, then record it with UPDATE=1`);
      expect(actual).toBe(readFileSync(expectedPath, "utf8"));
    });
  }
});
