import { ref, shallowRef, type Ref } from 'vue';
import { getCase, type CaseDetail } from '../../api/cases';
import type { Fetched } from '../../api/http';

/** One case as the detail page holds it: the last answer of the app and the version (ETag) it had. */
export function useCaseDetail(number: Ref<string>) {
  // Replaced whole by every answer, never changed in place: no deep reactivity needed.
  const detail = shallowRef<CaseDetail | null>(null);
  const etag = ref<string | null>(null);
  const loading = ref(false);
  const error = ref<unknown>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      accept(await getCase(number.value));
    } catch (e) {
      error.value = e;
    } finally {
      loading.value = false;
    }
  }

  /** Takes the case as an action's answer returned it (the answer is the case after the change). */
  function accept(fetched: Fetched<CaseDetail>): void {
    detail.value = fetched.data;
    etag.value = fetched.etag ?? `"${fetched.data.case.version}"`;
  }

  return { detail, etag, loading, error, load, accept };
}
