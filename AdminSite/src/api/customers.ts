import { download, getJson, queryString, sendJson, type DownloadedFile, type Fetched } from './http';
import type { CaseSummary } from './cases';
import type { CustomerTier, Language } from './codes';

export interface CustomerView {
  id: string;
  name: string;
  company?: string;
  email: string;
  phone?: string;
  language: Language;
  tier: CustomerTier;
  mainCustomer: boolean;
  createdAt: string;
  lastContactAt?: string;
  /** Set from the start of an anonymisation: the customer takes part in nothing any more. */
  anonymisingSince?: string;
  /** Set once every case and record of the customer is anonymised. */
  anonymisedAt?: string;
  privacyRequests: PrivacyRequest[];
}

/** An export or anonymisation carried out for the customer: who and when. */
export interface PrivacyRequest {
  kind: 'export' | 'anonymise';
  at: string;
  byId: string;
  byName: string;
}

/** Where an anonymisation stands; "inProgress" means there are more cases than one call handles. */
export interface AnonymisationView {
  customerId: string;
  state: 'anonymised' | 'inProgress';
  alreadyDone: boolean;
  casesAnonymised: number;
  casesRemaining: number;
  anonymisedAt?: string;
}

export interface CustomerPage {
  items: CustomerView[];
  continuation?: string;
}

export interface CustomerDetail {
  customer: CustomerView;
  cases: CaseSummary[];
  casesOfOtherDepartments: number;
}

/** What staff may change on file (the e-mail address is the customer's identity and stays). */
export interface CustomerChange {
  name: string;
  company?: string;
  phone?: string;
  language: Language;
  tier: CustomerTier;
  mainCustomer: boolean;
}

export interface CustomerQuery {
  q?: string;
  tier?: CustomerTier;
  main?: boolean;
  pageSize?: number;
}

export function listCustomers(query: CustomerQuery, continuation?: string): Promise<CustomerPage> {
  return getJson<CustomerPage>('/api/staff/customers' + queryString({ ...query, continuation })).then((r) => r.data);
}

export function getCustomer(id: string): Promise<Fetched<CustomerDetail>> {
  return getJson<CustomerDetail>(`/api/staff/customers/${encodeURIComponent(id)}`);
}

export function updateCustomer(id: string, change: CustomerChange, etag: string): Promise<Fetched<CustomerView>> {
  return sendJson<CustomerView>('PUT', `/api/staff/customers/${encodeURIComponent(id)}`, change, { ifMatch: etag });
}

/** Everything stored about the customer, as the JSON file the app names (a POST: the export is recorded on the customer). */
export function exportCustomer(id: string): Promise<DownloadedFile> {
  return download(`/api/staff/customers/${encodeURIComponent(id)}/export`, `customer-${id}-personal-data.json`, {}, 'POST');
}

/** One call of the anonymisation (administrators); repeat with the new ETag while it answers "inProgress". */
export function anonymiseCustomer(id: string, reason: string, etag: string): Promise<Fetched<AnonymisationView>> {
  return sendJson<AnonymisationView>('POST', `/api/staff/customers/${encodeURIComponent(id)}/anonymise`, { reason }, { ifMatch: etag });
}
