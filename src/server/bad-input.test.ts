// Bad input found by a tester answered 500: each case here is answered 4xx with a Vietnamese
// message instead (the contract's shared shapes, the form reader and the error handler).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../test/support/app.ts";
import { setupTestApp } from "../../test/support/lifecycle.ts";

const t = setupTestApp();
let official: TestClient;
let admin: TestClient;
let work: { id: string; version: number };
let draft: { id: string; version: number; taskId: string };

beforeAll(async () => {
  official = await t.signedIn("chuyenvien.p1");
  await official.fetchCsrf();
  admin = await t.signedIn("admin");
  await admin.fetchCsrf();
  const list = (await official.get("/api/assignments")).body as {
    items: Array<{ id: string; version: number }>;
  };
  work = list.items[0] as { id: string; version: number };
  const plan = readFileSync(
    new URL("../modules/directives/testdata/province-plan.txt", import.meta.url),
    "utf8",
  );
  const imported = await postForm(admin, "/api/directives/import", [
    { name: "file", value: plan, file: "kh.txt" },
  ]);
  const id = (imported.body as unknown as { id: string }).id;
  const review = (await admin.get(`/api/directives/${id}/review`)).body as {
    directive: { version: number };
    tasks: Array<{ id: string }>;
  };
  draft = { id, version: review.directive.version, taskId: (review.tasks[0] as { id: string }).id };
});

