// The instance key travels inside a backup sealed with a passphrase that only the administrator
// knows: a backup alone (stolen tape) does not open the TOTP seeds, yet a restore into a new data
// folder can read them. scrypt makes guessing the passphrase slow; AES-256-GCM detects a wrong one.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from "node:crypto";

export interface SealedKey {
  kdf: "scrypt";
  /** scrypt cost parameters, kept so that a later version can raise them and still open old backups. */
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  body: string;
}

const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const MIN_PASSPHRASE = 12;

/** A short public name of a key, to tell whether two keys are the same without showing either. */
export function keyFingerprint(key: Buffer): string {
  return createHash("sha256").update("thucthi-instance-key:").update(key).digest("hex").slice(0, 16);
}

export function passphraseProblem(passphrase: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE)
    return `Mật khẩu sao lưu phải có ít nhất ${MIN_PASSPHRASE} ký tự.`;
  return null;
}

function derive(passphrase: string, salt: Buffer, p: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize("NFC"), salt, 32, {
    N: p.N,
    r: p.r,
    p: p.p,
    maxmem: 256 * p.N * p.r,
  });
}

export function sealKey(key: Buffer, passphrase: string): SealedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derive(passphrase, salt, SCRYPT), iv);
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kdf: "scrypt",
    ...SCRYPT,
    salt: salt.toString("base64"),
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    body: body.toString("base64"),
  };
}

/** The key, or null when the passphrase is not the one the backup was made with. */
export function openKey(sealed: SealedKey, passphrase: string): Buffer | null {
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      derive(passphrase, Buffer.from(sealed.salt, "base64"), sealed),
      Buffer.from(sealed.iv, "base64"),
    );
    decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(sealed.body, "base64")), decipher.final()]);
  } catch {
    return null;
  }
}
