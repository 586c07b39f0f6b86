/**
 * The codes the API speaks (camelCase strings, as the C# enums in Functions/Cases/Model/Codes.cs serialise).
 * Each list is in the order the procedure uses, so selects show them that way.
 */

export const caseKinds = ['complaint', 'suggestion', 'inquiry', 'compliment', 'improvement'] as const;
export type CaseKind = (typeof caseKinds)[number];

export const channels = ['web', 'api', 'phone', 'letter', 'fax', 'email', 'visit', 'association', 'other', 'salesRepresentative'] as const;
export type Channel = (typeof channels)[number];

export const remedies = ['explanation', 'replacement', 'return', 'refund', 'repair', 'onSiteVisit', 'compensation', 'other'] as const;
export type Remedy = (typeof remedies)[number];

export const validities = ['valid', 'notValid'] as const;
export type Validity = (typeof validities)[number];

export const categories = [
  'productQuality',
  'nonQuality',
  'delivery',
  'serviceAttitude',
  'staffConduct',
  'priceBilling',
  'packaging',
  'logistics',
  'other',
] as const;
export type Category = (typeof categories)[number];

export const severities = ['general', 'minor', 'major', 'serious', 'special'] as const;
export type Severity = (typeof severities)[number];

export const immediateActions = ['none', 'containment', 'recall'] as const;
export type ImmediateAction = (typeof immediateActions)[number];

export const rootCauseCategories = ['person', 'machine', 'material', 'method', 'measurement', 'environment'] as const;
export type RootCauseCategory = (typeof rootCauseCategories)[number];

export const causeOwners = ['company', 'customer', 'thirdParty', 'undetermined'] as const;
export type CauseOwner = (typeof causeOwners)[number];

export const remedialKinds = ['answer', 'replacement', 'return', 'refund', 'repair', 'onSiteRepair', 'compensation', 'recall'] as const;
export type RemedialKind = (typeof remedialKinds)[number];

/** What becomes of returned goods (Functions/Returns/ReturnedGoods.cs). */
export const returnDispositions = ['repair', 'rework', 'downgrade', 'scrap', 'returnToCustomer', 'replace'] as const;
export type ReturnDisposition = (typeof returnDispositions)[number];

export const actionStatuses = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const approvalMeanings = ['reviewed', 'approved', 'rejected'] as const;
export type ApprovalMeaning = (typeof approvalMeanings)[number];

export const staffRoles = ['staff', 'departmentHead', 'deputyGm', 'gm', 'administrator'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Roles that may approve a resolution (the authority matrix refuses plain staff). */
export const approverRoles = ['departmentHead', 'deputyGm', 'gm', 'administrator'] as const satisfies readonly StaffRole[];

export const customerDecisions = ['accepted', 'rejected', 'deemedAccepted'] as const;
export type CustomerDecision = (typeof customerDecisions)[number];

export const answerSources = ['trackingPage', 'phone', 'email', 'letter', 'visit', 'noAnswer'] as const;
export type AnswerSource = (typeof answerSources)[number];

/** How staff may say a customer answered (the tracking page and silence are not theirs to record). */
export const staffAnswerSources = ['phone', 'email', 'letter', 'visit'] as const satisfies readonly AnswerSource[];

export const caseOutcomes = ['resolved', 'notValid', 'answered', 'acknowledged', 'withdrawn', 'resolvedAtFirstContact'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

export const caseStages = [
  'received',
  'assessed',
  'investigating',
  'resolutionProposed',
  'approved',
  'awaitingCustomer',
  'accepted',
  'actionsInProgress',
  'verifyingEffectiveness',
  'closed',
  'withdrawn',
] as const;
export type CaseStage = (typeof caseStages)[number];

export const deadlineKinds = ['firstResponse', 'investigationReport', 'resolution', 'triage'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** How a first response was given (Functions/Cases/Workflow/CaseEdits.cs). */
export const responseChannels = ['phone', 'email', 'letter', 'visit', 'other'] as const;
export type ResponseChannel = (typeof responseChannels)[number];

/** The channels staff register a complaint from (Functions/Intake/IntakeValidator.cs). */
export const staffChannels = ['phone', 'letter', 'fax', 'email', 'visit', 'association', 'salesRepresentative', 'other'] as const satisfies readonly Channel[];

export const customerTiers = ['a', 'b', 'c'] as const;
export type CustomerTier = (typeof customerTiers)[number];

export const languages = ['en', 'zh-CN'] as const;
export type Language = (typeof languages)[number];

/** Everything that can be done to a case (CaseAction), plus "register" which starts every history. */
export const caseActions = [
  'register',
  'assess',
  'assessNotValid',
  'assign',
  'recordFirstResponse',
  'addNote',
  'addAttachment',
  'waitForCustomer',
  'resumeFromCustomer',
  'setAgreedDeadline',
  'startInvestigation',
  'recordInvestigation',
  'proposeResolution',
  'approveStep',
  'approveFinal',
  'rejectApproval',
  'sendToCustomer',
  'customerAccept',
  'customerReject',
  'deemAccepted',
  'startActions',
  'updateActions',
  'startVerification',
  'recordVerification',
  'verificationIneffective',
  'recordAccountability',
  'close',
  'withdraw',
  'recordSatisfaction',
  'requestWithdrawal',
  'refuseWithdrawal',
  'recordLatenessCause',
  'decideLatenessCause',
  'resolveAtFirstContact',
  'registerReturn',
  'reviewReturn',
  'reInspectReturn',
  'customerWrote',
  'remindDeadline',
  'escalateDeadline',
  'remindCustomer',
  'remindVerifier',
  'escalateVerification',
] as const;
export type CaseActionCode = (typeof caseActions)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
