// The portal's public statistics, pure: volumes by kind, field and ward; the share of answered
// cases answered by their legal due day; the average days from receipt to answer (calendar days);
// the senders' satisfaction. Only counts and averages leave: no case, no text, no comment, so a
// count can never name anyone (a denunciation is one among its ward's cases).
import { type IsoDate, toDayNumber } from "../../../core/calendar/iso-date.ts";
import type { Field, Kind, PublicStatistics, Status } from "../contract.ts";
import { FIELDS, KINDS } from "../contract.ts";

export interface StatRow {
  kind: Kind;
  field: Field;
  wardName: string | null;
  status: Status;
  receivedOn: IsoDate;
  dueDate: IsoDate | null;
  /** The day (in Vietnam) the answer was sent, when it was. */
  answeredOn: IsoDate | null;
  ratingScore: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function statisticsOf(rows: readonly StatRow[]): PublicStatistics {
  const count = <K extends string>(keys: readonly K[], of: (r: StatRow) => K) =>
    keys.map((key) => ({ key, count: rows.filter((r) => of(r) === key).length }));
  const wards = new Map<string, number>();
  for (const r of rows) if (r.wardName) wards.set(r.wardName, (wards.get(r.wardName) ?? 0) + 1);
  const answered = rows.filter((r) => r.answeredOn !== null);
  const timed = answered.filter((r) => r.dueDate !== null);
  const onTime = timed.filter((r) => (r.answeredOn as IsoDate) <= (r.dueDate as IsoDate)).length;
  const days = answered.map((r) => toDayNumber(r.answeredOn as IsoDate) - toDayNumber(r.receivedOn));
  const scores = rows.flatMap((r) => (r.ratingScore === null ? [] : [r.ratingScore]));
  const sorted = [...rows].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  return {
    total: rows.length,
    since: sorted[0]?.receivedOn ?? null,
    open: rows.filter((r) => r.status === "received" || r.status === "accepted").length,
    answered: answered.length,
    byKind: count(KINDS, (r) => r.kind),
    byField: count(FIELDS, (r) => r.field).filter((f) => f.count > 0),
    byWard: [...wards]
      .map(([name, n]) => ({ name, count: n }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi", { numeric: true })),
    onTime: {
      timed: timed.length,
      onTime,
      share: timed.length ? round1((onTime / timed.length) * 100) : null,
    },
    averageDays: days.length ? round1(days.reduce((a, b) => a + b, 0) / days.length) : null,
    satisfaction: {
      count: scores.length,
      average: scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
      byScore: [1, 2, 3, 4, 5].map((score) => ({ score, count: scores.filter((s) => s === score).length })),
    },
  };
}
