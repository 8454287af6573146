// The citizen cases API end to end through Fastify's inject: a feedback from the portal to its
// published, masked answer and its rating; the rules the law gives each kind; and a denunciation's
// whole life, in which the denouncer's name, phone and ID number appear only where allowed.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestClient } from "../../../test/support/app.ts";
import { rowsOf } from "../../db/client.ts";

let t: TestApp;
const logLines: string[] = [];
beforeAll(async () => {
  t = await createTestApp({}, { write: (line: string) => logLines.push(line) });
});
afterAll(() => t.close());

/** Every answer the test received, and whether it may show the sender (the sender's own view, the assigned handler). */
const answers: Array<{ where: string; body: string; mayName: boolean }> = [];
async function call(c: TestClient, method: "GET" | "POST", url: string, body?: unknown, mayName = false) {
  const res = await c.request(method, url, method === "GET" ? undefined : (body ?? {}));
  answers.push({ where: `${method} ${url} → ${res.status}`, body: JSON.stringify(res.body), mayName });
  // biome-ignore lint/suspicious/noExplicitAny: answers are read field by field, each checked by an assertion
  return res as { status: number; body: any };
}
const signedIn = async (username: string) => {
  const c = t.client();
  const res = await c.signIn(username);
  expect(res.status).toBe(200);
  return c;
};
async function ward(c: TestClient, name: string): Promise<string> {
  const wards = (await call(c, "GET", "/api/public/wards")).body as Array<{ id: string; name: string }>;
  return wards.find((w) => w.name === name)!.id;
}

/** A multipart form through inject, as the portal sends it. */
async function postForm(
  c: TestClient,
  url: string,
  fields: Record<string, string>,
  files: Array<{ name: string; body: Buffer }>,
) {
  if (!c.csrf) await c.fetchCsrf();
  const b = "----tt-portal";
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files)
    parts.push(
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      f.body,
      Buffer.from("\r\n"),
    );
  parts.push(Buffer.from(`--${b}--\r\n`));
  const res = await t.app.inject({
    method: "POST",
    url,
    cookies: c.cookies,
    headers: { "content-type": `multipart/form-data; boundary=${b}`, "x-csrf-token": c.csrf! },
    payload: Buffer.concat(parts),
  });
  answers.push({ where: `POST ${url} (form) → ${res.statusCode}`, body: res.body, mayName: false });
  return { status: res.statusCode, body: res.json() };
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