const boundary = "----thucthi-bad-input";
type Part = { name: string; value: string; file?: string };
function form(parts: Part[]): Buffer {
  return Buffer.concat([
    ...parts.map((p) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.file === undefined ? "" : `; filename="${p.file}"\r\nContent-Type: text/plain`}\r\n\r\n${p.value}\r\n`,
      ),
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}

async function inject(c: TestClient, url: string, payload: Buffer | string, contentType: string) {
  const res = await t.app.inject({
    method: "POST",
    url,
    cookies: c.cookies,
    headers: { "content-type": contentType, "x-csrf-token": c.csrf ?? "" },
    payload,
  });
  return { status: res.statusCode, body: res.json() as { code: string; message: string } };
}
const postForm = (c: TestClient, url: string, parts: Part[]) =>
  inject(c, url, form(parts), `multipart/form-data; boundary=${boundary}`);

describe("impossible and out-of-range dates", () => {
  it.each(["2026-02-30", "2026-13-01", "0000-01-01"])(
    "refuses %s in a list filter and an export",
    async (d) => {
      for (const url of [`/api/assignments?dueFrom=${d}`, `/api/assignments/export.xlsx?dueTo=${d}`]) {
        const res = await official.get(url);
        expect(res.status, url).toBe(400);
        expect((res.body as { message: string }).message).toMatch(/Ngày/);
      }
    },
  );

  it("refuses a draft task due on 30 February, so its confirmation cannot fail later", async () => {
    const res = await admin.request("PATCH", `/api/directives/${draft.id}/tasks/${draft.taskId}`, {
      version: draft.version,
      timeframe: { kind: "deadline", text: "trước ngày 30/02/2026", due: "2026-02-30" },
    });
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toContain("Ngày không có trên lịch");
  });

  it("refuses work completed in 1900", async () => {
    const res = await official.post(`/api/assignments/${work.id}/completion`, {
      version: work.version,
      completedOn: "1900-01-01",
      narrative: "Đã xong",
    });
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toContain("01/01/2000");
  });
});

describe("NUL characters", () => {
  it("drops control characters from a comment, which is then saved", async () => {
    const res = await official.post(`/api/assignments/${work.id}/updates`, {
      kind: "comment",
      narrative: "Ý kiến\u0000 có ký tự lạ\u0007",
    });
    expect(res.status).toBe(200);
    const detail = (await official.get(`/api/assignments/${work.id}`)).body as {
      timeline: Array<{ narrative: string | null }>;
    };
    expect(detail.timeline.map((e) => e.narrative)).toContain("Ý kiến có ký tự lạ");
  });

  it("refuses a NUL in a name, a user name and a search", async () => {
    const person = await admin.post("/api/orgs", { system: "state", kind: "ward", name: "Phường\u0000Mới" });
    expect(person.status).toBe(400);
    expect((person.body as { message: string }).message).toContain("ký tự điều khiển");
    const login = await t.client().post("/api/auth/login", { username: "ad\u0000min", password: "x" });
    expect(login.status).toBe(400);
    const search = await official.get(`/api/assignments?q=${encodeURIComponent("a\u0000b")}`);
    expect(search.status).toBe(200);
  });

  it("drops a NUL from imported organisation text", async () => {
    const csv = "code,parent_code,system,kind,level,name\nNUL-1,,state,ward,,Phường Thử\u0000\n";
    const res = await admin.post("/api/orgs/import", { format: "csv", content: csv });
    expect(res.status).toBe(200);
  });
});

describe("numbers", () => {
  it("refuses a version past int4", async () => {
    const res = await official.post(`/api/assignments/${work.id}/updates`, {
      kind: "progress",
      version: 2 ** 31,
      percent: 10,
    });
    expect(res.status).toBe(400);
    const edit = await admin.request("PATCH", `/api/directives/${draft.id}`, {
      version: 2 ** 31,
      title: "X",
    });
    expect(edit.status).toBe(400);
  });

  it.each([true, [50], "", "1e1", 50.5, 101])("refuses percent %j", async (percent) => {
    const res = await official.post(`/api/assignments/${work.id}/updates`, {
      kind: "progress",
      version: work.version,
      percent,
    });
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toContain("Tỷ lệ từ 0 đến 100, là số nguyên");
  });

  it("takes percent and version from a form's digits", async () => {
    const current = (await official.get(`/api/assignments/${work.id}`)).body as { version: number };
    const res = await postForm(official, `/api/assignments/${work.id}/updates`, [
      { name: "kind", value: "progress" },
      { name: "version", value: String(current.version) },
      { name: "percent", value: "40" },
    ]);
    expect(res.status).toBe(200);
  });
});

describe("multipart forms", () => {
  it("answers a directive import with more than five fields with 413 and says why", async () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}`, value: "1" }));
    const res = await postForm(admin, "/api/directives/import", [
      ...parts,
      { name: "file", value: "Kế hoạch", file: "a.txt" },
    ]);
    expect(res.status).toBe(413);
    expect(res.body.message).toBe("Biểu mẫu có quá nhiều trường dữ liệu.");
  });

  it("says eleven files are too many files, not too large", async () => {
    const files = Array.from({ length: 11 }, (_, i) => ({ name: "files", value: "x", file: `t${i}.txt` }));
    const res = await postForm(official, `/api/assignments/${work.id}/updates`, [
      { name: "kind", value: "comment" },
      { name: "narrative", value: "Kèm tệp" },
      ...files,
    ]);
    expect(res.status).toBe(413);
    expect(res.body.message).toContain("quá nhiều tệp");
  });

  it("refuses an empty file by its name, and leaves out an input where nothing was chosen", async () => {
    const url = `/api/assignments/${work.id}/updates`;
    const fields = [
      { name: "kind", value: "comment" },
      { name: "narrative", value: "Kèm tệp" },
    ];
    const empty = await postForm(official, url, [
      ...fields,
      { name: "files", value: "", file: "bien-ban.pdf" },
    ]);
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain("bien-ban.pdf");
    const nothing = await postForm(official, url, [...fields, { name: "files", value: "", file: "" }]);
    expect(nothing.status).toBe(200);
  });

  it("answers a form without a boundary, or cut short, with 400", async () => {
    const url = `/api/assignments/${work.id}/updates`;
    const noBoundary = await inject(official, url, "--x\r\n", "multipart/form-data");
    expect(noBoundary.status).toBe(400);
    expect(noBoundary.body.message).toContain("ranh giới");
    const cut = await inject(
      official,
      url,
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ncomm`,
      `multipart/form-data; boundary=${boundary}`,
    );
    // Busboy reads the cut value as given: the form is then judged on its fields.
    expect(cut.status).toBe(400);
  });
});
