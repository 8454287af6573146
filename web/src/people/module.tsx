// Cán bộ và vai trò: the people of a body, their roles, accounts.
import { TeamOutlined } from "@ant-design/icons";
import { defineModule } from "../app/module.ts";

export default defineModule({
  id: "people",
  nav: [{ path: "/admin/people", label: "nav.people", icon: <TeamOutlined />, group: "admin", order: 20 }],
  routes: [
    {
      path: "admin/people",
      lazy: async () => ({ Component: (await import("./PeoplePage.tsx")).PeoplePage }),
    },
    {
      path: "admin/people/new",
      lazy: async () => ({ Component: (await import("./CreatePersonPage.tsx")).CreatePersonPage }),
    },
    {
      path: "admin/people/:personId",
      lazy: async () => ({ Component: (await import("./PersonPage.tsx")).PersonPage }),
    },
  ],
});
