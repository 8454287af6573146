// How a feature plugs into the app. Each feature folder (web/src/<feature>/) has a `module.tsx`
// whose default export is a FeatureModule; the app finds them at build time (modules.ts), puts
// their routes under the signed-in layout and their entries in the menu. Page components should be
// loaded with `lazy` so that each module's code is only downloaded when it is opened.
import type { ComponentType, ReactNode } from "react";
import type { RouteObject } from "react-router";
import type { Me } from "../auth/types.ts";
import type { MessageKey } from "../i18n/index.tsx";

export interface NavEntry {
  /** The page the entry opens (absolute path, e.g. "/directives"). */
  path: string;
  label: MessageKey;
  icon?: ReactNode;
  /** Entries of a group appear together under one sub-menu; "admin" is "Quản trị". */
  group?: "admin";
  /** Position in the menu, smaller first. The shell's slots use 10, 20 … 70; Quản trị's pages 10, 20, 30. */
  order: number;
  /**
   * Hides the entry from people who cannot use it. A hint only: the server still checks. Without
   * it, a page of Quản trị is shown to supervisors (SideMenu's shownTo), any other entry to all.
   */
  visible?: (me: Me) => boolean;
}

export interface FeatureModule {
  /** Unique; a module whose id is one of the shell's slots ("directives", "tasks" …) replaces its placeholder. */
  id: string;
  nav?: NavEntry[];
  /** Routes inside the signed-in layout; paths relative to "/" (e.g. "directives/:id"). */
  routes?: RouteObject[];
  /** Routes outside it, for anyone (sign-in; later the citizens' pages). */
  publicRoutes?: RouteObject[];
}

/** Identity function that gives a module file its type checking. */
export const defineModule = (module: FeatureModule): FeatureModule => module;

/**
 * A route whose page is downloaded when it is first opened, so that each module's code stays out of
 * the first download: lazyPage("tasks/:id", () => import("./AssignmentPage.tsx"), "AssignmentPage").
 */
export function lazyPage<K extends string>(
  path: string,
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): RouteObject {
  return { path, lazy: async () => ({ Component: (await load())[name] }) };
}
