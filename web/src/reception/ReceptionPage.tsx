// Tiếp công dân: one body's month — its reception sessions with the warning when the head's regular
// days fall below the legal minimum (the server decides, by date), and its register (Mẫu 03) with
// each visit's case, reply due (Điều 28) and overdue flag; forms to add a session and record a visit.
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Tag,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMe } from "../auth/AuthContext.tsx";
import { type MessageKey, useT } from "../i18n/index.tsx";
import { api } from "../shared/api.ts";
import { CompactTable } from "../shared/CompactTable.tsx";
import { DATE_FORMAT, formatDate, todayInVietnam, toIsoDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { OrgTreeSelect } from "../shared/orgs/OrgTreeSelect.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { Section } from "../shared/Section.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import {
  CASE_FIELDS,
  CASE_KINDS,
  type CalendarOut,
  GROUNDS,
  type RegisterOut,
  type SessionOut,
  type VisitRow,
} from "./api.ts";

const k = (key: string) => key as MessageKey;

export function ReceptionPage() {
  const t = useT();
  const me = useMe();
  const [orgId, setOrgId] = useState<string | null>(me.actingOrgId ?? me.memberships[0]?.orgId ?? null);
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [tick, setTick] = useState(0);
  const from = month.startOf("month").format("YYYY-MM-DD");
  const to = month.endOf("month").format("YYYY-MM-DD");
  const cal = useApi<CalendarOut>(orgId ? "/api/reception/calendar" : null, { orgId, from, to }, tick);
  const reg = useApi<RegisterOut>(orgId ? "/api/reception/register" : null, { orgId, from, to }, tick);
  const reload = () => setTick((n) => n + 1);
  const [concluding, setConcluding] = useState<SessionOut | null>(null);
  return (
    <>
      <PageHeader title={t("reception.title")} intro={t("reception.intro")} />
      <Space wrap style={{ marginBottom: 16 }}>
        <OrgTreeSelect
          ariaLabel={t("reception.org")}
          value={orgId}
          onChange={(v) => setOrgId(typeof v === "string" ? v : null)}
          style={{ minWidth: 260 }}
        />
        <DatePicker
          picker="month"
          aria-label={t("reception.month")}
          value={month}
          allowClear={false}
          format="MM/YYYY"
          onChange={(d) => d && setMonth(d)}
        />
      </Space>
      <Section id="reception-calendar" title={t("reception.calendar")}>
        <ErrorAlert error={cal.error} />
        {cal.data ? <Minimum cal={cal.data} /> : null}
        <CompactTable<SessionOut>
          rowKey="id"
          loading={cal.loading}
          dataSource={cal.data?.sessions ?? []}
          columns={[
            { title: t("reception.date"), key: "d", render: (_, s) => formatDate(s.date) },
            { title: t("reception.time"), key: "h", render: (_, s) => s.startTime ?? "—" },
            { title: t("reception.leader"), key: "l", render: (_, s) => s.leaderName },
            {
              title: t("reception.head"),
              key: "hd",
              render: (_, s) => t(s.headReceives ? "reception.yes" : "reception.no"),
            },
            { title: t("reception.kind"), key: "k", render: (_, s) => t(k(`reception.kind.${s.kind}`)) },
            { title: t("reception.mode"), key: "m", render: (_, s) => t(k(`reception.mode.${s.mode}`)) },
            { title: t("reception.where"), key: "w", render: (_, s) => s.place ?? s.onlineLink ?? "—" },
            {
              title: t("reception.conclusion"),
              key: "c",
              render: (_, s) => (
                <Space size={4} wrap>
                  {s.conclusion ? (
                    <Button size="small" href={`/api/reception/sessions/${s.id}/conclusion.docx`}>
                      {t("reception.downloadConclusion")}
                    </Button>
                  ) : null}
                  {cal.data?.mayEdit && s.date <= todayInVietnam() ? (
                    <Button size="small" onClick={() => setConcluding(s)}>
                      {t(s.conclusion ? "reception.editConclusion" : "reception.writeConclusion")}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
        {concluding ? (
          <ConclusionForm
            key={concluding.id}
            session={concluding}
            onSaved={() => {
              setConcluding(null);
              reload();
            }}
            onCancel={() => setConcluding(null)}
          />
        ) : null}
        {cal.data?.mayEdit && orgId ? <SessionForm orgId={orgId} onSaved={reload} /> : null}
      </Section>
      <Section id="reception-register" title={t("reception.register")}>
        <ErrorAlert error={reg.error} />
        <CompactTable<VisitRow>
          rowKey="id"
          loading={reg.loading}
          dataSource={reg.data?.rows ?? []}
          columns={[
            { title: t("reception.number"), key: "n", render: (_, r) => r.number },
            { title: t("reception.date"), key: "d", render: (_, r) => formatDate(r.receivedOn) },
            { title: t("reception.people"), key: "p", render: (_, r) => r.visitorCount },
            { title: t("reception.content"), key: "c", render: (_, r) => r.content },
            {
              title: t("reception.handling"),
              key: "h",
              render: (_, r) =>
                r.outcome === "case"
                  ? t("reception.case", { code: r.caseCode ?? "" })
                  : t("reception.refused"),
            },
            {
              title: t("reception.replyDue"),
              key: "r",
              render: (_, r) => (
                <Space size={4}>
                  {r.replyDue ? formatDate(r.replyDue) : "—"}
                  {r.overdue ? <Tag color="red">{t("reception.overdue")}</Tag> : null}
                  {r.replied ? <Tag color="green">{t("reception.replied")}</Tag> : null}
                </Space>
              ),
            },
          ]}
        />
        {reg.data?.mayEdit && orgId === me.actingOrgId ? (
          <VisitForm sessions={cal.data?.sessions ?? []} onSaved={reload} />
        ) : reg.data?.mayEdit ? (
          <Alert type="info" showIcon message={t("reception.onlyActing")} />
        ) : null}
      </Section>
    </>
  );
}

function Minimum({ cal }: { cal: CalendarOut }) {
  const t = useT();
  if (!cal.minimums.length) return <Alert type="info" showIcon message={t("reception.noMinimum")} />;
  return (
    <Space direction="vertical" style={{ width: "100%", marginBottom: 12 }}>
      {cal.minimums.map((m) => (
        <Alert
          key={m.rule}
          type="info"
          message={t("reception.minimum", {
            days: m.days,
            per: t(k(`reception.per.${m.per}`)),
            article: m.article,
          })}
        />
      ))}
      {cal.gaps.length ? (
        cal.gaps.map((g) => (
          <Alert key={g.periodStart} type="warning" showIcon role="alert" message={g.message} />
        ))
      ) : (
        <Alert type="success" showIcon message={t("reception.enough")} />
      )}
    </Space>
  );
}

function useSubmit(onSaved: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<void>) => {
    setBusy(true);
    try {
      await call();
      setError(null);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

/** The leader's conclusion at the end of a session: the text of the notice and the signer's title. */
function ConclusionForm({
  session,
  onSaved,
  onCancel,
}: {
  session: SessionOut;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const { error, busy, run } = useSubmit(onSaved);
  return (
    <Form
      name="reception-conclusion"
      layout="vertical"
      style={{ marginTop: 16, maxWidth: 640 }}
      initialValues={{ conclusion: session.conclusion ?? "", signerTitle: session.signerTitle ?? "Chủ tịch" }}
      onFinish={(v) =>
        run(async () => {
          await api.post(`/api/reception/sessions/${session.id}/conclusion`, {
            version: session.version,
            conclusion: v.conclusion ?? "",
            signerTitle: v.signerTitle ?? "",
          });
          toast.success(t("reception.conclusionSaved"));
        })
      }
    >
      <h3 className="tt-h3">
        {t("reception.conclusionOf", { date: formatDate(session.date), leader: session.leaderName })}
      </h3>
      <ErrorAlert error={error} />
      <Form.Item
        name="conclusion"
        label={t("reception.conclusionText")}
        extra={t("reception.conclusionHint")}
      >
        <Input.TextArea rows={5} />
      </Form.Item>
      <Form.Item name="signerTitle" label={t("reception.signerTitle")}>
        <Input style={{ width: 260 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t("reception.saveConclusion")}
        </Button>
        <Button onClick={onCancel}>{t("reception.cancel")}</Button>
      </Space>
    </Form>
  );
}

function SessionForm({ orgId, onSaved }: { orgId: string; onSaved: () => void }) {
  const t = useT();
  const toast = useToast();
  const [form] = Form.useForm();
  const { error, busy, run } = useSubmit(onSaved);
  const mode = Form.useWatch("mode", form) ?? "in_person";
  return (
    <Form
      form={form}
      name="reception-session"
      layout="vertical"
      style={{ marginTop: 16, maxWidth: 640 }}
      initialValues={{ kind: "regular", mode: "in_person", headReceives: true }}
      onFinish={(v) =>
        run(async () => {
          await api.post("/api/reception/sessions", {
            orgId,
            date: toIsoDate(v.date),
            startTime: v.startTime || undefined,
            leaderName: v.leaderName ?? "",
            headReceives: Boolean(v.headReceives),
            kind: v.kind,
            mode: v.mode,
            place: mode === "in_person" ? v.where : undefined,
            onlineLink: mode === "online" ? v.where : undefined,
          });
          toast.success(t("reception.sessionSaved"));
          form.resetFields(["date", "where"]);
        })
      }
    >
      <h3 className="tt-h3">{t("reception.addSession")}</h3>
      <ErrorAlert error={error} />
      <Space wrap>
        <Form.Item name="date" label={t("reception.date")} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="startTime" label={t("reception.time")}>
          <Input placeholder="07:30" style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="leaderName" label={t("reception.leader")}>
          <Input style={{ width: 260 }} />
        </Form.Item>
      </Space>
      <Form.Item name="headReceives" valuePropName="checked">
        <Checkbox>{t("reception.head")}</Checkbox>
      </Form.Item>
      <Space wrap>
        <Form.Item name="kind" label={t("reception.kind")}>
          <Radio.Group
            options={(["regular", "ad_hoc"] as const).map((x) => ({
              value: x,
              label: t(`reception.kind.${x}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="mode" label={t("reception.mode")}>
          <Radio.Group
            options={(["in_person", "online"] as const).map((x) => ({
              value: x,
              label: t(`reception.mode.${x}`),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="where" label={t("reception.where")}>
        <Input />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t("reception.addSession")}
      </Button>
    </Form>
  );
}

function VisitForm({ sessions, onSaved }: { sessions: SessionOut[]; onSaved: () => void }) {
  const t = useT();
  const toast = useToast();
  const [form] = Form.useForm();
  const { error, busy, run } = useSubmit(onSaved);
  const outcome = Form.useWatch("outcome", form) ?? "case";
  const blank = (s: string | undefined) => (s?.trim() ? s : undefined);
  return (
    <Form
      form={form}
      name="reception-visit"
      layout="vertical"
      style={{ marginTop: 16, maxWidth: 640 }}
      initialValues={{ outcome: "case", visitorCount: 1, kind: "feedback", field: "other" }}
      onFinish={(v) =>
        run(async () => {
          const saved = await api.post<{ replyDue: string | null }>("/api/reception/visits", {
            sessionId: v.sessionId || undefined,
            receivedOn: v.receivedOn ? toIsoDate(v.receivedOn) : undefined,
            visitorCount: v.visitorCount,
            visitor: { name: blank(v.name), address: blank(v.address), idNumber: blank(v.idNumber) },
            content: v.content ?? "",
            handling:
              v.outcome === "case"
                ? {
                    outcome: "case",
                    kind: v.kind,
                    field: v.field,
                    title: v.title ?? "",
                    direction: "accept",
                    subject: blank(v.subject),
                  }
                : { outcome: "refused", ground: v.ground, reason: v.reason ?? "" },
          });
          toast.success(
            saved.replyDue
              ? t("reception.visitSaved", { due: formatDate(saved.replyDue) })
              : t("reception.refusalSaved"),
          );
          form.resetFields();
        })
      }
    >
      <h3 className="tt-h3">{t("reception.addVisit")}</h3>
      <ErrorAlert error={error} />
      <Space wrap>
        <Form.Item name="receivedOn" label={t("reception.date")}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="sessionId" label={t("reception.calendar")}>
          <Select
            allowClear
            style={{ width: 200 }}
            options={sessions.map((s) => ({
              value: s.id,
              label: `${formatDate(s.date)} ${s.startTime ?? ""}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="visitorCount" label={t("reception.people")}>
          <InputNumber min={1} max={500} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="name" label={t("reception.visitorName")}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="address" label={t("reception.visitorAddress")}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="idNumber" label={t("reception.visitorId")}>
          <Input style={{ width: 150 }} />
        </Form.Item>
      </Space>
      <Form.Item name="content" label={t("reception.content")}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="outcome" label={t("reception.outcome")}>
        <Radio.Group
          options={(["case", "refused"] as const).map((x) => ({
            value: x,
            label: t(`reception.outcome.${x}`),
          }))}
        />
      </Form.Item>
      {outcome === "case" ? (
        <>
          <Space wrap>
            <Form.Item name="kind" label={t("reception.caseKind")}>
              <Select
                style={{ width: 200 }}
                options={CASE_KINDS.map((x) => ({ value: x, label: t(k(`reception.caseKind.${x}`)) }))}
              />
            </Form.Item>
            <Form.Item name="field" label={t("reception.field")}>
              <Select
                style={{ width: 200 }}
                options={CASE_FIELDS.map((x) => ({ value: x, label: t(k(`reception.field.${x}`)) }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="title" label={t("reception.caseTitle")}>
            <Input />
          </Form.Item>
          <Form.Item name="subject" label={t("reception.subject")}>
            <Input />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="ground" label={t("reception.ground")} rules={[{ required: true }]}>
            <Select options={GROUNDS.map((g) => ({ value: g, label: t(`reception.ground.${g}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t("reception.reason")}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t("reception.addVisit")}
      </Button>
    </Form>
  );
}
