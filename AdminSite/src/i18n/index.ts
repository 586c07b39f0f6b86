import { createI18n } from 'vue-i18n';
import { features } from '../features';
import common from './common';
import codes from './codes';
import { languages, type Language } from '../api/codes';

export type Locale = Language;
export const locales: readonly Locale[] = languages;
export const localeNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

const storageKey = 'console.locale';

/** Messages are nested objects of strings. */
interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The messages of one language: the shell's, the codes', and each feature's under its name. */
function build(locale: Locale): MessageTree {
  const messages: Record<string, unknown> = { ...common[locale], codes: codes[locale] };
  for (const feature of features) {
    if (feature.messages) {
      messages[feature.name] = feature.messages[locale];
    }
  }
  // The parts are typed per feature (and checked for en/zh-CN parity there); vue-i18n only needs strings.
  return messages as MessageTree;
}

/** The remembered choice, else the browser's languages. */
export function preferredLocale(stored: string | null, browser: readonly string[]): Locale {
  if (stored === 'en' || stored === 'zh-CN') {
    return stored;
  }
  return browser.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function storedLocale(): Locale | null {
  const stored = localStorage.getItem(storageKey);
  return stored === 'en' || stored === 'zh-CN' ? stored : null;
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(storageKey, locale);
}

const messages = { en: build('en'), 'zh-CN': build('zh-CN') };

export const i18n = createI18n({
  legacy: false,
  locale: preferredLocale(localStorage.getItem(storageKey), navigator.languages),
  fallbackLocale: 'en',
  messages,
  missingWarn: false,
  fallbackWarn: false,
  // A key without words is a defect (keys are typed, src/i18n/keys.ts); the browser tests fail on this error.
  missing: (locale, key) => {
    console.error(`Missing message: ${key} (${locale})`);
    return key;
  },
});
