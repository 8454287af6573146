// The body the official is working for. With roles in several bodies, a picker (POST
// /api/auth/acting-org); with one, just its name.
import { App, Select } from "antd";
import { useId, useState } from "react";
import { useAuth, useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";
import { errorText } from "../shared/ErrorAlert.tsx";

export function ActingOrgSwitch({ className }: { className?: string }) {
  const t = useT();
  const me = useMe();
  const { switchOrg } = useAuth();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const labelId = useId();
  const orgs = [...new Map(me.memberships.map((m) => [m.orgId, m.orgName])).entries()];
  const current = orgs.find(([id]) => id === me.actingOrgId) ?? orgs[0];
  if (!current) return null;
  return (
    <div className={`tt-acting ${className ?? ""}`}>
      <span id={labelId} className="tt-acting-label">
        {t("app.actingOrg")}
      </span>
      {orgs.length > 1 ? (
        <Select
          aria-labelledby={labelId}
          value={current[0]}
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
      ) : (
        <span className="tt-acting-name" title={current[1]}>
          {current[1]}
        </span>
      )}
    </div>
  );
}
