// Bad input never answers 5xx: every route the app registers (read from Fastify's own route tree,
// so a new route is fuzzed without being listed here) gets, from an anonymous caller, an official
// and an administrator, arbitrary and schema-derived bad inputs in its address, its query and its
// body — impossible dates, NUL characters, numbers past int4, wrong types, missing and extra
// fields, bad ids, malformed JSON, bodies that are arrays or strings, broken multipart forms.
// One app and one database for the whole file; the runs per route keep it within a minute.
import { stringify } from "node:querystring";
import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../test/support/app.ts";
import { setupTestApp } from "../../test/support/lifecycle.ts";

const t = setupTestApp();
const RUNS_PER_ROUTE = 3;

interface Route {
  method: string;
  url: string;
}

/** Every method and address of the app, from printRoutes' tree (HEAD answers like GET: left out). */
function routesOfTree(tree: string): Route[] {
  const out: Route[] = [];
  const stack: string[] = [];
  for (const row of tree.split("\n")) {
    const m = /^([│ ]*)[├└]── (.*?) \(([A-Z, ]+)\)$/.exec(row.replace(/\u00a0/g, " "));
    if (!m) continue;
    const depth = (m[1] as string).length / 4;
    stack.length = depth;
    stack.push(m[2] as string);
    const url = stack.join("").replace(/\/\/+/g, "/");
    for (const method of (m[3] as string).split(", ")) if (method !== "HEAD") out.push({ method, url });
  }
  return out;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  default?: unknown;
};

const BAD_VALUES: unknown[] = [
  "2026-02-30",
  "2026-13-01",
  "0000-01-01",
  "1900-01-01",
  "9999-12-31",
  "\u0000",
  "tên\u0000độc",
  "\u001b[31m",
  2 ** 31,
  2 ** 53,
  -1,
  0,
  1.5,
  1e308,
  true,
  false,
  [50],
  [],
  {},
  "",
  " ",
  null,
  "NaN",
  "1e3",
  "-0",
  "x".repeat(6000),
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "__proto__",
  "'; drop table orgs; --",
];
const badValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BAD_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);

/** The kinds of value a tester found answering 500 somewhere. */
const TESTER_VALUES: unknown[] = ["2026-02-30", "0000-01-01", "a\u0000b", 2 ** 31, true, [50], ""];

/** The base body with one field (or one field of an object field) set to each tester's value. */
function fieldMutations(
  schema: JsonSchema | undefined,
  base: Record<string, unknown>,
): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const [name, field] of Object.entries(schema?.properties ?? {})) {
    for (const bad of TESTER_VALUES) out.push([`${name}=${JSON.stringify(bad)}`, { ...base, [name]: bad }]);
    const inner = field.anyOf?.find((s) => s.properties) ?? field;
    for (const sub of Object.keys(inner.properties ?? {}))
      for (const bad of TESTER_VALUES) {
        const nested = { ...(sample(inner) as Record<string, unknown>), [sub]: bad };
        out.push([`${name}.${sub}=${JSON.stringify(bad)}`, { ...base, [name]: nested }]);
      }
    if (field.items?.properties)
      for (const sub of Object.keys(field.items.properties))
        for (const bad of TESTER_VALUES) {
          const item = { ...(sample(field.items) as Record<string, unknown>), [sub]: bad };
          out.push([`${name}[].${sub}=${JSON.stringify(bad)}`, { ...base, [name]: [item] }]);
        }
  }
  return out;
}

/** Real ids of the demo, so that a bad body reaches the use case behind a valid address. */
const ids: Record<string, string[]> = {};

/** A plausible value for a schema: the base that one bad value at a time is put into. */
function sample(schema: JsonSchema | undefined, name = ""): unknown {
  if (!schema) return undefined;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return sample(schema.anyOf[0], name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object":
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, sample(s, k)]));
    case "array":
      return schema.items ? [sample(schema.items, name)] : [];
    case "number":
    case "integer":
      return 1;
    case "boolean":
      return false;
    case "string":
      if (schema.format === "uuid") return ids.org?.[0];
      if (schema.pattern?.includes("\\d{4}")) return "2026-03-02";
      if (schema.format === "binary") return undefined;
      return /name|title|text|narrative|note/i.test(name) ? "Nội dung thử" : "abc";
    default:
      return null;
  }
}

