import { computed, ref, type Ref } from 'vue';
import { getSettings, saveSettings, type SettingsDocument, type SettingsSection, type SettingsSections } from '../../api/settings';
import { ApiError } from '../../api/http';
import { loadReference } from '../../app/reference';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * One settings section being edited: the document as read, a draft, and saving against the revision it
 * was read at. Someone else saving first (412) stops the save until the person reloads; invalid settings
 * (400) come back as field → messages.
 */
export interface EditorOptions<T> {
  /** Shapes a document for editing (e.g. an empty list for every weekday). */
  prepare?: (value: T) => T;
  /** The form the app stores; also what "changed?" compares. */
  normalise?: (value: T) => T;
}

export function useSettingsEditor<S extends SettingsSection>(section: S, options: EditorOptions<SettingsSections[S]> = {}) {
  const prepare = options.prepare ?? ((v: SettingsSections[S]) => v);
  const normalise = options.normalise ?? ((v: SettingsSections[S]) => v);
  const document = ref<SettingsDocument<SettingsSections[S]> | null>(null) as Ref<SettingsDocument<SettingsSections[S]> | null>;
  const draft = ref<SettingsSections[S] | null>(null) as Ref<SettingsSections[S] | null>;
  const loading = ref(false);
  const saving = ref(false);
  const error = ref<unknown>(null);
  const stale = ref(false);
  const errors = ref<Record<string, string[]>>({});
  const savedRevision = ref<number | null>(null);

  const dirty = computed(
    () => !!document.value && !!draft.value && JSON.stringify(normalise(clone(document.value.value))) !== JSON.stringify(normalise(clone(draft.value))),
  );

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    stale.value = false;
    errors.value = {};
    try {
      const fetched = await getSettings(section);
      document.value = fetched;
      draft.value = prepare(clone(fetched.value));
    } catch (e) {
      error.value = e;
    } finally {
      loading.value = false;
    }
  }

  function discard(): void {
    if (document.value) {
      draft.value = prepare(clone(document.value.value));
      errors.value = {};
      error.value = null;
    }
  }

  async function save(value: SettingsSections[S]): Promise<boolean> {
    if (!document.value) return false;
    saving.value = true;
    error.value = null;
    errors.value = {};
    savedRevision.value = null;
    try {
      const saved = await saveSettings(section, normalise(clone(value)), document.value.revision);
      document.value = saved;
      draft.value = prepare(clone(saved.value));
      savedRevision.value = saved.revision;
      void loadReference(true).catch(() => undefined);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.isStale) stale.value = true;
      else if (e instanceof ApiError && e.status === 400 && e.problem.errors) errors.value = e.problem.errors;
      else error.value = e;
      return false;
    } finally {
      saving.value = false;
    }
  }

  return { document, draft, loading, saving, error, stale, errors, savedRevision, dirty, load, discard, save };
}
