// Văn bản chỉ đạo: import and review of directive documents, each document with its tasks, the
// cascade from a resolution down to the ward plans, and what each plan covers.
import { FileTextOutlined } from "@ant-design/icons";
import { defineModule } from "../app/module.ts";

export default defineModule({
  id: "directives",
  nav: [{ path: "/directives", label: "nav.directives", icon: <FileTextOutlined />, order: 10 }],
  routes: [
    {
      path: "directives",
      lazy: async () => ({ Component: (await import("./DirectivesPage.tsx")).DirectivesPage }),
    },
    {
      path: "directives/cascade",
      lazy: async () => ({ Component: (await import("./CascadePage.tsx")).CascadePage }),
    },
    {
      path: "directives/:id",
      lazy: async () => ({ Component: (await import("./DirectivePage.tsx")).DirectivePage }),
    },
    {
      path: "directives/:id/review",
      lazy: async () => ({ Component: (await import("./review/ReviewPage.tsx")).ReviewPage }),
    },
    {
      path: "directives/:id/coverage",
      lazy: async () => ({ Component: (await import("./CoveragePage.tsx")).CoveragePage }),
    },
  ],
});
