// Form fields shared by the organisation forms: a body's own fields (also used for the new bodies
// of a merge or split, under a name prefix) and a change's effective date, decision and note.
import { DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo } from "react";
import { useT } from "../../i18n/index.tsx";
import { DATE_FORMAT, toIsoDate } from "../../shared/dates.ts";
import { FormSelect } from "../../shared/FormSelect.tsx";
import { requiredRule } from "../../shared/forms.ts";
import { KNOWN_KINDS, kindLabel, LEVELS, ORG_SYSTEMS, systemLabel } from "../../shared/orgs/labels.ts";
import type { OrgInput, OrgSystem } from "../../shared/orgs/types.ts";
import { useOrgs } from "../../shared/orgs/useOrgs.ts";

type NamePath = (string | number)[];

/** What the form holds for a body (dates as picker values). */
export interface OrgFormValues {
  code?: string;
  parentId?: string | null;
  system: OrgSystem;
  kind: string;
  level?: string | null;
  name: string;
  shortName?: string;
  aliases?: string[];
  validFrom?: Dayjs | null;
}

const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

export function toOrgInput(v: OrgFormValues): OrgInput {
  return {
    code: blank(v.code),
    parentId: v.parentId ?? null,
    system: v.system,
    kind: v.kind,
    level: v.level ?? null,
    name: v.name.trim(),
    shortName: blank(v.shortName),
    aliases: (v.aliases ?? []).map((a) => a.trim()).filter(Boolean),
    validFrom: toIsoDate(v.validFrom),
  };
}

export function OrgFields({
  prefix = [],
  withValidFrom = true,
}: {
  prefix?: NamePath;
  withValidFrom?: boolean;
}) {
  const t = useT();
  const { orgs } = useOrgs(true);
  const kinds = useMemo(() => {
    const all = new Set<string>(KNOWN_KINDS);
    for (const o of orgs ?? []) all.add(o.kind);
    return [...all].map((k) => ({ value: k, label: kindLabel(t, k) }));
  }, [orgs, t]);
  const required = (field: string) => [requiredRule(t, field, { blank: false })];
  return (
    <>
      <Form.Item name={[...prefix, "name"]} label={t("orgs.form.name")} rules={required(t("orgs.form.name"))}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name={[...prefix, "shortName"]} label={t("orgs.form.shortName")}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item
        name={[...prefix, "system"]}
        label={t("orgs.form.system")}
        rules={[
          { required: true, message: t("common.choose", { field: t("orgs.form.system").toLowerCase() }) },
        ]}
      >
        <FormSelect options={ORG_SYSTEMS.map((s) => ({ value: s, label: systemLabel(t, s) }))} />
      </Form.Item>
      <Form.Item
        name={[...prefix, "kind"]}
        label={t("orgs.form.kind")}
        rules={[
          { required: true, message: t("common.choose", { field: t("orgs.form.kind").toLowerCase() }) },
        ]}
      >
        <FormSelect showSearch options={kinds} />
      </Form.Item>
      <Form.Item name={[...prefix, "level"]} label={t("orgs.form.level")}>
        <FormSelect allowClear options={LEVELS.map((l) => ({ value: l.value, label: t(l.key) }))} />
      </Form.Item>
      <Form.Item name={[...prefix, "code"]} label={t("orgs.form.code")}>
        <Input maxLength={100} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name={[...prefix, "aliases"]} label={t("orgs.form.aliases")}>
        <FormSelect mode="tags" open={false} suffixIcon={null} tokenSeparators={[";"]} />
      </Form.Item>
      {withValidFrom ? (
        <Form.Item name={[...prefix, "validFrom"]} label={t("orgs.form.validFrom")}>
          <DatePicker
            format={DATE_FORMAT}
            placeholder={t("common.dateFormatHint")}
            style={{ width: "100%" }}
          />
        </Form.Item>
      ) : null}
    </>
  );
}

export interface ChangeFormValues {
  effectiveDate: Dayjs;
  decisionRef?: string;
  note?: string;
}

export const toChangeMeta = (v: ChangeFormValues) => ({
  effectiveDate: toIsoDate(v.effectiveDate) ?? "",
  decisionRef: blank(v.decisionRef),
  note: blank(v.note),
});

export function ChangeFields() {
  const t = useT();
  return (
    <>
      <Form.Item
        name="effectiveDate"
        label={t("orgs.form.effectiveDate")}
        rules={[
          {
            required: true,
            message: t("common.choose", { field: t("orgs.form.effectiveDate").toLowerCase() }),
          },
        ]}
      >
        <DatePicker format={DATE_FORMAT} placeholder={t("common.dateFormatHint")} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="decisionRef" label={t("orgs.form.decisionRef")}>
        <Input maxLength={200} placeholder={t("orgs.form.decisionRefPlaceholder")} />
      </Form.Item>
      <Form.Item name="note" label={t("orgs.form.note")}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}
