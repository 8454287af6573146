// The answers fast-json-stringify writes from a route's Zod shape are those Zod's parse +
// JSON.stringify wrote: unknown keys dropped, dates as ISO strings, null and absent kept apart,
// unions and records as they were; and the check that runs under tests catches a shape that differs.
import Fastify from "fastify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fastSerializerCompiler } from "./response-serialiser.ts";

const route = (schema: z.ZodType) => ({ schema, method: "GET", url: "/x", httpStatus: "200" });
const fast = (schema: z.ZodType, verify = false) => fastSerializerCompiler(verify)(route(schema));
const zod = (schema: z.ZodType) => zodSerializerCompiler(route(schema) as never) as (d: unknown) => string;
/** The same JSON (fast-json-stringify may write required keys before optional ones). */
const same = (a: string, b: string) => expect(JSON.parse(a)).toStrictEqual(JSON.parse(b));

const shape = z.object({
  id: z.string(),
  n: z.number().int(),
  ratio: z.number(),
  at: z.date(),
  day: z.string().nullable(),
  note: z.string().optional(),
  kind: z.enum(["a", "b"]),
  tags: z.array(z.string()),
  counts: z.record(z.string(), z.number()),
  who: z.union([z.object({ userId: z.string() }), z.object({ system: z.string() })]).nullable(),
  nested: z.object({ ok: z.boolean() }),
  extra: z.unknown().optional(),
});

describe("fast-json-stringify from Zod response shapes", () => {
  const samples = [
    {
      id: "x",
      n: 3,
      ratio: 0.25,
      at: new Date("2026-03-01T02:03:04.005Z"),
      day: null,
      kind: "a",
      tags: ["t", 'đơn vị "trích" \n'],
      counts: { a: 1, b: 2 },
      who: { userId: "u", secret: "s" },
      nested: { ok: true, hidden: 1 },
      passwordHash: "never shown",
    },
    {
      id: "y",
      n: 0,
      ratio: -1.5,
      at: new Date(0),
      day: "2026-01-01",
      note: "ghi chú",
      kind: "b",
      tags: [],
      counts: {},
      who: { system: "cli" },
      nested: { ok: false },
      extra: { any: ["thing", 1, null] },
    },
  ];
  it.each(samples)("writes what Zod wrote (%#)", (sample) => {
    same(fast(shape)(sample), zod(shape)(sample));
  });

  it("drops keys the shape does not name, at every depth", () => {
    const out = JSON.parse(fast(z.array(shape))(samples));
    expect(out[0]).not.toHaveProperty("passwordHash");
    expect(out[0].nested).toEqual({ ok: true });
    expect(out[0].who).toEqual({ userId: "u" });
  });

  it("under tests, refuses to write what Zod would have written differently", () => {
    const transformed = z.object({ n: z.number().transform((n) => n * 2) });
    expect(() => fast(transformed, true)({ n: 2 })).toThrow(/differs from Zod/);
    same(fast(shape, true)(samples[1]), zod(shape)(samples[1]));
  });

  it("is what a Fastify route answers with", async () => {
    const app = Fastify();
    app.setSerializerCompiler(fastSerializerCompiler(true));
    app.get("/x", { schema: { response: { 200: shape } } }, async () => samples[0]);
    const res = await app.inject("/x");
    same(res.body, zod(shape)(samples[0]));
    await app.close();
  });
});

it("checks every answer under the test runner (buildApp's default)", () => {
  expect(process.env.NODE_ENV).toBe("test");
});
