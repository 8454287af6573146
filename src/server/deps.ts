// What the running application is made of, wired once at start (src/server/app.ts) and handed to
// route registrations; each route passes on only what its use case needs.
import type { Database } from "../db/client.ts";
import type { SecretBox } from "../modules/auth/secret-box.ts";
import type { Config } from "./config.ts";

export interface AppDeps {
  database: Database;
  config: Config;
  box: SecretBox;
  /** The clock. Tests pass a fixed one. */
  now: () => Date;
}
