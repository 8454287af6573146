// Shown on every page to someone left without an active unit (a merger, split or dissolution ended
// theirs and they were not moved): the server's sentence naming the change and whom to ask, instead
// of empty lists with no word of why.
import { Alert } from "antd";
import { useT } from "../i18n/index.tsx";
import { useMe } from "./AuthContext.tsx";

export function UnitNotice() {
  const t = useT();
  const notice = useMe().unitNotice;
  if (!notice) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="tt-alert"
      data-testid="unit-notice"
      message={t("unitNotice.title")}
      description={notice.message}
    />
  );
}
