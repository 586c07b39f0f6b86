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

export type MakeUpWorkday = WithCodes<Wire<'MakeUpWorkday'>, { hoursOf?: DayOfWeekName }>;

export type CompanyCalendar = WithCodes<
  Wire<'CompanyCalendar'>,
  { workingHours: Partial<Record<Weekday, WorkingInterval[]>>; makeUpWorkdays: MakeUpWorkday[] }
>;

export type OnDutyAssignment = Wire<'OnDutyAssignment'>;

export type CalendarSettings = WithCodes<Wire<'CalendarSettings'>, { calendar: CompanyCalendar }>;

export type SeverityTargets = Wire<'SeverityTargets'>;

export type SlaRules = WithCodes<Wire<'SlaRules'>, { bySeverity: Partial<Record<Severity, SeverityTargets>> }>;

/** `appliesTo` is read-only: the server's note on which cases a change applies to. */
export type SlaPolicy = WithCodes<Wire<'SlaPolicy'>, { rules: SlaRules; appliesTo?: string }>;

/** Follow-ups and satisfaction (FollowUpSettings.cs): the semi-annual contact, the annual survey and its targets. */
export type FollowUpSettings = Wire<'FollowUpSettings'>;

/** A further recipient of the management reports: a staff member (in their own language), or another address. */
/** The language is that of another address; Chinese when left out. */
export type ManagementRecipient = WithCodes<Wire<'ManagementRecipient'>, { language?: Language }>;

/** Orders and deliveries of one month (yyyy-MM): the complaint rate per 1,000 is measured against them. */
export type MonthlyVolume = Wire<'MonthlyVolume'>;

/** Who receives the management reports, when the monthly summary goes out, and the monthly volumes (ReportSettings.cs). */
/** `summaryTime` is HH:mm in company time; `summaryTimeOfDay` is read-only (the time the app reads from it). */
export type ReportSettings = WithCodes<
  Wire<'ReportSettings'>,
  { managementList: ManagementRecipient[]; summaryTimeOfDay?: string }
>;

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
