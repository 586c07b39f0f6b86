/** The same keys as the English messages, each a string: the Chinese messages must match it exactly. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** One feature's messages in both languages. */
export interface Bilingual<T> {
  en: T;
  'zh-CN': Shape<T>;
}

export function bilingual<T>(en: T, zhCN: Shape<T>): Bilingual<T> {
  return { en, 'zh-CN': zhCN };
}
