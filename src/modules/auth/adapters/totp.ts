// Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as every authenticator app reads them.
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";

const ISSUER = "Thực Thi";

export const newTotpSecret = (): string => new OTPAuth.Secret({ size: 20 }).base32;

const totpFor = (secretBase32: string, label = "") =>
  new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });

/**
 * The 30-second step a code belongs to, if it is the current one or one either side (clock drift),
 * and later than `lastStep` — a code already used is refused (RFC 6238 §5.2). Null if not accepted.
 */
export function acceptTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 30_000) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export const totpCode = (secretBase32: string, now: Date): string =>
  totpFor(secretBase32).generate({ timestamp: now.getTime() });

export async function enrolmentFor(secretBase32: string, username: string) {
  const uri = totpFor(secretBase32, username).toString();
  return { secret: secretBase32, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}
