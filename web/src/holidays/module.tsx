// Quản trị → Lịch nghỉ lễ: the Government's yearly schedules (days off, make-up working Saturdays)
// entered by administrators; they override the built-in ones for deadlines counted in working days.
import { CalendarOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "holidays",
  nav: [
    {
      path: "/admin/holidays",
      label: "holidays.nav",
      icon: <CalendarOutlined />,
      group: "admin",
      order: 40,
      visible: (me) => me.isAdmin,
    },
  ],
  routes: [lazyPage("admin/holidays", () => import("./HolidaysPage.tsx"), "HolidaysPage")],
});
