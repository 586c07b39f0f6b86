import { ref } from 'vue';
import { ApiError } from '../api/http';
import { useProblems, type FieldErrors } from './problems';

/**
 * One thing sent to the app at a time, and how it went: a stale version (412) is kept apart, since the
 * person must reload rather than retry; other refusals keep their field messages for the form.
 */
export function useSubmit() {
  const { fieldErrors } = useProblems();
  const busy = ref(false);
  const error = ref<unknown>(null);
  const stale = ref(false);
  const serverErrors = ref<FieldErrors>({});

  function reset(): void {
    error.value = null;
    stale.value = false;
    serverErrors.value = {};
  }

  /** Runs the call unless one is running; true when it went through. */
  async function submit(call: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    reset();
    try {
      await call();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.isStale) {
        stale.value = true;
      } else {
        error.value = e;
        serverErrors.value = fieldErrors(e);
      }
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, stale, serverErrors, reset, submit };
}
