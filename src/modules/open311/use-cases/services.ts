// Open311's discovery and service list: what this instance offers and where. The services are
// feedback kinds × fields (rules/services.ts); the ward is an attribute listing the wards of the
// tree. Each says where complaints and denunciations go instead: the portal.
import { notFound } from "../../../core/errors.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import { catalogue, elsewhereNotice, parseServiceCode, service } from "../rules/services.ts";
import { jurisdictionOf, wardsOf } from "./places.ts";

export interface Urls {
  /** The instance's public address (PUBLIC_URL). */
  publicUrl: string;
  portalUrl: string;
}

export const CHANGESET = "2026-12-08T00:00:00Z";

export function discovery(urls: Urls) {
  return {
    changeset: CHANGESET,
    contact:
      `Cổng công dân: ${urls.portalUrl}. jurisdiction_id để trống, hoặc mã (hay tên) một cơ quan, phường, xã ` +
      `trong cây tổ chức. ${elsewhereNotice(urls.portalUrl)}`,
    key_service: "Không cần api_key: gửi không có khóa là đơn của công dân ẩn danh (api_key is optional).",
    endpoints: [
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${urls.publicUrl}/open311/v2`,
        changeset: CHANGESET,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}

export async function listServices(ctx: UseCaseContext, urls: Urls, jurisdictionId: string | undefined) {
  await jurisdictionOf(ctx.db, jurisdictionId);
  return catalogue(urls.portalUrl);
}

/** services/{code}: its one attribute, the ward, with the wards (of the jurisdiction) to choose from. */
export async function serviceDefinition(
  ctx: UseCaseContext,
  urls: Urls,
  code: string,
  jurisdictionId: string | undefined,
) {
  const parsed = parseServiceCode(code);
  if (!parsed.ok)
    throw notFound(
      parsed.reason === "elsewhere"
        ? `dịch vụ ${code} qua Open311. ${elsewhereNotice(urls.portalUrl)}`
        : `dịch vụ ${code} (service_code not found)`,
    );
  const wards = await wardsOf(ctx.db, await jurisdictionOf(ctx.db, jurisdictionId));
  return {
    service_code: service(parsed.kind, parsed.field, urls.portalUrl).service_code,
    attributes: [
      {
        variable: true,
        code: "ward",
        datatype: "singlevaluelist",
        required: false,
        datatype_description:
          "Mã phường, xã (key) hoặc tên; có thể bỏ khi jurisdiction_id là một phường hoặc address_string ghi tên phường",
        order: 1,
        description: "Phường, xã nơi xảy ra sự việc (ward)",
        values: wards.map((w) => ({ key: w.id, name: w.name })),
      },
    ],
  };
}
