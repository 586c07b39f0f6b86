import { download, getJson, queryString, sendJson, type DownloadedFile, type Fetched } from './http';
import type { CaseSummary } from './cases';
import type { CustomerTier, Language } from './codes';
import type { WithCodes, Wire } from './wire';

export type CustomerView = WithCodes<Wire<'CustomerView'>, { language: Language; privacyRequests: PrivacyRequest[] }>;

/** An export or anonymisation carried out for the customer: who and when. */
export type PrivacyRequest = WithCodes<Wire<'PrivacyRequest'>, { kind: 'export' | 'anonymise' }>;

/** Where an anonymisation stands; "inProgress" means there are more cases than one call handles. */
export type AnonymisationView = WithCodes<Wire<'AnonymisationView'>, { state: 'anonymised' | 'inProgress' }>;

export type CustomerPage = WithCodes<Wire<'CustomerPage'>, { items: CustomerView[] }>;

export type CustomerDetail = WithCodes<Wire<'CustomerDetail'>, { customer: CustomerView; cases: CaseSummary[] }>;

/** What staff may change on file (the e-mail address is the customer's identity and stays). */
export type CustomerChange = WithCodes<Wire<'CustomerChange'>, { language: Language }>;

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
