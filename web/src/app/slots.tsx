// The modules other teams are building, in the menu's order. Until a folder web/src/<id>/ with a
// module.tsx of the same id exists, each slot shows an honest "being built" page.
import {
  AuditOutlined,
  BarChartOutlined,
  CommentOutlined,
  FileTextOutlined,
  FormOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { MessageKey } from "../i18n/index.tsx";
import type { FeatureModule } from "./module.ts";

const SLOTS: Array<{ id: string; path: string; label: MessageKey; icon: ReactNode }> = [
  { id: "directives", path: "directives", label: "nav.directives", icon: <FileTextOutlined /> },
  { id: "tasks", path: "tasks", label: "nav.tasks", icon: <ScheduleOutlined /> },
  { id: "reports", path: "reports", label: "nav.reports", icon: <FormOutlined /> },
  { id: "feedback", path: "feedback", label: "nav.feedback", icon: <CommentOutlined /> },
  { id: "reception", path: "reception", label: "nav.reception", icon: <AuditOutlined /> },
  { id: "grassroots", path: "grassroots", label: "nav.grassroots", icon: <TeamOutlined /> },
  { id: "stats", path: "stats", label: "nav.stats", icon: <BarChartOutlined /> },
];

/** The placeholder module of each slot; order 10, 20 … so a real module can take the same place. */
export const placeholderModules: FeatureModule[] = SLOTS.map((slot, i) => ({
  id: slot.id,
  nav: [{ path: `/${slot.path}`, label: slot.label, icon: slot.icon, order: (i + 1) * 10 }],
  routes: [
    {
      path: `${slot.path}/*`,
      lazy: async () => {
        const { BuildingPage } = await import("./BuildingPage.tsx");
        return { element: <BuildingPage label={slot.label} /> };
      },
    },
  ],
}));
