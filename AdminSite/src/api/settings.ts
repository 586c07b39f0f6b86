import { getJson, sendFile, sendJson } from './http';
import type { Category, Language, Severity, StaffRole } from './codes';
import type { WithCodes, Wire } from './wire';

/** A label in both interface languages. */
export type LocalizedText = Wire<'LocalizedText'>;

/** An item of a configurable list (departments, reasons, avenues). */
export type ListItem = Wire<'ListItem'>;

export type OrganisationSettings = WithCodes<Wire<'OrganisationSettings'>, { routing: Partial<Record<Category, string>> }>;

export type AuthoritySettings = WithCodes<Wire<'AuthoritySettings'>, { chains: Partial<Record<Severity, StaffRole[]>> }>;

export type AccountabilityRule = Wire<'AccountabilityRule'>;

export type WorkflowSettings = Wire<'WorkflowSettings'>;

/** Weekdays as the working-hours table keys them (camelCase DayOfWeek), Monday first. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/** A make-up day's "hours of" weekday is written as .NET names it (Monday), unlike the table keys. */
export type DayOfWeekName = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** Wall-clock times as "HH:mm:ss". */
export type WorkingInterval = Wire<'WorkingInterval'>;

export type PublicHoliday = Wire<'PublicHoliday'>;

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

export type OnDutyAssignment = Wire<'OnDutyAssignment'>;

export interface CalendarSettings {
  calendar: CompanyCalendar;
  onDuty: OnDutyAssignment[];
}

export type SeverityTargets = Wire<'SeverityTargets'>;

export interface SlaRules {
  firstResponse: string;
  triage: string;
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
export type FollowUpSettings = Wire<'FollowUpSettings'>;

/** A further recipient of the management reports: a staff member (in their own language), or another address. */
export interface ManagementRecipient {
  staffId?: string;
  email?: string;
  name?: string;
  /** Of another address; Chinese when left out. */
  language?: Language;
}

/** Orders and deliveries of one month (yyyy-MM): the complaint rate per 1,000 is measured against them. */
export type MonthlyVolume = Wire<'MonthlyVolume'>;

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
export type CalendarImportLine = WithCodes<Wire<'CalendarImportLine'>, { kind: 'holiday' | 'makeUpWorkday' | 'unrecognised' }>;

/** The answer to an import: the revision now in force, whether the import made one, what was added and skipped. */
export type CalendarImportReport = WithCodes<Wire<'CalendarImportReport'>, { added: CalendarImportLine[]; skipped: CalendarImportLine[] }>;

/**
 * Adds the holidays and make-up working days of an iCalendar file to the calendar (administrators). The
 * revision it was read at goes in If-Match: 412 when someone saved the calendar since.
 */
export function importCalendar(file: Blob, revision: number): Promise<CalendarImportReport> {
  return sendFile<CalendarImportReport>('/api/staff/settings/calendar/import', file, 'text/calendar', { ifMatch: `"${revision}"` }).then((r) => r.data);
}
