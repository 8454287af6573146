// People's API shapes: an account with its memberships (person × body × role), the inputs that
// create an account or grant a role, and the password rule every new password meets.
import { z } from "zod";
import { ROLES } from "../../core/access.ts";
import { line, nullableText, searchText } from "../shared/contract.ts";

export const USER_STATUSES = ["active", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const passwordSchema = z
  .string()
  .min(10, "Mật khẩu phải có ít nhất 10 ký tự")
  .max(200)
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), "Mật khẩu phải có cả chữ và số");

export const membershipInput = z.object({
  orgId: z.uuid(),
  role: z.enum(ROLES),
  title: line(200).nullish(),
});

export const personInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,60}$/, "Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch (3–60 ký tự)"),
  fullName: line(200, 2, "Họ tên quá ngắn"),
  email: z.email("Địa chỉ thư điện tử không hợp lệ").nullish(),
  phone: line(30).nullish(),
  password: passwordSchema,
  memberships: z.array(membershipInput).min(1, "Cần ít nhất một đơn vị công tác"),
});

export const membershipOut = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  role: z.enum(ROLES),
  title: nullableText,
});

export const personOut = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: nullableText,
  phone: nullableText,
  status: z.enum(USER_STATUSES),
  totpEnabled: z.boolean(),
  memberships: z.array(membershipOut),
});
export type PersonOut = z.infer<typeof personOut>;
export type PersonInput = z.infer<typeof personInput>;
export type MembershipInput = z.infer<typeof membershipInput>;

export const peopleQuery = z.object({
  orgId: z.uuid().optional(),
  below: z.stringbool().optional(),
  q: searchText(100)
    .refine((s) => s.length >= 2, "Cần ít nhất 2 ký tự để tìm")
    .optional(),
});
export type PeopleQuery = z.infer<typeof peopleQuery>;

export const personStatusInput = z.object({ status: z.enum(USER_STATUSES) });
