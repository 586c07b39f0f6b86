import type { Shape } from '../../i18n/shape';
import type en from './messages.en';

export default {
  heading: '人员',
  add: '添加人员',
  edit: '编辑',
  editLabel: '编辑 {name}',
  addTitle: '添加人员到员工目录',
  editTitle: '编辑 {name}',
  name: '姓名',
  email: '电子邮件（登录使用的地址）',
  emailShort: '电子邮件',
  department: '部门',
  noDepartment: '无部门',
  roles: '角色',
  language: '邮件和报告的语言',
  languageShort: '语言',
  active: '在职（可以登录并被分派）',
  activeShort: '在职',
  inactive: '停用',
  objectId: 'Entra ID 对象标识（选填）',
  empty: '员工目录中还没有人员。',
  failed: '无法加载员工目录。',
  rolesRequired: '至少选择一个角色。',
  emailInvalid: '请输入有效的电子邮件地址。',
  added: '已添加 {name}。',
} satisfies Shape<typeof en>;
