// The directives API as the web app sees it: response types (from the server's contract, type-only),
// the calls, and the upload (multipart, with progress) which fetch cannot report, so it goes through
// XMLHttpRequest with the same CSRF token and errors.
import type { z } from "zod";
import type {
  CascadeNodeOut,
  ConfirmOut,
  coverageLinkOut,
  DirectiveHeaderOut,
  DirectiveOut,
  directiveListOut,
  ImportOut,
  ReviewOut,
  TaskOut,
} from "../../../src/modules/directives/contract.ts";
import { ApiError, type ApiErrorCode, api, request } from "../shared/api.ts";

export type {
  CascadeNodeOut as CascadeNode,
  CoverageMatrixOut as CoverageMatrix,
  DirectiveHeaderOut as DirectiveHeader,
  DirectiveOut as DirectiveDetail,
  GroupOut as Group,
  ImportOut as ImportResult,
  ReportingOut as Reporting,
  TaskOut as Task,
  UnitOut as Unit,
} from "../../../src/modules/directives/contract.ts";

export type DirectiveStatus = DirectiveHeaderOut["status"];
export type Timeframe = TaskOut["timeframe"];
export type TimeframeKind = Timeframe["kind"];
/** The names of the bodies a review or a directive mentions, by id. */
export type OrgNames = ReviewOut["orgs"];
export type Citation = DirectiveOut["cites"][number];
export type DirectiveList = z.infer<typeof directiveListOut>;
export type DirectiveSummary = DirectiveList["items"][number];

/**
 * A draft under review. The contract leaves the parser's citations open (unknown[]); the review shows
 * these fields of each (src/parser/types.ts, which the web may not import).
 */
export type Review = Omit<ReviewOut, "citations"> & {
  citations: Array<{
    symbol: string;
    type: string | null;
    date: string | null;
    relation: string;
    text: string;
  }>;
};

/** GET /api/directives/cascade: the contract draws only the roots; below them the same shape recurs. */
export interface Cascade {
  roots: CascadeNodeOut[];
}

/** A document's name as officials say it: "Kế hoạch 123/KH-UBND", or its issuer's when it has no number. */
export function documentName(d: {
  typeName: string | null;
  symbol: string | null;
  issuerName?: string | null;
}): string {
  if (d.symbol) return [d.typeName, d.symbol].filter(Boolean).join(" ");
  return [d.typeName ?? "Văn bản", d.issuerName ? `của ${d.issuerName}` : null].filter(Boolean).join(" ");
}

/** Uploads a file for import; `onProgress` gets 0..1 while the bytes go up. */
export async function uploadDirective(
  file: File,
  ownerOrgId: string | null,
  onProgress: (share: number) => void,
): Promise<ImportOut> {
  const { token } = await api.get<{ token: string }>("/api/auth/csrf");
  const form = new FormData();
  form.append("file", file, file.name);
  const url = `/api/directives/import${ownerOrgId ? `?ownerOrgId=${encodeURIComponent(ownerOrgId)}` : ""}`;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.withCredentials = true;
    xhr.setRequestHeader("x-csrf-token", token);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, "NETWORK", "Không kết nối được máy chủ."));
    xhr.onload = () => {
      let body: { code?: ApiErrorCode; message?: string; details?: unknown } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as ImportOut);
      else
        reject(
          new ApiError(
            xhr.status,
            body?.code ?? (xhr.status >= 500 ? "INTERNAL" : "VALIDATION"),
            body?.message ?? "Máy chủ trả lời không hợp lệ.",
            body?.details,
          ),
        );
    };
    xhr.send(form);
  });
}

export const directivesApi = {
  review: (id: string) => api.get<Review>(`/api/directives/${id}/review`),
  patchHeader: (id: string, body: Record<string, unknown>) =>
    api.patch<Review>(`/api/directives/${id}`, body),
  patchTask: (id: string, taskId: string, body: Record<string, unknown>) =>
    api.patch<Review>(`/api/directives/${id}/tasks/${taskId}`, body),
  split: (id: string, taskId: string, version: number, at: number) =>
    api.post<Review>(`/api/directives/${id}/tasks/${taskId}/split`, { version, at }),
  merge: (id: string, version: number, taskIds: [string, string]) =>
    api.post<Review>(`/api/directives/${id}/tasks/merge`, { version, taskIds }),
  mapUnit: (id: string, version: number, key: string, orgIds: string[], outside = false) =>
    request<Review>("PUT", `/api/directives/${id}/units`, { version, key, orgIds, outside }),
  unnamed: (id: string, body: { version: number; action: "lead" | "notAssign"; leadOrgIds?: string[] }) =>
    api.post<Review>(`/api/directives/${id}/unnamed`, body),
  patchReporting: (id: string, reportingId: string, body: Record<string, unknown>) =>
    api.patch<Review>(`/api/directives/${id}/reporting/${reportingId}`, body),
  confirm: (id: string, version: number) =>
    api.post<ConfirmOut>(`/api/directives/${id}/confirm`, { version }),
  discard: (id: string, version: number) => api.post(`/api/directives/${id}/discard`, { version }),
  decideCoverage: (linkId: string, status: "confirmed" | "rejected") =>
    api.patch<z.infer<typeof coverageLinkOut>>(`/api/coverage-links/${linkId}`, { status }),
  linkCoverage: (childTaskId: string, parentGroupId: string) =>
    api.post(`/api/coverage-links`, { childTaskId, parentGroupId }),
  suggestCoverage: (id: string) => api.post(`/api/directives/${id}/coverage/suggest`),
};
