// The sign-in and account calls (/api/auth/*).
import type { z } from "zod";
import type { okOut } from "../../../src/modules/auth/contract.ts";
import { api } from "../shared/api.ts";
import type { Me, TotpEnrolment } from "./types.ts";

type Ok = z.infer<typeof okOut>;

// Sign-in steps answer UNAUTHENTICATED for a wrong password: not a lost session.
const quiet = { watchSession: false };

export const authApi = {
  me: () => api.get<Me>("/api/auth/me", undefined, quiet),
  login: (username: string, password: string) =>
    api.post<Me>("/api/auth/login", { username, password }, quiet),
  totp: (code: string) => api.post<Me>("/api/auth/totp", { code }, quiet),
  startEnrolment: () => api.post<TotpEnrolment>("/api/auth/totp/enrol", {}, quiet),
  confirmEnrolment: (code: string) => api.post<Me>("/api/auth/totp/enrol/confirm", { code }, quiet),
  logout: () => api.post<Ok>("/api/auth/logout", {}, quiet),
  setActingOrg: (orgId: string) => api.post<Me>("/api/auth/acting-org", { orgId }),
  changePassword: (current: string, next: string) => api.post<Ok>("/api/auth/password", { current, next }),
};
