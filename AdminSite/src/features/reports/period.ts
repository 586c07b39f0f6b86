/** ComplaintRegister.MaxDays: the app refuses a longer register. */
export const maxRegisterDays = 366;

/** The month (yyyy-MM) before the one a date (yyyy-MM-dd) falls in. */
export function previousMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Whole days from one yyyy-MM-dd date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
