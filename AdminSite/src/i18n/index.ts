import { shallowRef } from 'vue';
import { createI18n } from 'vue-i18n';
import type { Language as ElementLanguage } from 'element-plus/es/locale';
import { languages, type Language } from '../api/codes';
import { features } from '../features';

export type Locale = Language;
export const locales: readonly Locale[] = languages;
export const localeNames: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

const storageKey = 'console.locale';

/**
 * Messages come in chunks: the shell's per language before the app mounts, and each area's per language with its
 * pages, so the first screen carries one language and the areas it shows (docs/adr/0048-console-bundle.md).
 */
const bundles: Record<Locale, () => Promise<typeof import('./bundles/en')>> = {
  en: () => import('./bundles/en'),
  'zh-CN': () => import('./bundles/zh-CN'),
};

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

/** The language the console opens in. */
export const startLocale = preferredLocale(localStorage.getItem(storageKey), navigator.languages);

export const i18n = createI18n({
  legacy: false,
  locale: startLocale,
  // Every language has every key (the Chinese bundle is checked against the English one), so nothing falls back.
  fallbackLocale: false,
  messages: {},
  missingWarn: false,
  fallbackWarn: false,
  // A key without words is a defect (keys are typed, src/i18n/keys.ts); the browser tests fail on this error.
  missing: (locale, key) => {
    console.error(`Missing message: ${key} (${locale})`);
    return key;
  },
});

/** Element Plus's own words in the language shown. */
export const elementLocale = shallowRef<ElementLanguage>();

const shells = new Map<Locale, Promise<ElementLanguage>>();
const areasLoaded = new Map<string, Promise<void>>();
/** The areas shown so far: a change of language brings their messages too. */
const areasShown = new Set<string>();
let shown: Locale = startLocale;

function loadShell(locale: Locale): Promise<ElementLanguage> {
  let shell = shells.get(locale);
  if (!shell) {
    shell = bundles[locale]().then((bundle) => {
      i18n.global.mergeLocaleMessage(locale, bundle.messages);
      return bundle.element;
    });
    shells.set(locale, shell);
  }
  return shell;
}

function loadArea(locale: Locale, name: string): Promise<void> {
  const key = `${locale}:${name}`;
  let area = areasLoaded.get(key);
  if (!area) {
    const messages = features.find((f) => f.name === name)?.messages;
    if (!messages) {
      throw new Error(`No area ${name} with messages.`);
    }
    area = messages[locale]().then((m) => i18n.global.mergeLocaleMessage(locale, { [name]: m.default }));
    // A failed load (the network) is tried again the next time the area is shown.
    area.catch(() => areasLoaded.delete(key));
    areasLoaded.set(key, area);
  }
  return area;
}

/** Makes the messages of the areas a page shows ready in the language shown. */
export async function showAreas(names: readonly string[]): Promise<void> {
  names.forEach((name) => areasShown.add(name));
  await Promise.all(names.map((name) => loadArea(shown, name)));
}

/** Shows the console in a language, loading its messages (the shell's and the areas' shown so far) the first time. */
export async function showLocale(locale: Locale): Promise<void> {
  const [element] = await Promise.all([loadShell(locale), ...[...areasShown].map((name) => loadArea(locale, name))]);
  shown = locale;
  elementLocale.value = element;
  i18n.global.locale.value = locale;
}
