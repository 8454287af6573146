// Shown when a page throws while rendering or its code fails to download (a new release replaced
// the chunk): a reload fixes the latter.
import { Button, Result } from "antd";
import { useRouteError } from "react-router";
import { useT } from "../i18n/index.tsx";

export function RouteError() {
  const t = useT();
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="warning"
      title={<h1 className="tt-h1">{t("app.routeError.title")}</h1>}
      subTitle={t("app.routeError.body")}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t("app.reload")}
        </Button>
      }
    />
  );
}
