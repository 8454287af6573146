// Reads an uploaded document (extraction and parsing) in a worker thread, so that one document,
// however made, cannot hold the server's event loop or its heap: the worker has a time limit and
// its own heap limits, and ends when it exceeds them. Few run at once; the next ones wait in a short
// queue, and past it the import is refused for now. See docs/decisions/parse-in-worker.md.
import { Worker } from "node:worker_threads";
import { busy, invalid, tooLarge, unprocessable } from "../../../../core/errors.ts";
import type { ReadDocument, WorkerAnswer } from "./read.ts";

export type { ReadDocument } from "./read.ts";

export interface ReadLimits {
  /** Time for one document, start-up of the worker included. */
  timeoutMs: number;
  /** The worker's heap; a real directive needs well under 200 MB. */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  /** Workers at once (each may use its heap limit), and documents that may wait for one. */
  concurrency: number;
  queue: number;
}

export const READ_LIMITS: ReadLimits = {
  timeoutMs: 30_000,
  maxOldGenerationSizeMb: 768,
  maxYoungGenerationSizeMb: 64,
  concurrency: 2,
  queue: 8,
};

let running = 0;
const waiting: Array<() => void> = [];

async function slot(limits: ReadLimits): Promise<() => void> {
  if (running >= limits.concurrency) {
    if (waiting.length >= limits.queue)
      throw busy("Máy chủ đang đọc nhiều văn bản cùng lúc. Hãy thử nhập lại sau ít phút.");
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  // A waiter is handed the finished worker's place, so `running` counts it already.
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

/** Extracts and parses a document in a worker; refusals are AppErrors (400, 413, 422, 503). */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = READ_LIMITS,
): Promise<ReadDocument> {
  const release = await slot(limits);
  try {
    const answer = await runWorker(bytes, fileName, limits);
    if (answer.ok) return answer.value;
    if (answer.kind === "too-large") throw tooLarge(answer.message);
    if (answer.kind === "unreadable") throw unprocessable(answer.message);
    throw invalid(`Không đọc được nội dung tệp "${fileName}": ${answer.message}`);
  } finally {
    release();
  }
}

function runWorker(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker.mjs", import.meta.url), {
      workerData: { bytes, fileName },
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
      },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            unprocessable(
              `Văn bản "${fileName}" quá phức tạp: không đọc xong trong ${limits.timeoutMs / 1000} giây. Hãy kiểm tra lại tệp, hoặc chia văn bản thành các tệp nhỏ hơn.`,
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.once("message", (answer: WorkerAnswer) => settle(() => resolve(answer)));
    worker.once("error", (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? tooLarge(`Văn bản "${fileName}" quá lớn: đọc nó cần nhiều bộ nhớ hơn mức cho phép.`)
            : err, // a fault of the worker itself (not of the document): a 500, logged
        ),
      ),
    );
    worker.once("exit", (code) =>
      settle(() => reject(unprocessable(`Không đọc được văn bản "${fileName}" (mã thoát ${code}).`))),
    );
  });
}
