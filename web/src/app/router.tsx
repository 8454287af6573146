// The routes: each module's public routes (sign-in), then the signed-in layout holding the home
// page and every module's routes. Modules come from modules.ts; nothing here names a feature.
import { createBrowserRouter, type RouteObject } from "react-router";
import { AppLayout } from "./AppLayout.tsx";
import { HomePage } from "./HomePage.tsx";
import { modules } from "./modules.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";
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
          { index: true, element: <HomePage /> },
          ...modules.flatMap((m) => m.routes ?? []),
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
