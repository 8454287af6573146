// How a report's state and timeliness read, in both languages.
import { Tag } from "antd";
import type { TFunction } from "../i18n/index.tsx";
import type { ObligationSummary } from "./api.ts";

const COLOR: Record<string, string> = {
  open: "default",
  draft: "processing",
  awaiting_signoff: "gold",
  submitted: "blue",
  returned: "volcano",
  accepted: "green",
};

export const stateText = (t: TFunction, state: string) => t.maybe(`reports.state.${state}`) ?? state;

export function StateTag({ state, t }: { state: string; t: TFunction }) {
  return <Tag color={COLOR[state] ?? "default"}>{stateText(t, state)}</Tag>;
}

export function timelinessText(t: TFunction, x: ObligationSummary["timeliness"]) {
  return t.maybe(`reports.t.${x.kind}`, { n: x.days }) ?? x.kind;
}

export function TimelinessTag({ value, t }: { value: ObligationSummary["timeliness"]; t: TFunction }) {
  const color =
    value.kind === "missing"
      ? "red"
      : value.kind === "late"
        ? "orange"
        : value.kind === "on_time"
          ? "green"
          : "default";
  return <Tag color={color}>{timelinessText(t, value)}</Tag>;
}
