// Thống kê: a leader's "how is my area doing" (issue 14 item 6).
import { BarChartOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "stats",
  nav: [{ path: "/stats", label: "nav.stats", icon: <BarChartOutlined />, order: 70 }],
  routes: [lazyPage("stats", () => import("./StatisticsPage.tsx"), "StatisticsPage")],
});
