// Import the tree from a CSV or JSON file (by code; all or nothing). On failure the server lists
// every bad row, shown as a list.
import { UploadOutlined } from "@ant-design/icons";
import { Button, Form, Input, Radio, Upload } from "antd";
import { useT } from "../../i18n/index.tsx";
import { requiredRule, useSubmit } from "../../shared/forms.ts";
import { type ImportReport, orgsApi } from "../api.ts";
import { FormModal } from "./FormModal.tsx";

interface ImportValues {
  format: "csv" | "json";
  content: string;
}

export function ImportModal({ onCancel, onDone }: { onCancel(): void; onDone(report: ImportReport): void }) {
  const t = useT();
  const [form] = Form.useForm<ImportValues>();
  const submit = useSubmit();
  return (
    <FormModal<ImportValues>
      title={t("orgs.import.title")}
      form={form}
      submit={submit}
      width={720}
      okText={t("orgs.import.submit")}
      initialValues={{ format: "csv", content: "" }}
      onCancel={onCancel}
      onFinish={async (v) => {
        const report = await submit.run(() => orgsApi.importTree(v.format, v.content), form);
        if (report) onDone(report);
      }}
    >
      <p>{t("orgs.import.help")}</p>
      <Form.Item name="format" label={t("orgs.import.format")}>
        <Radio.Group
          options={[
            { value: "csv", label: "CSV" },
            { value: "json", label: "JSON" },
          ]}
        />
      </Form.Item>
      <Upload
        accept=".csv,.json,text/csv,application/json"
        maxCount={1}
        showUploadList={false}
        beforeUpload={async (file) => {
          const text = await file.text();
          form.setFieldsValue({
            content: text,
            format: file.name.toLowerCase().endsWith(".json") ? "json" : "csv",
          });
          // Read in the browser; nothing is uploaded until "Nhập".
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />}>{t("orgs.import.file")}</Button>
      </Upload>
      <Form.Item
        name="content"
        label={t("orgs.import.content")}
        className="tt-import-content"
        rules={[requiredRule(t, t("orgs.import.content"))]}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 14 }} spellCheck={false} className="tt-mono" />
      </Form.Item>
    </FormModal>
  );
}
