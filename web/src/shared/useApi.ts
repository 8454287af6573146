// Loads one GET resource for a component: data, error, loading and reload. Keeps the previous data
// while a new query loads (no flicker when a filter changes) and ignores answers that arrive late.
import { useCallback, useEffect, useState } from "react";
import { ApiError, api, isApiError, type Query } from "./api.ts";

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
  /** Replaces the data locally (after a mutation that returned the new version). */
  setData(data: T): void;
}

/** `path` null means "nothing to load yet"; a new `refreshKey` loads again (e.g. after a change). */
export function useApi<T>(path: string | null, query?: Query, refreshKey?: unknown): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  const key = path === null ? null : JSON.stringify([path, query ?? {}]);
  const refresh = typeof refreshKey === "object" ? JSON.stringify(refreshKey) : refreshKey;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for path and query; `tick` and `refresh` force a reload.
  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    api.get<T>(path, query, { signal: ctrl.signal }).then(
      (d) => {
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(isApiError(e) ? e : new ApiError(0, "INTERNAL", String(e)));
        setData(undefined);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
  }, [key, tick, refresh]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}
