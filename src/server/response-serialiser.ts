// Answers are written by fast-json-stringify from each route's Zod response shape turned into JSON
// Schema once, at start-up (Zod stays for input). Validating every answer with Zod before
// JSON.stringify cost more than the query behind most listings. fast-json-stringify writes only the
// schema's properties, as Zod's parse stripped unknown keys; dates become ISO strings as with
// JSON.stringify. Under tests (`verify`) every answer is also serialised the old way and compared,
// so a shape the JSON Schema renders differently (a transform, a union) fails the module's tests.
import { isDeepStrictEqual } from "node:util";
import fastJson from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

/** The JSON Schema of what a Zod shape outputs, as the OpenAPI document shows it. */
export function outputJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: "draft-7",
    io: "output",
    unrepresentable: "any",
    cycles: "ref",
    reused: "inline",
    override: (ctx) => {
      const def = ctx.zodSchema._zod.def;
      if (def.type === "date") Object.assign(ctx.jsonSchema, { type: "string", format: "date-time" });
      // An empty alternative ("any") would make fast-json-stringify try every branch for nothing.
      if (def.type === "union" && Array.isArray(ctx.jsonSchema.anyOf))
        ctx.jsonSchema.anyOf = ctx.jsonSchema.anyOf.filter((s) => Object.keys(s).length > 0);
    },
  }) as Record<string, unknown>;
}

type Serialise = (data: unknown) => string;

/**
 * The schema fast-json-stringify compiles: without `additionalProperties: false`, which it would
 * use to choose a union's branch (an answer's extra keys would match none) — it writes only the
 * named properties anyway, as Zod's objects stripped the others.
 */
function forSerialising(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forSerialising);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$schema" || (key === "additionalProperties" && value === false)) continue;
    out[key] = forSerialising(value);
  }
  return out;
}

/**
 * Fastify's serializer compiler for Zod response shapes. With `verify`, each answer is checked
 * against what Zod's parse + JSON.stringify would have written, and a difference throws.
 */
export function fastSerializerCompiler(verify: boolean): FastifySerializerCompiler<z.ZodType> {
  return (route) => {
    const fast = fastJson(forSerialising(outputJsonSchema(route.schema)) as object) as Serialise;
    if (!verify) return fast;
    const slow = zodSerializerCompiler(route as never) as unknown as Serialise;
    return (data) => {
      const out = fast(data);
      const expected = slow(data);
      // The same JSON; fast-json-stringify may write required keys before optional ones.
      if (out !== expected && !isDeepStrictEqual(JSON.parse(out), JSON.parse(expected)))
        throw new Error(
          `${route.method} ${route.url}: the answer differs from Zod's\n fast: ${out.slice(0, 400)}\n zod:  ${expected.slice(0, 400)}`,
        );
      return out;
    };
  };
}
