// One uploaded document never stops the server: zip bombs, a text near the 20 MB limit and a text of
// millions of short lines are refused with 413/422 and a Vietnamese message, while another official's
// requests (GET /api/health in a loop) keep being answered within a second.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import type { TestClient } from "../../../../test/support/app.ts";
import { systemContext } from "../../../../test/support/context.ts";
import { setupTestApp } from "../../../../test/support/lifecycle.ts";
import { docxBomb } from "../adapters/extract/zip.test-helper.ts";
import { readDocument } from "../adapters/read-document/index.ts";
import { importDirective } from "./import.ts";

const t = setupTestApp();

async function upload(c: TestClient, bytes: Buffer, fileName: string) {
  const boundary = "----thucthi-limits-boundary";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: "POST",
    url: "/api/directives/import",
    payload,
    cookies: c.cookies,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "x-csrf-token": c.csrf ?? "" },
  });
  return { status: res.statusCode, body: res.json() as { code?: string; message?: string } };
}

/** Runs `work` while another client asks for /api/health in a loop; the health answers' latencies. */
async function whileHealthIsAsked<T>(
  work: () => Promise<T>,
): Promise<{ result: T; p99: number; count: number }> {
  const latencies: number[] = [];
  let done = false;
  const other = (async () => {
    while (!done) {
      const start = performance.now();
      const res = await t.app.inject({ method: "GET", url: "/api/health" });
      latencies.push(performance.now() - start);
      expect(res.statusCode).toBe(200);
      // Leaves the event loop a turn, as a client on the network would.
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  // A beat so that a blocked event loop shows in the latencies, however fast the refusal.
  await new Promise((r) => setTimeout(r, 50));
  const result = await work().finally(() => {
    done = true;
  });
  await other;
  latencies.sort((a, b) => a - b);
  return { result, p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0, count: latencies.length };
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** A plan of `n` tasks in a table, under the header of a real plan (testdata/province-plan.txt). */
function planOfTasks(n: number, symbol: string): Buffer {
  const head = readFileSync(new URL("../testdata/province-plan.txt", import.meta.url), "utf8")
    .split("\n")
    .slice(0, 12)
    .join("\n")
    .replace("60-KH/TU", symbol);
  const rows = Array.from(
    { length: n },
    (_, i) => `| ${i + 1} | Rà soát văn bản số ${i + 1} | Sở Tư pháp | Sở Nội vụ | 2025 |`,
  );
  return Buffer.from(
    `${head}\n| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n${rows.join("\n")}\n`,
  );
}

const SHAPES: Array<{ name: string; make: () => Buffer; fileName: string }> = [
  {
    name: "a .docx of a few KB that unpacks to 10 MiB of XML",
    make: () => docxBomb(10),
    fileName: "bom-10.docx",
  },
  { name: "a .docx that unpacks to 50 MiB of XML", make: () => docxBomb(50), fileName: "bom-50.docx" },
  {
    name: "a .docx whose zip says its XML is 1 KB while it unpacks to 50 MiB",
    make: () => docxBomb(50, { declaredSize: 1024 }),
    fileName: "bom-noi-doi.docx",
  },
  {
    name: "a .txt of 19 MiB (under the 20 MB upload limit)",
    make: () => {
      const line = Buffer.from("Nhiệm vụ triển khai thực hiện kế hoạch của ủy ban nhân dân\n");
      return Buffer.concat(Array.from({ length: Math.floor((19 * 2 ** 20) / line.length) }, () => line));
    },
    fileName: "dai.txt",
  },
  {
    // Once answered 500: one insert of all its rows passed PostgreSQL's 65,535 parameters.
    name: "a plan of 5,000 tasks",
    make: () => planOfTasks(5_000, "61-KH/TU"),
    fileName: "5000-viec.txt",
  },
  {
    name: "a text of millions of short lines",
    make: () => Buffer.from("a\n".repeat(4_000_000)),
    fileName: "dong-ngan.txt",
  },
];

describe("an upload too large or too complex to read", () => {
  for (const shape of SHAPES)
    it(`refuses ${shape.name} with 413/422 while the server keeps answering`, async () => {
      const c = await t.signedIn("tuyengiao.duk");
      await c.fetchCsrf();
      const bytes = shape.make();
      expect(bytes.length).toBeLessThan(20 * 2 ** 20);
      const { result, p99, count } = await whileHealthIsAsked(() => upload(c, bytes, shape.fileName));
      expect([413, 422]).toContain(result.status);
      expect(result.body.code).toMatch(/^(TOO_LARGE|UNPROCESSABLE)$/);
      expect(result.body.message).toMatch(VIETNAMESE);
      expect(count).toBeGreaterThan(0);
      // The figure the hardening issue asks for: another client's p99 while this file is refused.
      console.info(`${shape.name}: ${result.status}, health p99 ${p99.toFixed(1)} ms over ${count} requests`);
      expect(p99).toBeLessThan(1000);
      // The server is still up and still imports.
      expect((await c.get("/api/health")).status).toBe(200);
    }, 120_000);

  it("still imports a long plan (1,500 tasks, inserted in slices)", async () => {
    const c = await t.signedIn("tuyengiao.duk");
    await c.fetchCsrf();
    const res = await upload(c, planOfTasks(1_500, "62-KH/TU"), "1500-viec.txt");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ symbol: "62-KH/TU", tasks: 1_500 });
  }, 120_000);

  it("refuses the same shapes on the CLI's path (importDirective) with the same errors", async () => {
    const ctx = systemContext(t.deps.database.db, t.clock.now);
    for (const [bytes, fileName] of [
      [docxBomb(50), "bom.docx"],
      [Buffer.from("a\n".repeat(4_000_000)), "dong.txt"],
    ] as const)
      await expect(
        importDirective(ctx, t.deps.storage, { bytes, fileName, mimeType: "text/plain", ownerOrgId: null }),
      ).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/quá lớn/) });
  }, 120_000);

  it("ends a worker that runs past its time and answers 422", async () => {
    const bytes = Buffer.from("KẾ HOẠCH\nTriển khai nhiệm vụ năm 2025.\n");
    await expect(
      readDocument(bytes, "a.txt", {
        timeoutMs: 1,
        maxOldGenerationSizeMb: 256,
        maxYoungGenerationSizeMb: 32,
        concurrency: 1,
        queue: 0,
      }),
    ).rejects.toMatchObject({
      status: 422,
      code: "UNPROCESSABLE",
      message: expect.stringMatching(/quá phức tạp/),
    });
  });

  it("lets only a few documents be read at once and answers 503 past the queue", async () => {
    const limits = {
      timeoutMs: 30_000,
      maxOldGenerationSizeMb: 256,
      maxYoungGenerationSizeMb: 32,
      concurrency: 1,
      queue: 1,
    };
    const bytes = Buffer.from("KẾ HOẠCH\nTriển khai nhiệm vụ năm 2025.\n");
    const all = await Promise.allSettled([1, 2, 3].map(() => readDocument(bytes, "a.txt", limits)));
    expect(all.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((all[2] as PromiseRejectedResult).reason).toMatchObject({ status: 503, code: "BUSY" });
    // The places are given back: the next document is read.
    expect((await readDocument(bytes, "a.txt", limits)).normalised).toMatch(/KẾ HOẠCH/);
  });
});
