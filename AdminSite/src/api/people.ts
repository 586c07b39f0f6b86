import { getJson, sendJson, type Fetched } from './http';
import type { Language } from './codes';
import type { WithCodes, Wire } from './wire';

/** A person in the staff directory; e-mail and object id only for administrators. */
export type Person = WithCodes<Wire<'PersonView'>, { language: Language }>;

/** No department may be sent as null as well as left out. */
export type PersonInput = WithCodes<Wire<'PersonInput'>, { language: Language; department: string | null }>;

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