/** What a route's OpenAPI entry says of its query and JSON body. */
interface Doc {
  query: string[];
  body?: JsonSchema;
  multipart: boolean;
}
const docs = new Map<string, Doc>();

function docOf(route: Route): Doc {
  const openApiPath = route.url.replace(/:(\w+)/g, "{$1}");
  return docs.get(`${route.method} ${openApiPath}`) ?? { query: [], multipart: false };
}

/** The address with each parameter a real id of the right kind, or one bad value. */
function addressOf(route: Route, bad?: unknown): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (bad !== undefined) return encodeURIComponent(String(bad));
    if (name === "year") return "2026";
    // Open311 (outside /api): its answers' format, a service's code, a request's tracking code.
    if (name === "format") return "xml";
    if (name === "code" && route.url.startsWith("/open311")) return "feedback-land";
    if (route.url.startsWith("/open311")) return ids.case?.[0] ?? "AAAA-AAAA-AAAA";
    const kind = route.url.startsWith("/api/assignments")
      ? name === "fileId"
        ? "file"
        : "assignment"
      : route.url.startsWith("/api/directives") || route.url.startsWith("/api/plans")
        ? { id: "directive", taskId: "task", reportingId: "reporting" }[name]
        : route.url.split("/")[2];
    const list = ids[kind ?? ""] ?? [];
    return list[0] ?? "00000000-0000-4000-8000-000000000000";
  });
}

const CALLERS = ["anonymous", "chuyenvien.p1", "admin"] as const;
const clients = new Map<string, TestClient>();

async function clientOf(caller: (typeof CALLERS)[number]): Promise<TestClient> {
  const known = clients.get(caller);
  // A fuzzed logout or password change may end the session: sign in again for the next route.
  if (known && (caller === "anonymous" || (await known.get("/api/auth/me")).status === 200)) return known;
  const c = caller === "anonymous" ? t.client() : await t.signedIn(caller);
  await c.fetchCsrf();
  clients.set(caller, c);
  return c;
}

const fiveHundreds: string[] = [];
let sent = 0;

async function send(c: TestClient, options: InjectOptions, what: string): Promise<void> {
  const res = await t.app.inject({
    ...options,
    // Each from its own address, so that per-address limits (the portal's submissions, shared with
    // Open311's POST) do not turn the later runs into 429s that never reach validation.
    remoteAddress: `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`,
    cookies: c.cookies,
    headers: { ...(c.csrf && { "x-csrf-token": c.csrf }), ...options.headers },
  });
  sent += 1;
  if (res.statusCode >= 500) fiveHundreds.push(`${res.statusCode} ${what}: ${res.body.slice(0, 200)}`);
}

