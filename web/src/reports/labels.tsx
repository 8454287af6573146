// How a report's state and timeliness read, in both languages, as tags of sufficient contrast.
import type { TFunction } from "../i18n/index.tsx";
import { StatusTag, type Tone } from "../shared/StatusTag.tsx";
import type { ObligationSummary } from "./api.ts";

const TONE: Record<string, Tone> = {
  open: "neutral",
  draft: "info",
  awaiting_signoff: "warn",
  submitted: "info",
  returned: "bad",
  accepted: "good",
};

export const stateText = (t: TFunction, state: string) => t.maybe(`reports.state.${state}`) ?? state;

export function StateTag({ state, t }: { state: string; t: TFunction }) {
  return <StatusTag tone={TONE[state] ?? "neutral"}>{stateText(t, state)}</StatusTag>;
}

export function timelinessText(t: TFunction, x: ObligationSummary["timeliness"]) {
  return t.maybe(`reports.t.${x.kind}`, { n: x.days }) ?? x.kind;
}

const TIME_TONE: Record<string, Tone> = { missing: "bad", late: "warn", on_time: "good", pending: "neutral" };

export function TimelinessTag({ value, t }: { value: ObligationSummary["timeliness"]; t: TFunction }) {
  return <StatusTag tone={TIME_TONE[value.kind] ?? "neutral"}>{timelinessText(t, value)}</StatusTag>;
}
