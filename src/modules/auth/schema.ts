// Sign-in sessions. The cookie holds a random token; the table holds only its SHA-256,
// so a stolen database copy cannot be replayed as a cookie.
import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orgs } from "../orgs/schema.ts";
import { users } from "../people/schema.ts";

export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** False until the TOTP code is given (for accounts with a second factor). */
    mfaPassed: boolean("mfa_passed").notNull().default(false),
    actingOrgId: uuid("acting_org_id").references(() => orgs.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);
