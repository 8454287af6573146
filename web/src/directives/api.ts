// The directives API as the web app sees it: response types, and the upload (multipart, with progress)
// which fetch cannot report, so it goes through XMLHttpRequest with the same CSRF token and errors.
import { ApiError, type ApiErrorCode, api, request } from "../shared/api.ts";

export type DirectiveStatus = "stub" | "draft" | "confirmed";
export type TimeframeKind = "ongoing" | "deadline" | "period" | "relative" | "unspecified";

export interface Timeframe {
  kind: TimeframeKind;
  text: string;
  due: string | null;
}

export interface DirectiveHeader {
  id: string;
  status: DirectiveStatus;
  symbol: string | null;
  typeCode: string | null;
  typeName: string | null;
  title: string | null;
  system: "party" | "state" | null;
  issuerName: string | null;
  issuerOrgId: string | null;
  parentIssuerName: string | null;
  issuedOn: string | null;
  place: string | null;
  signer: { authority?: string | null; position?: string | null; name?: string | null } | null;
  recipients: string[];
  ownerOrgId: string | null;
  sourceFileId: string | null;
  createdAt: string;
  confirmedAt: string | null;
  version: number;
}

export interface Group {
  id: string;
  label: string;
  title: string;
  position: number;
  sourceLine: number | null;
  derived: boolean;
}

export interface Task {
  id: string;
  kind: "task" | "responsibility";
  groupId: string | null;
  label: string;
  path: string[];
  title: string;
  text: string;
  leadText: string[];
  supportText: string[];
  leadOrgIds: string[];
  supportOrgIds: string[];
  fanOut: boolean;
  assign: boolean;
  unitsEdited: boolean;
  timeframe: Timeframe;
  product: string | null;
  position: number;
  sourceLine: number | null;
  sourceEndLine: number | null;
}

export interface Unit {
  text: string;
  key: string;
  orgIds: string[];
  source: "remembered" | "rule" | "name" | "official" | "none";
  collective: boolean;
  candidates: string[];
  note: string | null;
  uses: number;
}

export interface Reporting {
  id: string;
  text: string;
  toText: string | null;
  toOrgId: string | null;
  viaText: string | null;
  viaOrgId: string | null;
  due: string[];
  frequency: string | string[] | null;
  sourceLine: number | null;
}

export type OrgNames = Record<string, { name: string; shortName: string | null; kind: string }>;

export interface Review {
  directive: DirectiveHeader;
  text: string | null;
  groups: Group[];
  tasks: Task[];
  units: Unit[];
  reporting: Reporting[];
  citations: Array<{
    symbol: string;
    type: string | null;
    date: string | null;
    relation: string;
    text: string;
  }>;
  diagnostics: Array<{ line: number; severity: string; message: string }>;
  problems: Array<{ taskId: string | null; message: string }>;
  orgs: OrgNames;
  can: { edit: boolean; confirm: boolean };
}

export interface DirectiveSummary {
  id: string;
  status: DirectiveStatus;
  symbol: string | null;
  typeName: string | null;
  title: string | null;
  issuerName: string | null;
  issuedOn: string | null;
  ownerName: string | null;
  assignments: number;
}

export interface DirectiveList {
  items: DirectiveSummary[];
  facets: {
    issuers: Record<string, number>;
    types: Record<string, number>;
    statuses: Record<string, number>;
  };
}

export interface Citation {
  relation: "implements" | "basis" | "mentions";
  citationText: string | null;
  inferred: boolean;
  document: DirectiveSummary;
}

export interface DirectiveDetail {
  directive: DirectiveHeader;
  text: string | null;
  file: { id: string; fileName: string; size: number } | null;
  groups: Group[];
  tasks: Array<
    Task & { assignments: Array<{ id: string; leadOrgId: string; status: string; dueDate: string | null }> }
  >;
  reporting: Reporting[];
  cites: Citation[];
  citedBy: Citation[];
  cascade: { parents: string[]; coverageParents: string[] };
  orgs: OrgNames;
}

export interface CascadeNode {
  id: string;
  status: DirectiveStatus;
  symbol: string | null;
  typeName: string | null;
  title: string | null;
  issuerName: string | null;
  issuedOn: string | null;
  ownerName: string | null;
  tasks: number;
  assignments: number;
  children: CascadeNode[];
}

export interface CoverageMatrix {
  parent: Pick<
    DirectiveHeader,
    "id" | "status" | "symbol" | "typeName" | "title" | "issuerName" | "issuedOn"
  >;
  derived: boolean;
  groups: Group[];
  children: Array<Pick<DirectiveSummary, "id" | "symbol" | "typeName" | "title" | "issuerName" | "issuedOn">>;
  cells: Array<{ groupId: string; childId: string; confirmed: number; suggested: number; rejected: number }>;
  links: Array<{
    id: string;
    childTaskId: string;
    childId: string;
    groupId: string;
    score: number | null;
    status: "suggested" | "confirmed" | "rejected";
  }>;
  tasks: Array<{ id: string; childId: string; label: string; title: string }>;
  unplaced: string[];
  parents: string[];
}

export interface ImportResult {
  id: string;
  symbol: string | null;
  title: string | null;
  groups: number;
  tasks: number;
  responsibilities: number;
  units: number;
  unmappedUnits: number;
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
): Promise<ImportResult> {
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as ImportResult);
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
  mapUnit: (id: string, version: number, key: string, orgIds: string[]) =>
    request<Review>("PUT", `/api/directives/${id}/units`, { version, key, orgIds }),
  unnamed: (id: string, body: { version: number; action: "lead" | "notAssign"; leadOrgIds?: string[] }) =>
    api.post<Review>(`/api/directives/${id}/unnamed`, body),
  patchReporting: (id: string, reportingId: string, body: Record<string, unknown>) =>
    api.patch<Review>(`/api/directives/${id}/reporting/${reportingId}`, body),
  confirm: (id: string, version: number) =>
    api.post<{ id: string; assignments: number; links: number; resolvedStub: boolean }>(
      `/api/directives/${id}/confirm`,
      { version },
    ),
  discard: (id: string, version: number) => api.post(`/api/directives/${id}/discard`, { version }),
  decideCoverage: (linkId: string, status: "confirmed" | "rejected") =>
    api.patch<{ id: string; status: string }>(`/api/coverage-links/${linkId}`, { status }),
  linkCoverage: (childTaskId: string, parentGroupId: string) =>
    api.post(`/api/coverage-links`, { childTaskId, parentGroupId }),
  suggestCoverage: (id: string) => api.post(`/api/directives/${id}/coverage/suggest`),
};
