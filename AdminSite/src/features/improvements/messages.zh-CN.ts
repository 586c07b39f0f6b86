import type { Shape } from '../../i18n/shape';
import type en from './messages.en';

export default {
  heading: '改进措施',
  hint: '年度满意度调查某项低于目标、或某月超出控制限时开立。由涉及部门负责；改进措施不是投诉，不计入投诉统计。',
  openOnly: '仅显示未完成',
  failed: '无法加载改进措施。',
  count: '没有改进措施 | 1 项改进措施 | {count} 项改进措施',
  empty: '没有改进措施。',
  number: '案件',
  department: '部门',
  stage: '阶段',
  opened: '开立日期',
  origin: '来源',
} satisfies Shape<typeof en>;
