import { getJson, sendFile, sendJson } from './http';
import type { Category, Language, Severity, StaffRole } from './codes';

/** A label in both interface languages. */
export interface LocalizedText {
  en: string;
  zhCn: string;
}

/** An item of a configurable list (departments, reasons, avenues). */
export interface ListItem {
  code: string;
  label: LocalizedText;
}

export interface OrganisationSettings {
  departments: ListItem[];
  routing: Partial<Record<Category, string>>;
  complaintDesk: string;
  notValidReasons: ListItem[];
  rejectionAvenues: ListItem[];
}

export interface AuthoritySettings {
  chains: Partial<Record<Severity, StaffRole[]>>;
  compensationThreshold: number;
  currency: string;
}

export interface AccountabilityRule {
  enabled: boolean;
  rateUpToThreshold: number;
  rateAboveThreshold: number;
  threshold: number;
}

export interface WorkflowSettings {
  verificationDays: number;
  actionReminderDaysBefore: number;
  customerAnswerReminderWorkingDays: number;
  customerAnswerDeemedAcceptedWorkingDays: number;
  accountability: AccountabilityRule;
}

/** Weekdays as the working-hours table keys them (camelCase DayOfWeek), Monday first. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/** A make-up day's "hours of" weekday is written as .NET names it (Monday), unlike the table keys. */
export type DayOfWeekName = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** Wall-clock times as "HH:mm:ss". */
export interface WorkingInterval {
  start: string;
  end: string;
}

export interface PublicHoliday {
  name: string;
  firstDay: string;
  lastDay: string;
}

export interface MakeUpWorkday {
  date: string;
  name: string;
  hoursOf?: DayOfWeekName;
  intervals?: WorkingInterval[];
}

export interface CompanyCalendar {
  timeZoneId: string;
  workingHours: Partial<Record<Weekday, WorkingInterval[]>>;
  holidays: PublicHoliday[];
  makeUpWorkdays: MakeUpWorkday[];
}

export interface OnDutyAssignment {
  from: string;
  to: string;
  staffId: string;
}

export interface CalendarSettings {
  calendar: CompanyCalendar;
  onDuty: OnDutyAssignment[];
}

export interface SeverityTargets {
  firstResponse: string;
  investigationReportWorkingDays?: number;
  resolutionWorkingDays: number;
}

export interface SlaRules {
  firstResponse: string;
  resolutionWorkingDays: number;
  bySeverity: Partial<Record<Severity, SeverityTargets>>;
  reminders: string[];
  escalation: string[];
}

export interface SlaPolicy {
  rules: SlaRules;
  /** Read-only: the server's note on which cases a change applies to. */
  appliesTo?: string;
}

/** Follow-ups and satisfaction (FollowUpSettings.cs): the semi-annual contact, the annual survey and its targets. */
export interface FollowUpSettings {
  contactIntervalMonths: number;
  followUpLinkDays: number;
  annualSurveyMonth: number;
  annualSurveyDay: number;
  annualSurveyOpenDays: number;
  /** Of 5: an item averaging below it opens a corrective action. */
  satisfactionTarget: number;
  /** A fraction (0.5 = 50 %). */
  responseRateTarget: number;
  /** Without one, the complaint desk owns the corrective actions the survey opens. */
  correctiveActionOwnerId?: string;
  verificationReminderDaysBefore: number;
}

/** A further recipient of the management reports: a staff member (in their own language), or another address. */
export interface ManagementRecipient {
  staffId?: string;
  email?: string;
  name?: string;
  /** Of another address; Chinese when left out. */
  language?: Language;
}

/** Orders and deliveries of one month (yyyy-MM): the complaint rate per 1,000 is measured against them. */
export interface MonthlyVolume {
  month: string;
  orders?: number;
  deliveries?: number;
}

/** Who receives the management reports, when the monthly summary goes out, and the monthly volumes (ReportSettings.cs). */
export interface ReportSettings {
  managementRoles: StaffRole[];
  managementList: ManagementRecipient[];
  summaryDay: number;
  /** HH:mm, company time. */
  summaryTime: string;
  volumes: MonthlyVolume[];
  /** Upper control limit of complaints per 1,000 orders (DOMAIN §14.8); left out when none. */
  complaintRateLimit?: number;
  /** Upper control limit of returns per 1,000 deliveries; left out when none. */
  returnRateLimit?: number;
  /** Read-only: the time the app reads from summaryTime. */
  summaryTimeOfDay?: string;
}

export interface SettingsSections {
  organisation: OrganisationSettings;
  authority: AuthoritySettings;
  workflow: WorkflowSettings;
  calendar: CalendarSettings;
  sla: SlaPolicy;
  followups: FollowUpSettings;
  reports: ReportSettings;
}

export type SettingsSection = keyof SettingsSections;

export const settingsSections: readonly SettingsSection[] = ['organisation', 'authority', 'workflow', 'calendar', 'sla', 'followups', 'reports'];

export interface SettingsDocument<T> {
  value: T;
  revision: number;
  updatedAt?: string;
  updatedBy?: string;
}

export function getSettings<S extends SettingsSection>(section: S): Promise<SettingsDocument<SettingsSections[S]>> {
  return getJson<SettingsDocument<SettingsSections[S]>>(`/api/staff/settings/${section}`).then((r) => r.data);
}

/** Saves a section against the revision it was read at; 412 when someone saved first, 400 with `errors` when invalid. */
export function saveSettings<S extends SettingsSection>(section: S, value: SettingsSections[S], revision: number): Promise<SettingsDocument<SettingsSections[S]>> {
  return sendJson<SettingsDocument<SettingsSections[S]>>('PUT', `/api/staff/settings/${section}`, { value, revision }).then((r) => r.data);
}

/** One event of an imported feed (or a line it could not read) and what became of it. */
export interface CalendarImportLine {
  line: number;
  summary: string;
  firstDay?: string;
  lastDay?: string;
  kind: 'holiday' | 'makeUpWorkday' | 'unrecognised';
  uid?: string;
  /** Why it was skipped, in the app's words. */
  reason?: string;
}

/** The answer to an import: the revision now in force, whether the import made one, what was added and skipped. */
export interface CalendarImportReport {
  revision: number;
  saved: boolean;
  added: CalendarImportLine[];
  skipped: CalendarImportLine[];
}

/**
 * Adds the holidays and make-up working days of an iCalendar file to the calendar (administrators). The
 * revision it was read at goes in If-Match: 412 when someone saved the calendar since.
 */
export function importCalendar(file: Blob, revision: number): Promise<CalendarImportReport> {
  return sendFile<CalendarImportReport>('/api/staff/settings/calendar/import', file, 'text/calendar', { ifMatch: `"${revision}"` }).then((r) => r.data);
}
