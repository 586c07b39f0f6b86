import type { Investigation } from './cases';
import type {
  ActionStatus,
  AnswerSource,
  ApprovalMeaning,
  Category,
  CustomerDecision,
  DeadlineKind,
  ImmediateAction,
  RemedialKind,
  ResponseChannel,
  ReturnDisposition,
  Severity,
  Validity,
} from './codes';

/** Bodies of the case actions (Functions/Cases/Workflow/CaseCommands.cs). Optional fields are left out when empty. */

export interface AssessCommand {
  validity: Validity;
  category: Category;
  severity: Severity;
  immediateAction: ImmediateAction;
  immediateActionNote?: string;
  notValidReason?: string;
  explanation?: string;
  department?: string;
  handlerId?: string;
  firstReceiverId?: string;
  refuseRequestedDeadline?: { reason: string; proposedDate: string };
}

export interface AssignCommand {
  department?: string;
  handlerId?: string;
  firstReceiverId?: string;
}

export interface RecordFirstResponseCommand {
  how: ResponseChannel;
  note?: string;
}

export interface AddNoteCommand {
  text: string;
}

export interface WaitForCustomerCommand {
  reason: string;
}

export interface ResumeFromCustomerCommand {
  note?: string;
}

export interface SetAgreedDeadlineCommand {
  date: string;
  reason: string;
}

/** What the investigation record holds, less who recorded it when (the app adds that). */
export type RecordInvestigationCommand = Omit<Investigation, 'reportedAt' | 'recordedBy'> & { reportComplete: boolean };

export interface RemedialActionInput {
  kind: RemedialKind;
  description: string;
  quantity?: number;
  amount?: number;
}

export interface CapaActionInput {
  description: string;
  owner: string;
  dueDate: string;
  ownerContact?: string;
}

export interface ProposeResolutionCommand {
  summary: string;
  remedialActions: RemedialActionInput[];
  correctiveActions: CapaActionInput[];
  preventiveActions: CapaActionInput[];
  noCorrectiveActionReason?: string;
}

export interface ApproveCommand {
  meaning: ApprovalMeaning;
  reason?: string;
}

export interface SendToCustomerCommand {
  message?: string;
}

export interface CustomerAnswerCommand {
  decision: Exclude<CustomerDecision, 'deemedAccepted'>;
  comment?: string;
  source: AnswerSource;
  avenuesOffered: string[];
}

export interface UpdateActionCommand {
  actionId: string;
  status: ActionStatus;
  evidence?: string;
  carryOverTo?: string;
  reason?: string;
}

export interface StartVerificationCommand {
  verifier: string;
  criteria: string;
  dueDate?: string;
}

export interface RecordVerificationCommand {
  effective: boolean;
  result: string;
}

export interface RecordAccountabilityCommand {
  lossAmount: number;
  employeeAtFault?: string;
  appealNote?: string;
}

export interface CloseCommand {
  finalResult: string;
  customerMessage?: string;
}

/** First-contact resolution (Functions/Cases/Workflow/FirstContact.cs): only general or minor severity. */
export interface ResolveAtFirstContactCommand {
  answer: string;
  toldHow: ResponseChannel;
  reaction: string;
  category: Category;
  severity: Severity;
}

export interface WithdrawCommand {
  reason: string;
  customerMessage?: string;
}

export interface DecideWithdrawalCommand {
  approve: boolean;
  note?: string;
}

export interface RecordLatenessCauseCommand {
  deadline: DeadlineKind;
  reason: string;
}

export interface DecideLatenessCauseCommand {
  deadline: DeadlineKind;
  accept: boolean;
  note?: string;
}

/** Returned goods (Functions/Returns/ReturnCommands.cs). */
export interface RegisterReturnCommand {
  quantity: number;
  product?: string;
  batch?: string;
  receivedOn: string;
  receivedBy: string;
  note?: string;
}

export interface ReviewReturnCommand {
  returnId: string;
  findings: string;
  disposition: ReturnDisposition;
  onSite: boolean;
  onSiteInspector?: string;
}

export interface ReInspectReturnCommand {
  returnId: string;
  inspector: string;
  passed: boolean;
  result: string;
}

/** A body whose optional fields may still be undefined (or empty text) before {@link compact}. */
export type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Drops empty strings and undefined values, so optional fields are left out rather than sent empty. */
export function compact<T extends object>(body: Loose<T>): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) {
      continue;
    }
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed) {
        result[key] = trimmed;
      }
      continue;
    }
    result[key] = value;
  }
  return result as T;
}
