import { reactive } from 'vue';
import { fetchMe, hasDevelopmentSignIn, type Capability, type Me } from '../api/me';
import { onUnauthorized } from '../api/http';
import type { StaffRole } from '../api/codes';
import { calibrate } from './clock';

export type SessionState = 'loading' | 'signedIn' | 'signedOut' | 'failed';

/** Who uses the console, and whether a development sign-in exists to offer. */
export const session = reactive({
  state: 'loading' as SessionState,
  me: null as Me | null,
  /** The app's words when it refused the session (e.g. someone signed in who is not in the staff directory). */
  signedOutReason: null as string | null,
  developmentSignIn: false,
});

let loading: Promise<void> | null = null;

/** Loads the signed-in person once (again with force); routes wait for it. */
export function loadSession(force = false): Promise<void> {
  if (!loading || force) {
    loading = load();
  }
  return loading;
}

async function load(): Promise<void> {
  session.state = 'loading';
  const [me, development] = await Promise.allSettled([fetchMe(), hasDevelopmentSignIn(), calibrateClock()]);
  session.developmentSignIn = development.status === 'fulfilled' && development.value;
  if (me.status === 'rejected') {
    session.me = null;
    session.state = 'failed';
    return;
  }
  session.me = me.value.me;
  session.signedOutReason = me.value.reason ?? null;
  session.state = me.value.me ? 'signedIn' : 'signedOut';
}

async function calibrateClock(): Promise<void> {
  try {
    const response = await fetch('/health', { headers: { Accept: 'application/json' } });
    const report = (await response.json()) as { checkedAt?: string };
    if (report.checkedAt) {
      calibrate(report.checkedAt);
    }
  } catch {
    // Without the server's time the browser's will do.
  }
}

onUnauthorized(() => {
  if (session.state === 'signedIn') {
    session.me = null;
    session.state = 'signedOut';
  }
});

/** Whether the signed-in person may do this: the server says (GET /api/staff/me), the console does not guess from roles. */
export function may(capability: Capability): boolean {
  return session.me?.capabilities[capability] ?? false;
}

/** Department heads and management keep the customer file. */
export function mayEditCustomers(): boolean {
  return may('editCustomers');
}

/** The role to show beside the name: the most senior one held. */
export function leadingRole(roles: readonly StaffRole[]): StaffRole {
  const order: StaffRole[] = ['administrator', 'gm', 'deputyGm', 'departmentHead', 'staff'];
  return order.find((r) => roles.includes(r)) ?? 'staff';
}

/** The monthly summary and the complaint register cover every department. */
export function mayReadManagementReports(): boolean {
  return may('readManagementReports');
}
