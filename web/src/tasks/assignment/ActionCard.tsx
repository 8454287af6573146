// The frame of every action on an assignment (a small card with its heading), and the evidence-file
// input that several of them have.
import { Card } from "antd";
import type { ReactNode } from "react";
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
  return (
    <div className="tt-filter tt-file-input">
      <label htmlFor={id}>{t("tasks.form.files")}</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.txt,.csv,.jpg,.jpeg,.png,.gif,.webp,.zip"
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
      {files.length ? (
        <span className="tt-muted">{t("tasks.form.filesChosen", { n: files.length })}</span>
      ) : null}
    </div>
  );
}
