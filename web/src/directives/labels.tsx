// Small shared pieces of the directives screens: status tags, time frames, body names.
import type { ReactNode } from "react";
import "./directives.css";
import { type TFunction, useT } from "../i18n/index.tsx";
import { formatDate } from "../shared/dates.ts";
import { StatusTag, type Tone } from "../shared/StatusTag.tsx";
import type { DirectiveStatus, OrgNames, Timeframe } from "./api.ts";

const STATUS_TONE: Record<DirectiveStatus, Tone> = { stub: "neutral", draft: "warn", confirmed: "good" };

export function DirectiveStatusTag({ status }: { status: DirectiveStatus }) {
  const t = useT();
  return <StatusTag tone={STATUS_TONE[status]}>{t(`dir.status.${status}`)}</StatusTag>;
}

export function timeframeText(tf: Timeframe, t: TFunction): string {
  if (tf.kind === "unspecified") return t("dir.tf.unspecified");
  const due = tf.due ? ` (${t("dir.tf.due", { date: formatDate(tf.due) })})` : "";
  return `${tf.text || t(`dir.tf.${tf.kind}`)}${due}`;
}

/** Bodies by name, comma-separated, or a dash. */
export function orgList(ids: readonly string[], orgs: OrgNames, empty: ReactNode = "—"): ReactNode {
  if (!ids.length) return empty;
  return ids.map((id) => orgs[id]?.shortName ?? orgs[id]?.name ?? id).join(", ");
}
