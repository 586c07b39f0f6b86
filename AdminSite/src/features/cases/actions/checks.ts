import { reactive } from 'vue';
import { useMessages } from '../../../i18n/keys';
import type { FieldErrors } from '../../../app/problems';

/**
 * Client-side checks that mirror the app's rules (Rules.RequireText / OptionalText: trimmed, at most 4000
 * characters unless said otherwise), collecting messages by the field names the app uses.
 */
export function useChecks(serverErrors: () => FieldErrors) {
  const { t } = useMessages();
  const errors = reactive<FieldErrors>({});

  function reset(): void {
    for (const key of Object.keys(errors)) {
      delete errors[key];
    }
  }

  function fail(field: string, message: string): void {
    errors[field] ??= message;
  }

  /** A required text: trimmed, not empty, not too long. */
  function required(field: string, value: string | undefined, max = 4000): string {
    const trimmed = (value ?? '').trim();
    if (!trimmed) fail(field, t('common.required'));
    else if (trimmed.length > max) fail(field, t('common.tooLong', { max }));
    return trimmed;
  }

  /** An optional text: undefined when empty. */
  function optional(field: string, value: string | undefined, max = 4000): string | undefined {
    const trimmed = (value ?? '').trim();
    if (trimmed.length > max) fail(field, t('common.tooLong', { max }));
    return trimmed || undefined;
  }

  function choice<T>(field: string, value: T | undefined): T | undefined {
    if (value === undefined || value === null || value === '') fail(field, t('common.required'));
    return value;
  }

  function notNegative(field: string, value: number | undefined): void {
    if (value !== undefined && value < 0) fail(field, t('common.notNegative'));
  }

  function notBefore(field: string, date: string | undefined, today: string): void {
    if (date && date < today) fail(field, t('common.notInPast'));
  }

  function ok(): boolean {
    return Object.keys(errors).length === 0;
  }

  /** The message to show at a field: this form's own check first, then the app's. */
  function shown(field: string): string | undefined {
    return errors[field] ?? serverErrors()[field];
  }

  return { errors, reset, fail, required, optional, choice, notNegative, notBefore, ok, shown };
}
