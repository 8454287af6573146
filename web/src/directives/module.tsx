// Văn bản chỉ đạo: import and review of directive documents, each document with its tasks, the
// cascade from a resolution down to the ward plans, and what each plan covers.
import { FileTextOutlined } from "@ant-design/icons";
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "directives",
  nav: [{ path: "/directives", label: "nav.directives", icon: <FileTextOutlined />, order: 10 }],
  routes: [
    lazyPage("directives", () => import("./DirectivesPage.tsx"), "DirectivesPage"),
    lazyPage("directives/cascade", () => import("./CascadePage.tsx"), "CascadePage"),
    lazyPage("directives/:id", () => import("./DirectivePage.tsx"), "DirectivePage"),
    lazyPage("directives/:id/review", () => import("./review/ReviewPage.tsx"), "ReviewPage"),
    lazyPage("directives/:id/coverage", () => import("./CoveragePage.tsx"), "CoveragePage"),
  ],
});
