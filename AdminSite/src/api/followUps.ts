import { getJson, sendJson } from './http';
import type { CustomerTier, Language } from './codes';
import type { WithCodes, Wire } from './wire';

/** How staff made contact (走访 = visit); the record also holds the survey entries the timers write. */
export const contactKinds = ['visit', 'call', 'letter', 'email'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** One entry of a customer's follow-up record (回访记录): `kind` is a contact kind, `survey-sent` or `survey-answered`. */
export type FollowUpEntry = Wire<'FollowUpEntry'>;

/** GET /api/staff/customers/{id}/contacts. */
export type CustomerFollowUps = WithCodes<Wire<'CustomerFollowUps'>, { tier: CustomerTier }>;

/** `at` is when it happened, if not now: within the last year, not in the future. */
export type ContactInput = WithCodes<Wire<'ContactInput'>, { kind: ContactKind }>;

/** A tier-A customer due for a personal visit. */
export type VisitDue = WithCodes<Wire<'VisitDue'>, { language: Language }>;

function contactsUrl(customerId: string): string {
  return `/api/staff/customers/${encodeURIComponent(customerId)}/contacts`;
}

export function getFollowUps(customerId: string): Promise<CustomerFollowUps> {
  return getJson<CustomerFollowUps>(contactsUrl(customerId)).then((r) => r.data);
}

/** Logs a contact; the answer is the record after it, with the follow-up clock reset. */
export function logContact(customerId: string, input: ContactInput): Promise<CustomerFollowUps> {
  return sendJson<CustomerFollowUps>('POST', contactsUrl(customerId), input).then((r) => r.data);
}

export function listVisitsDue(): Promise<VisitDue[]> {
  return getJson<VisitDue[]>('/api/staff/follow-ups/visits').then((r) => r.data);
}
