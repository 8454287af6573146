// The Open311 GeoReport v2 API's shapes (Zod): what clients send, as the spec names it. Every field
// is text, as a form-encoded body or a query carries it; an empty value (api_key=, jurisdiction_id=)
// counts as not given, since existing clients send them so. What the fields mean (a service code,
// a position, a ward) is decided by the use cases, which answer in the spec's error format.
import { z } from "zod";
import { line, longText } from "../shared/contract.ts";

export const FORMATS = ["json", "xml"] as const;
export type Format = (typeof FORMATS)[number];

const format = z.enum(FORMATS, "Định dạng phải là .json hoặc .xml (format must be json or xml)");
export const formatParams = z.object({ format });
export const serviceParams = z.object({ code: line(100, 1), format });
export const requestParams = z.object({ id: line(100, 1), format });
export const tokenParams = z.object({ token: line(100, 1), format });

const text = (max: number) => line(max).optional();

/** What every call may carry: the spec's jurisdiction and key (both optional here). */
const common = { jurisdiction_id: text(100), api_key: text(200) };

export const discoveryQuery = z.object(common);
export const servicesQuery = z.object({ ...common, lat: text(30), long: text(30) });

/** GET requests: filters of the spec (ids comma-separated, dates in ISO 8601 with a time zone). */
export const requestsQuery = z.object({
  ...common,
  service_request_id: text(2_000),
  service_code: text(2_000),
  start_date: text(40),
  end_date: text(40),
  status: text(20),
});

/**
 * POST requests (GeoReport v2 "POST Service Request"). The sender's fields are sealed with the case
 * and never shown again by Open311. `attribute[ward]` is the attribute services/{code} defines.
 */
export const requestInput = z.object({
  ...common,
  service_code: text(100),
  lat: text(30),
  long: text(30),
  address_string: text(250),
  address_id: text(100),
  email: text(200),
  device_id: text(100),
  account_id: text(100),
  first_name: text(60),
  last_name: text(60),
  phone: text(20),
  description: longText(4_000).optional(),
  media_url: z.union([line(1_000), z.array(line(1_000)).max(5)]).optional(),
  "attribute[ward]": text(200),
});
export type RequestInput = z.infer<typeof requestInput>;
export type RequestsQuery = z.infer<typeof requestsQuery>;
