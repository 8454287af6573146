// Open311 GeoReport v2 end to end through Fastify's inject, in both formats: discovery, services,
// a service's definition, a FixMyStreet-style form-encoded POST (empty api_key and jurisdiction_id,
// first_name/last_name/email/phone, media_url), the public list, one request, a token; errors in
// the spec's format; the portal's submission limit shared with Open311's POST; and every answer
// checked for the senders' names, phones and e-mails (the demo's and ours), which never appear.
import { stringify } from "node:querystring";
import { eq } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { vietnamDate } from "../../core/calendar/index.ts";
import { citizenCases } from "../citizen-cases/schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Every Open311 answer of this file, for the leak check at the end. */
const bodies: string[] = [];
async function call(options: InjectOptions & { url: string }) {
  const res = await t.app.inject(options);
  bodies.push(`${options.method ?? "GET"} ${options.url} → ${res.statusCode}\n${res.body}`);
  return res;
}
const get = (url: string) => call({ method: "GET", url });
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const postForm = (
  format: "json" | "xml",
  fields: Record<string, string | string[]>,
  remoteAddress?: string,
) =>
  call({
    method: "POST",
    url: `/open311/v2/requests.${format}`,
    headers: FORM,
    payload: stringify(fields),
    ...(remoteAddress && { remoteAddress }),
  });

/** The text of each element of a name in an XML answer (enough for the answers' flat shapes). */
const texts = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, "g"))].map((m) => m[1] as string);

const SENDER = {
  first_name: "Trần Thị",
  last_name: "Bích Ngọc",
  phone: "0903 456 781",
  email: "ngoc.tran@example.vn",
};
const DEMO_SENDERS = [
  "Nguyễn Thị Lan",
  "0912765432",
  "Phạm Quốc Việt",
  "Lê Minh Châu",
  "0987111222",
  "Võ Thanh Tâm",
];
const DESCRIPTION = "Cống thoát nước trước chợ bị tắc, nước tràn lên mặt đường mỗi khi mưa lớn.";

/** What FixMyStreet's Open311 client sends for a report (perllib/Open311.pm), as a form. */
const fmsReport = (extra: Record<string, string | string[]> = {}) => ({
  jurisdiction_id: "",
  api_key: "",
  service_code: "feedback-environment",
  description: DESCRIPTION,
  lat: "10.838512",
  long: "106.665123",
  address_string: "Chợ Phường 1, quận Gò Vấp",
  media_url: "https://fms.example/photo/1.jpeg",
  ...SENDER,
  ...extra,
});

let wardP1 = "";
let wardP3 = "";
let filed = "";
let secret = "";

