// Open311 service requests over the citizens' cases. A POST is a citizen's anonymous submission
// through the portal's own intake (citizen-cases/use-cases/submit.ts: the sender sealed, the ward's
// limit, the audit event), so nothing Open311 sends escapes the portal's rules. A request's public
// view shows what the portal's look-up shows and no more: kind, field, ward, status, the public
// steps' notes masked, the published (officer-reviewed, masked) answer — never the sender, the
// content they wrote or an internal note. Only feedback and proposals are Open311's: a complaint's
// or denunciation's code is "not found" here.
import { and, desc, eq, gte, inArray, lte, or, type SQL } from "drizzle-orm";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { isIsoDate } from "../../../core/calendar/iso-date.ts";
import { invalid, notFound } from "../../../core/errors.ts";
import { shortenAtWord } from "../../../core/text/shorten.ts";
import { senderInput } from "../../citizen-cases/contract.ts";
import { maskPersonalData } from "../../citizen-cases/rules/mask.ts";
import { type CitizenCaseRow, citizenCaseEvents, citizenCases } from "../../citizen-cases/schema.ts";
import { type IntakeDeps, submitFromPortal } from "../../citizen-cases/use-cases/submit.ts";
import { orgLabels } from "../../orgs/queries.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { RequestInput, RequestsQuery } from "../contract.ts";
import {
  elsewhereNotice,
  OPEN311_KINDS,
  type Open311Kind,
  openStatus,
  parsePosition,
  parseServiceCode,
  positionText,
  publicPosition,
  serviceCode,
  serviceName,
  statusesOf,
} from "../rules/services.ts";
import { jurisdictionOf, wardOf, wardsOf } from "./places.ts";

const problem = (field: string, message: string) => invalid(message, [{ field, message }]);
const given = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** The spec's answer to a POST: the id at once (and the same value as the token). */
export interface Created {
  service_request_id: string;
  token: string;
  service_notice: string;
  account_id: null;
}

export async function postRequest(
  ctx: UseCaseContext,
  deps: IntakeDeps & { portalUrl: string },
  input: RequestInput,
): Promise<Created[]> {
  const code = given(input.service_code);
  if (!code) throw problem("service_code", "Thiếu service_code (service_code is required)");
  const service = parseServiceCode(code);
  if (!service.ok && service.reason === "elsewhere")
    throw problem("service_code", elsewhereNotice(deps.portalUrl));
  if (!service.ok)
    throw problem(
      "service_code",
      `Không có dịch vụ ${code}: xem danh sách tại services (service_code ${code} not found)`,
    );
  const where = parsePosition(input.lat, input.long);
  if (!where.ok) throw problem("lat", where.message);
  const address = given(input.address_string);
  if (!where.position && !address && !given(input.address_id))
    throw problem(
      "lat",
      "Cần vị trí: lat và long, hoặc address_string (a location is required: lat & long, or address_string)",
    );
  const description = input.description?.trim() ?? "";
  if (description.length < 20)
    throw problem(
      "description",
      "description cần ít nhất 20 ký tự để cơ quan hiểu rõ sự việc (description needs at least 20 characters)",
    );
  const sender = senderInput.safeParse({
    name: [input.first_name, input.last_name].filter((s) => s?.trim()).join(" ") || undefined,
    phone: input.phone,
    email: input.email,
  });
  if (!sender.success) {
    const issue = sender.error.issues[0];
    const field = { name: "first_name", phone: "phone", email: "email" }[String(issue?.path[0])] ?? "email";
    throw problem(field, `${field}: ${issue?.message ?? "không hợp lệ"}`);
  }
  const jurisdiction = await jurisdictionOf(ctx.db, input.jurisdiction_id);
  const wardId = await wardOf(ctx.db, { ward: input["attribute[ward]"], address }, jurisdiction);
  const media = [input.media_url ?? []].flat().filter(Boolean);
  const location = [address, where.position && positionText(where.position)].filter(Boolean).join(" ");
  const receipt = await submitFromPortal(ctx, deps, {
    kind: service.kind,
    field: service.field,
    wardId,
    title: titleOf(description, serviceName(service.kind, service.field)),
    content: media.length ? `${description}\n\nẢnh, tệp (media_url):\n${media.join("\n")}` : description,
    ...(location && { location: location.slice(0, 300) }),
    ...sender.data,
    files: [],
  });
  const due = receipt.dueDate ? ` Hạn trả lời: ${receipt.dueDate} (${receipt.dueBasis}).` : "";
  return [
    {
      service_request_id: receipt.code,
      token: receipt.code,
      service_notice:
        `Đã tiếp nhận, mã tra cứu ${receipt.code}.${due} Mã bí mật để bổ sung, rút đơn hoặc đánh giá ` +
        `(chỉ hiện một lần, hãy giữ kín): ${receipt.secret}. Tra cứu tại ${deps.portalUrl}.`,
      account_id: null,
    },
  ];
}

