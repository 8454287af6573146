// Open311 GeoReport v2 under /open311/v2/, in .json and .xml, for the civic apps and council
// integrations that speak it (FixMyStreet among them) exactly as they are: form-encoded POSTs,
// empty api_key and jurisdiction_id, the spec's element names, and its error format — a list of
// {code, description}, in XML <errors><error><code/><description/></error></errors> — for every
// refusal of this prefix, bad input and unknown addresses included. No session, no CSRF token (the
// calls carry no cookie's authority); a POST counts against the portal's own submission limit.
import { parse as parseForm } from "node:querystring";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../../core/errors.ts";
import { safeError } from "../../core/log-safe.ts";
import { LOOKUP_LIMIT, SUBMIT_LIMIT } from "../citizen-cases/routes.ts";
import type { AppDeps } from "../shared/deps.ts";
import { routesOf } from "../shared/http.ts";
import {
  discoveryQuery,
  type Format,
  formatParams,
  requestInput,
  requestParams,
  requestsQuery,
  serviceParams,
  servicesQuery,
  tokenParams,
} from "./contract.ts";
import { toXml, type XmlValue } from "./rules/xml.ts";
import { listRequests, oneRequest, postRequest, requestOfToken } from "./use-cases/requests.ts";
import { discovery, listServices, serviceDefinition } from "./use-cases/services.ts";

const tags = ["Open311 GeoReport v2"];
export const OPEN311_PREFIX = "/open311/v2";
/** A form-encoded POST is small: a description of 4,000 characters and a few fields. */
const FORM_LIMIT = 64 * 1024;

const TYPES: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

/** An answer in the format the address asks for: JSON as is, XML under its root element. */
function answer(reply: FastifyReply, format: Format, root: string, value: XmlValue) {
  reply.header("cache-control", "no-cache");
  return reply.type(TYPES[format]).send(format === "xml" ? toXml(root, value) : JSON.stringify(value));
}

const formatOf = (request: FastifyRequest): Format =>
  /\.xml$/i.test(request.url.split("?")[0] ?? "") ? "xml" : "json";

/** Any refusal as the spec's list of errors, each with the HTTP status as its code. */
function refusal(error: FastifyError): { status: number; errors: { code: number; description: string }[] } {
  const one = (status: number, description: string) => ({ status, errors: [{ code: status, description }] });
  if (error instanceof AppError) {
    const details = Array.isArray(error.details) ? (error.details as { message?: string }[]) : [];
    const lines = details.map((d) => d.message).filter((m): m is string => Boolean(m));
    return {
      status: error.status,
      errors: (lines.length ? lines : [error.message]).map((description) => ({
        code: error.status,
        description,
      })),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error))
    return {
      status: 400,
      errors: error.validation.map((v) => ({
        code: 400,
        description: `${(v.instancePath || "").replace(/^\//, "").replace(/\//g, ".") || error.validationContext}: ${v.message ?? "không hợp lệ"}`,
      })),
    };
  if (error.statusCode === 429)
    return one(429, "Gửi quá nhiều trong thời gian ngắn: hãy đợi rồi gửi lại (too many requests)");
  if (error.statusCode === 415)
    return one(
      415,
      "Gửi dạng application/x-www-form-urlencoded hoặc application/json (unsupported content type)",
    );
  if (error.statusCode === 413) return one(413, "Dữ liệu gửi lên quá lớn (request too large)");
  if (error.statusCode && error.statusCode < 500)
    return one(error.statusCode, "Yêu cầu không hợp lệ (bad request)");
  return one(500, "Lỗi hệ thống, hãy thử lại sau (internal error)");
}

