// Switches between Tiếng Việt and English. The button names the other language in that language.
import { GlobalOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useLang, useT } from "../i18n/index.tsx";

export function LanguageButton({ className }: { className?: string }) {
  const t = useT();
  const { lang, setLang } = useLang();
  const other = lang === "vi" ? "en" : "vi";
  return (
    <Button
      type="text"
      className={className}
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => setLang(other)}
      title={t("lang.label")}
      data-testid="language-switch"
    >
      <span lang={t("lang.otherCode")}>{t("lang.other")}</span>
    </Button>
  );
}
