// Tiếp công dân: a body's reception calendar (warned below the legal minimum) and its register.
import { AuditOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "reception",
  nav: [{ path: "/reception", label: "nav.reception", icon: <AuditOutlined />, order: 50 }],
  routes: [lazyPage("reception", () => import("./ReceptionPage.tsx"), "ReceptionPage")],
});
