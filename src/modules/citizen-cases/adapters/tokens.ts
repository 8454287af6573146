// The tracking code a citizen looks a case up with, and the follow-up secret that proves they
// sent it: random (crypto), the secret kept only as its SHA-256 and compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// No 0/O, 1/I/L: a code read over the phone or copied from paper stays unambiguous.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newTrackingCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join("")).join("-");
}

export const newSecret = (): string => randomBytes(18).toString("base64url");

export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
