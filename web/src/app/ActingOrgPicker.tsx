// Switching the acting body among the official's memberships.
import { Select } from "antd";
import { useState } from "react";
import { useAuth } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { errorText } from "../shared/ErrorAlert.tsx";
import { useToast } from "../shared/toast.tsx";

export function ActingOrgPicker({
  labelId,
  orgs,
  current,
}: {
  labelId: string;
  orgs: Array<[id: string, name: string]>;
  current: string;
}) {
  const t = useT();
  const { switchOrg } = useAuth();
  const message = useToast();
  const [busy, setBusy] = useState(false);
  return (
    <Select
      aria-labelledby={labelId}
      value={current}
      loading={busy}
      disabled={busy}
      popupMatchSelectWidth={false}
      className="tt-acting-select"
      options={orgs.map(([value, label]) => ({ value, label }))}
      onChange={async (orgId: string) => {
        setBusy(true);
        try {
          const next = await switchOrg(orgId);
          const name = next.memberships.find((m) => m.orgId === next.actingOrgId)?.orgName ?? "";
          message.success(t("app.actingOrgChanged", { org: name }));
        } catch (e) {
          message.error(errorText(e, t));
        } finally {
          setBusy(false);
        }
      }}
    />
  );
}
