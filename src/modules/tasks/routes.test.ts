import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/support/app.ts";
import { setupTestApp } from "../../../test/support/lifecycle.ts";
import { createPlan, DEMO_WARDS } from "../../../test/support/tasks-fixtures.ts";

const t = setupTestApp();
let plan: Awaited<ReturnType<typeof createPlan>>;

beforeAll(async () => {
  plan = await createPlan(t.deps.database.db, {
    symbol: "99/KH-UBND",
    title: "Kế hoạch kiểm thử API",
    owner: "gv.pnv",
    issuedOn: "2026-10-01",
    groups: [
      {
        label: "1",
        title: "Tuyên truyền",
        tasks: [
          {
            title: "Tổ chức quán triệt kế hoạch",
            leads: DEMO_WARDS,
            timeframe: { kind: "deadline", text: "trước ngày 13/11/2026", due: "2026-11-13" },
          },
          {
            title: "Báo cáo kết quả",
            leads: DEMO_WARDS,
            timeframe: { kind: "deadline", text: "trước ngày 31/12/2026", due: "2026-12-31" },
          },
        ],
      },
    ],
  });
});

const signedIn = (username: string) => t.signedIn(username);

/** A multipart form sent through inject with the client's cookies and CSRF token. */
async function postForm(
  c: TestClient,
  url: string,
  fields: Record<string, string>,
  files: Array<{ name: string; type: string; body: string }>,
) {
  if (!c.csrf) await c.fetchCsrf();
  const boundary = "----thucthi-test";
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      Buffer.from(f.body),
      Buffer.from("\r\n"),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await t.app.inject({
    method: "POST",
    url,
    cookies: c.cookies,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "x-csrf-token": c.csrf! },
    payload: Buffer.concat(parts),
  });
  return { status: res.statusCode, body: res.json() };
}

interface Item {
  id: string;
  version: number;
  cls: string;
  lead: { name: string };
  title: string;
}

async function myFirst(c: TestClient, title: string): Promise<Item> {
  const res = await c.get(`/api/assignments?directiveId=${plan.directiveId}`);
  expect(res.status).toBe(200);
  return (res.body as { items: Item[] }).items.find((i) => i.title === title)!;
}

/** Reports progress on the version of the work the official last saw, as JSON. */
const reportProgress = (c: TestClient, seen: Item, percent: number, narrative?: string) =>
  c.post(`/api/assignments/${seen.id}/updates`, {
    kind: "progress",
    version: seen.version,
    percent,
    ...(narrative === undefined ? {} : { narrative }),
  });

