// The audit trail's API shapes: the query of the trail, an event as officials read it (digests of
// the records' states stay on the server), and the result of verifying the chain.
import { z } from "zod";
import { line, nullableText, wholeNumber } from "../shared/contract.ts";

export const auditQuery = z.object({
  entity: line(60).optional(),
  entityId: line(100).optional(),
  beforeSeq: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
  limit: wholeNumber(1, 200).default(50),
});
export type AuditQueryInput = z.infer<typeof auditQuery>;

export const auditEventOut = z.object({
  seq: z.number(),
  at: z.string(),
  actorUserId: nullableText,
  actorLabel: z.string(),
  actingOrgId: nullableText,
  action: z.string(),
  entity: z.string(),
  entityId: nullableText,
  summary: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
  /** The record as officials know it (document symbol, task title, person's name) and its page. */
  record: z.object({ name: z.string(), link: nullableText }).nullable(),
});
export type AuditEventOut = z.infer<typeof auditEventOut>;

export const verifyOut = z.object({
  ok: z.boolean(),
  count: z.number(),
  firstBreak: z.object({ seq: z.number(), reason: z.string() }).nullable(),
});
export type VerifyOut = z.infer<typeof verifyOut>;
