// One case: what was sent, its timeline, and the steps the official may take now — classify,
// accept, forward, refuse, assign, note, conclude, answer, publish the masked answer. The sender is
// shown only on request, where the policy allows, and every look is audited by the server.
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Timeline,
  Typography,
} from "antd";
import { type ReactNode, useState } from "react";
import { useParams } from "react-router";
import type { CaseDetail, SenderOut } from "../../../src/modules/citizen-cases/contract.ts";
import { useT } from "../i18n/index.tsx";
import { api } from "../shared/api.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { OrgTreeSelect } from "../shared/orgs/OrgTreeSelect.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { StatusTag } from "../shared/StatusTag.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import { EVENT, FIELD, GROUNDS, KIND, STATUS, vnDate } from "./labels.ts";

type Values = Record<string, unknown>;

/** One step's form: posts its values with the case's version, then reloads the case. */
function StepForm({
  title,
  submit,
  onDone,
  path,
  version,
  children,
  initial,
}: {
  title: string;
  submit: string;
  onDone: () => void;
  path: string;
  version?: number;
  children?: ReactNode;
  initial?: Values;
}) {
  const toast = useToast();
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </Typography.Title>
      }
      style={{ marginBottom: 12 }}
    >
      <Form
        layout="vertical"
        initialValues={initial}
        onFinish={async (values: Values) => {
          setBusy(true);
          try {
            await api.post(path, version === undefined ? values : { ...values, version });
            setError(null);
            toast.success(t("cases.saved"));
            onDone();
          } catch (e) {
            setError(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        {children}
        <ErrorAlert error={error} />
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 8 }}>
          {submit}
        </Button>
      </Form>
    </Card>
  );
}

function Sender({ id, allowed }: { id: string; allowed: boolean }) {
  const t = useT();
  const [sender, setSender] = useState<SenderOut | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!allowed) return <Alert type="info" showIcon message={t("cases.sender.hidden")} />;
  if (!sender)
    return (
      <Space direction="vertical">
        <Button
          onClick={() => api.get<SenderOut>(`/api/citizen-cases/${id}/sender`).then(setSender, setError)}
        >
          {t("cases.sender.show")}
        </Button>
        <Typography.Text type="secondary">{t("cases.sender.audited")}</Typography.Text>
        <ErrorAlert error={error} />
      </Space>
    );
  return (
    <Descriptions size="small" column={1} data-testid="case-sender">
      {Object.entries(sender).map(([k, v]) =>
        v ? (
          <Descriptions.Item key={k} label={k}>
            {v}
          </Descriptions.Item>
        ) : null,
      )}
    </Descriptions>
  );
}

