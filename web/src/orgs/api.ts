// Calls of the organisation tree (/api/orgs, /api/org-changes), typed by the server's contract.
// Changes are administrators' only.
import type { z } from "zod";
import type {
  dissolveInput,
  ImportReport,
  InterchangeFormat,
  mergeInput,
  mergeOut,
  moveInput,
  orgUpdate,
  renameInput,
  splitInput,
  splitOut,
} from "../../../src/modules/orgs/contract.ts";
import { api } from "../shared/api.ts";
import type { Org, OrgDetail, OrgInput } from "../shared/orgs/types.ts";

export type { ImportReport } from "../../../src/modules/orgs/contract.ts";

export const orgsApi = {
  detail: (id: string) => api.get<OrgDetail>(`/api/orgs/${id}`),
  create: (input: OrgInput) => api.post<Org>("/api/orgs", input),
  update: (id: string, patch: z.input<typeof orgUpdate>) => api.patch<Org>(`/api/orgs/${id}`, patch),
  rename: (id: string, body: z.input<typeof renameInput>) => api.post<Org>(`/api/orgs/${id}/rename`, body),
  move: (id: string, body: z.input<typeof moveInput>) => api.post<Org>(`/api/orgs/${id}/move`, body),
  dissolve: (id: string, body: z.input<typeof dissolveInput>) =>
    api.post<Org>(`/api/orgs/${id}/dissolve`, body),
  merge: (body: z.input<typeof mergeInput>) =>
    api.post<z.infer<typeof mergeOut>>("/api/org-changes/merge", body),
  split: (body: z.input<typeof splitInput>) =>
    api.post<z.infer<typeof splitOut>>("/api/org-changes/split", body),
  importTree: (format: InterchangeFormat, content: string) =>
    api.post<ImportReport>("/api/orgs/import", { format, content }),
  exportUrl: (format: InterchangeFormat) => `/api/orgs/export?format=${format}`,
};
