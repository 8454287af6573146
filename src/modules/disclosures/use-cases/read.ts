// Reading disclosures: one commune's list with the checker's view of each group of Điều 11; the
// checker over every commune an official reads (what is due, posted, expired or missing); and the
// portal's page of a commune — only what is on the board today, without who posted it.
import { type IsoDate, vietnamDate } from "../../../core/calendar/index.ts";
import { notFound } from "../../../core/errors.ts";
import { checkGroups, type GroupCheck, groupOf } from "../../../core/grassroots-democracy/index.ts";
import type { FileStorage } from "../../files/adapters/storage.ts";
import { readStoredFile } from "../../files/use-cases/read.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { CheckerOut, CommuneDisclosures, GroupCheckOut, PublicDisclosures } from "../contract.ts";
import { disclosurePolicy } from "../policy.ts";
import {
  communeById,
  communeFor,
  disclosureRow,
  disclosuresOf,
  factsOf,
  readableCommunes,
} from "../queries.ts";
import { toOut } from "./post.ts";

export const checkOut = (c: GroupCheck): GroupCheckOut => ({
  clause: c.group.clause,
  vi: c.group.vi,
  en: c.group.en,
  seen: c.group.seen,
  cadence: c.group.cadence,
  status: c.status,
  period: c.period ? { ...c.period } : null,
  latestId: c.latestId,
  problems: c.problems.map((p) => ({ ...p })),
});

export async function communeDisclosures(ctx: UseCaseContext, orgId: string): Promise<CommuneDisclosures> {
  const commune = await communeFor(ctx, orgId, "read");
  const today = vietnamDate(ctx.now);
  const rows = await disclosuresOf(ctx.db, [orgId]);
  return {
    orgId,
    orgName: commune.name,
    today,
    mayEdit: Boolean(ctx.actor && disclosurePolicy.post(ctx.actor, commune.ref)),
    disclosures: rows.map((r) => toOut(r.d, r.fileName, today)),
    checks: checkGroups(
      rows.map((r) => factsOf(r.d)),
      today,
    ).map(checkOut),
  };
}

/** Every commune's checks on `today` (the system actor reads all: the reminders use it). */
export async function checkCommunes(ctx: UseCaseContext): Promise<CheckerOut> {
  const today = vietnamDate(ctx.now);
  const communes = await readableCommunes(ctx);
  const rows = await disclosuresOf(
    ctx.db,
    communes.map((c) => c.ref.id),
  );
  return {
    today,
    communes: communes.map((c) => {
      const checks = checkGroups(
        rows.filter((r) => r.d.orgId === c.ref.id).map((r) => factsOf(r.d)),
        today as IsoDate,
      ).map(checkOut);
      const counts = { posted: 0, ended: 0, expired: 0, due: 0, missing: 0, none: 0 };
      for (const ch of checks) counts[ch.status]++;
      return { orgId: c.ref.id, orgName: c.name, counts, checks };
    }),
  };
}

/** What a commune's board carries today, for anyone. */
export async function publicDisclosures(ctx: UseCaseContext, orgId: string): Promise<PublicDisclosures> {
  const commune = await communeById(ctx.db, orgId);
  const today = vietnamDate(ctx.now);
  const rows = await disclosuresOf(ctx.db, [orgId]);
  const items = rows
    .map((r) => ({ r, out: toOut(r.d, r.fileName, today) }))
    .filter(({ out }) => out.standing === "posting")
    .sort((a, b) => (a.r.d.postedOn < b.r.d.postedOn ? 1 : -1))
    .map(({ r }) => ({
      id: r.d.id,
      clause: r.d.clause,
      group: groupOf(r.d.clause)?.vi ?? null,
      title: r.d.title,
      content: r.d.content,
      fileName: r.fileName,
      channels: r.d.channels,
      postedOn: r.d.postedOn,
      plannedEnd: r.d.plannedEnd,
    }));
  return { orgId, orgName: commune.name, today, items };
}

/** The file of a disclosure that is on the board today, for anyone. */
export async function publicFile(ctx: UseCaseContext, storage: FileStorage, id: string) {
  const row = await disclosureRow(ctx.db, id);
  const out = toOut(row, null, vietnamDate(ctx.now));
  if (out.standing !== "posting" || !row.fileId) throw notFound("tệp công khai");
  const { row: file, bytes } = await readStoredFile({ ...ctx, actor: null }, storage, row.fileId);
  return { bytes, fileName: file.fileName, mimeType: file.mimeType };
}
