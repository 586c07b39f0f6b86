import { getJson, queryString, sendForm, sendJson, type Fetched } from './http';
import type { CaseKind, CaseStage, Category, Channel, DeadlineKind, ResponseChannel, Severity, StaffRole } from './codes';
import type { WithCodes, Wire } from './wire';

/** A row of the case list (Functions/Cases/Storage/CaseIndexRows.cs). */
export type CaseSummary = WithCodes<
  Wire<'CaseSummary'>,
  { kind: CaseKind; stage: CaseStage; severity?: Severity; category?: Category; channel: Channel }
>;

export type CaseListPage = WithCodes<Wire<'CaseListPage'>, { items: CaseSummary[] }>;

/** The list filters, named as the query string of GET /api/staff/cases. */
export interface CaseListQuery {
  stage?: CaseStage;
  open?: boolean;
  department?: string;
  severity?: Severity;
  category?: Category;
  kind?: CaseKind;
  channel?: Channel;
  overdue?: boolean;
  customer?: string;
  handler?: string;
  q?: string;
  from?: string;
  to?: string;
  pageSize?: number;
}

export type CaseCustomer = Wire<'CaseCustomer'>;
/** `topic` is what the customer said it is about (a category); triage decides. */
export type CaseSubject = WithCodes<Wire<'CaseSubject'>, { topic?: Category }>;
export type AttachmentRef = Wire<'AttachmentRef'>;
export type CaseAssignment = Wire<'CaseAssignment'>;
export type Assessment = WithCodes<Wire<'Assessment'>, { category: Category }>;
export type Investigation = Wire<'Investigation'>;
export type RemedialAction = Wire<'RemedialAction'>;
/** `owner` is a staff id, or an outside party's name when `ownerContact` is set. */
export type CapaAction = Wire<'CapaAction'>;
export type Resolution = Wire<'Resolution'>;
export type ApprovalRecord = Wire<'ApprovalRecord'>;
export type CustomerAnswer = Wire<'CustomerAnswer'>;
export type Verification = Wire<'Verification'>;
export type Closure = Wire<'Closure'>;
export type Satisfaction = Wire<'Satisfaction'>;
export type Accountability = Wire<'Accountability'>;
export type CaseNote = Wire<'CaseNote'>;
export type CustomerMessage = Wire<'CustomerMessage'>;
/** A reason given for a missed deadline and the department head's decision (docs/procedure.md §8). */
export type LatenessCause = Wire<'LatenessCause'>;
/** A withdrawal waiting for the department head's approval. */
export type WithdrawalRequest = Wire<'WithdrawalRequest'>;

/** Goods the customer sent back (Functions/Returns/ReturnedGoods.cs), with the quality department's review (docs/procedure.md §14.6). */
export type ReturnedGoods = Wire<'ReturnedGoods'>;
export type ReturnReview = Wire<'ReturnReview'>;
export type ReInspection = Wire<'ReInspection'>;

/** What opened an improvement action (docs/procedure.md §14.7–8). */
export type ImprovementOrigin = WithCodes<Wire<'ImprovementOrigin'>, { source: 'annualSurvey' | 'controlLimit' }>;

export type CaseRecord = WithCodes<
  Wire<'CaseRecord'>,
  {
    subject: CaseSubject;
    assessment?: Assessment | null;
    /** How staff received a complaint they registered (Functions/Cases/Model/DeskRecords.cs). */
    intake?: WithCodes<Wire<'StaffIntake'>, { tellBy?: 'phone' | 'letter' }> | null;
    firstResponse?: WithCodes<Wire<'FirstResponse'>, { how: ResponseChannel }> | null;
    firstContact?: WithCodes<Wire<'FirstContactResolution'>, { toldHow: ResponseChannel }> | null;
    improvement?: ImprovementOrigin | null;
  }
>;

export type DeadlineView = WithCodes<
  Wire<'DeadlineView'>,
  {
    /** The SLA clocks, the customer's answer (while awaiting it) and the effectiveness check (while verifying). */
    kind: DeadlineKind | 'customerAnswer' | 'verification';
  }
>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type FieldDiff = WithCodes<Wire<'FieldDiff'>, { before?: JsonValue; after?: JsonValue }>;

/** A mail sent or a report made by the step (the API always writes `type`). */
export type CaseEffect =
  | WithCodes<Wire<'CaseEffectMailEffect'>, { type: 'mail' }>
  | WithCodes<Wire<'CaseEffectReportEffect'>, { type: 'report' }>;

export type CaseEvent = WithCodes<
  Wire<'CaseEvent'>,
  { actorKind: 'staff' | 'customer' | 'system'; changes: FieldDiff[]; effects: CaseEffect[] }
>;

/** GET /api/staff/cases/{number}: the case, what the signed-in person may do now, deadlines and history. */
export type CaseDetail = WithCodes<
  Wire<'CaseDetail'>,
  { case: CaseRecord; nextApprovalRole?: StaffRole; deadlines: DeadlineView[]; history: CaseEvent[] }
>;

export function listCases(query: CaseListQuery, continuation?: string, signal?: AbortSignal): Promise<CaseListPage> {
  const url = '/api/staff/cases' + queryString({ ...query, continuation });
  return getJson<CaseListPage>(url, signal ? { signal } : {}).then((r) => r.data);
}

export function getCase(number: string): Promise<Fetched<CaseDetail>> {
  return getJson<CaseDetail>(`/api/staff/cases/${encodeURIComponent(number)}`);
}

/** POST /api/staff/cases/{number}/{endpoint} against the version last read. */
export function actOnCase(number: string, endpoint: string, body: unknown, etag: string): Promise<Fetched<CaseDetail>> {
  return sendJson<CaseDetail>('POST', `/api/staff/cases/${encodeURIComponent(number)}/${endpoint}`, body, { ifMatch: etag });
}

export function attachToCase(number: string, file: File, note: string, etag: string): Promise<Fetched<CaseDetail>> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (note.trim()) {
    form.append('note', note.trim());
  }
  return sendForm<CaseDetail>(`/api/staff/cases/${encodeURIComponent(number)}/attachments`, form, { ifMatch: etag });
}

export function attachmentUrl(number: string, id: string): string {
  return `/api/staff/cases/${encodeURIComponent(number)}/attachments/${encodeURIComponent(id)}`;
}
