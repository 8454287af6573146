// Accounts of officials and their memberships (person × body × role).
import { bigint, boolean, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { z } from "zod";
import { ROLES } from "../../core/access.ts";
import { orgs } from "../orgs/schema.ts";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Lower-case login name. */
  username: text("username").notNull().unique(),
  fullName: text("full_name").notNull(),
  email: text("email"),
  phone: text("phone"),
  passwordHash: text("password_hash").notNull(),
  status: text("status", { enum: ["active", "disabled"] })
    .notNull()
    .default("active"),
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

// ---------- API shapes ----------
export const passwordSchema = z
  .string()
  .min(10, "Mật khẩu phải có ít nhất 10 ký tự")
  .max(200)
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), "Mật khẩu phải có cả chữ và số");

export const membershipInput = z.object({
  orgId: z.uuid(),
  role: z.enum(ROLES),
  title: z.string().trim().max(200).nullish(),
});

export const personInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,60}$/, "Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch (3–60 ký tự)"),
  fullName: z.string().trim().min(2).max(200),
  email: z.email("Địa chỉ thư điện tử không hợp lệ").nullish(),
  phone: z.string().trim().max(30).nullish(),
  password: passwordSchema,
  memberships: z.array(membershipInput).min(1, "Cần ít nhất một đơn vị công tác"),
});

export const membershipOut = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  role: z.enum(ROLES),
  title: z.string().nullable(),
});

export const personOut = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(["active", "disabled"]),
  totpEnabled: z.boolean(),
  memberships: z.array(membershipOut),
});
export type PersonOut = z.infer<typeof personOut>;
