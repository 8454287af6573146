// Sign-in sessions. The cookie holds a random token; the table holds only its SHA-256,
// so a stolen database copy cannot be replayed as a cookie.
import { boolean, index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, moment, reference, stamp } from "../../db/columns.ts";
import { optionalOrgRef } from "../orgs/schema.ts";
import { users } from "../people/schema.ts";

export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: reference("user_id", () => users.id),
    /** False until the TOTP code is given (for accounts with a second factor). */
    mfaPassed: boolean("mfa_passed").notNull().default(false),
    actingOrgId: optionalOrgRef("acting_org_id"),
    createdAt: createdAt(),
    lastSeenAt: stamp("last_seen_at"),
    expiresAt: moment("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
