// The sign-in page: a public route, outside the signed-in layout.
import { defineModule, lazyPage } from "../app/module.ts";

export default defineModule({
  id: "auth",
  publicRoutes: [lazyPage("login", () => import("./LoginPage.tsx"), "LoginPage")],
});
