// The shape of the code (docs/architecture.md, "The module template"), checked on every run: each
// feature module has the template's files and nothing else at its top, and imports never cross the
// lines that keep core and parser pure, modules independent of the server, and the web app away
// from server code. Each rule is also shown to catch a made-up offender, so a rule that matches
// nothing cannot pass unnoticed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MODULES = join(ROOT, "src/modules");

/** Entries a feature module may have at its top. */
const TEMPLATE_FILES = new Set([
  "schema.ts",
  "contract.ts",
  "policy.ts",
  "routes.ts",
  "queries.ts",
  "demo.ts",
]);
const TEMPLATE_FOLDERS = new Set(["use-cases", "queries", "rules", "adapters", "testdata"]);
/** Folders under src/modules that are not features. */
const NOT_FEATURES = new Set(["shared"]);

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx|mts)$/.test(entry)) out.push(path);
  }
  return out;
}

interface SourceFile {
  /** Path from the repository's root, with forward slashes. */
  path: string;
  /** What it imports: the specifier and whether only types come in (erased at run time). */
  imports: { spec: string; typeOnly: boolean }[];
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(text: string): SourceFile["imports"] {
  const out: SourceFile["imports"] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4];
    if (spec) out.push({ spec, typeOnly: Boolean(m[2]) });
  }
  return out;
}

const read = (path: string): SourceFile => ({
  path: relative(ROOT, path).split("\\").join("/"),
  imports: importsOf(readFileSync(path, "utf8")),
});

/** The repository path an import points to, or the package name for a bare specifier. */
function target(from: string, spec: string): string {
  if (!spec.startsWith(".")) return spec;
  return relative(ROOT, resolve(ROOT, dirname(from), spec))
    .split("\\")
    .join("/");
}

const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.includes("/testdata/");
const IO_PACKAGES =
  /^(drizzle-orm|pg|@electric-sql\/pglite|node:(fs|net|http|https|child_process|worker_threads)|fs|net|child_process)(\/|$)/;

