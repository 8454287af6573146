// A case comes in: from the portal (no account: the system acts, under the portal's rate limits)
// or entered by hand by an official from a letter, a call or a reception visit. One transaction:
// the case with its sender sealed, its files checked by content (files/), its first timeline
// entry and the audit event — which names the case, never the sender.
import { and, eq } from "drizzle-orm";
import type { IsoDate } from "../../../core/calendar/index.ts";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { forbidden, invalid } from "../../../core/errors.ts";
import type { SecretBox } from "../../auth/adapters/secret-box.ts";
import type { FileStorage } from "../../files/adapters/storage.ts";
import { saveFile } from "../../files/use-cases/save.ts";
import { loadCalendar } from "../../holiday-schedules/queries.ts";
import { getOrgRef } from "../../orgs/queries.ts";
import { orgs } from "../../orgs/schema.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { hashSecret, newSecret, newTrackingCode } from "../adapters/tokens.ts";
import type { IntakeInput, SenderInput, Submission } from "../contract.ts";
import { casePolicy } from "../policy.ts";
import { intakeDue } from "../rules/deadline.ts";
import { missingFor } from "../rules/requirements.ts";
import { citizenCaseEvents, citizenCaseFiles, citizenCases } from "../schema.ts";

export interface IntakeDeps {
  box: SecretBox;
  storage: FileStorage;
}

const clean = (v: string | undefined) => (v?.trim() ? v.trim() : null);

export function sealSender(box: SecretBox, s: SenderInput): string {
  return box.seal(
    JSON.stringify({
      name: clean(s.name),
      phone: clean(s.phone),
      email: clean(s.email),
      idNumber: clean(s.idNumber),
      address: clean(s.address),
    }),
  );
}

async function requireWard(ctx: UseCaseContext, wardId: string) {
  const [ward] = await ctx.db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.id, wardId), eq(orgs.kind, "ward"), eq(orgs.status, "active")));
  if (!ward)
    throw invalid("Phường, xã đã chọn không có trong danh sách.", [
      { field: "wardId", message: "Hãy chọn phường, xã trong danh sách" },
    ]);
}

async function store(
  ctx: UseCaseContext,
  deps: IntakeDeps,
  input: Omit<Submission, "files"> & {
    files?: Submission["files"];
    channel: IntakeInput["channel"];
    receivedOn: IsoDate;
  },
  orgId: string,
) {
  const problems = missingFor(input.kind, input);
  if (problems.length) throw invalid(`${problems[0]!.message}.`, problems);
  await requireWard(ctx, input.wardId);
  const cal = await loadCalendar(ctx.db);
  const due = intakeDue(input.kind, input.receivedOn, cal);
  const secret = newSecret();
  return writeTransaction(ctx, async (tx, audit) => {
    const [row] = await tx
      .insert(citizenCases)
      .values({
        code: newTrackingCode(),
        secretHash: hashSecret(secret),
        kind: input.kind,
        field: input.field,
        channel: input.channel,
        wardId: input.wardId,
        orgId,
        title: input.title,
        content: input.content,
        subject: clean(input.subject),
        request: clean(input.request),
        location: clean(input.location),
        senderSealed: sealSender(deps.box, input),
        receivedOn: input.receivedOn,
        dueDate: due.dueDate,
        dueBasis: due.dueBasis,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const c = row!;
    for (const file of input.files ?? []) {
      const stored = await saveFile(tx, deps.storage, ctx, { ...file, orgId });
      await tx.insert(citizenCaseFiles).values({ caseId: c.id, fileId: stored.id });
    }
    await tx.insert(citizenCaseEvents).values({
      caseId: c.id,
      kind: "received",
      at: ctx.now,
      authorId: ctx.actor?.userId ?? null,
      public: true,
    });
    await audit({
      action: "citizen_case.receive",
      entity: "citizen_case",
      entityId: c.id,
      after: { code: c.code, kind: c.kind, field: c.field, channel: c.channel, orgId },
      summary: { code: c.code, kind: c.kind, channel: c.channel },
    });
    return {
      id: c.id,
      receipt: {
        code: c.code,
        secret,
        kind: c.kind,
        receivedOn: c.receivedOn,
        dueDate: c.dueDate,
        dueBasis: c.dueBasis,
      },
    };
  });
}

/** What the portal sends: it goes to the ward the citizen chose. */
export async function submitFromPortal(ctx: UseCaseContext, deps: IntakeDeps, input: Submission) {
  const receivedOn = vietnamDate(ctx.now);
  const { receipt } = await store(ctx, deps, { ...input, channel: "portal", receivedOn }, input.wardId);
  return receipt;
}

/** A case entered by hand: it belongs to the body the official acts for. */
export async function intakeByHand(ctx: UseCaseContext, deps: IntakeDeps, input: IntakeInput) {
  const actor = ctx.actor;
  const orgId = actor?.actingOrgId ?? actor?.memberships[0]?.orgId;
  if (!actor || !orgId) throw forbidden("Hãy chọn đơn vị bạn đang làm việc trước khi nhập đơn.");
  const org = await getOrgRef(ctx.db, orgId);
  if (!org || !casePolicy.intake(actor, org)) throw forbidden("Bạn không được nhập đơn cho đơn vị này.");
  const receivedOn = (input.receivedOn ?? vietnamDate(ctx.now)) as IsoDate;
  if (receivedOn > vietnamDate(ctx.now))
    throw invalid("Ngày nhận đơn không được sau hôm nay.", [
      { field: "receivedOn", message: "Ngày nhận đơn không được sau hôm nay" },
    ]);
  return store(ctx, deps, { ...input, receivedOn }, orgId);
}