describe("a ward reports progress with evidence; the coordinating office follows", () => {
  it("takes a multipart progress report with a file, and lets the coordinator download it but not another ward", async () => {
    const p1 = await signedIn("chuyenvien.p1");
    const a = await myFirst(p1, "Báo cáo kết quả");
    expect(a.lead.name).toBe("Ủy ban nhân dân Phường 1");
    const res = await postForm(
      p1,
      `/api/assignments/${a.id}/updates`,
      {
        kind: "progress",
        version: String(a.version),
        percent: "50",
        narrative: "Đã xây dựng dự thảo báo cáo",
      },
      [
        {
          name: "du-thao-bao-cao.docx",
          type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          body: "PK\u0003\u0004 dự thảo",
        },
      ],
    );
    expect(res.status).toBe(200);
    expect(res.body.assignment).toMatchObject({ percent: 50, status: "in_progress" });
    const fileId = res.body.entry.files[0].id as string;

    const coordinator = await signedIn("noivu.govap");
    const detail = await coordinator.get(`/api/assignments/${a.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.timeline.at(-1)).toMatchObject({
      kind: "progress",
      narrative: "Đã xây dựng dự thảo báo cáo",
    });
    const download = await coordinator.get(`/api/assignments/${a.id}/files/${fileId}`);
    expect(download.status).toBe(200);
    expect(download.raw.headers["content-disposition"]).toContain("filename*=UTF-8''du-thao-bao-cao.docx");
    expect(download.raw.body).toBe("PK\u0003\u0004 dự thảo");

    const p3 = await signedIn("chuyenvien.p3");
    expect((await p3.get(`/api/assignments/${a.id}/files/${fileId}`)).status).toBe(403);
    expect((await p3.get(`/api/assignments/${a.id}`)).status).toBe(403);
  });

  it("refuses a percent over 100 and an executable file, in Vietnamese", async () => {
    const p1 = await signedIn("chuyenvien.p1");
    const a = await myFirst(p1, "Báo cáo kết quả");
    const bad = await reportProgress(p1, a, 150);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain("Tỷ lệ từ 0 đến 100");
    const exe = await postForm(
      p1,
      `/api/assignments/${a.id}/updates`,
      { kind: "progress", version: String(a.version), percent: "60" },
      [{ name: "virus.exe", type: "application/octet-stream", body: "MZ" }],
    );
    expect(exe.status).toBe(400);
    expect(exe.body.message).toContain("Không nhận loại tệp");
  });

  it("answers the second of two officials saving the same task with 409 and the first one's change", async () => {
    const specialist = await signedIn("chuyenvien.p1");
    const leader = await signedIn("lanhdao.p1");
    const seenBySpecialist = await myFirst(specialist, "Tổ chức quán triệt kế hoạch");
    const seenByLeader = await myFirst(leader, "Tổ chức quán triệt kế hoạch");
    expect(seenByLeader.version).toBe(seenBySpecialist.version);
    const first = await reportProgress(specialist, seenBySpecialist, 70, "Đã quán triệt cho 3 khu phố");
    expect(first.status).toBe(200);
    const second = await reportProgress(leader, seenByLeader, 20);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe("CONFLICT");
    expect(second.body.message).toContain("Đã quán triệt cho 3 khu phố");
    expect(second.body.details.current.percent).toBe(70);
  });

  it("shows the coordinator the plan with overdue work first", async () => {
    const coordinator = await signedIn("noivu.govap");
    const res = await coordinator.get(`/api/plans/${plan.directiveId}`);
    expect(res.status).toBe(200);
    expect(res.body.counts.total).toBe(32);
    expect(res.body.overdue).toHaveLength(16);
    expect(res.body.overdue[0]).toMatchObject({ display: "overdue", workingDaysOverdue: 6 });
    expect(res.body.units[0].counts.overdue).toBe(1);
    const list = await coordinator.get(
      `/api/assignments?directiveId=${plan.directiveId}&classes=overdue&pageSize=3`,
    );
    expect(list.body.items.map((i: Item) => i.cls)).toEqual(["overdue", "overdue", "overdue"]);
    expect((await (await signedIn("chuyenvien.p1")).get(`/api/plans/${plan.directiveId}`)).status).toBe(403);
  });

  it("exports the list to an Excel workbook with the Government Office's classes", async () => {
    const coordinator = await signedIn("noivu.govap");
    const res = await coordinator.get(`/api/assignments/export.xlsx?directiveId=${plan.directiveId}`);
    expect(res.status).toBe(200);
    expect(res.raw.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Công việc")!;
    expect(sheet.rowCount).toBe(33);
    expect(sheet.getRow(2).getCell(9).value).toBe("Quá hạn chưa hoàn thành");
    expect(sheet.getRow(2).getCell(7).value).toBe("13/11/2026");
    const units = book.getWorksheet("Tổng hợp theo đơn vị")!;
    expect(units.getRow(1).getCell(3).value).toBe("Hoàn thành đúng hạn");
  });
});

describe("the policy decides before any evidence file is read", () => {
  /**
   * Sends a multipart form whose body never ends: the fields, then the start of a file. A server
   * that read the file would wait for the rest; one that refuses first answers at once.
   */
  async function postEndlessForm(c: TestClient, url: string, fields: Record<string, string>) {
    if (!c.csrf) await c.fetchCsrf();
    const boundary = "----thucthi-endless";
    const body = new PassThrough();
    for (const [k, v] of Object.entries(fields))
      body.write(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    body.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="bang-chung.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 `,
    );
    const res = await t.app.inject({
      method: "POST",
      url,
      cookies: c.cookies,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "x-csrf-token": c.csrf! },
      payload: body,
    });
    body.destroy();
    return { status: res.statusCode, body: res.json() };
  }

  it("refuses with 403 an official who may not read the work, without reading the upload", async () => {
    const a = await myFirst(await signedIn("chuyenvien.p1"), "Báo cáo kết quả");
    const p3 = await signedIn("chuyenvien.p3");
    const res = await postEndlessForm(p3, `/api/assignments/${a.id}/updates`, { kind: "comment" });
    expect(res).toMatchObject({ status: 403, body: { message: "Bạn không được xem công việc này." } });
    const completion = await postEndlessForm(p3, `/api/assignments/${a.id}/completion`, { narrative: "x" });
    expect(completion.status).toBe(403);
  });

  it("refuses with 403 a progress report from the coordinating office once its fields are read, before its file", async () => {
    const a = await myFirst(await signedIn("chuyenvien.p1"), "Báo cáo kết quả");
    const coordinator = await signedIn("noivu.govap");
    const res = await postEndlessForm(coordinator, `/api/assignments/${a.id}/updates`, {
      kind: "progress",
      version: String(a.version),
      percent: "90",
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe("Chỉ cán bộ của đơn vị chủ trì được cập nhật tiến độ công việc này.");
  });

  it("documents the multipart body of a report in the OpenAPI description", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const body = doc.paths["/api/assignments/{id}/updates"].post.requestBody.content;
    expect(Object.keys(body)).toContain("multipart/form-data");
    expect(body["multipart/form-data"].schema.properties).toMatchObject({
      kind: expect.anything(),
      files: { type: "array", items: { type: "string", format: "binary" } },
    });
  });
});

describe("administration: holiday schedules and reminder settings", () => {
  it("refuses a schedule whose make-up day is a weekday, with the validator's Vietnamese reason", async () => {
    const admin = await signedIn("admin");
    const res = await admin.request("PUT", "/api/holiday-schedules/2027", {
      daysOff: [{ date: "2027-01-01", name: "Tết Dương lịch", kind: "holiday" }],
      makeUpWorkingDays: [{ date: "2027-01-04", name: "Làm bù" }],
      sources: [{ symbol: "01/TB-BNV" }],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("Ngày làm bù 04/01/2027 không phải thứ Bảy hoặc Chủ nhật.");
  });

  it("lets the administrator enter 2027, audited, overriding the default rule; others may only read", async () => {
    const admin = await signedIn("admin");
    const body = {
      daysOff: [
        { date: "2027-01-01", name: "Tết Dương lịch", kind: "holiday" },
        { date: "2027-02-05", name: "Tết Âm lịch", kind: "holiday" },
      ],
      makeUpWorkingDays: [{ date: "2027-01-09", name: "Làm bù cho ngày 05/02/2027", replaces: "2027-02-05" }],
      sources: [{ symbol: "99/TB-BNV", date: "2026-11-01", issuer: "Bộ Nội vụ" }],
    };
    const saved = await admin.request("PUT", "/api/holiday-schedules/2027", body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ year: 2027, origin: "entered", version: 1 });
    const stale = await admin.request("PUT", "/api/holiday-schedules/2027", { ...body, version: 7 });
    expect(stale.status).toBe(409);
    const audit = await admin.get("/api/audit?entity=holiday_schedule");
    expect((audit.body as Array<{ action: string }>)[0]).toMatchObject({ action: "holiday_schedule.create" });
    const specialist = await signedIn("chuyenvien.p1");
    expect((await specialist.get("/api/holiday-schedules/2027")).body.origin).toBe("entered");
    expect(
      (await specialist.request("PUT", "/api/holiday-schedules/2027", { ...body, version: 1 })).status,
    ).toBe(403);
  });

  it("lets the administrator change N and M; a specialist cannot", async () => {
    const admin = await signedIn("admin");
    const current = await admin.get("/api/settings/reminders");
    expect(current.body).toMatchObject({ value: { daysBefore: 3, escalateAfter: 5 }, version: 0 });
    const saved = await admin.request("PUT", "/api/settings/reminders", {
      value: { ...current.body.value, daysBefore: 2 },
      version: 0,
    });
    expect(saved.body).toMatchObject({ value: { daysBefore: 2 }, version: 1 });
    const specialist = await signedIn("chuyenvien.p1");
    const refused = await specialist.request("PUT", "/api/settings/reminders", {
      value: current.body.value,
      version: 1,
    });
    expect(refused.status).toBe(403);
    await admin.request("PUT", "/api/settings/reminders", { value: current.body.value, version: 1 });
  });
});

describe("notifications", () => {
  it("lets only an administrator run the reminders by hand, with the policy's message", async () => {
    const coordinator = await signedIn("noivu.govap");
    const refused = await coordinator.post("/api/reminders/run");
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe("Chỉ quản trị hệ thống được chạy nhắc việc thủ công.");
  });

  it("runs the reminders on demand and shows the ward its digest, in the app and in the sent list", async () => {
    const admin = await signedIn("admin");
    const run = await admin.post("/api/reminders/run");
    expect(run.status).toBe(200);
    expect(run.body.digests).toBeGreaterThan(0);
    const p1 = await signedIn("chuyenvien.p1");
    const inbox = await p1.get("/api/notifications");
    expect(inbox.body.unread).toBe(1);
    const digest = inbox.body.items[0];
    expect(digest.subject).toContain("Ủy ban nhân dân Phường 1");
    expect(digest.deliveries[0]).toMatchObject({ status: "not_sent" });
    expect((await p1.post(`/api/notifications/${digest.id}/read`)).status).toBe(200);
    expect((await p1.get("/api/notifications")).body.unread).toBe(0);
    const orgId = plan.orgIds.get("gv.p1")!;
    const sent = await p1.get(`/api/notifications/sent?orgId=${orgId}`);
    expect(sent.body).toHaveLength(1);
    const p3 = await signedIn("chuyenvien.p3");
    expect((await p3.get(`/api/notifications/sent?orgId=${orgId}`)).status).toBe(403);
  });

  it("lets the coordinating office urge a ward; the ward sees it at once", async () => {
    const coordinator = await signedIn("noivu.govap");
    const p1 = await signedIn("chuyenvien.p1");
    const a = await myFirst(p1, "Tổ chức quán triệt kế hoạch");
    const res = await coordinator.post(`/api/assignments/${a.id}/urge`, {
      note: "Đề nghị hoàn thành trước ngày 27/11",
    });
    expect(res.status).toBe(200);
    const inbox = await p1.get("/api/notifications");
    const urged = inbox.body.items.find((n: { kind: string }) => n.kind === "urge");
    expect(urged.subject).toContain("Đôn đốc");
    expect(urged.body).toContain("Đề nghị hoàn thành trước ngày 27/11");
    expect((await p1.post(`/api/assignments/${a.id}/urge`, { note: "x" })).status).toBe(403);
  });

  it("lets the coordinating office extend a deadline with a reason; the document's time frame stays", async () => {
    const coordinator = await signedIn("noivu.govap");
    const p3 = await signedIn("chuyenvien.p3");
    const a = await myFirst(p3, "Báo cáo kết quả");
    const url = `/api/assignments/${a.id}/deadline`;
    const reason = "Phường đề nghị gia hạn do chờ số liệu của khu phố.";
    expect((await p3.post(url, { version: a.version, dueDate: "2027-01-15", reason })).status).toBe(403);
    const earlier = await coordinator.post(url, { version: a.version, dueDate: "2026-12-01", reason });
    expect(earlier.status).toBe(400);
    expect(earlier.body.message).toContain("Hạn mới phải sau hạn hiện tại (31/12/2026)");
    expect(
      (await coordinator.post(url, { version: a.version, dueDate: "2027-01-15", reason: "" })).status,
    ).toBe(400);
    const ok = await coordinator.post(url, { version: a.version, dueDate: "2027-01-15", reason });
    expect(ok.status).toBe(200);
    const stale = await coordinator.post(url, { version: a.version, dueDate: "2027-02-15", reason });
    expect(stale.status).toBe(409);
    const detail = (await p3.get(`/api/assignments/${a.id}`)).body;
    expect(detail.dueDate).toBe("2027-01-15");
    expect(detail.dueText).toBe("trước ngày 31/12/2026");
    expect(detail.timeline.map((e: { narrative: string | null }) => e.narrative)).toContain(
      `Gia hạn: 31/12/2026 → 15/01/2027. Lý do: ${reason}`,
    );
  });
});
