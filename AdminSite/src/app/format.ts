import { useMessages } from '../i18n/keys';
import { reference } from './reference';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Dates and numbers in the interface language's conventions (a Chinese interface writes 2026年3月2日; an
 * English one follows the browser's English variant). Instants are shown in company time with the zone's
 * name, as customers and mail see them; the browser's own time is only a hint where it differs.
 */
export function useFormat() {
  const { locale } = useMessages();

  function intlLocale(): string {
    if (locale.value === 'zh-CN') {
      return 'zh-CN';
    }
    return navigator.languages.find((l) => l.toLowerCase().startsWith('en')) ?? 'en-GB';
  }

  /** An instant, to the minute, in company time (or `timeZone`) with the zone's name. */
  function dateTime(iso: string | undefined, timeZone: string = reference.timeZone, zoneName = true): string {
    if (!iso) {
      return '';
    }
    const value = new Date(iso);
    if (Number.isNaN(value.getTime())) {
      return iso;
    }
    // dateStyle cannot be combined with a time zone name, so a zoned time spells its fields out; the generic
    // name reads 中国时间 / China Time rather than an offset code.
    const options: Intl.DateTimeFormatOptions = {
      timeZone,
      ...(zoneName ? { timeZoneName: 'shortGeneric' as const } : {}),
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    };
    try {
      return new Intl.DateTimeFormat(intlLocale(), options).format(value);
    } catch {
      return value.toISOString();
    }
  }

  /** A calendar date (YYYY-MM-DD), which belongs to no time zone: never shifted. */
  function date(isoDate: string | undefined): string {
    if (!isoDate) {
      return '';
    }
    const value = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(value.getTime()) ? isoDate : new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(value);
  }

  /** The day an instant falls on, in company time. */
  function day(iso: string | undefined): string {
    if (!iso) {
      return '';
    }
    const value = new Date(iso);
    return Number.isNaN(value.getTime()) ? iso : new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: reference.timeZone }).format(value);
  }

  /** The same instant in the browser's own time, when that reads differently from company time; else empty. */
  function browserTime(iso: string | undefined): string {
    if (!iso || browserZone === reference.timeZone) {
      return '';
    }
    // "Your time" names the zone already; the browser's own zone name may be an offset code.
    const own = dateTime(iso, browserZone, false);
    return own === dateTime(iso, reference.timeZone, false) ? '' : own;
  }

  function number(value: number | undefined, fractionDigits = 2): string {
    return value === undefined ? '' : new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: fractionDigits }).format(value);
  }

  /** A fraction as a percentage: 0.5 → 50 %. */
  function percent(fraction: number | undefined, fractionDigits = 0): string {
    return fraction === undefined ? '' : new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: fractionDigits }).format(fraction);
  }

  function money(value: number | undefined, currency = 'CNY'): string {
    if (value === undefined) {
      return '';
    }
    try {
      return new Intl.NumberFormat(intlLocale(), { style: 'currency', currency }).format(value);
    } catch {
      return `${number(value)} ${currency}`;
    }
  }

  function fileSize(bytes: number): string {
    if (bytes < 1024) return `${number(bytes, 0)} B`;
    return bytes < 1024 * 1024 ? `${number(bytes / 1024, 0)} KB` : `${number(bytes / (1024 * 1024), 1)} MB`;
  }

  return { dateTime, date, day, browserTime, number, percent, money, fileSize, intlLocale };
}
