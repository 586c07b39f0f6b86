/**
 * Signing in leaves the console (the sign-in page redirects back to /console/), so the page someone
 * wanted — typically a case linked from a mail — is kept for the tab and reopened afterwards.
 */
const key = 'console.returnTo';

export function rememberReturnTo(path: string): void {
  if (path && path !== '/' && path !== '/cases') {
    sessionStorage.setItem(key, path);
  }
}

export function takeReturnTo(): string | null {
  const path = sessionStorage.getItem(key);
  sessionStorage.removeItem(key);
  return path;
}
