import { useI18n } from 'vue-i18n';
import { ApiError } from '../api/http';

export interface ProblemText {
  title: string;
  /** The app's own words (problem detail), when they add something to the title. */
  detail?: string;
}

/** Field → message, from a problem's `errors` and from a rule code such as `reason.required`. */
export type FieldErrors = Record<string, string>;

/** Turns refusals into words in the interface language, keeping the app's own detail beside them. */
export function useProblems() {
  const { t, te } = useI18n();

  function codeText(code: string | undefined): string | undefined {
    if (!code) {
      return undefined;
    }
    const key = `problems.codes.${code.replace(/\./g, '_')}`;
    return te(key) ? t(key) : undefined;
  }

  function describe(error: unknown): ProblemText {
    if (!(error instanceof ApiError)) {
      return { title: t('problems.generic', { status: '?' }), detail: error instanceof Error ? error.message : String(error) };
    }
    if (error.isNetwork) {
      return { title: t('problems.network') };
    }
    const problem = error.problem;
    const statusKey = `problems.status.${error.status}`;
    const title = codeText(problem.code) ?? (te(statusKey) ? t(statusKey) : t('problems.generic', { status: error.status }));
    const detail = problem.detail && problem.detail !== title ? problem.detail : undefined;
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
