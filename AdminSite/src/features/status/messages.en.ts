export default {
  heading: 'System status',
  version: 'Version',
  checkedAt: 'Checked at',
  refresh: 'Refresh',
  ok: 'OK',
  failed: 'Not answering',
  loading: 'Checking…',
  unreachable: 'The service did not answer. Is the function app running?',
  services: { tables: 'Table Storage', queues: 'Queue Storage', blobs: 'Blob Storage' },
};