export function CasePage() {
  const t = useT();
  const { id = "" } = useParams();
  const [tick, setTick] = useState(0);
  const loaded = useApi<CaseDetail>(`/api/citizen-cases/${id}`, undefined, tick);
  const [preview, setPreview] = useState<string | null>(null);
  const reload = () => {
    setPreview(null);
    setTick((n) => n + 1);
  };
  const c = loaded.data;
  if (!c) return <ErrorAlert error={loaded.error} />;
  const base = `/api/citizen-cases/${c.id}`;
  const open = c.status === "received" || c.status === "accepted";
  const steps: ReactNode[] = [];
  if (c.can.handle && open)
    steps.push(
      <StepForm
        key="classify"
        title={t("cases.classify")}
        submit={t("cases.classify")}
        path={`${base}/classify`}
        version={c.version}
        onDone={reload}
        initial={{ kind: c.kind, field: c.field, competent: c.competent ?? true }}
      >
        <Form.Item name="kind" label={t("cases.kind")}>
          <Select options={Object.entries(KIND).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="field" label={t("cases.field")}>
          <Select options={Object.entries(FIELD).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="competent" label={t("cases.competent")}>
          <Radio.Group
            options={[
              { value: true, label: t("cases.competent") },
              { value: false, label: t("cases.notCompetent") },
            ]}
          />
        </Form.Item>
      </StepForm>,
    );
  if (c.can.handle && c.status === "received" && c.classified && c.competent)
    steps.push(
      <StepForm
        key="accept"
        title={t("cases.accept")}
        submit={t("cases.accept")}
        path={`${base}/accept`}
        version={c.version}
        onDone={reload}
      />,
    );
  if (c.can.handle && c.status === "received" && c.classified)
    steps.push(
      <StepForm
        key="forward"
        title={t("cases.forward")}
        submit={t("cases.forward")}
        path={`${base}/forward`}
        version={c.version}
        onDone={reload}
      >
        <Form.Item name="toOrgId" label={t("cases.forward.to")}>
          <OrgTreeSelect ariaLabel={t("cases.forward.to")} />
        </Form.Item>
        <Form.Item name="notice" label={t("cases.forward.notice")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </StepForm>,
    );
  if (c.can.handle && c.status === "received")
    steps.push(
      <StepForm
        key="refuse"
        title={t("cases.refuse")}
        submit={t("cases.refuse")}
        path={`${base}/refuse`}
        version={c.version}
        onDone={reload}
      >
        <Form.Item name="ground" label={t("cases.refuse.ground")}>
          <Select options={Object.entries(GROUNDS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="note" label={t("cases.refuse.note")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </StepForm>,
    );
  if (c.can.assign && open)
    steps.push(
      <StepForm
        key="assign"
        title={t("cases.assign")}
        submit={t("cases.assign")}
        path={`${base}/assign`}
        version={c.version}
        onDone={reload}
      >
        <Form.Item name="handlerId" label={t("cases.assign.handler")}>
          <Select options={c.handlers.map((h) => ({ value: h.id, label: h.name }))} />
        </Form.Item>
      </StepForm>,
    );
  if (c.can.handle && c.status === "accepted") {
    steps.push(
      <StepForm
        key="conclude"
        title={t("cases.conclude")}
        submit={t("cases.conclude.save")}
        path={`${base}/conclude`}
        version={c.version}
        onDone={reload}
        initial={{ conclusion: c.conclusion ?? "" }}
      >
        <Form.Item name="conclusion" label={t("cases.conclude")}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </StepForm>,
      <StepForm
        key="answer"
        title={t("cases.answer")}
        submit={t("cases.answer.save")}
        path={`${base}/answer`}
        version={c.version}
        onDone={reload}
      >
        <Form.Item name="answer" label={t("cases.answer")}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </StepForm>,
    );
  }
  if (c.can.publish)
    steps.push(
      preview === null ? (
        <Card key="publish" size="small" style={{ marginBottom: 12 }}>
          <Button
            onClick={() =>
              api.get<{ masked: string }>(`${base}/publication`).then((p) => setPreview(p.masked))
            }
          >
            {t("cases.publish.preview")}
          </Button>
        </Card>
      ) : (
        <StepForm
          key="publish-form"
          title={t("cases.publish")}
          submit={t("cases.publish.confirm")}
          path={`${base}/publish`}
          version={c.version}
          onDone={reload}
          initial={{ text: preview }}
        >
          <Typography.Paragraph>{t("cases.publish.review")}</Typography.Paragraph>
          <Form.Item name="text" label={t("cases.publish")}>
            <Input.TextArea rows={5} />
          </Form.Item>
        </StepForm>
      ),
    );
  if (c.can.handle)
    steps.push(
      <StepForm
        key="note"
        title={t("cases.note")}
        submit={t("cases.note.add")}
        path={`${base}/notes`}
        onDone={reload}
      >
        <Form.Item name="text" label={t("cases.note")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </StepForm>,
    );
  return (
    <>
      <PageHeader title={`${KIND[c.kind]} ${c.code}: ${c.title}`} />
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("cases.status")}>
          <span data-testid="case-status">
            <StatusTag tone={STATUS[c.status].tone}>{STATUS[c.status].label}</StatusTag>
          </span>
          {c.publishedAt ? <StatusTag tone="good">{t("cases.published")}</StatusTag> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t("cases.field")}>{FIELD[c.field]}</Descriptions.Item>
        <Descriptions.Item label={t("cases.org")}>{c.orgName}</Descriptions.Item>
        <Descriptions.Item label={t("cases.ward")}>{c.wardName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("cases.received")}>{vnDate(c.receivedOn)}</Descriptions.Item>
        <Descriptions.Item label={t("cases.due")}>
          {vnDate(c.dueDate)} {c.dueBasis ? `(${c.dueBasis})` : ""}{" "}
          {c.overdue ? <StatusTag tone="bad">{t("cases.overdue")}</StatusTag> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t("cases.handler")}>{c.handlerName ?? "—"}</Descriptions.Item>
        {c.subject ? <Descriptions.Item label={t("cases.object")}>{c.subject}</Descriptions.Item> : null}
        {c.location ? <Descriptions.Item label={t("cases.location")}>{c.location}</Descriptions.Item> : null}
        {c.rating ? (
          <Descriptions.Item
            label={t("cases.rating")}
          >{`${c.rating.score}/5 ${c.rating.comment ?? ""}`}</Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t("cases.content")}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{c.content}</Typography.Paragraph>
      {c.request ? (
        <Typography.Paragraph
          style={{ whiteSpace: "pre-wrap" }}
        >{`${t("cases.request")}: ${c.request}`}</Typography.Paragraph>
      ) : null}
      {c.files.length ? (
        <Typography.Paragraph>
          {t("cases.files")}: {c.files.map((f) => f.fileName).join(", ")}
        </Typography.Paragraph>
      ) : null}
      {c.answer ? (
        <Alert
          type="success"
          message={t("cases.answer")}
          description={<span style={{ whiteSpace: "pre-wrap" }}>{c.answer}</span>}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t("cases.sender")}
      </Typography.Title>
      <Sender id={c.id} allowed={c.can.readSender} />
      {steps.length ? (
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
          {t("cases.actions")}
        </Typography.Title>
      ) : null}
      {steps}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t("cases.timeline")}
      </Typography.Title>
      <Timeline
        items={c.events.map((e) => ({
          key: e.id,
          children: (
            <>
              <strong>{EVENT[e.kind]}</strong> · {new Date(e.at).toLocaleString("vi-VN")}{" "}
              {e.authorName ? `· ${e.authorName}` : ""}{" "}
              <StatusTag tone={e.public ? "info" : "neutral"}>
                {e.public ? t("cases.public") : t("cases.internal")}
              </StatusTag>
              {e.text ? <div>{e.text}</div> : null}
            </>
          ),
        }))}
      />
    </>
  );
}
