// Shown when a page throws while rendering or its code fails to download (a new release replaced
// the chunk): a reload fixes the latter. Plain markup: it must work when antd's chunks do not.
import { useRouteError } from "react-router";
import { useT } from "../i18n/index.tsx";

export function RouteError() {
  const t = useT();
  const error = useRouteError();
  console.error(error);
  return (
    <div className="tt-route-error" role="alert">
      <h1 className="tt-h1">{t("app.routeError.title")}</h1>
      <p>{t("app.routeError.body")}</p>
      <button type="button" className="tt-plain-button" onClick={() => window.location.reload()}>
        {t("app.reload")}
      </button>
    </div>
  );
}
