/** Working-time durations as the SLA policy writes them (WorkingDuration.cs): PT12H, P1D, P1DT4H, PT30M. */
const pattern = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

export function parseDuration(text: string | undefined): Duration | null {
  const match = pattern.exec((text ?? '').trim());
  if (!match || (text ?? '').trim() === 'P' || (text ?? '').trim().endsWith('T')) {
    return null;
  }
  const [, d, h, m] = match;
  const value = { days: Number(d ?? 0), hours: Number(h ?? 0), minutes: Number(m ?? 0) };
  return value.days <= 366 && value.hours * 60 + value.minutes < 30 * 24 * 60 ? value : null;
}

export function isZero(duration: Duration): boolean {
  return duration.days === 0 && duration.hours === 0 && duration.minutes === 0;
}