describe("a feedback from the portal to its published answer", () => {
  it("is received with a photo, handled by the ward, published masked and rated", async () => {
    const citizen = t.client();
    const p1 = await ward(citizen, "Ủy ban nhân dân Phường 1");
    const sent = await postForm(
      citizen,
      "/api/public/cases",
      {
        kind: "feedback",
        field: "environment",
        wardId: p1,
        title: "Rác thải tồn đọng đầu hẻm",
        content: "Rác tồn đọng nhiều ngày ở đầu hẻm, bốc mùi, ảnh hưởng sinh hoạt của các hộ dân.",
        name: "Lê Văn Tám",
        phone: "0909123456",
      },
      [{ name: "rac.jpg", body: JPEG }],
    );
    expect(sent.status).toBe(200);
    const { code, secret } = sent.body as { code: string; secret: string };
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const official = await signedIn("chuyenvien.p1");
    const list = (await call(official, "GET", "/api/citizen-cases")).body as Array<{
      id: string;
      code: string;
    }>;
    const id = list.find((c) => c.code === code)!.id;
    let d = (await call(official, "GET", `/api/citizen-cases/${id}`)).body;
    expect(d.files.map((f: { fileName: string }) => f.fileName)).toEqual(["rac.jpg"]);
    expect(
      (await call(official, "POST", `/api/citizen-cases/${id}/accept`, { version: d.version })).status,
    ).toBe(409);
    let v = (
      await call(official, "POST", `/api/citizen-cases/${id}/classify`, {
        version: d.version,
        kind: "feedback",
        field: "environment",
        competent: true,
      })
    ).body.version;
    v = (await call(official, "POST", `/api/citizen-cases/${id}/accept`, { version: v })).body.version;
    expect(
      (
        await call(official, "POST", `/api/citizen-cases/${id}/notes`, {
          text: "Đã giao tổ dân phố kiểm tra.",
        })
      ).status,
    ).toBe(200);
    const reply =
      "Cảm ơn ông Lê Văn Tám (0909123456). Ngày 24/11/2026, Phường 1 đã thu gom rác tại đầu hẻm 12.";
    v = (await call(official, "POST", `/api/citizen-cases/${id}/answer`, { version: v, answer: reply })).body
      .version;
    const preview = (await call(official, "GET", `/api/citizen-cases/${id}/publication`)).body
      .masked as string;
    expect(preview).not.toContain("Tám");
    expect(preview).not.toContain("0909123456");
    expect(preview).toContain("thu gom rác");
    expect(
      (await call(official, "POST", `/api/citizen-cases/${id}/publish`, { version: v, text: preview }))
        .status,
    ).toBe(200);

    const seen = (await call(t.client(), "GET", `/api/public/cases/${code}`)).body;
    expect(seen.status).toBe("answered");
    expect(seen.published.text).toBe(preview);
    expect(JSON.stringify(seen)).not.toContain("Rác tồn đọng nhiều ngày"); // the content stays with the sender and the office
    expect(
      (
        await call(t.client(), "POST", `/api/public/cases/${code}/rating`, {
          secret: "sai-ma-bi-mat-123",
          score: 5,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(citizen, "POST", `/api/public/cases/${code}/rating`, {
          secret,
          score: 4,
          comment: "Xử lý nhanh",
        })
      ).status,
    ).toBe(200);
    expect((await call(t.client(), "GET", `/api/public/cases/${code}`)).body.rating).toEqual({
      score: 4,
      comment: "Xử lý nhanh",
    });
    d = (await call(official, "GET", `/api/citizen-cases/${id}`)).body;
    expect(d.events.map((e: { kind: string }) => e.kind)).toEqual([
      "received",
      "classified",
      "accepted",
      "note",
      "answered",
      "published",
      "rated",
    ]);
  });

  it("refuses what a kind's law requires when it is missing, a file that is not what it says, and another ward's official", async () => {
    const citizen = t.client();
    const p1 = await ward(citizen, "Ủy ban nhân dân Phường 1");
    const complaint = {
      kind: "complaint-first",
      field: "land",
      wardId: p1,
      title: "Khiếu nại quyết định",
      content: "Tôi khiếu nại quyết định xử phạt vì cho rằng không đúng quy định.",
    };
    const res = await call(citizen, "POST", "/api/public/cases", complaint);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("Điều 8 Luật Khiếu nại 2011");
    const bad = await call(citizen, "POST", "/api/public/cases", { ...complaint, phone: "abc", name: "X" });
    expect(bad.status).toBe(400);
    const fake = await postForm(
      citizen,
      "/api/public/cases",
      {
        kind: "feedback",
        field: "other",
        wardId: p1,
        title: "Ảnh giả",
        content: "Một tệp không phải ảnh nhưng mang tên ảnh.",
      },
      [{ name: "anh.jpg", body: Buffer.from("MZ-not-a-photo") }],
    );
    expect(fake.status).toBe(400);
    const ok = await call(citizen, "POST", "/api/public/cases", {
      ...complaint,
      name: "Võ Thị Hoa",
      address: "Phường 1, Gò Vấp",
      subject: "Quyết định xử phạt số 15/QĐ-XPHC",
    });
    expect(ok.status).toBe(200);
    expect(ok.body.dueBasis).toContain("Xử lý đơn");
    const other = await signedIn("chuyenvien.p3");
    const list = (await call(other, "GET", "/api/citizen-cases")).body as Array<{ code: string }>;
    expect(list.some((c) => c.code === ok.body.code)).toBe(false);
  });
});

describe("a letter entered by hand and forwarded to the competent body", () => {
  it("lands at the reception's body, then moves to the ward, which alone handles it now", async () => {
    const reception = await signedIn("tiepdan.govap");
    const p1 = await ward(reception, "Ủy ban nhân dân Phường 1");
    const entered = await call(reception, "POST", "/api/citizen-cases", {
      channel: "letter",
      kind: "proposal",
      field: "traffic",
      wardId: p1,
      title: "Đề nghị sơn lại vạch kẻ đường",
      content: "Vạch kẻ đường trước trường tiểu học đã mờ, đề nghị sơn lại để bảo đảm an toàn cho học sinh.",
      receivedOn: "2026-11-20",
    });
    expect(entered.status).toBe(200);
    const id = entered.body.id as string;
    let d = (await call(reception, "GET", `/api/citizen-cases/${id}`)).body;
    expect(d.orgName).toContain("Văn phòng");
    expect(d.channel).toBe("letter");
    const v = (
      await call(reception, "POST", `/api/citizen-cases/${id}/classify`, {
        version: d.version,
        kind: "proposal",
        field: "traffic",
        competent: false,
      })
    ).body.version;
    expect((await call(reception, "POST", `/api/citizen-cases/${id}/accept`, { version: v })).status).toBe(
      409,
    );
    const fwd = await call(reception, "POST", `/api/citizen-cases/${id}/forward`, {
      version: v,
      toOrgId: p1,
      notice: "Việc thuộc thẩm quyền của Ủy ban nhân dân Phường 1.",
    });
    expect(fwd.status).toBe(200);
    expect((await call(reception, "GET", `/api/citizen-cases/${id}`)).status).toBe(403);
    d = (await call(await signedIn("chuyenvien.p1"), "GET", `/api/citizen-cases/${id}`)).body;
    expect(d.status).toBe("received");
    expect(d.classified).toBe(false);
    const seen = (await call(t.client(), "GET", `/api/public/cases/${entered.body.code}`)).body;
    expect(seen.events.map((e: { kind: string }) => e.kind)).toEqual(["received", "forwarded"]);
    expect(seen.events[1].text).toContain("Đã chuyển đơn đến Ủy ban nhân dân Phường 1");
  });
});

describe("a denouncer's secrecy (Luật Tố cáo 2018, Điều 47–48)", () => {
  const NAME = "Phan Thị Kín Đáo";
  const PHONE = "0903111222";
  const ID = "079188001234";

  it("shows the denouncer's name, phone and ID only to the sender and the assigned handler", async () => {
    const citizen = t.client();
    const p1 = await ward(citizen, "Ủy ban nhân dân Phường 1");
    const sent = await call(citizen, "POST", "/api/public/cases", {
      kind: "denunciation",
      field: "officials",
      wardId: p1,
      title: "Tố cáo cán bộ nhận tiền",
      content: "Cán bộ địa chính nhận tiền để làm nhanh hồ sơ cấp giấy chứng nhận quyền sử dụng đất.",
      subject: "Một cán bộ địa chính của phường",
      name: NAME,
      phone: PHONE,
      idNumber: ID,
      address: "Phường 1, quận Gò Vấp",
    });
    expect(sent.status).toBe(200);
    const { code, secret } = sent.body;
    await call(t.client(), "GET", `/api/public/cases/${code}`);
    expect(
      (await call(citizen, "POST", `/api/public/cases/${code}/own`, { secret }, true)).body.sender.name,
    ).toBe(NAME);

    const leader = await signedIn("lanhdao.p1");
    const handler = await signedIn("chuyenvien.p1");
    const district = await signedIn("lanhdao.govap");
    const id = (
      (await call(leader, "GET", "/api/citizen-cases")).body as Array<{ id: string; code: string }>
    ).find((c) => c.code === code)!.id;
    const d = (await call(leader, "GET", `/api/citizen-cases/${id}`)).body;
    expect(d.can.readSender).toBe(false);
    expect((await call(leader, "GET", `/api/citizen-cases/${id}/sender`)).status).toBe(403);
    expect((await call(handler, "GET", `/api/citizen-cases/${id}/sender`)).status).toBe(403);
    const mai = (d.handlers as Array<{ id: string; name: string }>).find((h) => h.name === "Nguyễn Thị Mai")!;
    let v = (
      await call(leader, "POST", `/api/citizen-cases/${id}/assign`, { version: d.version, handlerId: mai.id })
    ).body.version;
    expect(v).toBeGreaterThan(d.version);
    const opened = await call(handler, "GET", `/api/citizen-cases/${id}/sender`, undefined, true);
    expect(opened.body).toMatchObject({ name: NAME, phone: PHONE, idNumber: ID });
    expect((await call(district, "GET", `/api/citizen-cases/${id}/sender`)).status).toBe(403);
    await call(district, "GET", `/api/citizen-cases/${id}`);
    v = (
      await call(handler, "POST", `/api/citizen-cases/${id}/classify`, {
        version: v,
        kind: "denunciation",
        field: "officials",
        competent: true,
      })
    ).body.version;
    v = (await call(handler, "POST", `/api/citizen-cases/${id}/accept`, { version: v })).body.version;
    v = (
      await call(handler, "POST", `/api/citizen-cases/${id}/conclude`, {
        version: v,
        conclusion: "Tố cáo đúng một phần; đã kiến nghị xử lý kỷ luật.",
      })
    ).body.version;
    v = (
      await call(handler, "POST", `/api/citizen-cases/${id}/answer`, {
        version: v,
        answer: "Cơ quan đã giải quyết tố cáo và thông báo kết quả.",
      })
    ).body.version;
    const pub = await call(handler, "POST", `/api/citizen-cases/${id}/publish`, {
      version: v,
      text: "Kết quả giải quyết tố cáo.",
    });
    expect(pub.status).toBe(409);
    await call(citizen, "POST", `/api/public/cases/${code}/rating`, { secret, score: 3 });
    await call(t.client(), "GET", `/api/public/cases/${code}`);
    await call(leader, "GET", "/api/audit?limit=200");

    const secrets = [NAME, PHONE, ID];
    for (const a of answers)
      if (!a.mayName)
        for (const s of secrets) expect(a.body.includes(s), `${a.where} shows ${s}`).toBe(false);
    expect(answers.filter((a) => a.mayName && secrets.some((s) => a.body.includes(s))).length).toBe(2);
    for (const s of secrets) expect(logLines.join("\n")).not.toContain(s);

    const db = t.deps.database.db;
    const dump = async (table: string) =>
      JSON.stringify(rowsOf(await db.execute(sql.raw(`select * from ${table}`))));
    for (const table of [
      "audit_events",
      "notifications",
      "notification_deliveries",
      "citizen_cases",
      "citizen_case_events",
      "jobs",
    ]) {
      const text = await dump(table);
      for (const s of secrets) expect(text.includes(s), `${table} holds ${s}`).toBe(false);
    }
    const reads = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from audit_events where action = 'citizen_case.read_sender' and entity_id = ${id}`,
      ),
    );
    expect(reads[0]!.n).toBe(1);
  });
});
