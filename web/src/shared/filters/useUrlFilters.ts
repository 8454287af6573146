// A list's filters live in the address (?q=…&status=…), so that a link to a filtered list and the
// Back button both work. update() sets or removes several at once and replaces the history entry.
import { useSearchParams } from "react-router";

export type FilterChanges = Record<string, string | null>;

/** `resetPage`: any change but the page's own sends the list back to its first page. */
export function useUrlFilters(options: { resetPage?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const update = (changes: FilterChanges) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (options.resetPage && !("page" in changes)) next.delete("page");
    setParams(next, { replace: true });
  };
  return { params, update };
}
