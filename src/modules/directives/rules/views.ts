// The shapes the API returns (contract.ts) for a document's header, groups, tasks, reporting duties
// and unit decisions, built from its rows. Pure: no queries here.
import type {
  DirectiveHeaderOut,
  GroupOut,
  ReportingOut,
  TaskOut,
  UnitMapEntry,
  UnitOut,
} from "../contract.ts";
import { type LabelledTask, outsideBodiesOf, taskLabels } from "./draft.ts";
import { type OrgIndex, suggestUnit, unitKey } from "./units.ts";

/** A directive row as far as its header goes (times as stored). */
export type HeaderRow = Omit<DirectiveHeaderOut, "createdAt" | "confirmedAt"> & {
  createdAt: Date;
  confirmedAt: Date | null;
};

export const headerView = (row: HeaderRow): DirectiveHeaderOut => ({
  id: row.id,
  status: row.status,
  symbol: row.symbol,
  typeCode: row.typeCode,
  typeName: row.typeName,
  title: row.title,
  system: row.system,
  issuerName: row.issuerName,
  issuerOrgId: row.issuerOrgId,
  parentIssuerName: row.parentIssuerName,
  issuedOn: row.issuedOn,
  place: row.place,
  signer: row.signer,
  recipients: row.recipients,
  ownerOrgId: row.ownerOrgId,
  sourceFileId: row.sourceFileId,
  createdAt: row.createdAt.toISOString(),
  confirmedAt: row.confirmedAt?.toISOString() ?? null,
  version: row.version,
});

export const reportingView = (r: ReportingOut): ReportingOut => ({
  id: r.id,
  text: r.text,
  toText: r.toText,
  toOrgId: r.toOrgId,
  viaText: r.viaText,
  viaOrgId: r.viaOrgId,
  due: r.due,
  frequency: r.frequency,
  sourceLine: r.sourceLine,
});

export const groupView = (g: GroupOut): GroupOut => ({
  id: g.id,
  label: g.label,
  title: g.title,
  position: g.position,
  sourceLine: g.sourceLine,
  derived: g.derived,
});

export function labelsOf(tasks: readonly LabelledTask[], groups: readonly { id: string; label: string }[]) {
  const groupLabel = new Map(groups.map((g) => [g.id, g.label]));
  return taskLabels(tasks, (id) => groupLabel.get(id) ?? "");
}

export function tasksView(
  tasks: readonly Omit<TaskOut, "label" | "outsideBodies">[],
  groups: readonly { id: string; label: string }[],
  map: readonly UnitMapEntry[] = [],
): TaskOut[] {
  const labels = labelsOf(tasks, groups);
  return tasks.map((t) => ({
    id: t.id,
    kind: t.kind,
    groupId: t.groupId,
    label: labels.get(t.id) ?? "",
    path: t.path,
    title: t.title,
    text: t.text,
    leadText: t.leadText,
    supportText: t.supportText,
    leadOrgIds: t.leadOrgIds,
    supportOrgIds: t.supportOrgIds,
    fanOut: t.fanOut,
    assign: t.assign,
    unitsEdited: t.unitsEdited,
    timeframe: t.timeframe,
    product: t.product,
    position: t.position,
    sourceLine: t.sourceLine,
    sourceEndLine: t.sourceEndLine,
    outsideBodies: outsideBodiesOf(t, map),
  }));
}

/** The unit map with, for each name, the candidates and notes the rules give today. */
export function unitsView(
  map: readonly UnitMapEntry[],
  tasks: readonly { leadText: readonly string[]; supportText: readonly string[] }[],
  index: OrgIndex,
  contextId: string | null,
): UnitOut[] {
  return map.map((e) => {
    const s = suggestUnit(e.text, index, contextId, new Map());
    const uses = tasks.filter((t) =>
      [...t.leadText, ...t.supportText].some((n) => unitKey(n) === e.key),
    ).length;
    return {
      ...e,
      outside: e.outside === true,
      candidates: [...new Set([...e.orgIds, ...s.candidates])],
      note: s.note,
      uses,
    };
  });
}

/** The body whose names a draft's units are read against: the issuer's, else the owner's. */
export const unitContextOf = (row: {
  issuerOrgId: string | null;
  ownerOrgId: string | null;
}): string | null => row.issuerOrgId ?? row.ownerOrgId;

/** Every body a document's page names (owner, issuer, task bodies, reporting), for their names. */
export function bodiesNamed(
  row: { ownerOrgId: string | null; issuerOrgId: string | null },
  tasks: readonly { leadOrgIds: readonly string[]; supportOrgIds: readonly string[] }[],
  reporting: readonly { toOrgId: string | null; viaOrgId: string | null }[],
  more: readonly string[] = [],
): string[] {
  return [
    row.ownerOrgId,
    row.issuerOrgId,
    ...tasks.flatMap((t) => [...t.leadOrgIds, ...t.supportOrgIds]),
    ...more,
    ...reporting.flatMap((r) => [r.toOrgId, r.viaOrgId]),
  ].filter((x): x is string => Boolean(x));
}
