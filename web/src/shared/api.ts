// The one way the web app talks to the server: JSON over fetch, same-origin cookies, the CSRF token
// on every unsafe request (fetched once, fetched again when the server says it is stale), and every
// failure turned into an ApiError carrying the server's code and Vietnamese message.
import type { ErrorCode } from "../../../src/core/errors.ts";

/** The server's error codes (src/core/errors.ts), and NETWORK: no answer from the server at all
 * (offline, server down), whose message is not the server's. */
export type ApiErrorCode = ErrorCode | "NETWORK";

export interface FieldIssue {
  /** Dotted path of the field in the request body: "name", "memberships.0.orgId". */
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The per-field problems of a VALIDATION error (empty for other errors). */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue =>
        typeof d === "object" && d !== null && typeof d.field === "string" && typeof d.message === "string",
    );
  }

  /** The row problems of a failed import (`details.problems`). */
  get problems(): string[] {
    const d = this.details as { problems?: unknown } | undefined;
    return Array.isArray(d?.problems) ? d.problems.filter((p): p is string => typeof p === "string") : [];
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** Appends the defined query parameters to a path. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}${path.includes("?") ? "&" : "?"}${s}` : path;
}

let csrfToken: Promise<string> | null = null;

/** Forgets the CSRF token (the next unsafe request fetches a new one). */
export function resetCsrf(): void {
  csrfToken = null;
}

function fetchCsrf(): Promise<string> {
  csrfToken ??= send<{ token: string }>("GET", "/api/auth/csrf", undefined, undefined, false).then(
    (r) => r.token,
    (e: unknown) => {
      csrfToken = null;
      throw e;
    },
  );
  return csrfToken;
}

type SessionListener = () => void;
const sessionListeners = new Set<SessionListener>();

/** Called when the server says the session is gone (expired, signed out elsewhere, account locked). */
export function onSessionLost(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

const UNSAFE = new Set(["POST", "PATCH", "PUT", "DELETE"]);

async function send<T>(
  method: string,
  path: string,
  body: unknown,
  signal: AbortSignal | undefined,
  watchSession: boolean,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (UNSAFE.has(method)) headers["x-csrf-token"] = await fetchCsrf();
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, "NETWORK", "Không kết nối được máy chủ.");
  }
  const isJson = (res.headers.get("content-type") ?? "").includes("json");
  const payload: unknown = isJson ? await res.json().catch(() => null) : await res.text();
  if (res.ok) return payload as T;
  const err = payload as { code?: ApiErrorCode; message?: string; details?: unknown } | null;
  const error =
    isJson && err?.code
      ? new ApiError(res.status, err.code, err.message ?? "", err.details)
      : new ApiError(
          res.status,
          res.status >= 500 ? "INTERNAL" : "VALIDATION",
          "Máy chủ trả lời không hợp lệ.",
        );
  if (watchSession && error.code === "UNAUTHENTICATED") for (const l of sessionListeners) l();
  throw error;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** False for the sign-in calls, whose UNAUTHENTICATED means "wrong password", not "session lost". */
  watchSession?: boolean;
}

export async function request<T>(
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const watch = options.watchSession ?? true;
  try {
    return await send<T>(method, path, body, options.signal, watch);
  } catch (e) {
    // The token is bound to a cookie that sign-in, sign-out or an expiry may have replaced: retry once.
    if (isApiError(e) && e.code === "CSRF") {
      resetCsrf();
      return send<T>(method, path, body, options.signal, watch);
    }
    throw e;
  }
}

export const api = {
  get: <T>(path: string, query?: Query, options?: RequestOptions) =>
    request<T>("GET", withQuery(path, query), undefined, options),
  post: <T>(path: string, body: unknown = {}, options?: RequestOptions) =>
    request<T>("POST", path, body, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>("PATCH", path, body, options),
  del: <T>(path: string, options?: RequestOptions) => request<T>("DELETE", path, undefined, options),
};
