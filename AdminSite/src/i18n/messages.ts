export const messages = {
  en: {
    app: { title: 'Serverless.Feedback', subtitle: 'Complaint and feedback console', language: 'Language' },
    status: {
      heading: 'System status',
      version: 'Version',
      checkedAt: 'Checked at',
      refresh: 'Refresh',
      ok: 'OK',
      failed: 'Not answering',
      loading: 'Checking…',
      unreachable: 'The service did not answer. Is the function app running?',
      services: { tables: 'Table Storage', queues: 'Queue Storage', blobs: 'Blob Storage' },
    },
  },
  'zh-CN': {
    app: { title: 'Serverless.Feedback', subtitle: '投诉与反馈处理台', language: '语言' },
    status: {
      heading: '系统状态',
      version: '版本',
      checkedAt: '检查时间',
      refresh: '刷新',
      ok: '正常',
      failed: '无响应',
      loading: '检查中…',
      unreachable: '服务没有响应，请确认函数应用正在运行。',
      services: { tables: '表存储', queues: '队列存储', blobs: 'Blob 存储' },
    },
  },
} as const;

export type Locale = keyof typeof messages;

export const locales: readonly Locale[] = ['en', 'zh-CN'];

export function preferredLocale(stored: string | null, browser: readonly string[]): Locale {
  if (stored === 'en' || stored === 'zh-CN') {
    return stored;
  }
  return browser.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}
