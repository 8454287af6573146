// Accounts of officials and their memberships (person × body × role).
import { bigint, boolean, date, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { ROLES } from "../../core/access.ts";
import { createdAt, id, moment, reference, timestamps } from "../../db/columns.ts";
import { orgChanges, orgRef } from "../orgs/schema.ts";
import { USER_STATUSES } from "./contract.ts";

export const users = pgTable("users", {
  id: id(),
  /** Lower-case login name. */
  username: text("username").notNull().unique(),
  fullName: text("full_name").notNull(),
  email: text("email"),
  phone: text("phone"),
  passwordHash: text("password_hash").notNull(),
  status: text("status", { enum: USER_STATUSES }).notNull().default("active"),
  failedLogins: integer("failed_logins").notNull().default(0),
  lockedUntil: moment("locked_until"),
  /** TOTP secret, encrypted with the server key (AES-256-GCM); null until enrolled. */
  totpSecret: text("totp_secret"),
  totpEnabled: boolean("totp_enabled").notNull().default(false),
  /** The last 30-second TOTP step accepted: a code is never accepted twice (RFC 6238 §5.2). */
  totpLastStep: bigint("totp_last_step", { mode: "number" }),
  /** Demo accounts exist only in demo mode; production mode refuses them. */
  isDemo: boolean("is_demo").notNull().default(false),
  ...timestamps(),
});

export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    userId: reference("user_id", () => users.id),
    orgId: orgRef(),
    role: text("role", { enum: ROLES }).notNull(),
    title: text("title"),
    createdAt: createdAt(),
    /**
     * The last day of a membership that a reorganisation ended (its body merged, split or dissolved),
     * and that change: kept as history, and to tell the person why they have no unit. Null: current.
     */
    endedOn: date("ended_on"),
    endedByChangeId: uuid("ended_by_change_id").references(() => orgChanges.id),
  },
  (t) => [
    unique("memberships_unique").on(t.userId, t.orgId, t.role),
    index("memberships_org_idx").on(t.orgId),
  ],
);

export type UserRow = typeof users.$inferSelect;
