// Calls about people and their roles (/api/people, /api/memberships).
import type { Role } from "../auth/types.ts";
import { api } from "../shared/api.ts";

export interface PersonMembership {
  id: string;
  orgId: string;
  orgName: string;
  role: Role;
  title: string | null;
}

export interface Person {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  status: "active" | "disabled";
  totpEnabled: boolean;
  memberships: PersonMembership[];
}

export interface NewPerson {
  username: string;
  fullName: string;
  email?: string | null;
  phone?: string | null;
  password: string;
  memberships: Array<{ orgId: string; role: Role; title?: string | null }>;
}

export const peopleApi = {
  create: (input: NewPerson) => api.post<Person>("/api/people", input),
  grant: (personId: string, body: { orgId: string; role: Role; title?: string | null }) =>
    api.post<Person>(`/api/people/${personId}/memberships`, body),
  revoke: (membershipId: string) => api.del<Person>(`/api/memberships/${membershipId}`),
  setStatus: (personId: string, status: Person["status"]) =>
    api.post<Person>(`/api/people/${personId}/status`, { status }),
};
