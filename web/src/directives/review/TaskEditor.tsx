// Editing one task of a draft in a drawer: title and text as corrected by the official, the time
// frame, the unit names as written, the bodies (set by hand from the tree), and a split at the cursor.
import { ScissorOutlined } from "@ant-design/icons";
import { Button, DatePicker, Drawer, Form, Input, Select, Space } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { useEffect, useRef } from "react";
import { useT } from "../../i18n/index.tsx";
import { DATE_FORMAT, fromIsoDate, toIsoDate } from "../../shared/dates.ts";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { Task, TimeframeKind } from "../api.ts";

const KINDS: TimeframeKind[] = ["ongoing", "deadline", "period", "relative", "unspecified"];

interface Values {
  title: string;
  text: string;
  tfKind: TimeframeKind;
  tfText: string;
  tfDue: ReturnType<typeof fromIsoDate>;
  leadText: string[];
  supportText: string[];
  leadOrgIds: string[];
  supportOrgIds: string[];
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function TaskEditor({
  task,
  onClose,
  onSave,
  onSplit,
}: {
  task: Task | null;
  onClose(): void;
  onSave(task: Task, body: Record<string, unknown>): Promise<boolean>;
  onSplit(task: Task, at: number): Promise<boolean>;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const textArea = useRef<TextAreaRef>(null);
  useEffect(() => {
    if (!task) return;
    form.setFieldsValue({
      title: task.title,
      text: task.text,
      tfKind: task.timeframe.kind,
      tfText: task.timeframe.text,
      tfDue: fromIsoDate(task.timeframe.due),
      leadText: task.leadText,
      supportText: task.supportText,
      leadOrgIds: task.leadOrgIds,
      supportOrgIds: task.supportOrgIds,
    });
  }, [task, form]);

  const save = async (v: Values) => {
    if (!task) return;
    const body: Record<string, unknown> = {};
    if (v.title.trim() !== task.title) body.title = v.title.trim();
    if (v.text.trim() !== task.text) body.text = v.text.trim();
    const tf = { kind: v.tfKind, text: v.tfText?.trim() ?? "", due: toIsoDate(v.tfDue) };
    if (tf.kind !== task.timeframe.kind || tf.text !== task.timeframe.text || tf.due !== task.timeframe.due)
      body.timeframe = tf;
    v.leadOrgIds ??= [];
    v.supportOrgIds ??= [];
    v.leadText ??= [];
    v.supportText ??= [];
    if (!same(v.leadText, task.leadText)) body.leadText = v.leadText;
    if (!same(v.supportText, task.supportText)) body.supportText = v.supportText;
    if (!same(v.leadOrgIds, task.leadOrgIds)) body.leadOrgIds = v.leadOrgIds;
    if (!same(v.supportOrgIds, task.supportOrgIds)) body.supportOrgIds = v.supportOrgIds;
    if (!Object.keys(body).length) return onClose();
    if (await onSave(task, body)) onClose();
  };

  const split = async () => {
    const el = textArea.current?.resizableTextArea?.textArea;
    if (!task || !el) return;
    if (el.value !== task.text) {
      form.setFields([{ name: "text", errors: [t("dir.edit.splitSaveFirst")] }]);
      return;
    }
    if (await onSplit(task, el.selectionStart)) onClose();
  };

  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      title={task ? t("dir.edit.title", { label: task.label }) : ""}
      width="min(720px, 100vw)"
      destroyOnClose
      extra={
        <Space>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" onClick={() => form.submit()}>
            {t("common.save")}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={save} requiredMark={false}>
        <Form.Item
          name="title"
          label={t("dir.edit.taskTitle")}
          rules={[{ required: true, message: t("common.required", { field: t("dir.edit.taskTitle") }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="text" label={t("dir.edit.text")} extra={t("dir.edit.splitHelp")}>
          <Input.TextArea ref={textArea} autoSize={{ minRows: 3, maxRows: 14 }} />
        </Form.Item>
        <Button icon={<ScissorOutlined aria-hidden />} onClick={() => void split()} className="tt-subform">
          {t("dir.edit.split")}
        </Button>
        <fieldset className="tt-subform">
          <legend>{t("dir.edit.timeframe")}</legend>
          <Form.Item name="tfKind" label={t("dir.edit.tfKind")}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`dir.tf.${k}`) }))} />
          </Form.Item>
          <Form.Item name="tfText" label={t("dir.edit.tfText")}>
            <Input />
          </Form.Item>
          <Form.Item name="tfDue" label={t("dir.edit.tfDue")} extra={t("common.dateFormatHint")}>
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </fieldset>
        <fieldset className="tt-subform">
          <legend>{t("dir.edit.units")}</legend>
          <Form.Item name="leadText" label={t("dir.edit.leadText")} extra={t("dir.edit.unitTextHelp")}>
            <Select mode="tags" tokenSeparators={[";"]} open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item name="supportText" label={t("dir.edit.supportText")}>
            <Select mode="tags" tokenSeparators={[";"]} open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item name="leadOrgIds" label={t("dir.edit.leadOrgs")} extra={t("dir.edit.byHand")}>
            <OrgTreeSelect multiple ariaLabel={t("dir.edit.leadOrgs")} />
          </Form.Item>
          <Form.Item name="supportOrgIds" label={t("dir.edit.supportOrgs")}>
            <OrgTreeSelect multiple ariaLabel={t("dir.edit.supportOrgs")} />
          </Form.Item>
        </fieldset>
      </Form>
    </Drawer>
  );
}
