// Cơ cấu tổ chức: the tree (with search) beside the chosen body's details; administrators also
// add, edit and reorganise bodies, and import or export the tree.
import { DownloadOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Card, Empty } from "antd";
import { type ReactElement, useEffect, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import type { Org, OrgDetail } from "../shared/orgs/types.ts";
import { invalidateOrgs, useOrgs } from "../shared/orgs/useOrgs.ts";
import { PageHeader } from "../shared/PageHeader.tsx";
import { useToast } from "../shared/toast.tsx";
import { orgsApi } from "./api.ts";
import { DissolveModal, MoveModal, RenameModal } from "./forms/ChangeModals.tsx";
import type { ChangeModalProps } from "./forms/FormModal.tsx";
import { ImportModal } from "./forms/ImportModal.tsx";
import { MergeModal, SplitModal } from "./forms/MergeSplitModals.tsx";
import { OrgEditModal } from "./forms/OrgEditModal.tsx";
import { type OrgAction, OrgDetailPanel } from "./OrgDetailPanel.tsx";
import { OrgTreePanel } from "./OrgTreePanel.tsx";

type ChangeKind = Exclude<OrgAction, "edit">;
/** The reorganisation dialogs; after a merge or a split the page opens the successor. */
const CHANGE_MODALS: Record<ChangeKind, (props: ChangeModalProps) => ReactElement> = {
  rename: RenameModal,
  move: MoveModal,
  dissolve: DissolveModal,
  merge: MergeModal,
  split: SplitModal,
};

type Dialog = { kind: OrgAction; org: OrgDetail } | { kind: "create"; parent?: Org } | { kind: "import" };

export function OrgsPage() {
  const t = useT();
  const me = useMe();
  const message = useToast();
  const navigate = useNavigate();
  const { orgId } = useParams();
  const [includeInactive, setIncludeInactive] = useState(false);
  const list = useOrgs(includeInactive);
  // Names of every body, active or not, for the links in the details.
  const all = useOrgs(true);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const detailRef = useRef<HTMLElement>(null);

  // On a phone the details sit below the tree: bring them into view when a body is chosen.
  useEffect(() => {
    if (!orgId || !window.matchMedia("(max-width: 991px)").matches) return;
    // After the tap's own focus handling, which would otherwise keep the tree in view.
    const timer = window.setTimeout(() => detailRef.current?.scrollIntoView({ block: "start" }), 50);
    return () => window.clearTimeout(timer);
  }, [orgId]);

  const close = () => setDialog(null);
  const changed = (text: string, goTo?: string) => {
    close();
    invalidateOrgs();
    setRefreshKey((k) => k + 1);
    message.success(text);
    if (goTo) navigate(`/admin/orgs/${goTo}`);
  };
  const selected = orgId ? all.byId.get(orgId) : undefined;
  const change =
    dialog && "org" in dialog && dialog.kind !== "edit"
      ? {
          Modal: CHANGE_MODALS[dialog.kind as ChangeKind],
          org: dialog.org,
          opensSuccessor: dialog.kind === "merge" || dialog.kind === "split",
        }
      : null;

  return (
    <>
      <PageHeader
        title={t("orgs.title")}
        intro={t("orgs.intro")}
        actions={
          me.isAdmin ? (
            <>
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => setDialog({ kind: "create", parent: selected })}
              >
                {t("orgs.add")}
              </Button>
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog({ kind: "import" })}>
                {t("orgs.import")}
              </Button>
              <Button icon={<DownloadOutlined aria-hidden />} href={orgsApi.exportUrl("csv")} download>
                {t("orgs.exportCsv")}
              </Button>
              <Button icon={<DownloadOutlined aria-hidden />} href={orgsApi.exportUrl("json")} download>
                {t("orgs.exportJson")}
              </Button>
            </>
          ) : null
        }
      />
      <div className="tt-split">
        <section className="tt-pane" aria-label={t("orgs.treeLabel")}>
          <Card size="small">
            <OrgTreePanel
              list={list}
              includeInactive={includeInactive}
              onIncludeInactive={setIncludeInactive}
              selectedId={orgId}
              onSelect={(id) => navigate(`/admin/orgs/${id}`)}
            />
          </Card>
        </section>
        <section className="tt-pane tt-detail-pane" aria-label={t("common.details")} ref={detailRef}>
          {orgId ? (
            <OrgDetailPanel
              id={orgId}
              byId={all.byId}
              refreshKey={refreshKey}
              onAction={(kind, org) => setDialog({ kind, org })}
            />
          ) : (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("orgs.pick")} />
            </Card>
          )}
        </section>
      </div>
      {dialog?.kind === "create" ? (
        <OrgEditModal
          parent={dialog.parent}
          onCancel={close}
          onDone={(org) => changed(t("orgs.form.created", { name: org.name }), org.id)}
        />
      ) : null}
      {dialog?.kind === "edit" ? (
        <OrgEditModal org={dialog.org} onCancel={close} onDone={() => changed(t("common.saved"))} />
      ) : null}
      {change ? (
        <change.Modal
          org={change.org}
          onCancel={close}
          onDone={(org) => changed(t("orgs.done"), change.opensSuccessor ? org.id : undefined)}
        />
      ) : null}
      {dialog?.kind === "import" ? (
        <ImportModal onCancel={close} onDone={(r) => changed(t("orgs.import.done", { ...r }))} />
      ) : null}
    </>
  );
}