describe("Open311 GeoReport v2: discovery and services", () => {
  it("answers discovery in JSON and XML, pointing complaints to the portal", async () => {
    const json = await get("/open311/v2/discovery.json?jurisdiction_id=");
    expect(json.statusCode).toBe(200);
    expect(json.headers["content-type"]).toMatch(/^application\/json/);
    const d = json.json();
    expect(d.endpoints[0]).toMatchObject({
      specification: "http://wiki.open311.org/GeoReport_v2",
      formats: ["text/xml", "application/json"],
    });
    expect(d.contact).toContain("/cong-dan");
    const xml = await get("/open311/v2/discovery.xml");
    expect(xml.headers["content-type"]).toMatch(/^text\/xml/);
    expect(xml.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<discovery><changeset>')).toBe(true);
    expect(xml.body).toContain(
      "<formats><format>text/xml</format><format>application/json</format></formats>",
    );
  });

  it("lists feedback and proposals by field, no complaint nor denunciation, each saying where those go", async () => {
    const list = (await get("/open311/v2/services.json?jurisdiction_id=&api_key=")).json() as Array<{
      service_code: string;
      service_name: string;
      description: string;
      metadata: boolean;
      type: string;
    }>;
    expect(list).toHaveLength(22);
    expect(list.map((s) => s.service_code)).toContain("feedback-environment");
    expect(list.map((s) => s.service_code)).toContain("proposal-public_order");
    expect(list.some((s) => /complaint|denunciation/.test(s.service_code))).toBe(false);
    const env = list.find((s) => s.service_code === "feedback-environment")!;
    expect(env).toMatchObject({
      service_name: "Phản ánh – Môi trường, vệ sinh",
      metadata: true,
      type: "realtime",
    });
    expect(env.description).toContain("Khiếu nại, tố cáo không gửi qua Open311");
    expect(env.description).toContain("/cong-dan");
    const xml = (await get("/open311/v2/services.xml")).body;
    expect(texts(xml, "service_code")).toEqual(list.map((s) => s.service_code));
    expect(xml).toContain("<metadata>true</metadata><type>realtime</type>");
  });

  it("defines a service's ward attribute with the tree's wards, in both formats", async () => {
    const def = (await get("/open311/v2/services/feedback-environment.json")).json();
    expect(def.service_code).toBe("feedback-environment");
    const ward = def.attributes[0];
    expect(ward).toMatchObject({ code: "ward", datatype: "singlevaluelist", variable: true, order: 1 });
    const values = ward.values as Array<{ key: string; name: string }>;
    wardP1 = values.find((v) => v.name === "Ủy ban nhân dân Phường 1")!.key;
    wardP3 = values.find((v) => v.name === "Ủy ban nhân dân Phường 3")!.key;
    expect(values.map((v) => v.name).indexOf("Ủy ban nhân dân Phường 3")).toBeLessThan(
      values.map((v) => v.name).indexOf("Ủy ban nhân dân Phường 10"),
    );
    const xml = (await get("/open311/v2/services/feedback-environment.xml")).body;
    expect(xml).toContain(
      "<service_definition><service_code>feedback-environment</service_code><attributes><attribute><variable>true</variable><code>ward</code>",
    );
    expect(xml).toContain(`<value><key>${wardP1}</key><name>Ủy ban nhân dân Phường 1</name></value>`);
    // A jurisdiction that is one ward offers only that ward.
    const one = (await get(`/open311/v2/services/feedback-land.json?jurisdiction_id=${wardP3}`)).json();
    expect(one.attributes[0].values).toEqual([{ key: wardP3, name: "Ủy ban nhân dân Phường 3" }]);
  });

  it("answers an unknown service, a complaint's code, an unknown jurisdiction and format in the spec's error format", async () => {
    const unknown = await get("/open311/v2/services/pothole.json");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual([{ code: 404, description: expect.stringContaining("pothole") }]);
    const complaint = await get("/open311/v2/services/complaint-first-land.xml");
    expect(complaint.statusCode).toBe(404);
    expect(complaint.body).toMatch(
      /^<\?xml[^>]*>\n<errors><error><code>404<\/code><description>[^<]*\/cong-dan/,
    );
    const place = await get("/open311/v2/services.xml?jurisdiction_id=atlantis");
    expect(place.statusCode).toBe(404);
    expect(texts(place.body, "description")[0]).toContain("jurisdiction_id");
    const format = await get("/open311/v2/services.csv");
    expect(format.statusCode).toBe(400);
    expect(format.json()[0].code).toBe(400);
    const nowhere = await get("/open311/v2/nothing.xml");
    expect(nowhere.statusCode).toBe(404);
    expect(texts(nowhere.body, "code")).toEqual(["404"]);
  });
});

describe("Open311 GeoReport v2: requests", () => {
  it("takes FixMyStreet's form-encoded POST with an empty api_key and jurisdiction_id, the ward named in the address", async () => {
    const res = await postForm("xml", fmsReport());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/xml/);
    const [id] = texts(res.body, "service_request_id");
    expect(id).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    filed = id as string;
    expect(texts(res.body, "token")).toEqual([filed]);
    const notice = texts(res.body, "service_notice")[0] as string;
    secret = /Mã bí mật[^:]*: (\S+)\./.exec(notice)?.[1] as string;
    expect(secret?.length).toBeGreaterThan(10);
    const [row] = await t.deps.database.db.select().from(citizenCases).where(eq(citizenCases.code, filed));
    expect(row).toMatchObject({
      kind: "feedback",
      field: "environment",
      channel: "portal",
      wardId: wardP1,
      orgId: wardP1,
    });
    expect(row!.content).toContain("https://fms.example/photo/1.jpeg");
    expect(row!.location).toBe("Chợ Phường 1, quận Gò Vấp [10.838512, 106.665123]");
    // The sender is sealed with the case, as the portal's are.
    expect(row!.senderSealed).not.toContain("Ngọc");
    expect(t.deps.box.open(row!.senderSealed)).toContain("Trần Thị Bích Ngọc");
  });

  it("takes a JSON answer's POST with the ward attribute, a partner's key, and several media_url", async () => {
    const res = await postForm(
      "json",
      fmsReport({
        service_code: "proposal-traffic",
        "attribute[ward]": wardP3,
        api_key: "partner-app-key",
        address_string: "",
        media_url: ["https://a.example/1.jpg", "https://a.example/2.jpg"],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const [created] = res.json();
    expect(created).toMatchObject({ token: created.service_request_id, account_id: null });
    const [row] = await t.deps.database.db
      .select()
      .from(citizenCases)
      .where(eq(citizenCases.code, created.service_request_id));
    expect(row).toMatchObject({ kind: "proposal", field: "traffic", wardId: wardP3 });
    expect(row!.content).toContain("https://a.example/2.jpg");
  });

  it("refuses bad requests in the spec's format, in JSON and XML", async () => {
    const cases: Array<[Record<string, string>, number, RegExp]> = [
      [{ service_code: "" }, 400, /service_code/],
      [{ service_code: "pothole" }, 400, /pothole/],
      [{ service_code: "denunciation-officials" }, 400, /cong-dan/],
      [{ lat: "91", long: "106.6" }, 400, /-90 đến 90/],
      [{ lat: "abc", long: "106.6" }, 400, /decimal/],
      [{ lat: "10.8", long: "" }, 400, /cùng nhau/],
      [{ lat: "", long: "", address_string: "" }, 400, /lat và long, hoặc address_string/],
      [{ description: "Tắc cống" }, 400, /20 ký tự/],
      [{ email: "not-an-email" }, 400, /email/],
      [{ address_string: "Chợ Hạnh Thông" }, 400, /không nêu phường/],
      [{ address_string: "Giữa Phường 1 và Phường 3" }, 400, /nhiều phường/],
      [{ "attribute[ward]": "00000000-0000-4000-8000-000000000000" }, 400, /attribute\[ward\]/],
      [{ jurisdiction_id: "atlantis" }, 404, /jurisdiction_id/],
    ];
    // Each from its own address: refusals count against the submission limit too.
    let address = 0;
    for (const [fields, status, message] of cases) {
      const json = await postForm("json", fmsReport(fields), `10.8.0.${++address}`);
      expect(json.statusCode, JSON.stringify(fields)).toBe(status);
      const errors = json.json() as Array<{ code: number; description: string }>;
      expect(errors[0]!.code).toBe(status);
      expect(errors[0]!.description).toMatch(message);
      const xml = await postForm("xml", fmsReport(fields), `10.8.1.${address}`);
      expect(xml.statusCode).toBe(status);
      expect(xml.body).toMatch(
        new RegExp(`^<\\?xml[^>]*>\\n<errors><error><code>${status}</code><description>`),
      );
    }
    const tooLong = await postForm("json", fmsReport({ description: "x".repeat(4001) }), "10.8.2.1");
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()[0].description).toMatch(/^description: /);
    // Photos as uploads (multipart) are not taken: media_url carries them.
    const upload = await call({
      method: "POST",
      url: "/open311/v2/requests.xml",
      headers: { "content-type": "multipart/form-data; boundary=b" },
      payload: "--b--\r\n",
      remoteAddress: "10.8.2.2",
    });
    expect(upload.statusCode).toBe(415);
    expect(texts(upload.body, "code")).toEqual(["415"]);
    const text = await call({
      method: "POST",
      url: "/open311/v2/requests.json",
      headers: { "content-type": "text/plain" },
      payload: "a",
      remoteAddress: "10.8.2.3",
    });
    expect(text.statusCode).toBe(400);
    expect(text.json()[0].code).toBe(400);
  });

  it("shows a request by id, in a list and through its token, without the sender or their text", async () => {
    const one = await get(`/open311/v2/requests/${filed}.json?jurisdiction_id=`);
    expect(one.statusCode).toBe(200);
    const [r] = one.json();
    expect(r).toMatchObject({
      service_request_id: filed,
      status: "open",
      service_code: "feedback-environment",
      service_name: "Phản ánh – Môi trường, vệ sinh",
      address: "Ủy ban nhân dân Phường 1",
      agency_responsible: "Ủy ban nhân dân Phường 1",
      description: null,
      lat: 10.839,
      long: 106.665,
    });
    expect(r.requested_datetime).toBe(t.clock.now.toISOString());
    expect(r.expected_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+07:00$/);
    const xml = (await get(`/open311/v2/requests/${filed}.xml`)).body;
    expect(xml).toContain(
      `<service_requests><request><service_request_id>${filed}</service_request_id><status>open</status>`,
    );
    expect(xml).not.toContain("Cống thoát nước");
    const token = await get(`/open311/v2/tokens/${filed}.xml`);
    expect(token.body).toContain(
      `<request><service_request_id>${filed}</service_request_id><token>${filed}</token></request>`,
    );
    const all = (await get("/open311/v2/requests.json")).json() as Array<{ service_request_id: string }>;
    expect(all.map((x) => x.service_request_id)).toContain(filed);
    const missing = await get("/open311/v2/requests/ZZZZ-ZZZZ-ZZZZ.xml");
    expect(missing.statusCode).toBe(404);
    expect(texts(missing.body, "code")).toEqual(["404"]);
  });

  it("never shows a complaint or a denunciation, and shows a published answer as the officer masked it", async () => {
    const all = (await get("/open311/v2/requests.json?start_date=2000-01-01T00:00:00Z")).json() as Array<{
      service_code: string;
      service_request_id: string;
      description: string | null;
      status: string;
      requested_datetime: string;
    }>;
    expect(all.every((r) => /^(feedback|proposal)-/.test(r.service_code))).toBe(true);
    const rows = await t.deps.database.db.select().from(citizenCases);
    const hidden = rows.filter((r) => !["feedback", "proposal"].includes(r.kind)).map((r) => r.code);
    expect(hidden.length).toBeGreaterThan(0);
    for (const code of hidden) {
      expect(all.map((r) => r.service_request_id)).not.toContain(code);
      expect((await get(`/open311/v2/requests/${code}.json`)).statusCode).toBe(404);
      expect((await get(`/open311/v2/requests.json?service_request_id=${code}`)).json()).toEqual([]);
    }
    // Every request is dated on its day of receipt (in Vietnam).
    const byCode = new Map(rows.map((r) => [r.code, r]));
    for (const r of all)
      expect(vietnamDate(new Date(r.requested_datetime))).toBe(byCode.get(r.service_request_id)!.receivedOn);
    const published = all.find((r) => r.description);
    expect(published?.status).toBe("closed");
    expect(published?.description).toContain("[họ tên]");
  });

  it("dates a letter entered days later by the day it was received", async () => {
    const official = t.client();
    expect((await official.signIn("chuyenvien.p1")).status).toBe(200);
    const receivedOn = "2026-11-02";
    const res = await official.post("/api/citizen-cases", {
      kind: "feedback",
      field: "traffic",
      wardId: wardP1,
      channel: "letter",
      receivedOn,
      title: "Biển báo giao thông bị che khuất",
      content: "Cây xanh che khuất biển báo cấm rẽ trái ở ngã tư, nhiều xe rẽ sai gây ùn tắc.",
    });
    expect(res.status).toBe(200);
    const [r] = (await get(`/open311/v2/requests/${(res.body as { code: string }).code}.json`)).json();
    expect(r.requested_datetime).toBe(`${receivedOn}T00:00:00+07:00`);
  });

  it("filters by status, service, ids and dates, and refuses bad filters in the spec's format", async () => {
    const openRes = await get("/open311/v2/requests.json?status=open&start_date=2000-01-01");
    expect(openRes.statusCode).toBe(200);
    const open = openRes.json() as Array<{
      status: string;
    }>;
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((r) => r.status !== "open")).toEqual([]);
    const env = (await get("/open311/v2/requests.json?service_code=feedback-environment")).json() as Array<{
      service_code: string;
    }>;
    expect(env.map((r) => r.service_code)).toEqual(env.map(() => "feedback-environment"));
    expect(env.length).toBeGreaterThan(0);
    const ids = (await get(`/open311/v2/requests.xml?service_request_id=${filed},ZZZZ-ZZZZ-ZZZZ`)).body;
    expect(texts(ids, "service_request_id")).toEqual([filed]);
    // By the day received, both ends included: tomorrow has nothing yet, today has what was filed.
    const day = 86_400_000;
    const later = (
      await get(`/open311/v2/requests.json?start_date=${new Date(t.clock.now.getTime() + day).toISOString()}`)
    ).json();
    expect(later).toEqual([]);
    const now = t.clock.now.toISOString();
    const today = (await get(`/open311/v2/requests.json?start_date=${now}&end_date=${now}`)).json() as Array<{
      service_request_id: string;
    }>;
    expect(today.map((r) => r.service_request_id)).toContain(filed);
    const older = (await get("/open311/v2/requests.json?end_date=2000-01-01T00:00:00Z")).json();
    expect(older).toEqual([]);
    const inP3 = (await get(`/open311/v2/requests.json?jurisdiction_id=${wardP3}`)).json() as Array<{
      address: string;
    }>;
    expect(inP3.every((r) => r.address === "Ủy ban nhân dân Phường 3")).toBe(true);
    for (const bad of [
      "status=pending",
      "start_date=2026-02-30T00:00:00Z",
      "end_date=yesterday",
      "service_code=pothole",
    ]) {
      const res = await get(`/open311/v2/requests.xml?${bad}`);
      expect(res.statusCode, bad).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, bad).toBeLessThan(500);
      expect(res.body, bad).toMatch(/<errors><error><code>40\d<\/code><description>/);
    }
  });

  it("lets the sender follow up on the portal with the secret of the answer: a withdrawal closes the request", async () => {
    const c = t.client();
    const res = await c.post(`/api/public/cases/${filed}/withdraw`, { secret });
    expect(res.status).toBe(200);
    const [r] = (await get(`/open311/v2/requests/${filed}.json`)).json();
    expect(r).toMatchObject({ status: "closed", status_notes: "Người gửi đã rút đơn." });
  });
});

