// The Government Office's classes as toggle buttons with their counts: the first filter a
// coordinator reaches for ("quá hạn chưa hoàn thành: 12"). On a phone they are one row that scrolls
// sideways (tasks.css), so the list starts on the first screen.
import { Button } from "antd";
import type { ReactNode } from "react";
import { useT } from "../i18n/index.tsx";
import { type ClassCounts, STATUS_CLASSES, type StatusClass } from "./api.ts";
import { classKey } from "./labels.tsx";

export function ClassFilter({
  counts,
  selected,
  onChange,
  before,
}: {
  counts: ClassCounts | undefined;
  selected: StatusClass[];
  onChange: (next: StatusClass[]) => void;
  /** A chip before the classes (the home's work queue, with its clear button). */
  before?: ReactNode;
}) {
  const t = useT();
  return (
    <fieldset className="tt-class-filter tt-no-print">
      <legend>{t("tasks.filter.classes")}</legend>
      {before}
      {STATUS_CLASSES.map((c) => {
        const on = selected.includes(c);
        return (
          <Button
            key={c}
            size="small"
            type={on ? "primary" : "default"}
            aria-pressed={on}
            className={`tt-class-button tt-class-${c}`}
            onClick={() => onChange(on ? selected.filter((s) => s !== c) : [...selected, c])}
          >
            {t(classKey(c))}: {counts ? counts[c] : "…"}
          </Button>
        );
      })}
      {selected.length ? (
        <Button size="small" type="link" onClick={() => onChange([])}>
          {t("tasks.filter.clearClasses")}
        </Button>
      ) : null}
    </fieldset>
  );
}
