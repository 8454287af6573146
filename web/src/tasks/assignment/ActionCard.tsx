// The frame of every action on an assignment (a small card with its heading), and the evidence-file
// input that several of them have.
import { Card } from "antd";
import { type ReactNode, useEffect, useRef } from "react";
import type { TFunction } from "../../i18n/index.tsx";

export function ActionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={<h3 className="tt-h3">{title}</h3>} className="tt-section tt-form-narrow">
      {children}
    </Card>
  );
}

export function FilesInput({
  id,
  files,
  onChange,
  t,
}: {
  id: string;
  files: File[];
  onChange: (f: File[]) => void;
  t: TFunction;
}) {
  const input = useRef<HTMLInputElement>(null);
  // The browser's file field keeps its files until told: emptied with the list after a save.
  useEffect(() => {
    if (!files.length && input.current) input.current.value = "";
  }, [files]);
  return (
    <div className="tt-filter tt-file-input">
      <label htmlFor={id}>{t("tasks.form.evidence")}</label>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        aria-describedby={`${id}-kinds`}
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
      <span id={`${id}-kinds`} className="tt-muted tt-small">
        {t("tasks.form.filesAccepted")}
      </span>
      {files.length ? (
        <span className="tt-muted">
          {t("tasks.form.filesChosen", { n: files.length })}: {files.map((f) => f.name).join(", ")}
        </span>
      ) : null}
    </div>
  );
}

/** The kinds the server stores as evidence (src/modules/files/rules/content.ts), by name. */
const EVIDENCE_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.txt,.md,.csv,.jpg,.jpeg,.png,.gif,.webp,.zip";
