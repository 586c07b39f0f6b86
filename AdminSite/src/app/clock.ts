import { ref } from 'vue';

/**
 * The app's notion of "now". The server's clock may differ from the browser's (a development clock stepped
 * forward, a test clock, a laptop set wrong), and deadlines, "overdue" and "not in the past" are the
 * server's judgement — so the console keeps the offset it last saw and reads time through here.
 */
const offsetMs = ref(0);

/** Remembers how far the server's clock is from the browser's, from a server timestamp taken just now. */
export function calibrate(serverNow: string): void {
  const server = Date.parse(serverNow);
  if (!Number.isNaN(server)) {
    offsetMs.value = server - Date.now();
  }
}

export function now(): Date {
  return new Date(Date.now() + offsetMs.value);
}

/** The date (YYYY-MM-DD) it is now in a time zone, e.g. the company's. */
export function todayIn(timeZone: string): string {
  try {
    return isoDate(now(), timeZone);
  } catch {
    return isoDate(now(), undefined);
  }
}

function isoDate(instant: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}
