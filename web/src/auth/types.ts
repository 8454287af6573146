// What the server says about the signed-in person (GET /api/auth/me and the sign-in steps): the
// server's contract types (type-only) and its list of roles (src/core, bundled).
import type { z } from "zod";
import type { totpEnrolmentOut } from "../../../src/modules/auth/contract.ts";

export { ROLES, type Role } from "../../../src/core/access.ts";
export type { Me, SignInState } from "../../../src/modules/auth/contract.ts";
export type TotpEnrolment = z.infer<typeof totpEnrolmentOut>;