describe("Open311 GeoReport v2: abuse and privacy", () => {
  it("shares the portal's submission limit per address: neither way in gives more", async () => {
    const portal = t.client();
    await portal.fetchCsrf();
    const portalPost = (remoteAddress: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/public/cases",
        remoteAddress,
        cookies: portal.cookies,
        headers: { "content-type": "multipart/form-data; boundary=b", "x-csrf-token": portal.csrf! },
        payload: '--b\r\nContent-Disposition: form-data; name="kind"\r\n\r\nfeedback\r\n--b--\r\n',
      });
    // Ten from the portal (refused for their content, but counted), then Open311 is refused.
    for (let i = 0; i < 10; i++) expect((await portalPost("10.9.0.1")).statusCode).toBe(400);
    const blocked = await postForm("xml", fmsReport(), "10.9.0.1");
    expect(blocked.statusCode).toBe(429);
    expect(texts(blocked.body, "code")).toEqual(["429"]);
    // Ten through Open311, then the portal is refused; another address is not slowed.
    for (let i = 0; i < 10; i++)
      expect((await postForm("json", fmsReport({ service_code: "" }), "10.9.0.2")).statusCode).toBe(400);
    expect((await portalPost("10.9.0.2")).statusCode).toBe(429);
    expect((await postForm("json", fmsReport(), "10.9.0.3")).statusCode).toBe(200);
  });

  it("never shows a sender's name, phone or e-mail in any Open311 answer", async () => {
    // One more pass over every read, so the answers after the follow-up are checked too.
    for (const url of [
      "requests.json",
      "requests.xml",
      `requests/${filed}.xml`,
      "requests.json?start_date=2000-01-01",
    ])
      await get(`/open311/v2/${url}`);
    const all = bodies.join("\n");
    expect(bodies.length).toBeGreaterThan(40);
    const digits = all.replace(/\D/g, "");
    for (const value of [
      "Trần Thị Bích Ngọc",
      "Bích Ngọc",
      SENDER.email,
      SENDER.phone,
      SENDER.phone.replace(/\D/g, ""),
      ...DEMO_SENDERS,
    ]) {
      expect(all, value).not.toContain(value);
      if (/^\d[\d ]+$/.test(value)) expect(digits, value).not.toContain(value.replace(/\D/g, ""));
    }
  });
});
