// Configuration from the environment, read once at start. Everything has a default so that
// `npm start` works on a fresh machine; production sets what it must (see README, "Cấu hình").
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cheapPasswordCost } from "../modules/auth/adapters/password.ts";
import type { Mode } from "../modules/auth/contract.ts";
import type { Config } from "../modules/shared/deps.ts";
import { version } from "./version.ts";

export type { Config };

type Env = Record<string, string | undefined>;

function loadSecretKey(env: Env, dataDir: string): Buffer {
  const fromEnv = env.THUCTHI_SECRET_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, /^[0-9a-f]{64}$/i.test(fromEnv) ? "hex" : "base64");
    if (key.length !== 32) throw new Error("THUCTHI_SECRET_KEY phải là 32 byte (64 ký tự hex hoặc base64).");
    return key;
  }
  // Without a configured key, one is made on first start and kept beside the data.
  const file = join(dataDir, "secret.key");
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString("hex"), { mode: 0o600 });
  return key;
}

/**
 * Puts a restored backup's key where loadSecretKey finds it. The key it replaces is kept beside it
 * (it may still open something the administrator restored by mistake).
 */
export function installSecretKey(dataDir: string, key: Buffer, now: Date, name = "secret.key"): string {
  const file = join(dataDir, name);
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(file)) {
    const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, "");
    renameSync(file, `${file}.before-restore-${stamp}`);
  }
  writeFileSync(file, key.toString("hex"), { mode: 0o600 });
  return file;
}

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = resolve(overrides.dataDir ?? env.DATA_DIR ?? "./data");
  const mode: Mode = overrides.mode ?? (env.THUCTHI_MODE === "demo" ? "demo" : "production");
  const port = overrides.port ?? Number(env.PORT ?? 3000);
  return {
    port,
    host: overrides.host ?? env.HOST ?? "0.0.0.0",
    dataDir,
    databaseUrl: overrides.databaseUrl ?? env.DATABASE_URL,
    mode,
    secretKey: overrides.secretKey ?? loadSecretKey(env, dataDir),
    cookieSecure:
      overrides.cookieSecure ?? (env.COOKIE_SECURE ? env.COOKIE_SECURE === "1" : mode === "production"),
    smtpUrl: overrides.smtpUrl ?? env.SMTP_URL,
    mailFrom: overrides.mailFrom ?? env.MAIL_FROM ?? "Thực Thi <khong-tra-loi@thucthi.local>",
    publicUrl: overrides.publicUrl ?? env.PUBLIC_URL ?? `http://localhost:${port}`,
    loginRateLimit: overrides.loginRateLimit ?? Number(env.LOGIN_RATE_LIMIT ?? 10),
    trustProxy:
      overrides.trustProxy ??
      (env.TRUST_PROXY ?? "")
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    version,
  };
}

/**
 * Settings that only a test run may use, refused by a server in production mode: the cheap password
 * hash of THUCTHI_PASSWORD_COST=test would make every stored password easy to crack.
 */
export function assertProductionSafe(config: Config, env: Env = process.env): void {
  if (config.mode === "production" && cheapPasswordCost(env))
    throw new Error(
      "THUCTHI_PASSWORD_COST=test chỉ dùng khi kiểm thử: máy chủ ở chế độ vận hành không chạy với mật khẩu băm giá rẻ.",
    );
}
