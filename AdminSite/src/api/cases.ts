import { getJson, queryString, sendForm, sendJson, type Fetched } from './http';
import type {
  ActionStatus,
  AnswerSource,
  ApprovalMeaning,
  CaseKind,
  CaseOutcome,
  CaseStage,
  Category,
  CauseOwner,
  Channel,
  CustomerDecision,
  DeadlineKind,
  ResponseChannel,
  ImmediateAction,
  RemedialKind,
  Remedy,
  ReturnDisposition,
  RootCauseCategory,
  Severity,
  StaffRole,
  Validity,
} from './codes';

/** A row of the case list (Functions/Cases/Storage/CaseIndexRows.cs). */
export interface CaseSummary {
  number: string;
  kind: CaseKind;
  stage: CaseStage;
  severity?: Severity;
  category?: Category;
  department?: string;
  channel: Channel;
  customerId: string;
  customerName: string;
  company?: string;
  product?: string;
  receivedAt: string;
  updatedAt: string;
  handlerId?: string;
  nextDue?: string;
  waiting: boolean;
  version: number;
  /** Set while the date the customer asked for is the resolution deadline (DOMAIN §14.4). */
  customerDeadline?: string;
}

export interface CaseListPage {
  items: CaseSummary[];
  continuation?: string;
}

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

export interface CaseCustomer {
  customerId: string;
  name: string;
  company?: string;
  email: string;
  phone?: string;
  language: string;
}

export interface CaseSubject {
  product?: string;
  model?: string;
  orderNumber?: string;
  deliveryDate?: string;
  batch?: string;
  quantityAffected?: number;
  description: string;
  /** What the customer said it is about (a category); triage decides. */
  topic?: Category;
  remedyWanted?: Remedy;
  remedyDetail?: string;
  requestedDeadline?: string;
}

export interface AttachmentRef {
  id: string;
  fileName: string;
  contentType: string;
  length: number;
  blobName: string;
  addedAt: string;
  addedBy?: string;
}

export interface CaseAssignment {
  department?: string;
  departmentOverridden: boolean;
  firstReceiverId?: string;
  handlerId?: string;
}

export interface Assessment {
  validity: Validity;
  notValidReason?: string;
  explanation?: string;
  category: Category;
  severity: Severity;
  immediateAction: ImmediateAction;
  immediateActionNote?: string;
  assessedBy: string;
  assessedAt: string;
}

export interface Investigation {
  salesListChecked: boolean;
  batchRecordsChecked: boolean;
  retainedSamplesChecked: boolean;
  returnedGoodsReviewed: boolean;
  findings?: string;
  rootCauseCategory?: RootCauseCategory;
  whys: string[];
  rootCause?: string;
  causeOwner?: CauseOwner;
  responsibleDepartment?: string;
  responsiblePerson?: string;
  attachmentIds: string[];
  reportedAt?: string;
  recordedBy?: string;
}

export interface RemedialAction {
  id: string;
  kind: RemedialKind;
  description: string;
  quantity?: number;
  amount?: number;
  status: ActionStatus;
  doneAt?: string;
  evidence?: string;
}

/** `owner` is a staff id, or an outside party's name when `ownerContact` is set. */
export interface CapaAction {
  id: string;
  description: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
  evidence?: string;
  doneAt?: string;
  ownerContact?: string;
  carriedOver?: { followUpAction: string; reason: string; by: string; at: string };
}

export interface Resolution {
  summary: string;
  proposedBy: string;
  proposedAt: string;
  remedialActions: RemedialAction[];
  correctiveActions: CapaAction[];
  preventiveActions: CapaAction[];
  noCorrectiveAction?: { reason: string; decidedBy: string; decidedAt: string };
  requiredApprovals: StaffRole[];
  round: number;
}

export interface ApprovalRecord {
  round: number;
  step: number;
  role: StaffRole;
  byId: string;
  byName: string;
  at: string;
  meaning: ApprovalMeaning;
  reason?: string;
}

export interface CustomerAnswer {
  decision: CustomerDecision;
  comment?: string;
  at: string;
  source: AnswerSource;
  recordedBy?: string;
  avenuesOffered: string[];
}

export interface Verification {
  verifier: string;
  criteria: string;
  dueDate: string;
  effective?: boolean;
  result?: string;
  verifiedAt?: string;
  verifiedBy?: string;
}

export interface Closure {
  finalResult: string;
  closedAt: string;
  closedBy: string;
  customerMessage?: string;
}

export interface Satisfaction {
  score: number;
  comment?: string;
  at: string;
}

export interface Accountability {
  lossAmount: number;
  employeeAtFault?: string;
  suggestedShare: number;
  appealNote?: string;
  recordedBy: string;
  recordedAt: string;
}

