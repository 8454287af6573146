// The pure part of the audit chain: canonical serialisation and hashing. Deterministic, so the
// verifier recomputes exactly what the writer computed, on any engine and in any key order.
import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** Fields never digested: secrets must not become guessable through their hash. */
const SECRET_FIELDS = new Set(["passwordHash", "totpSecret", "tokenHash", "password"]);

/** Digest of a record's state (before or after a change), with secrets left out. */
export function digestRecord(record: unknown): string | null {
  if (record == null) return null;
  const clean =
    typeof record === "object" && !Array.isArray(record)
      ? Object.fromEntries(Object.entries(record).filter(([k]) => !SECRET_FIELDS.has(k)))
      : record;
  return sha256(canonicalJson(clean));
}

export const GENESIS_HASH = "0".repeat(64);

export interface ChainFields {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  actingOrgId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  summary: Record<string, unknown> | null;
}

/** Normalises a timestamp as either driver returns it, to the ISO text that was hashed. */
export const isoInstant = (at: string | Date): string => new Date(at).toISOString();

export function eventHash(prevHash: string, f: ChainFields): string {
  // Name every field: rows read back carry more columns (prevHash, hash) that must not be hashed.
  const content: ChainFields = {
    seq: Number(f.seq),
    at: isoInstant(f.at),
    actorUserId: f.actorUserId,
    actorLabel: f.actorLabel,
    actingOrgId: f.actingOrgId,
    action: f.action,
    entity: f.entity,
    entityId: f.entityId,
    beforeDigest: f.beforeDigest,
    afterDigest: f.afterDigest,
    summary: f.summary ?? null,
  };
  return sha256(`${prevHash}\n${canonicalJson(content)}`);
}

export type ChainBreak = { seq: number; reason: string };

/**
 * Checks a run of events (ordered by seq) that follows `prev` (the last good event, or none).
 * Returns the first broken link, or null.
 */
export function findBreak(
  events: Array<ChainFields & { prevHash: string; hash: string }>,
  prev: { seq: number; hash: string } | null,
): ChainBreak | null {
  let expectedSeq = (prev?.seq ?? 0) + 1;
  let prevHash = prev?.hash ?? GENESIS_HASH;
  for (const e of events) {
    if (e.seq !== expectedSeq)
      return { seq: expectedSeq, reason: `thiếu sự kiện số ${expectedSeq} (gặp số ${e.seq})` };
    if (e.prevHash !== prevHash) return { seq: e.seq, reason: "liên kết với sự kiện trước bị sửa" };
    if (eventHash(e.prevHash, e) !== e.hash) return { seq: e.seq, reason: "nội dung sự kiện bị sửa" };
    prevHash = e.hash;
    expectedSeq++;
  }
  return null;
}
