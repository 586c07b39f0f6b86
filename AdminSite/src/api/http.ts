/**
 * The one way the console talks to the app: JSON (and report files) over fetch, same origin, with the CSRF
 * header on every state-changing call and RFC 9457 problem details turned into {@link ApiError}.
 */

/** A problem details document (RFC 9457) as the staff API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  /** Validation problems: field → messages. */
  errors?: Record<string, string[]>;
  /** A broken rule of the procedure (422), e.g. `reason.required`. */
  code?: string;
  /** The version the case has now (412). */
  currentVersion?: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  /** Someone changed the thing since it was read (412). */
  get isStale(): boolean {
    return this.status === 412;
  }

  /** The request never reached the app (offline, app stopped). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export interface Fetched<T> {
  data: T;
  /** The ETag header, sent back unchanged in If-Match. */
  etag: string | null;
}

export interface RequestOptions {
  ifMatch?: string | null;
  /** Makes a retried POST safe: the app answers it with what the first one did. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export const csrfHeader = { name: 'X-Requested-With', value: 'serverless-feedback' } as const;

type Listener = () => void;
const unauthorized = new Set<Listener>();

/** Called whenever the app answers 401: the session ended (or never began). */
export function onUnauthorized(listener: Listener): () => void {
  unauthorized.add(listener);
  return () => unauthorized.delete(listener);
}

export function getJson<T>(url: string, options: RequestOptions = {}): Promise<Fetched<T>> {
  return request<T>('GET', url, undefined, options);
}

export function sendJson<T>(method: 'POST' | 'PUT', url: string, body: unknown, options: RequestOptions = {}): Promise<Fetched<T>> {
  return request<T>(method, url, { json: body }, options);
}

export function sendForm<T>(url: string, form: FormData, options: RequestOptions = {}): Promise<Fetched<T>> {
  return request<T>('POST', url, { form }, options);
}

/** POSTs a file as it is (e.g. an .ics feed as text/calendar), answering JSON. */
export function sendFile<T>(url: string, file: Blob, contentType: string, options: RequestOptions = {}): Promise<Fetched<T>> {
  return request<T>('POST', url, { raw: file, type: contentType }, options);
}

/** A file the app answered with, named as its Content-Disposition says. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * GETs a file (a report) with the session cookie. Refusals come back as problem details like every other
 * call, which a plain link could not show; the name is the app's, from Content-Disposition.
 */
export async function download(url: string, fallbackName: string, options: RequestOptions = {}, method: 'GET' | 'POST' = 'GET'): Promise<DownloadedFile> {
  const response = await send(method, url, undefined, options, 'application/pdf, text/csv, application/json, application/problem+json');
  return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName };
}

/** The file name of a Content-Disposition header: the UTF-8 `filename*` (RFC 6266) when there is one, else `filename`. */
export function fileNameFrom(header: string | null): string | null {
  if (!header) {
    return null;
  }
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name || null;
}

/** Builds `?a=1&b=2`, leaving out empty values. */
export function queryString(values: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

type Content = { json: unknown } | { form: FormData } | { raw: Blob; type: string };

async function request<T>(method: string, url: string, content: Content | undefined, options: RequestOptions): Promise<Fetched<T>> {
  const response = await send(method, url, content, options, 'application/json, application/problem+json');
  const text = await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('ETag') };
}

/** One call to the app; any answer but 2xx becomes an {@link ApiError}. */
async function send(method: string, url: string, content: Content | undefined, options: RequestOptions, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept };
  // The staff API never redirects; a redirect is the platform's sign-in (App Service Authentication) asking for a login.
  const init: RequestInit = { method, headers, credentials: 'same-origin', redirect: 'manual' };
  if (method !== 'GET') {
    headers[csrfHeader.name] = csrfHeader.value;
  }
  if (options.idempotencyKey) {
    headers['Idempotency-Key'] = options.idempotencyKey;
  }
  if (options.ifMatch) {
    headers['If-Match'] = options.ifMatch;
  }
  if (content && 'json' in content) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(content.json);
  } else if (content && 'raw' in content) {
    headers['Content-Type'] = content.type;
    init.body = content.raw;
  } else if (content) {
    init.body = content.form;
  }
  if (options.signal) {
    init.signal = options.signal;
  }

  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, { title: 'The app did not answer.' });
  }

  if (response.type === 'opaqueredirect') {
    unauthorized.forEach((listener) => listener());
    throw new ApiError(401, { status: 401, title: 'Sign in first.' });
  }
  if (response.status === 401) {
    unauthorized.forEach((listener) => listener());
  }
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response));
  }
  return response;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      return { status: response.status, ...(body as Problem) };
    }
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return { status: response.status, title: response.statusText };
}
