// Accounts of officials and their memberships (person × body × role).
import { bigint, boolean, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { ROLES } from "../../core/access.ts";
import { orgs } from "../orgs/schema.ts";
import { USER_STATUSES } from "./contract.ts";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Lower-case login name. */
  username: text("username").notNull().unique(),
  fullName: text("full_name").notNull(),
  email: text("email"),
  phone: text("phone"),
  passwordHash: text("password_hash").notNull(),
  status: text("status", { enum: USER_STATUSES }).notNull().default("active"),
  failedLogins: integer("failed_logins").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  /** TOTP secret, encrypted with the server key (AES-256-GCM); null until enrolled. */
  totpSecret: text("totp_secret"),
  totpEnabled: boolean("totp_enabled").notNull().default(false),
  /** The last 30-second TOTP step accepted: a code is never accepted twice (RFC 6238 §5.2). */
  totpLastStep: bigint("totp_last_step", { mode: "number" }),
  /** Demo accounts exist only in demo mode; production mode refuses them. */
  isDemo: boolean("is_demo").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    orgId: uuid("org_id")
      .notNull()
      .references(() => orgs.id),
    role: text("role", { enum: ROLES }).notNull(),
    title: text("title"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("memberships_unique").on(t.userId, t.orgId, t.role),
    index("memberships_org_idx").on(t.orgId),
  ],
);

export type UserRow = typeof users.$inferSelect;
