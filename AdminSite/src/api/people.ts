import { getJson, sendJson, type Fetched } from './http';
import type { Language, StaffRole } from './codes';

/** A person in the staff directory; e-mail and object id only for administrators. */
export interface Person {
  id: string;
  name: string;
  email?: string;
  department?: string;
  roles: StaffRole[];
  language: Language;
  active: boolean;
  objectId?: string;
}

export interface PersonInput {
  name: string;
  email: string;
  department: string | null;
  roles: StaffRole[];
  language: Language;
  active: boolean;
  objectId?: string;
}

export function listPeople(): Promise<Person[]> {
  return getJson<Person[]>('/api/staff/people').then((r) => r.data);
}

export function getPerson(id: string): Promise<Fetched<Person>> {
  return getJson<Person>(`/api/staff/people/${encodeURIComponent(id)}`);
}

export function createPerson(input: PersonInput): Promise<Fetched<Person>> {
  return sendJson<Person>('POST', '/api/staff/people', input);
}

export function updatePerson(id: string, input: PersonInput, etag: string): Promise<Fetched<Person>> {
  return sendJson<Person>('PUT', `/api/staff/people/${encodeURIComponent(id)}`, input, { ifMatch: etag });
}
