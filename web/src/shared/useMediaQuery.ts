// True while a CSS media query matches, right from the first render (antd's Grid.useBreakpoint
// starts empty, which would flash the phone layout on a PC).
import { useSyncExternalStore } from "react";

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** The width from which the menu is a side column instead of a drawer (antd's `lg`). */
export const WIDE_QUERY = "(min-width: 992px)";
