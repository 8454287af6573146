// The audit trail, newest first, 50 at a time ("Xem thêm" goes further back), with the
// administrator's integrity check of the whole hash chain.
import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, Button, Select } from "antd";
import { useEffect, useState } from "react";
import type { VerifyOut } from "../../../src/modules/audit/contract.ts";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { api } from "../shared/api.ts";
import { formatDateTime } from "../shared/dates.ts";
import { ErrorAlert } from "../shared/ErrorAlert.tsx";
import { FitTable } from "../shared/FitTable.tsx";
import { useSubmit } from "../shared/forms.ts";
import { useOrgs } from "../shared/orgs/useOrgs.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useApi } from "../shared/useApi.ts";
import { type AuditEvent, actionText, actorText, entityText, recordCell } from "./describe.tsx";

const PAGE = 50;
const ENTITIES = ["directive", "assignment", "org", "org_change", "user", "membership"];

export function AuditPage() {
  const t = useT();
  const me = useMe();
  const [entity, setEntity] = useState<string>("");
  const [beforeSeq, setBeforeSeq] = useState<number | undefined>(undefined);
  const [rows, setRows] = useState<AuditEvent[]>([]);
  const page = useApi<AuditEvent[]>("/api/audit", { entity: entity || undefined, beforeSeq, limit: PAGE });
  const { byId } = useOrgs(true);
  const verify = useSubmit();
  const [verdict, setVerdict] = useState<VerifyOut | null>(null);

  // Pages accumulate; a new filter starts again from the newest.
  useEffect(() => {
    if (!page.data) return;
    const data = page.data;
    setRows((old) =>
      beforeSeq === undefined ? data : [...old.filter((r) => r.seq > (data[0]?.seq ?? 0)), ...data],
    );
  }, [page.data, beforeSeq]);

  const last = rows[rows.length - 1];
  const more = (page.data?.length ?? 0) === PAGE;

  return (
    <>
      <PageHeader
        title={t("audit.title")}
        intro={t("audit.intro")}
        actions={
          me.isAdmin ? (
            <Button
              icon={<SafetyCertificateOutlined aria-hidden />}
              loading={verify.submitting}
              onClick={async () => {
                setVerdict(null);
                const result = await verify.run(() => api.get<VerifyOut>("/api/audit/verify"));
                if (result) setVerdict(result);
              }}
            >
              {t("audit.verify")}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={verify.error} />
      {verdict ? (
        <Alert
          className="tt-alert"
          showIcon
          type={verdict.ok ? "success" : "error"}
          data-testid="audit-verdict"
          message={
            verdict.ok
              ? t("audit.verifyOk", { count: verdict.count })
              : t("audit.verifyBroken", {
                  seq: verdict.firstBreak?.seq ?? "?",
                  reason: verdict.firstBreak?.reason ?? "",
                })
          }
        />
      ) : null}
      <div className="tt-filters">
        <div className="tt-filter">
          <label id="audit-entity-label" htmlFor="audit-entity">
            {t("audit.filter.entity")}
          </label>
          <Select
            id="audit-entity"
            aria-labelledby="audit-entity-label"
            value={entity}
            onChange={(v: string) => {
              setEntity(v);
              setBeforeSeq(undefined);
            }}
            options={[
              { value: "", label: t("audit.filter.all") },
              ...ENTITIES.map((e) => ({ value: e, label: entityText(t, e) })),
            ]}
          />
        </div>
      </div>
      <ErrorAlert error={page.error} />
      {page.error ? null : (
        <>
          <FitTable<AuditEvent>
            rowKey="seq"
            size="middle"
            loading={page.loading}
            dataSource={rows}
            locale={{ emptyText: t("audit.empty") }}
            columns={[
              {
                title: t("audit.col.time"),
                dataIndex: "at",
                width: 150,
                render: (at: string) => <span className="tt-nowrap">{formatDateTime(at)}</span>,
              },
              {
                title: t("audit.col.who"),
                dataIndex: "actorLabel",
                width: "20%",
                render: (l: string) => actorText(t, l),
              },
              {
                title: t("audit.col.action"),
                key: "action",
                width: "24%",
                render: (_, e) => actionText(t, e),
              },
              { title: t("audit.col.record"), key: "record", render: (_, e) => recordCell(t, e, byId) },
            ]}
          />
          <div className="tt-more">
            {more && last ? (
              <Button onClick={() => setBeforeSeq(last.seq)} loading={page.loading}>
                {t("common.loadMore")}
              </Button>
            ) : rows.length ? (
              <span className="tt-muted">{t("audit.end")}</span>
            ) : null}
          </div>
        </>
      )}
    </>
  );
}
