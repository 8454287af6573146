// The sign-in page: a public route, outside the signed-in layout.
import { defineModule } from "../app/module.ts";

export default defineModule({
  id: "auth",
  publicRoutes: [
    { path: "login", lazy: async () => ({ Component: (await import("./LoginPage.tsx")).LoginPage }) },
  ],
});
