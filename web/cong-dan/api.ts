// The portal's calls: JSON or a multipart form over fetch, the CSRF token fetched once, every
// failure an error carrying the server's Vietnamese message and its per-field problems.
export class PortalError extends Error {
  constructor(
    message: string,
    readonly fields: Array<{ field: string; message: string }> = [],
  ) {
    super(message);
  }
}

let token: Promise<string> | null = null;
const csrf = () => {
  token ??= fetch("/api/auth/csrf", { credentials: "same-origin" })
    .then((r) => r.json() as Promise<{ token: string }>)
    .then((r) => r.token)
    .catch((e: unknown) => {
      token = null;
      throw e;
    });
  return token;
};

async function send<T>(method: "GET" | "POST", url: string, body?: FormData | object): Promise<T> {
  const headers: Record<string, string> = {};
  if (method === "POST") headers["x-csrf-token"] = await csrf();
  if (body && !(body instanceof FormData)) headers["content-type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: "same-origin",
      ...(body && { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
  } catch {
    throw new PortalError(
      "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại; nội dung bạn nhập vẫn còn.",
    );
  }
  const data = (await res.json().catch(() => null)) as (T & { message?: string; details?: unknown }) | null;
  if (!res.ok) {
    const details = Array.isArray(data?.details)
      ? (data.details as Array<{ field: string; message: string }>)
      : [];
    throw new PortalError(data?.message ?? "Có lỗi xảy ra. Hãy thử lại.", details);
  }
  return data as T;
}

export const get = <T>(url: string) => send<T>("GET", url);
export const post = <T>(url: string, body: FormData | object) => send<T>("POST", url, body);
