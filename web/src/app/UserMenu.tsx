// The person's own menu: change password, turn on two-factor authentication, sign out.
import { DownOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { lazy, Suspense, useState } from "react";
import { useNavigate } from "react-router";
import { useAuth, useMe } from "../auth/AuthContext.tsx";
import { useT } from "../i18n/index.tsx";

// The dialogs' forms are downloaded when first opened, not with the shell.
const ChangePasswordModal = lazy(async () => ({
  default: (await import("../auth/AccountModals.tsx")).ChangePasswordModal,
}));
const EnableTotpModal = lazy(async () => ({
  default: (await import("../auth/AccountModals.tsx")).EnableTotpModal,
}));

export function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const me = useMe();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<"password" | "totp" | null>(null);
  return (
    <>
      <Dropdown
        trigger={["click"]}
        menu={{
          items: [
            { key: "password", label: t("app.changePassword") },
            me.totpEnabled
              ? { key: "totp-on", label: t("app.totpOn"), disabled: true }
              : { key: "totp", label: t("app.enableTotp") },
            { type: "divider" },
            { key: "signout", label: t("app.signOut"), danger: true },
          ],
          onClick: async ({ key }) => {
            if (key === "password") setDialog("password");
            if (key === "totp") setDialog("totp");
            if (key === "signout") {
              await signOut();
              navigate("/login", { replace: true });
            }
          },
        }}
      >
        <Button
          type="text"
          className="tt-user-button"
          icon={<UserOutlined aria-hidden />}
          aria-label={compact ? t("app.userMenu", { name: me.user.fullName }) : undefined}
          data-testid="user-menu"
        >
          {compact ? null : (
            <>
              <span className="tt-user-name">{me.user.fullName}</span> <DownOutlined aria-hidden />
            </>
          )}
        </Button>
      </Dropdown>
      <Suspense fallback={null}>
        {dialog === "password" ? <ChangePasswordModal open onClose={() => setDialog(null)} /> : null}
        {dialog === "totp" ? <EnableTotpModal open onClose={() => setDialog(null)} /> : null}
      </Suspense>
    </>
  );
}
