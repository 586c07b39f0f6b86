import { bilingual } from '../../i18n/shape';

export default bilingual(
  {
    heading: 'Improvement actions',
    hint: 'Opened when an item of the annual survey falls below its target or a month goes above a control limit. Each is owned by the department concerned; they are not complaints and are not counted as such.',
    openOnly: 'Open actions only',
    failed: 'The improvement actions could not be loaded.',
    count: 'No improvement actions | One improvement action | {count} improvement actions',
    empty: 'There are no improvement actions.',
    number: 'Case',
    department: 'Department',
    stage: 'Stage',
    opened: 'Opened',
    origin: 'Opened by',
  },
  {
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
  },
);
