// Providers, outermost first: language, antd (its locale follows the language), messages and
// dialogs, the signed-in person, then the router.
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import { RouterProvider } from "react-router/dom";
import { AuthProvider } from "../auth/AuthContext.tsx";
import { I18nProvider, useLang } from "../i18n/index.tsx";
import { ToastProvider } from "../shared/toast.tsx";
import { router } from "./router.tsx";
import { theme } from "./theme.ts";

function Themed() {
  const { lang } = useLang();
  return (
    // The click "wave" is decoration that keeps modest PCs busy for two seconds per click: off.
    <ConfigProvider locale={lang === "vi" ? viVN : enUS} theme={theme} wave={{ disabled: true }}>
      <ToastProvider>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </ToastProvider>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  );
}
