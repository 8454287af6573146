// Short confirmations ("Đã lưu.") and failures that have no place on the page. antd's message
// through its hook (so it follows the theme and language), without antd's <App>, which would also
// bring its dialogs and notifications into the first download.
import { message } from "antd";
import type { MessageInstance } from "antd/es/message/interface";
import { createContext, type ReactNode, useContext } from "react";

const ToastContext = createContext<MessageInstance | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  return (
    <ToastContext.Provider value={api}>
      {holder}
      {children}
    </ToastContext.Provider>
  );
}

export function useToast(): MessageInstance {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() needs <ToastProvider> above it");
  return api;
}
