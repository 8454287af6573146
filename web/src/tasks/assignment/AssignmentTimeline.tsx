// The assignment's timeline, newest first: reports, requests and decisions, reminders, moves, with
// their authors and evidence files.
import { Timeline } from "antd";
import type { TFunction } from "../../i18n/index.tsx";
import { formatDateTime } from "../../shared/dates.ts";
import { formatPercent } from "../../shared/numbers.ts";
import { Section } from "../../shared/Section.tsx";
import type { AssignmentDetail, TimelineEntry } from "../api.ts";
import { displayKey } from "../labels.tsx";

export function AssignmentTimeline({ a, t }: { a: AssignmentDetail; t: TFunction }) {
  return (
    <Section id="tt-timeline-h" title={t("tasks.timeline.title")} className="tt-section">
      <Timeline
        items={[...a.timeline].reverse().map((e) => ({
          key: e.id,
          color: entryColour(e),
          children: <Entry e={e} assignmentId={a.id} t={t} />,
        }))}
      />
    </Section>
  );
}

function entryColour(e: TimelineEntry): string {
  switch (e.kind) {
    case "approved":
      return "green";
    case "rejected":
    case "reassign_needed":
      return "red";
    case "reminder":
      return "orange";
    case "moved":
      return "purple";
    default:
      return "blue";
  }
}

function Entry({ e, assignmentId, t }: { e: TimelineEntry; assignmentId: string; t: TFunction }) {
  const kind = t.maybe(`tasks.entry.${e.kind}`) ?? e.kind;
  return (
    <div>
      <strong>{kind}</strong>
      {e.status && (e.kind === "progress" || e.kind === "status") ? (
        <>
          {" "}
          — {t(displayKey(e.status))}
          {e.percent !== null ? `, ${formatPercent(e.percent)}` : ""}
        </>
      ) : null}
      <div className="tt-timeline-meta">
        {formatDateTime(e.at)}
        {e.authorName ? ` · ${e.authorName}` : ""}
        {e.authorOrgName ? ` · ${e.authorOrgName}` : ""}
        {e.kind === "reminder" && typeof e.data?.toOrgName === "string"
          ? ` · ${t("tasks.entry.sentTo", { org: e.data.toOrgName })}`
          : ""}
      </div>
      {e.narrative ? <p className="tt-plain">{e.narrative}</p> : null}
      {e.files.length ? (
        <ul className="tt-timeline-files">
          {e.files.map((f) => (
            <li key={f.id}>
              <a href={`/api/assignments/${assignmentId}/files/${f.id}`} download>
                {f.fileName}
              </a>{" "}
              <span className="tt-muted">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
