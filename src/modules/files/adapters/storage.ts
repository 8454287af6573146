// One storage interface for every stored file (evidence, uploaded documents). Local disk under
// DATA_DIR/files by default; an object store can implement the same three methods for scale-out.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface FileStorage {
  /** Stores bytes; returns the key (content-addressed, so storing the same bytes twice is free). */
  put(bytes: Uint8Array): Promise<{ key: string; sha256: string; size: number }>;
  get(key: string): Promise<Buffer>;
  has(key: string): Promise<boolean>;
}

export function localDiskStorage(root: string): FileStorage {
  const pathOf = (key: string) => join(root, key.slice(0, 2), key);
  return {
    async put(bytes) {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
        // Write then rename, so a crash never leaves half a file under its final name.
        const tmp = `${path}.${process.pid}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, path);
      }
      return { key: sha256, sha256, size: bytes.byteLength };
    },
    get: (key) => readFile(pathOf(key)),
    has: async (key) => existsSync(pathOf(key)),
  };
}

/** Keeps bytes in memory: for tests. */
export function memoryStorage(): FileStorage {
  const files = new Map<string, Buffer>();
  return {
    async put(bytes) {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      files.set(sha256, Buffer.from(bytes));
      return { key: sha256, sha256, size: bytes.byteLength };
    },
    async get(key) {
      const f = files.get(key);
      if (!f) throw new Error(`no file ${key}`);
      return f;
    },
    has: async (key) => files.has(key),
  };
}
