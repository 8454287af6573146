// Dân chủ cơ sở: for now a commune's disclosure (công khai thông tin, Điều 11–13); consultation,
// votes and supervision come later and the page says so. Takes the menu slot "grassroots".
import { TeamOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "grassroots",
  nav: [{ path: "/grassroots", label: "nav.grassroots", icon: <TeamOutlined />, order: 60 }],
  routes: [lazyPage("grassroots", () => import("./DisclosuresPage.tsx"), "DisclosuresPage")],
});
