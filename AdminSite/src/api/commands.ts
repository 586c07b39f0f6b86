import type { CustomerDecision, ResponseChannel } from './codes';
import type { WithCodes, Wire } from './wire';

/** Bodies of the case actions (Functions/Cases/Workflow/CaseCommands.cs). Optional fields are left out when empty. */

export type AssessCommand = Wire<'AssessCommand'>;

export type AssignCommand = Wire<'AssignCommand'>;

export type RecordFirstResponseCommand = WithCodes<Wire<'RecordFirstResponseCommand'>, { how: ResponseChannel }>;

export type AddNoteCommand = Wire<'AddNoteCommand'>;

export type WaitForCustomerCommand = Wire<'WaitForCustomerCommand'>;

export type ResumeFromCustomerCommand = Wire<'ResumeFromCustomerCommand'>;

export type SetAgreedDeadlineCommand = Wire<'SetAgreedDeadlineCommand'>;

/** What the investigation record holds, less who recorded it when (the app adds that). */
export type RecordInvestigationCommand = Wire<'RecordInvestigationCommand'>;

export type RemedialActionInput = Wire<'RemedialActionInput'>;

export type CapaActionInput = Wire<'CapaActionInput'>;

export type ProposeResolutionCommand = Wire<'ProposeResolutionCommand'>;

export type ApproveCommand = Wire<'ApproveCommand'>;

export type SendToCustomerCommand = Wire<'SendToCustomerCommand'>;

export type CustomerAnswerCommand = WithCodes<Wire<'CustomerAnswerCommand'>, { decision: Exclude<CustomerDecision, 'deemedAccepted'> }>;

export type UpdateActionCommand = Wire<'UpdateActionCommand'>;

export type StartVerificationCommand = Wire<'StartVerificationCommand'>;

export type RecordVerificationCommand = Wire<'RecordVerificationCommand'>;

export type RecordAccountabilityCommand = Wire<'RecordAccountabilityCommand'>;

export type CloseCommand = Wire<'CloseCommand'>;

/** First-contact resolution (Functions/Cases/Workflow/FirstContact.cs): only general or minor severity. */
export type ResolveAtFirstContactCommand = WithCodes<Wire<'ResolveAtFirstContactCommand'>, { toldHow: ResponseChannel }>;

export type WithdrawCommand = Wire<'WithdrawCommand'>;

export type DecideWithdrawalCommand = Wire<'DecideWithdrawalCommand'>;

export type RecordLatenessCauseCommand = Wire<'RecordLatenessCauseCommand'>;

export type DecideLatenessCauseCommand = Wire<'DecideLatenessCauseCommand'>;

/** Returned goods (Functions/Returns/ReturnCommands.cs). */
export type RegisterReturnCommand = Wire<'RegisterReturnCommand'>;

export type ReviewReturnCommand = Wire<'ReviewReturnCommand'>;

export type ReInspectReturnCommand = Wire<'ReInspectReturnCommand'>;

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
