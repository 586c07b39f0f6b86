import type { Shape } from '../../i18n/shape';
import type en from './messages.en';

export default {
  heading: '系统状态',
  version: '版本',
  checkedAt: '检查时间',
  refresh: '刷新',
  ok: '正常',
  failed: '无响应',
  loading: '检查中…',
  unreachable: '服务没有响应，请确认函数应用正在运行。',
  services: { tables: '表存储', queues: '队列存储', blobs: '文件存储' },
} satisfies Shape<typeof en>;
