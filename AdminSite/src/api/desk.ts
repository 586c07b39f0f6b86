import { sendJson } from './http';
import type { CaseKind, Channel, Language, Remedy } from './codes';
import type { Wire } from './wire';

/** How a customer without an e-mail address is told what would have been mailed to them. */
export const tellByWays = ['phone', 'letter'] as const;
export type TellBy = (typeof tellByWays)[number];

/** A file as the registration carries it. */
export interface RegistrationFile {
  fileName: string;
  contentBase64: string;
}

/**
 * POST /api/staff/cases (Functions/Intake/Desk/StaffIntakeEndpoints.cs): a complaint staff received by phone,
 * letter, fax, e-mail, visit, a regulator or a sales representative. Either `customerId` (on file) or the new
 * customer's details; the e-mail address is optional. `submissionId` makes a repeated click register once.
 * Written here, not generated: the endpoint reads the intake request and the staff's choices from one body,
 * which the API document does not describe as one type (docs/adr/0049-openapi-document.md).
 */
export interface StaffRegistrationBody {
  submissionId: string;
  kind: CaseKind;
  channel: Channel;
  receivedAt?: string;
  firstReceiverId?: string;
  customerId?: string;
  name?: string;
  company?: string;
  email?: string;
  phone?: string;
  language?: Language;
  tellBy?: TellBy;
  product?: string;
  model?: string;
  orderNumber?: string;
  deliveryDate?: string;
  batch?: string;
  quantityAffected?: string;
  description: string;
  remedy?: Remedy;
  remedyDetail?: string;
  requestedDeadline?: string;
  safetyHazard?: boolean;
  signaturePresent?: boolean;
  forwardedByAuthority?: boolean;
  attachments?: RegistrationFile[];
}

export type StaffRegistration = Wire<'StaffRegistration'>;

export function registerCase(body: StaffRegistrationBody): Promise<StaffRegistration> {
  return sendJson<StaffRegistration>('POST', '/api/staff/cases', body).then((r) => r.data);
}

/** The file's bytes as base64, as the registration carries them. */
export async function toRegistrationFile(file: File): Promise<RegistrationFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { fileName: file.name, contentBase64: btoa(binary) };
}
