import element from 'element-plus/es/locale/lang/en';
import common from '../common.en';
import codes from '../codes.en';

/** The shell's and the codes' English messages; each area brings its own with its pages (src/app/feature.ts). */
export const messages = {
  ...common,
  codes,
};

/** Element Plus's own words (pagination, date picker, empty table) in the same language. */
export { element };
