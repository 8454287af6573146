// Nhiệm vụ: the work of the units (a table and a board by status), one assignment with its
// timeline, the plans followed and the coordinator's view of a plan, notifications; and under
// Quản trị, the reminder settings.
import { BellOutlined, NotificationOutlined, ScheduleOutlined } from "@ant-design/icons";
import { defineModule } from "../app/module.ts";

export default defineModule({
  id: "tasks",
  nav: [
    { path: "/tasks", label: "nav.tasks", icon: <ScheduleOutlined />, order: 20 },
    { path: "/tasks/notifications", label: "tasks.nav.notifications", icon: <BellOutlined />, order: 25 },
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
    { path: "tasks", lazy: async () => ({ Component: (await import("./TasksPage.tsx")).TasksPage }) },
    { path: "tasks/plans", lazy: async () => ({ Component: (await import("./PlansPage.tsx")).PlansPage }) },
    { path: "tasks/plans/:id", lazy: async () => ({ Component: (await import("./PlanPage.tsx")).PlanPage }) },
    {
      path: "tasks/notifications",
      lazy: async () => ({ Component: (await import("./NotificationsPage.tsx")).NotificationsPage }),
    },
    {
      path: "tasks/:id",
      lazy: async () => ({ Component: (await import("./AssignmentPage.tsx")).AssignmentPage }),
    },
    {
      path: "admin/reminders",
      lazy: async () => ({ Component: (await import("./ReminderSettingsPage.tsx")).ReminderSettingsPage }),
    },
  ],
});
