// Cơ cấu tổ chức: the organisation tree, readable by every official, changed by administrators.
import { ApartmentOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "orgs",
  nav: [{ path: "/admin/orgs", label: "nav.orgs", icon: <ApartmentOutlined />, group: "admin", order: 10 }],
  routes: [lazyPage("admin/orgs/:orgId?", () => import("./OrgsPage.tsx"), "OrgsPage")],
});
