// Calls about people and their roles (/api/people, /api/memberships), with the server's types.
import type { MembershipInput, PersonInput, PersonOut } from "../../../src/modules/people/contract.ts";
import { api } from "../shared/api.ts";

export type { PersonInput as NewPerson, PersonOut as Person } from "../../../src/modules/people/contract.ts";
export type PersonMembership = PersonOut["memberships"][number];

export const peopleApi = {
  create: (input: PersonInput) => api.post<PersonOut>("/api/people", input),
  grant: (personId: string, body: MembershipInput) =>
    api.post<PersonOut>(`/api/people/${personId}/memberships`, body),
  revoke: (membershipId: string) => api.del<PersonOut>(`/api/memberships/${membershipId}`),
  setStatus: (personId: string, status: PersonOut["status"]) =>
    api.post<PersonOut>(`/api/people/${personId}/status`, { status }),
};