export interface CaseNote {
  at: string;
  by: string;
  text: string;
}

export interface CustomerMessage {
  at: string;
  kind: string;
  subject: string;
}

export interface CaseRecord {
  number: string;
  kind: CaseKind;
  channel: Channel;
  stage: CaseStage;
  outcome?: CaseOutcome;
  version: number;
  receivedAt: string;
  updatedAt: string;
  customer: CaseCustomer;
  subject: CaseSubject;
  attachments: AttachmentRef[];
  assignment: CaseAssignment;
  assessment?: Assessment;
  investigation?: Investigation;
  resolution?: Resolution;
  approvals: ApprovalRecord[];
  customerAnswer?: CustomerAnswer;
  verification?: Verification;
  closure?: Closure;
  satisfaction?: Satisfaction;
  accountability?: Accountability;
  agreedDeadline?: { date: string; reason: string; setBy: string; setAt: string };
  requestedDeadlineRefusal?: { proposedDate: string; reason: string; by: string; at: string };
  firstResponse?: { at: string; by: string; how: ResponseChannel };
  /** How staff received a complaint they registered (Functions/Cases/Model/DeskRecords.cs). */
  intake?: { signaturePresent?: boolean; forwardedByAuthority: boolean; tellBy?: 'phone' | 'letter' };
  firstContact?: { answer: string; toldHow: ResponseChannel; reaction: string; by: string; at: string };
  waiting?: { since: string; reason: string };
  messages: CustomerMessage[];
  notes: CaseNote[];
  latenessCauses?: LatenessCause[];
  withdrawalRequest?: WithdrawalRequest;
  improvement?: ImprovementOrigin;
  /** Goods the customer sent back (Functions/Returns/ReturnedGoods.cs). */
  returns?: ReturnedGoods[];
}

/** Returned goods as the warehouse received them, with the quality department's review (DOMAIN §14.6). */
export interface ReturnedGoods {
  id: string;
  quantity: number;
  product?: string;
  batch?: string;
  receivedOn: string;
  receivedBy: string;
  note?: string;
  reviewDepartment: string;
  arrivedWithoutCase: boolean;
  registeredBy: string;
  registeredAt: string;
  review?: ReturnReview;
  reInspections: ReInspection[];
}

export interface ReturnReview {
  findings: string;
  disposition: ReturnDisposition;
  onSite: boolean;
  onSiteInspector?: string;
  reviewedBy: string;
  reviewedAt: string;
}

export interface ReInspection {
  inspector: string;
  passed: boolean;
  result: string;
  recordedBy: string;
  at: string;
}

/** What opened an improvement action (DOMAIN §14.7–8). */
export interface ImprovementOrigin {
  source: 'annualSurvey' | 'controlLimit';
  reference: string;
  topic: string;
  measured?: number;
  target?: number;
}

/** A reason given for a missed deadline and the department head's decision (DOMAIN §8). */
export interface LatenessCause {
  deadline: DeadlineKind;
  reason: string;
  recordedBy: string;
  recordedAt: string;
  decision?: 'accepted' | 'refused';
  decidedBy?: string;
  decidedAt?: string;
  decisionNote?: string;
}

/** A withdrawal waiting for the department head's approval. */
export interface WithdrawalRequest {
  reason: string;
  customerMessage?: string;
  requestedBy: string;
  requestedAt: string;
}

export interface DeadlineView {
  /** The SLA clocks, the customer's answer (while awaiting it) and the effectiveness check (while verifying). */
  kind: DeadlineKind | 'customerAnswer' | 'verification';
  due: string;
  met: boolean;
  paused: boolean;
  agreedWithCustomer: boolean;
  workingHoursLeft: number;
  overdue: boolean;
  requestedByCustomer?: boolean;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldDiff {
  path: string;
  before?: JsonValue;
  after?: JsonValue;
}

export interface CaseEffect {
  type: 'mail' | 'report';
  template?: string;
  audience?: string;
  target?: string;
  trigger?: string;
}

export interface CaseEvent {
  caseNumber: string;
  version: number;
  action: string;
  at: string;
  actorId: string;
  actorName: string;
  actorKind: 'staff' | 'customer' | 'system';
  comment?: string;
  changes: FieldDiff[];
  effects: CaseEffect[];
}

/** GET /api/staff/cases/{number}: the case, what the signed-in person may do now, deadlines and history. */
export interface CaseDetail {
  case: CaseRecord;
  allowedActions: string[];
  nextApprovalRole?: StaffRole;
  deadlines: DeadlineView[];
  history: CaseEvent[];
}

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
