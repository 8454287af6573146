// Cơ cấu tổ chức: the organisation tree, readable by every official, changed by administrators.
import { ApartmentOutlined } from "@ant-design/icons";
import { defineModule } from "../app/module.ts";

export default defineModule({
  id: "orgs",
  nav: [{ path: "/admin/orgs", label: "nav.orgs", icon: <ApartmentOutlined />, group: "admin", order: 10 }],
  routes: [
    {
      path: "admin/orgs/:orgId?",
      lazy: async () => ({ Component: (await import("./OrgsPage.tsx")).OrgsPage }),
    },
  ],
});
