export type ServiceState = 'ok' | 'failed';

export interface HealthReport {
  status: 'ok' | 'degraded';
  version: string;
  checkedAt: string;
  storage: Record<'tables' | 'queues' | 'blobs', { status: ServiceState; detail?: string | null }>;
}

export async function fetchHealth(signal?: AbortSignal): Promise<HealthReport> {
  const init: RequestInit = { headers: { Accept: 'application/json' } };
  if (signal) {
    init.signal = signal;
  }
  const response = await fetch('/health', init);
  // 503 still carries the report: which service is down matters more than the status code.
  if (!response.ok && response.status !== 503) {
    throw new Error(`Health check answered ${response.status}`);
  }
  return (await response.json()) as HealthReport;
}