export async function open311Routes(parent: FastifyInstance, deps: AppDeps) {
  const publicUrl = deps.config.publicUrl.replace(/\/+$/, "");
  const urls = { publicUrl, portalUrl: `${publicUrl}/cong-dan` };
  const system = () => ({ db: deps.database.db, actor: null, system: "Open311", now: deps.now() });
  const intake = { box: deps.box, storage: deps.storage, portalUrl: urls.portalUrl };

  await parent.register(
    async (app) => {
      // What FixMyStreet and most clients send; node:querystring keeps `attribute[ward]` as its name.
      app.addContentTypeParser(
        "application/x-www-form-urlencoded",
        { parseAs: "string", bodyLimit: FORM_LIMIT },
        (_req, body, done) => done(null, { ...parseForm(body as string) }),
      );
      app.setErrorHandler((error: FastifyError, request, reply) => {
        const r = refusal(error);
        if (r.status >= 500) request.log.error({ err: safeError(error) }, "unexpected error");
        return answer(reply.status(r.status), formatOf(request), "errors", r.errors);
      });
      app.setNotFoundHandler((request, reply) =>
        answer(reply.status(404), formatOf(request), "errors", [
          { code: 404, description: "Không có địa chỉ này trong Open311 GeoReport v2 (not found)" },
        ]),
      );

      const route = routesOf(app, deps, tags);
      const pub = "public" as const;
      route.get(
        "/discovery.:format",
        {
          summary: "Open311: khám phá dịch vụ (discovery)",
          access: pub,
          params: formatParams,
          query: discoveryQuery,
        },
        ({ params, reply }) => answer(reply, params.format, "discovery", discovery(urls)),
      );
      route.get(
        "/services.:format",
        {
          summary: "Open311: danh sách dịch vụ (phản ánh, kiến nghị × lĩnh vực)",
          access: pub,
          params: formatParams,
          query: servicesQuery,
        },
        async ({ params, query, reply }) =>
          answer(reply, params.format, "services", await listServices(system(), urls, query.jurisdiction_id)),
      );
      route.get(
        "/services/:code.:format",
        {
          summary: "Open311: định nghĩa một dịch vụ (thuộc tính phường, xã)",
          access: pub,
          params: serviceParams,
          query: discoveryQuery,
        },
        async ({ params, query, reply }) =>
          answer(
            reply,
            params.format,
            "service_definition",
            await serviceDefinition(system(), urls, params.code, query.jurisdiction_id),
          ),
      );
      route.post(
        "/requests.:format",
        {
          summary:
            "Open311: gửi phản ánh, kiến nghị (ẩn danh khi không có api_key; giới hạn như cổng công dân)",
          access: pub,
          rateLimit: SUBMIT_LIMIT,
          bodyLimit: FORM_LIMIT,
          params: formatParams,
          body: requestInput,
        },
        async ({ params, body, reply }) =>
          answer(reply, params.format, "service_requests", await postRequest(system(), intake, body)),
      );
      route.get(
        "/requests.:format",
        {
          summary: "Open311: danh sách yêu cầu công khai (không có thông tin người gửi)",
          rateLimit: LOOKUP_LIMIT,
          access: pub,
          params: formatParams,
          query: requestsQuery,
        },
        async ({ params, query, reply }) =>
          answer(reply, params.format, "service_requests", await listRequests(system(), query)),
      );
      route.get(
        "/requests/:id.:format",
        {
          summary: "Open311: một yêu cầu theo mã tra cứu",
          rateLimit: LOOKUP_LIMIT,
          access: pub,
          params: requestParams,
          query: discoveryQuery,
        },
        async ({ params, reply }) =>
          answer(reply, params.format, "service_requests", await oneRequest(system(), params.id)),
      );
      route.get(
        "/tokens/:token.:format",
        {
          summary: "Open311: mã yêu cầu từ token",
          rateLimit: LOOKUP_LIMIT,
          access: pub,
          params: tokenParams,
          query: discoveryQuery,
        },
        async ({ params, reply }) =>
          answer(reply, params.format, "service_requests", await requestOfToken(system(), params.token)),
      );
    },
    { prefix: OPEN311_PREFIX },
  );
}
