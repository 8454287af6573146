import type { TFunction } from "../i18n/index.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import type { DayOffKind, Origin } from "./api.ts";

export const KINDS: DayOffKind[] = ["holiday", "compensation", "swap", "weekend"];
const originTone = (o: Origin) => (o === "entered" ? "good" : o === "built-in" ? "info" : "warn");

export function OriginTag({ origin, t }: { origin: Origin; t: TFunction }) {
  return <StatusTag tone={originTone(origin)}>{t(`holidays.origin.${origin}` as never)}</StatusTag>;
}
