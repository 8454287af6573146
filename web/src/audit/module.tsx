// Nhật ký thay đổi: the audit trail, for administrators (all of it) and supervisors (their subtree).
import { HistoryOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";
import { isSupervisor } from "../shared/access.ts";

export default defineModule({
  id: "audit",
  nav: [
    {
      path: "/admin/audit",
      label: "nav.audit",
      icon: <HistoryOutlined />,
      group: "admin",
      order: 30,
      visible: isSupervisor,
    },
  ],
  routes: [lazyPage("admin/audit", () => import("./AuditPage.tsx"), "AuditPage")],
});
