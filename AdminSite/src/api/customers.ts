import { getJson, queryString, sendJson, type Fetched } from './http';
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
