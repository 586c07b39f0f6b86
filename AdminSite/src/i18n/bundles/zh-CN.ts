import element from 'element-plus/es/locale/lang/zh-cn';
import type { Shape } from '../shape';
import type { messages as en } from './en';
import common from '../common.zh-CN';
import codes from '../codes.zh-CN';

/** The shell's and the codes' Chinese messages, key for key the English ones (./en.ts). */
export const messages = {
  ...common,
  codes,
} satisfies Shape<typeof en>;

/** Element Plus's own words (pagination, date picker, empty table) in the same language. */
export { element };
