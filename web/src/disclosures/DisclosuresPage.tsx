// Dân chủ cơ sở — Công khai thông tin: one commune's standing per group of Điều 11 (the server's
// checker decides: posted, due, missing, taken down early), what it has disclosed with each item's
// problems (a channel the law requires, too few days), the form to post or correct one with its
// file, taking one down with its reason, and the check across the communes the official reads.
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from "antd";
import { useState } from "react";
import {
  CHANNEL_LABELS,
  CHANNELS,
  type Channel,
  DISCLOSURE_GROUPS,
} from "../../../src/core/grassroots-democracy/index.ts";
import { useMe } from "../auth/AuthContext.tsx";
import { type MessageKey, useLang, useT } from "../i18n/index.tsx";
import { api, request } from "../shared/api.ts";
import { CompactTable } from "../shared/CompactTable.tsx";
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { OrgTreeSelect } from "../shared/orgs/OrgTreeSelect.tsx";
import { PageHeader } from "../shared/PageHeader.tsx";
import { Section } from "../shared/Section.tsx";
import { StatusTag, type Tone } from "../shared/StatusTag.tsx";
import { useToast } from "../shared/toast.tsx";
import { useApi } from "../shared/useApi.ts";
import { postForm } from "../tasks/api.ts";
import type { CheckerOut, CommuneDisclosures, DisclosureOut, GroupCheckOut, ProblemOut } from "./api.ts";

const k = (key: string) => key as MessageKey;
const STATUS_TONE: Record<GroupCheckOut["status"], Tone> = {
  posted: "good",
  ended: "info",
  expired: "bad",
  due: "warn",
  missing: "bad",
  none: "neutral",
};
const STANDING_TONE: Record<DisclosureOut["standing"], Tone> = {
  scheduled: "neutral",
  posting: "good",
  done: "info",
  short: "bad",
};

function useTexts() {
  const t = useT();
  const { lang } = useLang();
  const channel = (c: Channel) => CHANNEL_LABELS[c][lang === "en" ? "en" : "vi"];
  const group = (clause: number, vi: string | null, en: string | null) =>
    (lang === "en" ? en : vi) ?? t("disc.unseen", { clause });
  const problem = (p: ProblemOut) =>
    p.code === "channel_missing"
      ? t(p.ifAvailable ? "disc.problem.channel_missing_if" : "disc.problem.channel_missing", {
          channel: p.channel ? channel(p.channel) : "",
          article: p.article,
        })
      : p.code === "broadcast_short"
        ? t("disc.problem.broadcast_short", {
            days: p.days ?? 0,
            minimum: p.minimum ?? 0,
            article: p.article,
          })
        : t("disc.problem.ends_early", {
            endsOn: formatDate(p.endsOn),
            minimumEnd: formatDate(p.minimumEnd),
            article: p.article,
          });
  return { t, channel, group, problem };
}

function Problems({ list }: { list: ProblemOut[] }) {
  const { problem } = useTexts();
  if (!list.length) return <>—</>;
  return (
    <ul className="tt-plain-list" style={{ margin: 0, paddingLeft: 16 }}>
      {list.map((p) => (
        <li key={`${p.code}-${p.channel ?? ""}`}>{problem(p)}</li>
      ))}
    </ul>
  );
}

