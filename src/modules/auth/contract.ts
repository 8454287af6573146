// Sign-in's API shapes: the credentials, the TOTP code, and the signed-in person ("me") that every
// sign-in step answers with, so the web app knows which step comes next.
import { z } from "zod";
import { ROLES } from "../../core/access.ts";
import { passwordSchema } from "../people/contract.ts";
import { line, nullableText } from "../shared/contract.ts";

export const MODES = ["demo", "production"] as const;
/** Demo mode accepts the demo accounts; production refuses them. */
export type Mode = (typeof MODES)[number];

export const SIGN_IN_STATES = ["ok", "totp_required", "totp_enrol_required"] as const;
export type SignInState = (typeof SIGN_IN_STATES)[number];

export const loginInput = z.object({
  username: line(60, 1, "Hãy nhập tên đăng nhập").toLowerCase(),
  password: z.string().min(1, "Hãy nhập mật khẩu").max(200),
});

export const totpCodeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Mã xác thực gồm 6 chữ số"),
});

export const actingOrgInput = z.object({ orgId: z.uuid() });

export const passwordChangeInput = z.object({ current: z.string().min(1), next: passwordSchema });

export const meOut = z.object({
  state: z.enum(SIGN_IN_STATES),
  user: z.object({ id: z.string(), username: z.string(), fullName: z.string() }),
  isAdmin: z.boolean(),
  totpEnabled: z.boolean(),
  actingOrgId: nullableText,
  memberships: z.array(z.object({ orgId: z.string(), orgName: z.string(), role: z.enum(ROLES) })),
  mode: z.enum(MODES),
  /**
   * Only for a person left without an active unit: why (the reorganisation that ended their unit)
   * and whom to ask, as one Vietnamese sentence to show in place of an empty home.
   */
  unitNotice: z
    .object({
      message: z.string(),
      contacts: z.array(z.object({ fullName: z.string(), orgName: z.string() })),
    })
    .nullable(),
});
export type Me = z.infer<typeof meOut>;

export const csrfOut = z.object({ token: z.string() });
export const totpEnrolmentOut = z.object({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() });
export const okOut = z.object({ ok: z.literal(true) });
