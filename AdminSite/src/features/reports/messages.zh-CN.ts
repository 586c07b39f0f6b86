import type { Shape } from '../../i18n/shape';
import type en from './messages.en';

export default {
  heading: '报告',
  audience: '月度管理报告和客户投诉登记表涵盖所有部门：部门负责人及管理层可以下载。',
  caseReportHint: '单个案件的纠正/预防措施报告（8D）请在该案件页面下载。',
  monthly: {
    heading: '月度管理报告',
    hint: '按类别、严重程度、部门和渠道统计的受理、结案、未结和逾期案件，及时率、原因、满意度及与往月的对比（PDF）。',
    month: '月份',
    download: '下载月度报告',
    future: '该月份尚未开始。',
  },
  register: {
    heading: '客户投诉登记表',
    hint: '期间内受理的全部案件，每件一行，可导出为表格（CSV）或打印版（PDF）。',
    from: '开始日期',
    to: '结束日期',
    format: '格式',
    csv: 'CSV（表格）',
    pdf: 'PDF',
    download: '下载登记表',
    order: '结束日期不能早于开始日期。',
    tooLong: '登记表最多涵盖 {days} 天。',
  },
} satisfies Shape<typeof en>;
