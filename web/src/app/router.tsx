// The routes: each module's public routes (sign-in), then the signed-in layout holding the home
// page and every module's routes. Modules come from modules.ts; nothing here names a feature.
// Pages load lazily: the first download holds only the shell (layout, menu, sign-in gate).
import { createBrowserRouter, type RouteObject } from "react-router";
import { AppLayout } from "./AppLayout.tsx";
import { modules } from "./modules.ts";
import { RequireAuth } from "./RequireAuth.tsx";
import { RouteError } from "./RouteError.tsx";

export const routes: RouteObject[] = [
  { errorElement: <RouteError />, children: modules.flatMap((m) => m.publicRoutes ?? []) },
  {
    path: "/",
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      {
        // A page that fails keeps the header and menu around its error.
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import("./HomePage.tsx")).HomePage }) },
          ...modules.flatMap((m) => m.routes ?? []),
          { path: "*", lazy: async () => ({ Component: (await import("./NotFoundPage.tsx")).NotFoundPage }) },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
