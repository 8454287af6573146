// Correcting what the parser read in the document's header (number, type, date, issuer, summary)
// before confirmation: the symbol and date decide which cited document the draft is.
import { Button, DatePicker, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useT } from "../../i18n/index.tsx";
import { DATE_FORMAT, fromIsoDate, toIsoDate } from "../../shared/dates.ts";
import { OrgTreeSelect } from "../../shared/orgs/OrgTreeSelect.tsx";
import type { DirectiveHeader } from "../api.ts";

interface Values {
  symbol: string;
  typeName: string;
  issuedOn: ReturnType<typeof fromIsoDate>;
  issuerName: string;
  issuerOrgId: string | null;
  title: string;
}

export function HeaderEditor({
  header,
  onSave,
}: {
  header: DirectiveHeader;
  onSave(body: Record<string, unknown>): Promise<boolean>;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const start = () => {
    form.setFieldsValue({
      symbol: header.symbol ?? "",
      typeName: header.typeName ?? "",
      issuedOn: fromIsoDate(header.issuedOn),
      issuerName: header.issuerName ?? "",
      issuerOrgId: header.issuerOrgId,
      title: header.title ?? "",
    });
    setOpen(true);
  };
  const save = async (v: Values) => {
    const next: Record<string, unknown> = {
      symbol: v.symbol.trim() || null,
      typeName: v.typeName.trim() || null,
      issuedOn: toIsoDate(v.issuedOn),
      issuerName: v.issuerName.trim() || null,
      issuerOrgId: v.issuerOrgId ?? null,
    };
    if (v.title.trim()) next.title = v.title.trim();
    const body = Object.fromEntries(
      Object.entries(next).filter(
        ([k, value]) => value !== (header as unknown as Record<string, unknown>)[k],
      ),
    );
    if (!Object.keys(body).length || (await onSave(body))) setOpen(false);
  };
  return (
    <>
      <Button onClick={start}>{t("dir.header.edit")}</Button>
      <Modal
        open={open}
        title={t("dir.header.title")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t("common.save")}
        cancelText={t("common.cancel")}
        destroyOnClose
      >
        <Form form={form} layout="vertical" onFinish={save} requiredMark={false}>
          <Form.Item name="symbol" label={t("dir.fact.symbol")} extra={t("dir.header.symbolHelp")}>
            <Input />
          </Form.Item>
          <Form.Item name="typeName" label={t("dir.fact.type")}>
            <Input />
          </Form.Item>
          <Form.Item name="issuedOn" label={t("dir.fact.date")} extra={t("common.dateFormatHint")}>
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="issuerName" label={t("dir.fact.issuer")}>
            <Input />
          </Form.Item>
          <Form.Item
            name="issuerOrgId"
            label={t("dir.header.issuerOrg")}
            extra={t("dir.header.issuerOrgHelp")}
          >
            <OrgTreeSelect allowClear ariaLabel={t("dir.header.issuerOrg")} />
          </Form.Item>
          <Form.Item name="title" label={t("dir.fact.title")}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
