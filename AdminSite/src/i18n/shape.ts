/** The same keys as the English messages, each a string: the Chinese messages must match it exactly. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
