// Cán bộ và vai trò: the people of a body, their roles, accounts.
import { TeamOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "people",
  nav: [{ path: "/admin/people", label: "nav.people", icon: <TeamOutlined />, group: "admin", order: 20 }],
  routes: [
    lazyPage("admin/people", () => import("./PeoplePage.tsx"), "PeoplePage"),
    lazyPage("admin/people/new", () => import("./CreatePersonPage.tsx"), "CreatePersonPage"),
    lazyPage("admin/people/:personId", () => import("./PersonPage.tsx"), "PersonPage"),
  ],
});
