// What the running application is made of, wired once at start by the server (src/server/app.ts)
// and handed to each module's route registration; each route passes on only what its use case
// needs. Declared here, beside the modules, so that modules depend on the shape and never on the
// server that builds it.
import type { Database } from "../../db/client.ts";
import type { SecretBox } from "../auth/adapters/secret-box.ts";
import type { Mode } from "../auth/contract.ts";
import type { FileStorage } from "../files/adapters/storage.ts";

/** Configuration from the environment, read once at start (src/server/config.ts loads it). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://... for a server; undefined = embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  mode: Mode;
  /** 32-byte key sealing secrets at rest (TOTP seeds). */
  secretKey: Buffer;
  /** Send cookies only over HTTPS (on by default in production). */
  cookieSecure: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  /** Sign-in attempts allowed per minute from one address (on top of the per-account lock-out). */
  loginRateLimit: number;
  /**
   * Addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-For is believed. Empty: the
   * socket's address is the client's, so a forged header cannot dodge the sign-in limit.
   */
  trustProxy: string[];
  version: string;
}

export interface AppDeps {
  database: Database;
  config: Config;
  box: SecretBox;
  /** Where stored files' bytes live (local disk under DATA_DIR/files by default). */
  storage: FileStorage;
  /** The clock. Tests pass a fixed one. */
  now: () => Date;
}
