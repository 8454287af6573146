// The gate of the signed-in part: waits for /api/auth/me, sends everyone else to the sign-in page
// with the address they wanted, so they land back on it.
import { Spin } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useAuth } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";

export function RequireAuth({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const location = useLocation();
  const t = useT();
  if (me === undefined)
    return (
      <div className="tt-fullpage">
        <Spin size="large" aria-label={t("app.loading")} />
      </div>
    );
  if (me?.state !== "ok") {
    const here = location.pathname + location.search;
    return <Navigate to={here === "/" ? "/login" : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  return <>{children}</>;
}
