import type { components } from './generated/schema';

/**
 * A wire type as docs/api/openapi.json describes it (generated into ./generated/schema.d.ts by
 * `npm run --workspace AdminSite api:types`). The console's own names for these types are aliases of them.
 */
export type Wire<Name extends keyof components['schemas']> = components['schemas'][Name];

/** A wire type whose free-text codes (a language, a kind) the console knows as closed unions. */
export type WithCodes<T, Codes extends Partial<Record<keyof T, unknown>>> = Omit<T, keyof Codes> & Codes;
