// Nhiệm vụ: the work of the units (a table and a board by status), one assignment with its
// timeline, the plans followed and the coordinator's view of a plan, notifications, the requests for
// work other bodies' plans address to the unit; and under
// Quản trị, the reminder settings.
import { BellOutlined, InboxOutlined, NotificationOutlined, ScheduleOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "tasks",
  nav: [
    { path: "/tasks", label: "nav.tasks", icon: <ScheduleOutlined />, order: 20 },
    { path: "/tasks/notifications", label: "tasks.nav.notifications", icon: <BellOutlined />, order: 25 },
    { path: "/tasks/requests", label: "tasks.nav.requests", icon: <InboxOutlined />, order: 26 },
    {
      path: "/admin/reminders",
      label: "tasks.nav.reminders",
      icon: <NotificationOutlined />,
      group: "admin",
      order: 50,
      visible: (me) => me.isAdmin,
    },
  ],
  routes: [
    lazyPage("tasks", () => import("./TasksPage.tsx"), "TasksPage"),
    lazyPage("tasks/plans", () => import("./PlansPage.tsx"), "PlansPage"),
    lazyPage("tasks/plans/:id", () => import("./PlanPage.tsx"), "PlanPage"),
    lazyPage("tasks/notifications", () => import("./NotificationsPage.tsx"), "NotificationsPage"),
    lazyPage("tasks/requests", () => import("./RequestsPage.tsx"), "RequestsPage"),
    lazyPage("tasks/:id", () => import("./AssignmentPage.tsx"), "AssignmentPage"),
    lazyPage("admin/reminders", () => import("./ReminderSettingsPage.tsx"), "ReminderSettingsPage"),
  ],
});