/** A title from the first words of the description: the service's name when they are too few. */
function titleOf(description: string, fallback: string): string {
  const first = shortenAtWord(description.split("\n")[0]?.trim() ?? "", 200);
  return first.length >= 5 ? first : fallback;
}

/** A service request as the public sees it. */
export interface PublicRequest {
  service_request_id: string;
  status: "open" | "closed";
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string | null;
  agency_responsible: string;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: null;
  zipcode: null;
  lat: number | null;
  long: number | null;
  media_url: null;
}

const isOpen311 = (row: CitizenCaseRow): row is CitizenCaseRow & { kind: Open311Kind } =>
  (OPEN311_KINDS as readonly string[]).includes(row.kind);

async function views(ctx: UseCaseContext, rows: CitizenCaseRow[]): Promise<PublicRequest[]> {
  const own = rows.filter(isOpen311);
  if (!own.length) return [];
  const labels = await orgLabels(
    ctx.db,
    own.flatMap((r) => [r.orgId, ...(r.wardId ? [r.wardId] : [])]),
  );
  const events = await ctx.db
    .select({ caseId: citizenCaseEvents.caseId, text: citizenCaseEvents.text, at: citizenCaseEvents.at })
    .from(citizenCaseEvents)
    .where(
      and(
        inArray(
          citizenCaseEvents.caseId,
          own.map((r) => r.id),
        ),
        eq(citizenCaseEvents.public, true),
      ),
    )
    .orderBy(citizenCaseEvents.at);
  const notes = new Map<string, string>();
  for (const e of events) if (e.text) notes.set(e.caseId, e.text);
  return own.map((r) => {
    const position = publicPosition(r.location);
    const note = notes.get(r.id);
    return {
      service_request_id: r.code,
      status: openStatus(r.status),
      status_notes: note ? maskPersonalData(note) : null,
      service_name: serviceName(r.kind, r.field),
      service_code: serviceCode(r.kind, r.field),
      // Only what an officer reviewed and published, already masked (citizen-cases publish).
      description: r.publishedAt ? r.publishedText : null,
      agency_responsible: labels.get(r.orgId)?.name ?? "",
      service_notice: null,
      requested_datetime: requestedAt(r),
      updated_datetime: r.updatedAt.toISOString(),
      // The end of the due day in Vietnam.
      expected_datetime: r.dueDate ? `${r.dueDate}T23:59:59+07:00` : null,
      address: r.wardId ? (labels.get(r.wardId)?.name ?? null) : null,
      address_id: null,
      zipcode: null,
      lat: position?.lat ?? null,
      long: position?.long ?? null,
      media_url: null,
    };
  });
}

/**
 * When the request was made: the moment it was stored when that is its day of receipt (the portal,
 * Open311), else the start of the day received (a letter entered by hand later), in Vietnam.
 */
const requestedAt = (r: CitizenCaseRow) =>
  vietnamDate(r.createdAt) === r.receivedOn ? r.createdAt.toISOString() : `${r.receivedOn}T00:00:00+07:00`;

