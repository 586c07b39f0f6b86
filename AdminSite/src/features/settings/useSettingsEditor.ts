import { computed, reactive, ref, type Ref } from 'vue';
import { getSettings, saveSettings, type SettingsDocument, type SettingsSection, type SettingsSections } from '../../api/settings';
import { ApiError } from '../../api/http';
import { loadReference } from '../../app/reference';
import { may } from '../../app/session';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export interface EditorOptions<T> {
  /** Shapes a document for editing (e.g. an empty list for every weekday). */
  prepare?: (value: T) => T;
  /** The form the app stores; also what "changed?" compares. */
  normalise?: (value: T) => T;
}

/**
 * One settings section being edited: the document as read, a draft, and saving against the revision it
 * was read at. Someone else saving first (412) stops the save until the person reloads; invalid settings
 * (400, or 422 for a broken rule) come back as field → messages. Everyone on the staff may read a section,
 * only administrators save one.
 */
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
  /** The console's own findings, field → message: while there are any, nothing is sent. */
  const local = reactive<Record<string, string>>({});
  const readOnly = computed(() => !may('manageSettings'));

  const dirty = computed(
    () => !!document.value && !!draft.value && JSON.stringify(normalise(clone(document.value.value))) !== JSON.stringify(normalise(clone(draft.value))),
  );

  function forget(): void {
    for (const key of Object.keys(local)) delete local[key];
    errors.value = {};
    error.value = null;
  }

  async function load(): Promise<void> {
    loading.value = true;
    forget();
    stale.value = false;
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
      forget();
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
      else if (e instanceof ApiError && (e.status === 400 || e.status === 422) && e.problem.errors) errors.value = e.problem.errors;
      else error.value = e;
      return false;
    } finally {
      saving.value = false;
    }
  }

  /**
   * Runs the console's checks (they fill `local`), then saves what passed them; `as` shapes what is sent
   * (e.g. a code in capitals).
   */
  async function submit(check: (value: SettingsSections[S]) => void, as: (value: SettingsSections[S]) => SettingsSections[S] = (v) => v): Promise<void> {
    if (!draft.value || readOnly.value) return;
    forget();
    check(draft.value);
    if (Object.keys(local).length === 0) await save(as(draft.value));
  }

  /**
   * What the app said about a field. The app reports a list's rows under the list, each message starting
   * with the row ("volumes[1]: …"): a row gets its own messages, the list the rest.
   */
  function serverSaid(field: string): string[] {
    const own = errors.value[field] ?? [];
    const list = field.replace(/\[\d+\]$/, '');
    if (list === field) return own.filter((m) => !m.startsWith(`${field}[`));
    const prefix = `${field}: `;
    return [...own, ...(errors.value[list] ?? []).filter((m) => m.startsWith(prefix)).map((m) => m.slice(prefix.length))];
  }

  /** The message to show at a field: the console's own first, else the app's. */
  function shown(field: string): string | undefined {
    const said = serverSaid(field);
    return local[field] ?? (said.length > 0 ? said.join(' ') : undefined);
  }

  /** Everything SettingsFrame shows around the form. */
  const frame = computed(() => ({
    revision: document.value?.revision,
    updatedAt: document.value?.updatedAt,
    updatedBy: document.value?.updatedBy,
    loading: loading.value,
    saving: saving.value,
    dirty: dirty.value,
    stale: stale.value,
    error: error.value,
    errors: errors.value,
    invalid: Object.keys(local).length > 0,
    savedRevision: savedRevision.value,
    readOnly: readOnly.value,
  }));

  return { document, draft, loading, saving, error, stale, errors, savedRevision, dirty, local, readOnly, frame, load, discard, save, submit, shown };
}
