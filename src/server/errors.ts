// Every error leaves the API as JSON `{ code, message, details? }`: a stable code for programs and
// a Vietnamese message for people. Unexpected errors are logged (without a query's parameters) and
// never leak internals.
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../core/errors.ts";
import { safeError } from "../core/log-safe.ts";

// Zod's own Vietnamese messages for every rule a schema does not word itself.
z.config(z.locales.vi());

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .send({ code: error.code, message: error.message, details: error.details });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field:
          (v.instancePath || "").replace(/^\//, "").replace(/\//g, ".") || (error.validationContext ?? ""),
        message: v.message ?? "không hợp lệ",
      }));
      const first = issues[0];
      return reply.status(400).send({
        code: "VALIDATION",
        message: first ? `Dữ liệu không hợp lệ (${first.field}): ${first.message}.` : "Dữ liệu không hợp lệ.",
        details: issues,
      });
    }
    if (error.code?.startsWith("FST_CSRF")) {
      return reply.status(403).send({
        code: "CSRF",
        message: "Thiếu hoặc sai mã chống giả mạo yêu cầu. Hãy tải lại trang rồi thử lại.",
      });
    }
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send({ code: "RATE_LIMITED", message: "Bạn thao tác quá nhanh. Hãy đợi một phút rồi thử lại." });
    }
    const form = multipartRefusal(error);
    if (form) return reply.status(form.status).send({ code: "VALIDATION", message: form.message });
    if (error.statusCode === 413 || error.code === "FST_REQ_FILE_TOO_LARGE") {
      return reply.status(413).send({ code: "VALIDATION", message: "Tệp hoặc dữ liệu gửi lên quá lớn." });
    }
    if (error.statusCode === 415) {
      return reply
        .status(415)
        .send({ code: "UNSUPPORTED", message: "Định dạng dữ liệu gửi lên không được hỗ trợ." });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ code: "VALIDATION", message: "Yêu cầu không hợp lệ." });
    }
    // Never the query's parameters (hashes, citizens' data): core/log-safe.ts.
    request.log.error({ err: safeError(error) }, "unexpected error");
    return reply.status(500).send({
      code: "INTERNAL",
      message: "Lỗi hệ thống. Dữ liệu đã lưu không bị ảnh hưởng; hãy thử lại sau hoặc báo quản trị hệ thống.",
    });
  });
}

/**
 * What @fastify/multipart and its parser (busboy) throw on a form they cannot read, each worded for
 * the person who sent it: too many files is not "too large". Busboy's own errors carry no status
 * (they would be 500s), so they are known by their message.
 */
function multipartRefusal(error: FastifyError): { status: number; message: string } | null {
  switch (error.code) {
    case "FST_FILES_LIMIT":
      return { status: 413, message: "Gửi quá nhiều tệp trong một lần. Hãy bớt số tệp rồi gửi lại." };
    case "FST_FIELDS_LIMIT":
      return { status: 413, message: "Biểu mẫu có quá nhiều trường dữ liệu." };
    case "FST_PARTS_LIMIT":
      return { status: 413, message: "Biểu mẫu có quá nhiều phần (tệp và trường dữ liệu)." };
    case "FST_REQ_FILE_TOO_LARGE":
      return { status: 413, message: "Tệp gửi lên quá lớn." };
    case "FST_PROTO_VIOLATION":
      return { status: 400, message: "Tên trường của biểu mẫu không hợp lệ." };
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return { status: 415, message: "Yêu cầu này phải gửi dạng biểu mẫu có tệp (multipart/form-data)." };
  }
  if (error.statusCode && error.statusCode !== 500) return null;
  const message = String(error.message ?? "");
  if (/^Multipart: Boundary not found/.test(message))
    return { status: 400, message: "Biểu mẫu gửi lên thiếu ranh giới (boundary) giữa các phần." };
  if (
    error.code === "ERR_STREAM_PREMATURE_CLOSE" ||
    /Unexpected end of (multipart data|form)|terminated early|Malformed part header/i.test(message)
  )
    return { status: 400, message: "Biểu mẫu gửi lên bị cắt cụt hoặc sai cấu trúc. Hãy gửi lại." };
  return null;
}
