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

/** `key` is the same for every try of one form, so a retry after a lost answer records the goods once. */
export function registerReturn(body: ReturnWithoutCaseBody, key: string): Promise<ReturnRegistration> {
  return sendJson<ReturnRegistration>('POST', '/api/staff/returns', body, { idempotencyKey: key }).then((r) => r.data);
}
