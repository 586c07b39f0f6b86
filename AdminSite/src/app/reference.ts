import { computed, reactive } from 'vue';
import { useMessages } from '../i18n/keys';
import { listPeople, type Person } from '../api/people';
import { getSettings, type ListItem, type OrganisationSettings, type WorkflowSettings } from '../api/settings';

const defaultTimeZone = 'Asia/Shanghai';

/**
 * What pickers and labels need on every page: departments, reasons and avenues (organisation settings),
 * the staff directory, the workflow timings and the company time zone. Loaded once, refreshed after a
 * settings change.
 */
export const reference = reactive({
  organisation: null as OrganisationSettings | null,
  workflow: null as WorkflowSettings | null,
  people: [] as Person[],
  timeZone: defaultTimeZone,
  loaded: false,
});

let loading: Promise<void> | null = null;

export function loadReference(force = false): Promise<void> {
  if (!loading || force) {
    loading = load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}

async function load(): Promise<void> {
  const [organisation, workflow, people, calendar] = await Promise.all([
    getSettings('organisation'),
    getSettings('workflow'),
    listPeople(),
    getSettings('calendar').catch(() => null),
  ]);
  reference.organisation = organisation.value;
  reference.workflow = workflow.value;
  reference.people = people;
  reference.timeZone = calendar?.value.calendar.timeZoneId || defaultTimeZone;
  reference.loaded = true;
}

/** Labels of configured codes and people in the interface language. */
export function useLabels() {
  const { locale, t, te } = useMessages();
  const chinese = computed(() => locale.value === 'zh-CN');

  function label(items: readonly ListItem[] | undefined, code: string | undefined): string {
    if (!code) {
      return '';
    }
    const item = items?.find((i) => i.code === code);
    return item ? (chinese.value ? item.label.zhCn || item.label.en : item.label.en || item.label.zhCn) : code;
  }

  return {
    text: (item: ListItem) => (chinese.value ? item.label.zhCn || item.label.en : item.label.en || item.label.zhCn),
    department: (code: string | undefined) => label(reference.organisation?.departments, code),
    notValidReason: (code: string | undefined) => label(reference.organisation?.notValidReasons, code),
    avenue: (code: string | undefined) => label(reference.organisation?.rejectionAvenues, code),
    person: (id: string | undefined) => (id ? (reference.people.find((p) => p.id === id)?.name ?? actor(id)) : ''),
    systemActor,
  };

  /** A timer or the app itself ("deadline-sweep") by a name in the interface language. */
  function systemActor(name: string): string {
    const key = `codes.systemActor.${name}`;
    return te(key) ? t(key) : t('codes.systemActor.other');
  }

  // Recorders that are not staff: "customer", "customer:{id}" (the customer on their link) and "system:{timer}".
  function actor(id: string): string {
    if (id === 'customer' || id.startsWith('customer:')) return t('codes.actorKind.customer');
    if (id.startsWith('system:')) return systemActor(id.slice('system:'.length));
    return id;
  }
}