function multipart(
  parts: Array<{ name: string; value: string | Buffer; file?: string }>,
  boundary = "fuzzb",
) {
  const chunks = parts.map((p) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.file !== undefined ? `; filename="${p.file}"\r\nContent-Type: text/plain` : ""}\r\n\r\n`,
      ),
      Buffer.from(p.value),
      Buffer.from("\r\n"),
    ]),
  );
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

/** The inputs of one run against a route: where the bad value goes, and what it is. */
const input = fc.record({
  where: fc.constantFrom("body-field", "body-fields", "body-whole", "query", "params", "raw", "extra"),
  value: badValue,
  values: fc.array(badValue, { minLength: 1, maxLength: 8 }),
  whole: fc.oneof(fc.anything(), fc.array(badValue), fc.string()),
  field: fc.nat(),
});

async function fuzzRoute(route: Route, c: TestClient, who: string) {
  const doc = docOf(route);
  const body = (sample(doc.body) ?? {}) as Record<string, unknown>;
  const fields = Object.keys(doc.body?.properties ?? {});
  const json = { "content-type": "application/json" };
  const withBody = route.method !== "GET";
  const label = (how: string) => `${who} ${route.method} ${route.url} ${how}`;
  await fc.assert(
    fc.asyncProperty(input, async ({ where, value, values, whole, field }) => {
      let url = addressOf(route);
      let payload: unknown = withBody ? body : undefined;
      let headers: Record<string, string> = withBody ? json : {};
      if (where === "params") url = addressOf(route, value);
      else if (where === "query") {
        const names = doc.query.length ? doc.query : ["q", "page", "from"];
        const name = names[field % names.length] as string;
        url += `?${name}=${encodeURIComponent(typeof value === "string" ? value : JSON.stringify(value))}`;
      } else if (where === "raw" && withBody) payload = ['{"version":', "[1,2", "\u0000", "{}}"][field % 4];
      else if (where === "raw") url += `?${["%", "a=%E0%A4%A", "page=1&page=2"][field % 3]}`;
      else if (where === "body-whole" && withBody) payload = JSON.stringify(whole ?? null);
      else if (where === "body-field" && fields.length)
        payload = { ...body, [fields[field % fields.length] as string]: value };
      else if (where === "body-fields")
        payload = Object.fromEntries(fields.map((k, i) => [k, values[i % values.length]]));
      else if (where === "extra") payload = { ...body, __proto__x: value, constructor: value };
      if (payload !== undefined && typeof payload !== "string") payload = JSON.stringify(payload);
      if (!withBody) payload = undefined;
      // Open311's clients post forms (application/x-www-form-urlencoded), as FixMyStreet does.
      if (route.url.startsWith("/open311") && where === "body-fields") {
        headers = { "content-type": "application/x-www-form-urlencoded" };
        payload = stringify(Object.fromEntries(fields.map((k, i) => [k, String(values[i % values.length])])));
      }
      if (doc.multipart && where === "body-fields") {
        headers = { "content-type": "multipart/form-data; boundary=fuzzb" };
        payload = multipart([
          ...fields
            .filter((k) => k !== "files")
            .map((k, i) => ({ name: k, value: String(values[i % values.length]) })),
          { name: "file", value: String(value), file: String(values[0]) },
        ]);
      }
      await send(
        c,
        { method: route.method as InjectOptions["method"], url, headers, payload: payload as string },
        label(`${where}=${JSON.stringify(where === "body-fields" ? values : value)?.slice(0, 80)}`),
      );
    }),
    { numRuns: RUNS_PER_ROUTE, seed: 20261206 },
  );
  // A route that refuses the caller before reading its input (401, 403) is not read further.
  const plain = await t.app.inject({
    method: route.method as InjectOptions["method"],
    url: addressOf(route),
    cookies: c.cookies,
    headers: { ...(c.csrf && { "x-csrf-token": c.csrf }) },
  });
  if (plain.statusCode === 401 || plain.statusCode === 403) return;
  // Schema-derived, every time: each query parameter and each body field (one level down too)
  // gets each of the values a tester found answering 500.
  for (const name of doc.query)
    for (const bad of TESTER_VALUES)
      await send(
        c,
        {
          method: route.method as InjectOptions["method"],
          url: `${addressOf(route)}?${name}=${encodeURIComponent(String(bad))}`,
        },
        label(`query ${name}=${JSON.stringify(bad)}`),
      );
  if (!withBody) return;
  for (const [path, bad] of fieldMutations(doc.body, body))
    await send(
      c,
      {
        method: route.method as InjectOptions["method"],
        url: addressOf(route),
        headers: json,
        payload: JSON.stringify(bad),
      },
      label(`body ${path}`),
    );
  // Forms: more fields, files and parts than allowed, an empty file, a truncated body, no boundary.
  const broken: Array<[string, Record<string, string>, Buffer | string]> = [
    ["no boundary", { "content-type": "multipart/form-data" }, "--x\r\n"],
    [
      "truncated",
      { "content-type": "multipart/form-data; boundary=fuzzb" },
      '--fuzzb\r\nContent-Disposition: form-data; name="a"\r\n\r\nabc',
    ],
    [
      "too many fields",
      { "content-type": "multipart/form-data; boundary=fuzzb" },
      multipart(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: "1" }))),
    ],
    [
      "too many files",
      { "content-type": "multipart/form-data; boundary=fuzzb" },
      multipart(Array.from({ length: 12 }, (_, i) => ({ name: "file", value: "x", file: `t${i}.txt` }))),
    ],
    [
      "empty file",
      { "content-type": "multipart/form-data; boundary=fuzzb" },
      multipart([{ name: "file", value: "", file: "rong.txt" }]),
    ],
    ["text body", { "content-type": "text/plain" }, "abc"],
  ];
  for (const [how, headers, payload] of broken)
    await send(
      c,
      { method: route.method as InjectOptions["method"], url: addressOf(route), headers, payload },
      label(how),
    );
}

const routes: Route[] = [];

beforeAll(async () => {
  routes.push(...routesOfTree(t.app.printRoutes({ commonPrefix: false })));
  const admin = await t.signedIn("admin");
  const openApi = (await admin.get("/api/docs/json")).body as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Array<{ in: string; name: string }>;
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        }
      >
    >;
  };
  for (const [path, methods] of Object.entries(openApi.paths))
    for (const [method, op] of Object.entries(methods))
      docs.set(`${method.toUpperCase()} ${path}`, {
        query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        body: op.requestBody?.content["application/json"]?.schema,
        multipart: Boolean(op.requestBody?.content["multipart/form-data"]),
      });
  const list = async (url: string) => (await admin.get(url)).body as never;
  ids.org = ((await list("/api/orgs")) as Array<{ id: string }>).map((o) => o.id);
  ids.people = ((await list("/api/people")) as Array<{ id: string; memberships: Array<{ id: string }> }>).map(
    (p) => p.id,
  );
  ids.memberships = ((await list("/api/people")) as Array<{ memberships: Array<{ id: string }> }>).flatMap(
    (p) => p.memberships.map((m) => m.id),
  );
  const directives = (await list("/api/directives")) as { items: Array<{ id: string; status: string }> };
  // A draft first: its edits reach the deepest checks.
  ids.directive = [...directives.items]
    .sort((a, b) => (a.status === "draft" ? -1 : b.status === "draft" ? 1 : 0))
    .map((d) => d.id);
  const review = (await list(`/api/directives/${ids.directive[0]}/review`)) as {
    tasks?: Array<{ id: string }>;
    reporting?: Array<{ id: string }>;
  };
  ids.task = (review.tasks ?? []).map((x) => x.id);
  ids.reporting = (review.reporting ?? []).map((x) => x.id);
  const official = await t.signedIn("chuyenvien.p1");
  const work = (await official.get("/api/assignments")).body as { items: Array<{ id: string }> };
  ids.assignment = work.items.map((a) => a.id);
  const cases = (await official.get("/api/citizen-cases")).body as Array<{ code: string; kind: string }>;
  ids.case = cases.filter((c) => c.kind === "feedback").map((c) => c.code);
  ids.notifications =
    ((await official.get("/api/notifications")).body as { items?: Array<{ id: string }> }).items?.map(
      (n) => n.id,
    ) ?? [];
});

describe("every route, fuzzed", () => {
  it("finds the app's routes, and a JSON schema for those that take a body", () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes).toContainEqual({ method: "POST", url: "/api/assignments/:id/updates" });
    expect(routes).toContainEqual({ method: "POST", url: "/open311/v2/requests.:format" });
    expect(docOf({ method: "POST", url: "/open311/v2/requests.:format" }).body?.properties).toHaveProperty(
      "service_code",
    );
    expect(ids.case?.length).toBeTruthy();
    expect(ids.assignment?.length && ids.directive?.length && ids.org?.length).toBeTruthy();
  });

  for (const caller of CALLERS)
    it(`answers no 5xx to bad input, ${caller}`, { timeout: 120_000 }, async () => {
      fiveHundreds.length = 0;
      sent = 0;
      // Logging out and disabling accounts last, so the routes before them run signed in.
      const ordered = [...routes].sort(
        (a, b) =>
          Number(/logout|status|password|discard/.test(a.url)) -
          Number(/logout|status|password|discard/.test(b.url)),
      );
      for (const route of ordered) await fuzzRoute(route, await clientOf(caller), caller);
      console.info(`${caller}: ${ordered.length} routes, ${sent} requests`);
      expect(fiveHundreds).toEqual([]);
    });
});
