// What the running application is made of, wired once at start (src/server/app.ts) and handed to
// route registrations; each route passes on only what its use case needs.
import type { Database } from "../db/client.ts";
import type { SecretBox } from "../modules/auth/secret-box.ts";
import type { FileStorage } from "../modules/files/storage.ts";
import type { Config } from "./config.ts";

export interface AppDeps {
  database: Database;
  config: Config;
  box: SecretBox;
  /** Where stored files' bytes live (local disk under DATA_DIR/files by default). */
  storage: FileStorage;
  /** The clock. Tests pass a fixed one. */
  now: () => Date;
}