export function DisclosuresPage() {
  const { t, channel, group } = useTexts();
  const me = useMe();
  const [orgId, setOrgId] = useState<string | null>(me.actingOrgId ?? me.memberships[0]?.orgId ?? null);
  const [tick, setTick] = useState(0);
  const [editing, setEditing] = useState<DisclosureOut | null>(null);
  const [removing, setRemoving] = useState<DisclosureOut | null>(null);
  const view = useApi<CommuneDisclosures>(orgId ? "/api/disclosures" : null, { orgId }, tick);
  const checker = useApi<CheckerOut>("/api/disclosures/checker", undefined, tick);
  const reload = () => setTick((n) => n + 1);
  const d = view.data;
  return (
    <>
      <PageHeader title={t("disc.title")} intro={t("disc.intro")} />
      <Space wrap style={{ marginBottom: 16 }}>
        <OrgTreeSelect
          ariaLabel={t("disc.org")}
          value={orgId}
          onChange={(v) => setOrgId(typeof v === "string" ? v : null)}
          style={{ minWidth: 260, maxWidth: "100%" }}
        />
        {orgId ? (
          <a href={`/cong-dan/cong-khai/${orgId}`} target="_blank" rel="noreferrer">
            {t("disc.portalLink")}
          </a>
        ) : null}
      </Space>
      {!orgId ? <Alert type="info" showIcon message={t("disc.choose")} /> : null}
      <ErrorAlert error={view.error} />
      {d ? (
        <>
          <Section id="disc-checks" title={t("disc.checks")}>
            <CompactTable<GroupCheckOut>
              rowKey="clause"
              loading={view.loading}
              dataSource={d.checks}
              columns={[
                { title: t("disc.clause"), key: "c", render: (_, c) => c.clause },
                { title: t("disc.group"), key: "g", render: (_, c) => group(c.clause, c.vi, c.en) },
                { title: t("disc.period"), key: "p", render: (_, c) => c.period?.vi ?? "—" },
                {
                  title: t("disc.status"),
                  key: "s",
                  render: (_, c) => (
                    <StatusTag tone={STATUS_TONE[c.status]}>{t(k(`disc.status.${c.status}`))}</StatusTag>
                  ),
                },
                { title: t("disc.problems"), key: "x", render: (_, c) => <Problems list={c.problems} /> },
              ]}
            />
          </Section>
          <Section id="disc-list" title={t("disc.list")}>
            <CompactTable<DisclosureOut>
              rowKey="id"
              dataSource={d.disclosures}
              columns={[
                { title: t("disc.item"), key: "t", render: (_, r) => r.title },
                { title: t("disc.clause"), key: "c", render: (_, r) => r.clause },
                { title: t("disc.postedOn"), key: "p", render: (_, r) => formatDate(r.postedOn) },
                {
                  title: t("disc.plannedEnd"),
                  key: "e",
                  render: (_, r) =>
                    r.takenDownOn
                      ? `${t("disc.takenDownOn")}: ${formatDate(r.takenDownOn)}`
                      : r.plannedEnd
                        ? formatDate(r.plannedEnd)
                        : "—",
                },
                {
                  title: t("disc.channels"),
                  key: "ch",
                  render: (_, r) => r.channels.map(channel).join("; "),
                },
                {
                  title: t("disc.standing"),
                  key: "s",
                  render: (_, r) => (
                    <StatusTag tone={STANDING_TONE[r.standing]}>
                      {t(k(`disc.standing.${r.standing}`))}
                    </StatusTag>
                  ),
                },
                { title: t("disc.problems"), key: "x", render: (_, r) => <Problems list={r.problems} /> },
                ...(d.mayEdit
                  ? [
                      {
                        title: t("disc.actions"),
                        key: "a",
                        render: (_: unknown, r: DisclosureOut) =>
                          r.takenDownOn ? null : (
                            <Space size={4} wrap>
                              <Button
                                size="small"
                                onClick={() => setEditing(r)}
                                aria-label={`${t("disc.correct")}: ${r.title}`}
                              >
                                {t("disc.correct")}
                              </Button>
                              <Button
                                size="small"
                                danger
                                onClick={() => setRemoving(r)}
                                aria-label={`${t("disc.takeDown")}: ${r.title}`}
                              >
                                {t("disc.takeDown")}
                              </Button>
                            </Space>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
            {removing ? (
              <TakeDownForm
                item={removing}
                onDone={() => {
                  setRemoving(null);
                  reload();
                }}
                onCancel={() => setRemoving(null)}
              />
            ) : null}
            {d.mayEdit && orgId ? (
              <PostForm
                key={editing?.id ?? "new"}
                orgId={orgId}
                editing={editing}
                onSaved={() => {
                  setEditing(null);
                  reload();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : null}
          </Section>
        </>
      ) : null}
      {checker.data && checker.data.communes.length > 1 ? (
        <Section id="disc-checker" title={t("disc.checker")}>
          <CompactTable<CheckerOut["communes"][number]>
            rowKey="orgId"
            dataSource={checker.data.communes}
            columns={[
              {
                title: t("disc.commune"),
                key: "n",
                render: (_, c) => (
                  <Button type="link" style={{ padding: 0 }} onClick={() => setOrgId(c.orgId)}>
                    {c.orgName}
                  </Button>
                ),
              },
              { title: t("disc.count.posted"), key: "p", render: (_, c) => c.counts.posted },
              { title: t("disc.count.due"), key: "d", render: (_, c) => c.counts.due },
              { title: t("disc.count.expired"), key: "e", render: (_, c) => c.counts.expired },
              { title: t("disc.count.missing"), key: "m", render: (_, c) => c.counts.missing },
            ]}
          />
        </Section>
      ) : null}
    </>
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

function PostForm({
  orgId,
  editing,
  onSaved,
  onCancel,
}: {
  orgId: string;
  editing: DisclosureOut | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, channel, group } = useTexts();
  const toast = useToast();
  const [form] = Form.useForm();
  const [file, setFile] = useState<File | null>(null);
  const { error, busy, run } = useSubmit(onSaved);
  const chosen: Channel[] = Form.useWatch("channels", form) ?? [];
  return (
    <Form
      form={form}
      name="disclosure"
      layout="vertical"
      style={{ marginTop: 16, maxWidth: 720 }}
      initialValues={
        editing
          ? {
              ...editing,
              content: editing.content ?? "",
              postedOn: fromIsoDate(editing.postedOn),
              plannedEnd: fromIsoDate(editing.plannedEnd),
            }
          : { clause: 1, channels: ["noticeboard", "portal"] }
      }
      onFinish={(v) =>
        run(async () => {
          const body = {
            clause: v.clause,
            title: v.title ?? "",
            content: v.content || undefined,
            channels: v.channels ?? [],
            broadcastDays: (v.channels ?? []).includes("loudspeaker") ? (v.broadcastDays ?? null) : null,
            postedOn: toIsoDate(v.postedOn),
            plannedEnd: toIsoDate(v.plannedEnd),
          };
          const saved = editing
            ? await request<DisclosureOut>("PUT", `/api/disclosures/${editing.id}`, {
                ...body,
                version: editing.version,
              })
            : await api.post<DisclosureOut>("/api/disclosures", { orgId, ...body });
          if (file) await postForm(`/api/disclosures/${saved.id}/file`, {}, [file]);
          toast.success(t(editing ? "disc.corrected" : "disc.saved"));
          if (!editing) form.resetFields(["title", "content"]);
          setFile(null);
        })
      }
    >
      <h3 className="tt-h3">{t(editing ? "disc.editing" : "disc.new")}</h3>
      <ErrorAlert error={error} />
      <Form.Item name="clause" label={t("disc.groupField")}>
        <Select
          options={DISCLOSURE_GROUPS.map((g) => ({
            value: g.clause,
            label: `${t("disc.clause")} ${g.clause}: ${group(g.clause, g.vi, g.en)}`,
          }))}
          style={{ maxWidth: "100%" }}
        />
      </Form.Item>
      <Form.Item name="title" label={t("disc.item")} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="content" label={t("disc.content")}>
        <Input.TextArea rows={3} maxLength={20_000} />
      </Form.Item>
      <Form.Item name="channels" label={t("disc.channels")}>
        <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: channel(c) }))} />
      </Form.Item>
      {chosen.includes("loudspeaker") ? (
        <Form.Item name="broadcastDays" label={t("disc.broadcastDays")}>
          <InputNumber min={1} max={366} />
        </Form.Item>
      ) : null}
      <Space wrap>
        <Form.Item name="postedOn" label={t("disc.postedOn")} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="plannedEnd" label={t("disc.plannedEnd")}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
      <Form.Item label={t("disc.file")} htmlFor="disclosure-file">
        <input id="disclosure-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        {editing?.file ? <div>{editing.file.fileName}</div> : null}
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t(editing ? "disc.saveCorrection" : "disc.save")}
        </Button>
        {editing ? <Button onClick={onCancel}>{t("disc.cancel")}</Button> : null}
      </Space>
    </Form>
  );
}

function TakeDownForm({
  item,
  onDone,
  onCancel,
}: {
  item: DisclosureOut;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTexts();
  const toast = useToast();
  const [form] = Form.useForm();
  const { error, busy, run } = useSubmit(onDone);
  return (
    <Form
      form={form}
      name="disclosure-take-down"
      layout="vertical"
      style={{ marginTop: 16, maxWidth: 640 }}
      onFinish={(v) =>
        run(async () => {
          await api.post(`/api/disclosures/${item.id}/take-down`, {
            version: item.version,
            takenDownOn: toIsoDate(v.takenDownOn),
            reason: v.reason ?? "",
          });
          toast.success(t("disc.takenDown"));
        })
      }
    >
      <h3 className="tt-h3">{t("disc.takeDownTitle", { title: item.title })}</h3>
      <ErrorAlert error={error} />
      <Space wrap>
        <Form.Item name="takenDownOn" label={t("disc.takenDownOn")} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="reason" label={t("disc.reason")} rules={[{ required: true }]}>
          <Input style={{ width: 320, maxWidth: "100%" }} maxLength={500} />
        </Form.Item>
      </Space>
      <Space>
        <Button danger htmlType="submit" loading={busy}>
          {t("disc.confirmTakeDown")}
        </Button>
        <Button onClick={onCancel}>{t("disc.cancel")}</Button>
      </Space>
    </Form>
  );
}
