import type { Shape } from '../../i18n/shape';
import type en from './messages.en';

export default {
  heading: '待走访顾客',
  hint: '每位顾客每半年联系一次，A 级顾客须走访；在调查中有项目评分低于目标的主要顾客和 A 级顾客也列在此处，并注明由谁在何时前走访。在顾客页面记录走访后，该顾客将从此列表移除，直到下次到期。',
  name: '顾客',
  company: '公司',
  phone: '电话',
  language: '语言',
  lastContact: '最近联系',
  dueSince: '到期日',
  empty: '目前没有需要走访的顾客。',
  failed: '无法加载待走访顾客。',
  count: '{count} 位到期',
  // 不满意的重点顾客深入征求意见
  task: '原因与负责人',
  taskAnnual: '{year}年度调查中评分低于目标：',
  taskFollowUp: '回访调查中评分低于目标：',
  taskImprovement: '告知改进措施',
  taskOwner: '负责人：{owner}',
  taskNoOwner: '未指定',
  taskInterval: '每半年走访',
} satisfies Shape<typeof en>;
