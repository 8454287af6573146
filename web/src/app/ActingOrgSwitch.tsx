// The body the official is working for. With roles in several bodies, a picker (POST
// /api/auth/acting-org, loaded only then); with one, just its name.
import { lazy, Suspense, useId } from "react";
import { useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";

const ActingOrgPicker = lazy(async () => ({
  default: (await import("./ActingOrgPicker.tsx")).ActingOrgPicker,
}));

export function ActingOrgSwitch({ className }: { className?: string }) {
  const t = useT();
  const me = useMe();
  const labelId = useId();
  const orgs = [...new Map(me.memberships.map((m) => [m.orgId, m.orgName])).entries()];
  const current = orgs.find(([id]) => id === me.actingOrgId) ?? orgs[0];
  if (!current) return null;
  const name = (
    <span className="tt-acting-name" title={current[1]}>
      {current[1]}
    </span>
  );
  return (
    <div className={`tt-acting ${className ?? ""}`}>
      <span id={labelId} className="tt-acting-label">
        {t("app.actingOrg")}
      </span>
      {orgs.length > 1 ? (
        <Suspense fallback={name}>
          <ActingOrgPicker labelId={labelId} orgs={orgs} current={current[0]} />
        </Suspense>
      ) : (
        name
      )}
    </div>
  );
}
