import { useI18n } from 'vue-i18n';
import type { Feature } from '../app/feature';
import type { features } from '../features';
import type { messages } from './bundles/en';

type AreaMessages = {
  [F in (typeof features)[number] as F['name']]: F extends Feature<string, infer M> ? M : never;
};

/** Every message the console has: the shell's, the codes' and each area's. Chinese matches it key for key. */
export type Messages = typeof messages & AreaMessages;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * A key that exists in both languages. A key built from an API code (`codes.stage.${stage}`) checks too when
 * the code is typed as the union of its values, so a code the API adds without words fails `vue-tsc`.
 */
export type MessageKey = Leaves<Messages>;

type Named = Record<string, unknown>;

export interface TypedTranslate {
  (key: MessageKey): string;
  (key: MessageKey, plural: number): string;
  (key: MessageKey, named: Named): string;
  (key: MessageKey, named: Named, plural: number): string;
}

/** vue-i18n's composer with `t` limited to keys that exist; `te` still asks about any key at run time. */
export function useMessages() {
  const { t, te, locale } = useI18n();
  const typed = t as TypedTranslate;

  /** The words for a key known only at run time (a code from the settings or the API), else undefined. */
  function tKnown(key: string, named: Named = {}): string | undefined {
    return te(key) ? typed(key as MessageKey, named) : undefined;
  }

  return { t: typed, te: (key: string): key is MessageKey => te(key), tKnown, locale };
}
