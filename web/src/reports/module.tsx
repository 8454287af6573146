// Báo cáo: my unit's reports, the form, the coordinator's board and the consolidated report (issue 14).
import { FormOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "reports",
  nav: [{ path: "/reports", label: "nav.reports", icon: <FormOutlined />, order: 30 }],
  routes: [
    lazyPage("reports", () => import("./ReportsPage.tsx"), "ReportsPage"),
    lazyPage("reports/:id", () => import("./ObligationPage.tsx"), "ObligationPage"),
    lazyPage("reports/schedules/:id", () => import("./BoardPage.tsx"), "BoardPage"),
  ],
});
