// The organisation list, loaded once and shared by every screen that needs it (tree, pickers,
// audit names); invalidateOrgs() after a change makes every user reload it.
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { ApiError, api, isApiError } from "../api.ts";
import type { Org } from "./types.ts";

const cache = new Map<boolean, Promise<Org[]>>();
const listeners = new Set<() => void>();
let generation = 0;

export function invalidateOrgs(): void {
  cache.clear();
  generation += 1;
  for (const l of listeners) l();
}

function load(includeInactive: boolean): Promise<Org[]> {
  let p = cache.get(includeInactive);
  if (!p) {
    p = api.get<Org[]>("/api/orgs", includeInactive ? { includeInactive: true } : undefined);
    p.catch(() => cache.delete(includeInactive));
    cache.set(includeInactive, p);
  }
  return p;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export interface OrgList {
  orgs: Org[] | undefined;
  byId: Map<string, Org>;
  error: ApiError | null;
  loading: boolean;
}

export function useOrgs(includeInactive = false): OrgList {
  const gen = useSyncExternalStore(subscribe, () => generation);
  const [state, setState] = useState<{ orgs?: Org[]; error: ApiError | null; loading: boolean }>({
    error: null,
    loading: true,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `gen` changes when the list is invalidated.
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load(includeInactive).then(
      (orgs) => live && setState({ orgs, error: null, loading: false }),
      (e: unknown) =>
        live &&
        setState({ error: isApiError(e) ? e : new ApiError(0, "INTERNAL", String(e)), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [includeInactive, gen]);
  const byId = useMemo(() => new Map((state.orgs ?? []).map((o) => [o.id, o])), [state.orgs]);
  return { orgs: state.orgs, byId, error: state.error, loading: state.loading };
}