/** requests/{id}: one request, as a list of one (the spec's shape). */
export async function oneRequest(ctx: UseCaseContext, id: string): Promise<PublicRequest[]> {
  const [row] = await ctx.db.select().from(citizenCases).where(eq(citizenCases.code, id.toUpperCase()));
  const found = row ? await views(ctx, [row]) : [];
  if (!found.length) throw notFound(`yêu cầu ${id} (service_request_id not found)`);
  return found;
}

/** tokens/{token}: the token is the tracking code itself, so the id is known at once. */
export async function requestOfToken(ctx: UseCaseContext, token: string) {
  const [view] = await oneRequest(ctx, token);
  return [{ service_request_id: view?.service_request_id ?? token, token }];
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const MAX_RESULTS = 1000;
const DEFAULT_DAYS = 90;

function moment(field: "start_date" | "end_date", value: string | undefined): Date | null {
  const v = given(value);
  if (!v) return null;
  // The day must exist (no 30 February, which Date would roll into March).
  const at =
    DATE_TIME.test(v) && isIsoDate(v.slice(0, 10))
      ? new Date(v.length === 10 ? `${v}T00:00:00+07:00` : v)
      : null;
  if (!at || Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1990 || at.getUTCFullYear() > 2100)
    throw problem(
      field,
      `${field} phải là ngày giờ ISO 8601 có múi giờ, như 2026-03-01T00:00:00+07:00 (ISO 8601 with a time zone)`,
    );
  return at;
}

const list = (v: string | undefined) =>
  (given(v) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** GET requests: the filters of the spec; ids given override all the others. */
export async function listRequests(ctx: UseCaseContext, q: RequestsQuery): Promise<PublicRequest[]> {
  const jurisdiction = await jurisdictionOf(ctx.db, q.jurisdiction_id);
  const ids = list(q.service_request_id);
  const kinds = inArray(citizenCases.kind, [...OPEN311_KINDS]);
  if (ids.length) {
    if (ids.length > 100) throw problem("service_request_id", "Tối đa 100 mã mỗi lần (at most 100 ids)");
    const rows = await ctx.db
      .select()
      .from(citizenCases)
      .where(
        and(
          kinds,
          inArray(
            citizenCases.code,
            ids.map((s) => s.toUpperCase()),
          ),
        ),
      );
    return views(ctx, rows);
  }
  const where: SQL[] = [kinds];
  const codes = list(q.service_code);
  if (codes.length) {
    const parsed = codes.map(parseServiceCode);
    const bad = codes.find((_, i) => !parsed[i]?.ok);
    if (bad) throw notFound(`dịch vụ ${bad} (service_code not found)`);
    const pairs = parsed.flatMap((p) =>
      p.ok ? [and(eq(citizenCases.kind, p.kind), eq(citizenCases.field, p.field)) as SQL] : [],
    );
    where.push(or(...pairs) as SQL);
  }
  const statuses = list(q.status);
  for (const s of statuses)
    if (s !== "open" && s !== "closed")
      throw problem("status", "status là open hoặc closed (status must be open or closed)");
  if (statuses.length === 1)
    where.push(inArray(citizenCases.status, statusesOf(statuses[0] as "open" | "closed")));
  const start = moment("start_date", q.start_date);
  const end = moment("end_date", q.end_date);
  if (start && end && start > end)
    throw problem("start_date", "start_date phải trước end_date (start_date must precede end_date)");
  // By the day received, in Vietnam, both ends included: a client polling by windows may see a
  // request twice (ids say so), never miss one.
  const from = start ?? (end ? null : new Date(ctx.now.getTime() - DEFAULT_DAYS * 86_400_000));
  if (from) where.push(gte(citizenCases.receivedOn, vietnamDate(from)));
  if (end) where.push(lte(citizenCases.receivedOn, vietnamDate(end)));
  if (jurisdiction) {
    const wards = (await wardsOf(ctx.db, jurisdiction)).map((w) => w.id);
    if (!wards.length) return [];
    where.push(inArray(citizenCases.wardId, wards));
  }
  const rows = await ctx.db
    .select()
    .from(citizenCases)
    .where(and(...where))
    .orderBy(desc(citizenCases.receivedOn), desc(citizenCases.createdAt))
    .limit(MAX_RESULTS);
  return views(ctx, rows);
}
