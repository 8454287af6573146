// A small status label with colours that keep a 4.5:1 contrast (antd's preset tag colours do not).
import type { ReactNode } from "react";

export type Tone = "neutral" | "good" | "warn" | "bad" | "info";

export function StatusTag({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`tt-tag tt-tag-${tone}`}>{children}</span>;
}
