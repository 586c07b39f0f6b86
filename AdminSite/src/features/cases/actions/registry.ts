import type { CaseActionDef } from './types';
import AccountabilityForm from './forms/AccountabilityForm.vue';
import ActionStatusForm from './forms/ActionStatusForm.vue';
import AgreedDeadlineForm from './forms/AgreedDeadlineForm.vue';
import ApproveForm from './forms/ApproveForm.vue';
import AssessForm from './forms/AssessForm.vue';
import AssignForm from './forms/AssignForm.vue';
import AttachForm from './forms/AttachForm.vue';
import CloseForm from './forms/CloseForm.vue';
import ConfirmForm from './forms/ConfirmForm.vue';
import CustomerAnswerForm from './forms/CustomerAnswerForm.vue';
import FirstContactForm from './forms/FirstContactForm.vue';
import FirstResponseForm from './forms/FirstResponseForm.vue';
import InvestigationForm from './forms/InvestigationForm.vue';
import NoteForm from './forms/NoteForm.vue';
import ResolutionForm from './forms/ResolutionForm.vue';
import ResumeForm from './forms/ResumeForm.vue';
import SendToCustomerForm from './forms/SendToCustomerForm.vue';
import StartVerificationForm from './forms/StartVerificationForm.vue';
import VerificationForm from './forms/VerificationForm.vue';
import WaitForm from './forms/WaitForm.vue';
import WithdrawForm from './forms/WithdrawForm.vue';
import WithdrawalDecisionForm from './forms/WithdrawalDecisionForm.vue';
import LatenessCauseForm from './forms/LatenessCauseForm.vue';
import LatenessDecisionForm from './forms/LatenessDecisionForm.vue';
import RegisterReturnForm from '../../returns/RegisterReturnForm.vue';
import ReviewReturnForm from '../../returns/ReviewReturnForm.vue';
import ReInspectReturnForm from '../../returns/ReInspectReturnForm.vue';

/**
 * Every action of the case API (Functions/Cases/Api/CaseEndpoints.cs) as a button: the allowed action codes
 * it stands for (the detail's `allowedActions`), its endpoint and its form. Procedure order first, then the
 * everyday edits; the page shows exactly those whose codes are allowed.
 */
export const caseActionDefs: readonly CaseActionDef[] = [
  { id: 'firstContact', codes: ['resolveAtFirstContact'], endpoint: 'first-contact-resolution', form: FirstContactForm, type: 'primary' },
  { id: 'assess', codes: ['assess', 'assessNotValid'], endpoint: 'assess', form: AssessForm, type: 'primary', wide: true },
  { id: 'startInvestigation', codes: ['startInvestigation'], endpoint: 'start-investigation', form: ConfirmForm, type: 'primary', preset: 'startInvestigation' },
  { id: 'investigation', codes: ['recordInvestigation'], endpoint: 'investigation', form: InvestigationForm, type: 'primary', wide: true },
  { id: 'resolution', codes: ['proposeResolution'], endpoint: 'resolution', form: ResolutionForm, type: 'primary', wide: true },
  { id: 'approve', codes: ['approveStep', 'approveFinal', 'rejectApproval'], endpoint: 'approvals', form: ApproveForm, type: 'primary' },
  { id: 'sendToCustomer', codes: ['sendToCustomer'], endpoint: 'send-to-customer', form: SendToCustomerForm, type: 'primary' },
  { id: 'customerAnswer', codes: ['customerAccept', 'customerReject'], endpoint: 'customer-answer', form: CustomerAnswerForm, type: 'primary' },
  { id: 'startActions', codes: ['startActions'], endpoint: 'start-actions', form: ConfirmForm, type: 'primary', preset: 'startActions' },
  { id: 'actionStatus', codes: ['updateActions'], endpoint: 'action-status', form: ActionStatusForm },
  { id: 'startVerification', codes: ['startVerification'], endpoint: 'start-verification', form: StartVerificationForm, type: 'primary' },
  { id: 'verification', codes: ['recordVerification', 'verificationIneffective'], endpoint: 'verification', form: VerificationForm, type: 'primary' },
  { id: 'reviewReturn', codes: ['reviewReturn'], endpoint: 'return-reviews', form: ReviewReturnForm, type: 'primary' },
  { id: 'reInspectReturn', codes: ['reInspectReturn'], endpoint: 'return-inspections', form: ReInspectReturnForm, type: 'primary' },
  { id: 'close', codes: ['close'], endpoint: 'close', form: CloseForm, type: 'primary' },
  { id: 'assign', codes: ['assign'], endpoint: 'assign', form: AssignForm },
  { id: 'firstResponse', codes: ['recordFirstResponse'], endpoint: 'first-response', form: FirstResponseForm },
  { id: 'wait', codes: ['waitForCustomer'], endpoint: 'wait-for-customer', form: WaitForm },
  { id: 'resume', codes: ['resumeFromCustomer'], endpoint: 'resume', form: ResumeForm },
  { id: 'agreedDeadline', codes: ['setAgreedDeadline'], endpoint: 'agreed-deadline', form: AgreedDeadlineForm },
  { id: 'registerReturn', codes: ['registerReturn'], endpoint: 'returns', form: RegisterReturnForm },
  { id: 'accountability', codes: ['recordAccountability'], endpoint: 'accountability', form: AccountabilityForm },
  { id: 'note', codes: ['addNote'], endpoint: 'notes', form: NoteForm },
  { id: 'attach', codes: ['addAttachment'], endpoint: 'attachments', form: AttachForm },
  { id: 'latenessCause', codes: ['recordLatenessCause'], endpoint: 'lateness-cause', form: LatenessCauseForm },
  { id: 'latenessDecision', codes: ['decideLatenessCause'], endpoint: 'lateness-cause-decision', form: LatenessDecisionForm, type: 'primary' },
  { id: 'withdrawalDecision', codes: ['refuseWithdrawal'], endpoint: 'withdrawal-decision', form: WithdrawalDecisionForm, type: 'primary' },
  { id: 'withdraw', codes: ['withdraw', 'requestWithdrawal'], endpoint: 'withdraw', form: WithdrawForm, type: 'danger' },
];

export function isAllowed(def: CaseActionDef, allowed: ReadonlySet<string>): boolean {
  return def.codes.some((code) => allowed.has(code));
}

export function findAction(id: string): CaseActionDef | undefined {
  return caseActionDefs.find((d) => d.id === id);
}
