import { Button, Result } from "antd";
import { useNavigate } from "react-router";
import { useT } from "../i18n/index.tsx";

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 className="tt-h1">{t("app.notFound.title")}</h1>}
      subTitle={t("app.notFound.body")}
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          {t("app.backHome")}
        </Button>
      }
    />
  );
}
