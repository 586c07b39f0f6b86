import { download, queryString, type DownloadedFile } from './http';
import type { Language } from './codes';

/** Reports under /api/staff/reports, rendered by the app from the current data (Functions/Reports/Api/ReportEndpoints.cs). */

export const registerFormats = ['csv', 'pdf'] as const;
export type RegisterFormat = (typeof registerFormats)[number];

/** A case's 8D report (PDF): whoever may see the case. */
export function downloadCaseReport(number: string, language: Language): Promise<DownloadedFile> {
  return download(`/api/staff/reports/cases/${encodeURIComponent(number)}${queryString({ language })}`, `8D-report-${number}.pdf`);
}

/** The monthly management summary (PDF) of a month written yyyy-MM: department heads and management. */
export function downloadMonthlySummary(month: string, language: Language): Promise<DownloadedFile> {
  return download(`/api/staff/reports/monthly/${encodeURIComponent(month)}${queryString({ language })}`, `management-summary-${month}.pdf`);
}

/** The annual satisfaction report (PDF) of a survey year: department heads and management. */
export function downloadAnnualReport(year: number, language: Language): Promise<DownloadedFile> {
  return download(`/api/staff/reports/annual/${year}${queryString({ language })}`, `satisfaction-report-${year}.pdf`);
}

/** The complaint register of the days from–to (yyyy-MM-dd, at most 366), as CSV or PDF: department heads and management. */
export interface RegisterQuery {
  from: string;
  to: string;
  format: RegisterFormat;
  language: Language;
}

export function downloadRegister(query: RegisterQuery): Promise<DownloadedFile> {
  return download(`/api/staff/reports/register${queryString({ ...query })}`, `complaint-register-${query.from}-${query.to}.${query.format}`);
}
