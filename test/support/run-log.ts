// The log of a whole test run: every app a test builds logs at "info" into one file per project,
// and the run's end (global-setup.ts) searches it for what must never be logged — password hashes,
// sealed secrets, session tokens, the demo's password and TOTP seed, people's e-mail addresses.
// A leak fails the run, naming the line and the kind, never the secret.
import { appendFileSync, readFileSync } from "node:fs";
import { loggerOptions } from "../../src/server/log.ts";

declare module "vitest" {
  export interface ProvidedContext {
    runLog: string;
  }
}

async function runLogPath(): Promise<string | null> {
  try {
    const { inject } = await import("vitest");
    return inject("runLog") ?? null;
  } catch {
    return null; // outside a test run (benchmarks): no run log
  }
}

/** Logger options for an app built by a test; silent outside a run. */
export async function runLogger() {
  const path = await runLogPath();
  if (!path) return false as const;
  return loggerOptions("info", { write: (line: string) => appendFileSync(path, line) });
}

/** A value the log must not contain (a session token a test received), for the run's end to look for. */
export async function rememberSecret(value: string): Promise<void> {
  const path = await runLogPath();
  if (path && value.length >= 16) appendFileSync(`${path}.secrets`, `${value}\n`);
}

export interface Leak {
  line: number;
  kind: string;
}

const PATTERNS: Array<[kind: string, pattern: RegExp]> = [
  ["mã băm mật khẩu (argon2)", /\$argon2(?:id|i|d)\$/],
  ["bí mật đã niêm phong (v1.…)", /\bv1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{8,}/],
  ["tiêu đề xác thực", /"(?:cookie|authorization|x-csrf-token)"\s*:\s*"[^"[]/i],
];

/** Each line of `log` that holds a forbidden pattern or one of `secrets`. */
export function findLeaks(log: string, secrets: Array<{ kind: string; value: string }>): Leak[] {
  const leaks: Leak[] = [];
  const lines = log.split("\n");
  lines.forEach((text, i) => {
    for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) leaks.push({ line: i + 1, kind });
    for (const s of secrets) if (s.value && text.includes(s.value)) leaks.push({ line: i + 1, kind: s.kind });
  });
  return leaks;
}

/** The run's secrets: those the demo data holds and those tests received. */
export function knownSecrets(path: string): Array<{ kind: string; value: string }> {
  const demo = JSON.parse(readFileSync(new URL("../../demo/accounts.json", import.meta.url), "utf8")) as {
    password: string;
    adminTotpSecret: string;
    accounts: Array<{ email?: string }>;
  };
  const received = (() => {
    try {
      return readFileSync(`${path}.secrets`, "utf8").split("\n").filter(Boolean);
    } catch {
      return [];
    }
  })();
  return [
    { kind: "mật khẩu trình diễn", value: demo.password },
    { kind: "khóa TOTP trình diễn", value: demo.adminTotpSecret },
    ...demo.accounts.flatMap((a) => (a.email ? [{ kind: "địa chỉ e-mail của cán bộ", value: a.email }] : [])),
    ...received.map((value) => ({ kind: "mã phiên đăng nhập", value })),
  ];
}
