// What the server says about the signed-in person (GET /api/auth/me and the sign-in steps).

export const ROLES = [
  "admin",
  "leader",
  "coordinator",
  "specialist",
  "reception_officer",
  "complaint_handler",
] as const;
export type Role = (typeof ROLES)[number];

export type SignInState = "ok" | "totp_required" | "totp_enrol_required";

export interface Me {
  state: SignInState;
  user: { id: string; username: string; fullName: string };
  isAdmin: boolean;
  totpEnabled: boolean;
  actingOrgId: string | null;
  memberships: Array<{ orgId: string; orgName: string; role: Role }>;
  mode: "demo" | "production";
}

export interface TotpEnrolment {
  secret: string;
  uri: string;
  qrDataUrl: string;
}
