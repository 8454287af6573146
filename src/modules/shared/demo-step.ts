// The shape of one demo-data step. Each module that has demo data exports one (src/modules/<m>/demo.ts);
// src/demo/seed.ts lists them in order. Here, beside the modules, because modules never import src/demo/.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SecretBox } from "../auth/adapters/secret-box.ts";
import type { FileStorage } from "../files/adapters/storage.ts";
import type { UseCaseContext } from "./context.ts";

/** Where the demo data lives: /demo at the top of the repository. */
export const DEMO_DIR = resolve(fileURLToPath(new URL("../../../demo", import.meta.url)));

export interface DemoStep {
  name: string;
  run(
    ctx: UseCaseContext,
    deps: {
      box: SecretBox;
      dir: string;
      log: (line: string) => void;
      /** Where imported files go (the server's storage); steps fall back to memory when absent. */
      storage?: FileStorage | undefined;
    },
  ): Promise<void>;
}

export const readDemoJson = <T>(dir: string, file: string): T =>
  JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
