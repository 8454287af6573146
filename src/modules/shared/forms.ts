// The one way a route receives files: a multipart form, read part by part. A form's fields and files
// become the route's declared body, validated by Fastify with the contract's schema like a JSON body
// (so OpenAPI documents it). The module's policy decides before any file is buffered: a guard
// refuses on the record the address names before the body is read, and a check may refuse on the
// fields, which come before the files (the web app sends them so).
import multipart from "@fastify/multipart";
import type {
  FastifyInstance,
  FastifyRequest,
  onRequestHookHandler,
  preValidationHookHandler,
} from "fastify";
import { invalid } from "../../core/errors.ts";
import { MAX_FILE_BYTES } from "../files/rules/upload.ts";
import { idParams } from "./http.ts";

/** A received file, buffered. */
export interface ReceivedFile {
  bytes: Buffer;
  fileName: string;
  mimeType: string;
}

/** What a route that takes a form needs (RouteSpec.form): its media types and its hooks. */
export interface FormHooks {
  consumes: string[];
  onRequest?: onRequestHookHandler;
  preValidation: preValidationHookHandler;
}

/**
 * Registers, in a scope of their own, routes that take multipart forms (files of at most
 * MAX_FILE_BYTES), so that no other route accepts file bodies.
 */
export async function withForms(
  parent: FastifyInstance,
  limits: { files: number; fields: number },
  register: (app: FastifyInstance) => void | Promise<void>,
): Promise<void> {
  await parent.register(async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, ...limits } });
    await register(app);
  });
}

/**
 * Reads a multipart request in the order sent: its text fields (empty ones left out) and its files.
 * `beforeFiles` judges the fields read so far before the first file is buffered; after `maxFiles`
 * files the rest of the request is left unread. A file input where nothing was chosen sends an
 * empty part without a name, which is left out; a named file of zero bytes is refused, so that a
 * file that was meant as evidence is never dropped without a word.
 */
export async function readMultipart(
  req: FastifyRequest,
  options: { beforeFiles?: (fields: Record<string, string>) => void; maxFiles?: number } = {},
): Promise<{ fields: Record<string, string>; files: ReceivedFile[] }> {
  const fields: Record<string, string> = {};
  const files: ReceivedFile[] = [];
  const parts = req.parts();
  for await (const part of parts) {
    if (part.type !== "file") {
      if (typeof part.value === "string" && part.value !== "") fields[part.fieldname] = part.value;
      continue;
    }
    if (!files.length) options.beforeFiles?.(fields);
    const bytes = await part.toBuffer().catch((e: unknown) => whyCutShort(parts, e));
    if (!bytes.byteLength) {
      if (!part.filename) continue;
      throw invalid(`Tệp “${part.filename}” trống (0 byte). Hãy chọn lại tệp có nội dung.`);
    }
    files.push({ bytes, fileName: part.filename, mimeType: part.mimetype });
    if (files.length === options.maxFiles) break;
  }
  return { fields, files };
}

/**
 * A limit of the form (too many fields, files or parts) reached while a file is read ends that
 * file's stream with a bare "premature close"; the form's own iterator then throws the limit's
 * error, which says what was wrong (src/server/errors.ts words it).
 */
async function whyCutShort(parts: AsyncIterableIterator<unknown>, error: unknown): Promise<never> {
  if ((error as { code?: string }).code === "ERR_STREAM_PREMATURE_CLOSE")
    while (!(await parts.next()).done) {
      // Each further part is dropped: only the limit's error matters now.
    }
  throw error;
}

/**
 * A form with files, or the same fields as JSON, as a route's body: the fields and the non-empty
 * files (readMultipart: an input where no file was chosen is left out) become the body its schema checks.
 * `guard` (onRequest, before the body is read) loads the record the route's `:id` names and throws
 * unless the module's policy lets the official act on it; `beforeFiles` then may refuse on the
 * fields, with what the guard learnt. A malformed id is left to the params schema.
 */
export function formWithFiles<T>(
  options: {
    guard?: (req: FastifyRequest, id: string) => Promise<T>;
    beforeFiles?: (req: FastifyRequest, fields: Record<string, string>, guarded: T) => void;
  } = {},
): FormHooks {
  const { guard, beforeFiles } = options;
  const guarded = new WeakMap<FastifyRequest, { value: T }>();
  return {
    consumes: ["multipart/form-data", "application/json"],
    ...(guard && {
      onRequest: async (req: FastifyRequest) => {
        const params = idParams.safeParse(req.params);
        if (params.success) guarded.set(req, { value: await guard(req, params.data.id) });
      },
    }),
    preValidation: async (req) => {
      if (!req.isMultipart()) {
        req.body ??= {};
        return;
      }
      const found = guarded.get(req);
      const { fields, files } = await readMultipart(req, {
        beforeFiles: (read) => found && beforeFiles?.(req, read, found.value),
      });
      req.body = { ...fields, files };
    },
  };
}
