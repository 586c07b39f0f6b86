import { sendJson } from './http';
import type { Language } from './codes';

/**
 * POST /api/staff/returns (Functions/Returns/ReturnEndpoints.cs): goods that reached the warehouse without a
 * case. With `caseNumber` they join that case; otherwise the customer's details and what they say open one.
 */
export interface ReturnWithoutCaseBody {
  quantity: number;
  product?: string;
  batch?: string;
  receivedOn: string;
  receivedBy: string;
  note?: string;
  caseNumber?: string;
  name?: string;
  company?: string;
  phone?: string;
  email?: string;
  language?: Language;
  description?: string;
}

export interface ReturnRegistration {
  caseNumber: string;
  returnId: string;
  opened: boolean;
}

export function registerReturn(body: ReturnWithoutCaseBody): Promise<ReturnRegistration> {
  return sendJson<ReturnRegistration>('POST', '/api/staff/returns', body).then((r) => r.data);
}
