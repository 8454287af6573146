// The shape of one demo-data step. Each module that has demo data exports one (src/modules/<m>/demo.ts);
// src/modules/demo/seed.ts lists them in order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SecretBox } from "../auth/secret-box.ts";
import type { FileStorage } from "../files/storage.ts";
import type { UseCaseContext } from "../shared/context.ts";

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

export const readDemoJson = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
