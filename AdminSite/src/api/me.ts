import { ApiError, getJson } from './http';
import type { Language } from './codes';
import type { WithCodes, Wire } from './wire';

/** GET /api/staff/me: who is signed in. */
export type Me = WithCodes<Wire<'Me'>, { language: Language }>;

/** What the signed-in person may do, as the server decides it (Capabilities.cs). */
export type Capability = keyof Wire<'Capabilities'>;

/** The signed-in person, or why nobody is (401: not signed in, or signed in but not in the staff directory). */
export async function fetchMe(): Promise<{ me: Me | null; reason?: string }> {
  try {
    return { me: (await getJson<Me>('/api/staff/me')).data };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return error.problem.detail ? { me: null, reason: error.problem.detail } : { me: null };
    }
    throw error;
  }
}

/** Whether the app offers the development sign-in page (only on a developer's machine). */
export async function hasDevelopmentSignIn(): Promise<boolean> {
  try {
    const response = await fetch('/dev/sign-in', { method: 'GET', credentials: 'same-origin', redirect: 'manual' });
    return response.ok && (response.headers.get('Content-Type') ?? '').startsWith('text/html');
  } catch {
    return false;
  }
}

export const signInPaths = {
  entra: '/.auth/login/aad?post_login_redirect_uri=/console/',
  entraSignOut: '/.auth/logout?post_logout_redirect_uri=/console/',
  development: '/dev/sign-in',
  developmentSignOut: '/dev/sign-out',
} as const;
