import { useMessages } from '../i18n/keys';
import { ApiError } from '../api/http';

export interface ProblemText {
  title: string;
  /** The app's own words (problem detail), when they add something to the title. */
  detail?: string;
}

/** Field → message, from a problem's `errors` and from a rule code such as `reason.required`. */
export type FieldErrors = Record<string, string>;

/**
 * Turns refusals into words in the interface language. The app's own detail is English: it is shown only in
 * the English interface and only when the console has no words of its own for the refusal.
 */
export function useProblems() {
  const { t, te, locale } = useMessages();

  function codeText(code: string | undefined): string | undefined {
    if (!code) {
      return undefined;
    }
    const key = `problems.codes.${code.replace(/\./g, '_')}`;
    return te(key) ? t(key) : undefined;
  }

  function describe(error: unknown): ProblemText {
    if (!(error instanceof ApiError)) {
      const message = error instanceof Error ? error.message : String(error);
      return locale.value === 'en' ? { title: t('problems.generic', { status: '?' }), detail: message } : { title: t('problems.generic', { status: '?' }) };
    }
    if (error.isNetwork) {
      return { title: t('problems.network') };
    }
    const problem = error.problem;
    const statusKey = `problems.status.${error.status}`;
    const known = codeText(problem.code);
    const title = known ?? (te(statusKey) ? t(statusKey) : t('problems.generic', { status: error.status }));
    const detail = locale.value === 'en' && !known && problem.detail && problem.detail !== title ? problem.detail : undefined;
    return detail ? { title, detail } : { title };
  }

  /** Messages to show next to fields: validation `errors`, and the field a broken rule names. */
  function fieldErrors(error: unknown): FieldErrors {
    const result: FieldErrors = {};
    if (!(error instanceof ApiError)) {
      return result;
    }
    for (const [field, messages] of Object.entries(error.problem.errors ?? {})) {
      result[field] = messages.join(' ');
    }
    const code = error.problem.code;
    if (code && code.includes('.')) {
      const field = code.slice(0, code.lastIndexOf('.'));
      result[field] = codeText(code) ?? error.problem.detail ?? code;
    }
    return result;
  }

  return { describe, fieldErrors };
}
