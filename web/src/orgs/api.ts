// Calls of the organisation tree (/api/orgs, /api/org-changes). Changes are administrators' only.
import { api } from "../shared/api.ts";
import type { Org, OrgDetail, OrgInput } from "../shared/orgs/types.ts";

export interface ChangeMeta {
  effectiveDate: string;
  decisionRef?: string | null;
  note?: string | null;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
}

export const orgsApi = {
  detail: (id: string) => api.get<OrgDetail>(`/api/orgs/${id}`),
  create: (input: OrgInput) => api.post<Org>("/api/orgs", input),
  update: (id: string, patch: Partial<OrgInput> & { version: number }) =>
    api.patch<Org>(`/api/orgs/${id}`, patch),
  rename: (id: string, body: ChangeMeta & { name: string; shortName?: string | null }) =>
    api.post<Org>(`/api/orgs/${id}/rename`, body),
  move: (id: string, body: ChangeMeta & { parentId: string | null }) =>
    api.post<Org>(`/api/orgs/${id}/move`, body),
  dissolve: (id: string, body: ChangeMeta & { successorId?: string | null }) =>
    api.post<Org>(`/api/orgs/${id}/dissolve`, body),
  merge: (
    body: ChangeMeta & { sourceIds: string[]; successorId?: string | null; successor?: OrgInput | null },
  ) => api.post<{ changeId: string; successor: Org }>("/api/org-changes/merge", body),
  split: (body: ChangeMeta & { sourceId: string; successors: OrgInput[] }) =>
    api.post<{ changeId: string; successors: Org[] }>("/api/org-changes/split", body),
  importTree: (format: "csv" | "json", content: string) =>
    api.post<ImportReport>("/api/orgs/import", { format, content }),
  exportUrl: (format: "csv" | "json") => `/api/orgs/export?format=${format}`,
};