/** Every import that crosses a line it must not, as "file → import: why". */
function crossings(files: SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const product = !isTest(f.path);
    for (const { spec, typeOnly } of f.imports) {
      const to = target(f.path, spec);
      const bad = (why: string) => out.push(`${f.path} → ${spec}: ${why}`);
      if (product && to.startsWith("test/")) bad("product code never imports test helpers");
      if (f.path.startsWith("src/core/") && to.startsWith("src/") && !to.startsWith("src/core/"))
        bad("core imports only core");
      if (f.path.startsWith("src/core/") && product && IO_PACKAGES.test(to)) bad("core does no I/O");
      if (f.path.startsWith("src/parser/") && product) {
        if (to.startsWith("src/") && !to.startsWith("src/parser/") && !to.startsWith("src/core/"))
          bad("the parser imports only itself and core");
        if (IO_PACKAGES.test(to)) bad("the parser is pure (no I/O)");
      }
      if (f.path.startsWith("src/modules/")) {
        if (/^src\/(server|cli|demo)\//.test(to))
          bad("modules never import the server, the CLI or the demo assembly");
        const pure = /^src\/modules\/[^/]+\/(rules\/|contract\.ts$)/.test(f.path) && product;
        if (pure && !typeOnly && IO_PACKAGES.test(to)) bad("rules and contracts do no I/O");
        if (pure && !typeOnly && /^src\/(db)\//.test(to))
          bad("rules and contracts do not touch the database");
        if (pure && !typeOnly && /^src\/modules\/[^/]+\/(use-cases|queries|adapters)(\/|\.ts$)/.test(to))
          bad("rules and contracts do not call use cases, queries or adapters");
      }
      if (f.path.startsWith("src/db/") && product && to.startsWith("src/modules/"))
        bad("the database layer imports no module");
      if (
        to.startsWith("src/server/") &&
        !/^(src\/server\/|src\/cli\/|test\/|bench\/)/.test(f.path) &&
        product
      )
        bad("only the CLI (and tests, benchmarks) import the server");
      if (
        f.path.startsWith("web/src/") &&
        to.startsWith("src/") &&
        !/^src\/(core\/|modules\/[^/]+\/contract\.ts$)/.test(to)
      )
        bad("the web app imports from the server's tree only core and contracts");
    }
  }
  return out;
}

/** Every way a feature module departs from the template. */
function departures(modules: { name: string; entries: { name: string; dir: boolean }[] }[]): string[] {
  const out: string[] = [];
  for (const m of modules) {
    const names = new Set(m.entries.map((e) => e.name));
    for (const e of m.entries) {
      const base = e.name.replace(/\.test\.ts$/, ".ts");
      const ok = e.dir ? TEMPLATE_FOLDERS.has(e.name) : TEMPLATE_FILES.has(base) || e.name === "README.md";
      if (!ok) out.push(`src/modules/${m.name}/${e.name}: not a place of the module template`);
    }
    if (!names.has("use-cases")) out.push(`src/modules/${m.name}: has no use-cases/`);
    if (names.has("routes.ts") && !names.has("contract.ts"))
      out.push(`src/modules/${m.name}: has routes.ts but no contract.ts`);
  }
  return out;
}

const productFiles = () => [...filesUnder(join(ROOT, "src")), ...filesUnder(join(ROOT, "web/src"))].map(read);

const featureModules = () =>
  readdirSync(MODULES)
    .filter((name) => statSync(join(MODULES, name)).isDirectory() && !NOT_FEATURES.has(name))
    .map((name) => ({
      name,
      entries: readdirSync(join(MODULES, name)).map((e) => ({
        name: e,
        dir: statSync(join(MODULES, name, e)).isDirectory(),
      })),
    }));

describe("the shape of the code", () => {
  it("has every feature module in the template's shape", () => {
    expect(departures(featureModules())).toEqual([]);
  });

  it("crosses no line between core, parser, modules, server, CLI and web", () => {
    expect(crossings(productFiles())).toEqual([]);
  });

  it("would catch a module importing the server, a rule touching the database, and the web importing a use case", () => {
    const made = (path: string, ...specs: string[]): SourceFile => ({
      path,
      imports: specs.map((spec) => ({ spec, typeOnly: false })),
    });
    const found = crossings([
      made("src/modules/reports/routes.ts", "../../server/app.ts"),
      made("src/modules/reports/rules/timeliness.ts", "drizzle-orm", "../../../db/client.ts"),
      made("web/src/reports/api.ts", "../../../src/modules/reports/use-cases/submit.ts"),
      made("src/core/calendar/x.ts", "../../modules/tasks/schema.ts", "node:fs"),
      made("src/parser/x.ts", "../modules/orgs/schema.ts"),
      made("src/db/x.ts", "../modules/orgs/schema.ts"),
      made("src/modules/reports/use-cases/x.ts", "../../../../test/support/db.ts"),
    ]);
    expect(found).toHaveLength(10);
    expect(found[0]).toContain("modules never import the server");
  });

  it("would catch a module file outside the template, and a module with routes but no contract", () => {
    const found = departures([
      {
        name: "reports",
        entries: [
          { name: "routes.ts", dir: false },
          { name: "service.ts", dir: false },
          { name: "use-cases", dir: true },
        ],
      },
      { name: "polls", entries: [{ name: "schema.ts", dir: false }] },
    ]);
    expect(found).toEqual([
      "src/modules/reports/service.ts: not a place of the module template",
      "src/modules/reports: has routes.ts but no contract.ts",
      "src/modules/polls: has no use-cases/",
    ]);
  });

  it("reads import, export-from, type-only and dynamic imports", () => {
    const text = `import a from "./a.ts";\nimport type { B } from "../b.ts";\nexport { c } from "./c.ts";\nconst d = await import("./d.ts");\nimport "./e.css";`;
    expect(importsOf(text)).toEqual([
      { spec: "./a.ts", typeOnly: false },
      { spec: "../b.ts", typeOnly: true },
      { spec: "./c.ts", typeOnly: false },
      { spec: "./d.ts", typeOnly: false },
      { spec: "./e.css", typeOnly: false },
    ]);
  });
});
