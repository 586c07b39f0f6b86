import type { Component } from 'vue';
import type { CaseDetail } from '../../../api/cases';
import type { Me } from '../../../api/me';
import type { FieldErrors } from '../../../app/problems';

/** What a form knows about the case it acts on. */
export interface ActionContext {
  detail: CaseDetail;
  /** The allowed action codes (camelCase CaseAction) for the signed-in person now. */
  allowed: ReadonlySet<string>;
  /** Today in the company's time zone (YYYY-MM-DD), by the app's clock. */
  today: string;
  me: Me | null;
}

/** Props every action form takes. */
export interface ActionFormProps {
  context: ActionContext;
  serverErrors: FieldErrors;
  /** A preselection, e.g. the action id to update. */
  preset?: string | undefined;
}

/** A file and its note, for the evidence upload. */
export interface UploadBody {
  file: File;
  note: string;
}

/** What an action form exposes to its dialog. */
export interface ActionFormApi {
  /** Checks the form as the app would; the body to send, or null (and the form shows why). */
  build(): unknown | UploadBody | null;
}

export type UiActionId =
  | 'assess'
  | 'assign'
  | 'firstResponse'
  | 'note'
  | 'attach'
  | 'wait'
  | 'resume'
  | 'agreedDeadline'
  | 'startInvestigation'
  | 'investigation'
  | 'resolution'
  | 'approve'
  | 'sendToCustomer'
  | 'customerAnswer'
  | 'startActions'
  | 'actionStatus'
  | 'startVerification'
  | 'verification'
  | 'accountability'
  | 'close'
  | 'withdraw'
  | 'withdrawalDecision'
  | 'latenessCause'
  | 'latenessDecision'
  | 'firstContact'
  | 'registerReturn'
  | 'reviewReturn'
  | 'reInspectReturn';

/** One button of the case page: the allowed action codes it stands for, its endpoint and its form. */
export interface CaseActionDef {
  id: UiActionId;
  codes: readonly string[];
  /** The path after /api/staff/cases/{number}/; "attachments" is a multipart upload. */
  endpoint: string;
  form: Component;
  type?: 'primary' | 'danger';
  /** Passed to the form when the button does not give one (e.g. which confirmation to show). */
  preset?: string;
  /** Wide dialogs for long forms. */
  wide?: boolean;
}
