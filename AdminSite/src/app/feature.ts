import type { RouteRecordRaw } from 'vue-router';
import type { Shape } from '../i18n/shape';

/** A navigation entry: where it leads, its label (an i18n key) and who sees it. */
export interface NavEntry {
  to: string;
  label: string;
  /** Shown only when this says so (e.g. administrators); everyone signed in otherwise. */
  visible?: () => boolean;
  /** Shown also when nobody is signed in (pages that need no staff API). */
  public?: boolean;
}

/**
 * An area's messages in each language, loaded with its pages in the language shown (src/i18n/index.ts).
 * The Chinese ones have the English ones' keys exactly.
 */
export interface AreaMessages<M> {
  en: () => Promise<{ default: M }>;
  'zh-CN': () => Promise<{ default: NoInfer<Shape<M>> }>;
}

/**
 * One area of the console: its routes, its navigation entry and its messages (under `<name>.`). A new area is a
 * folder under src/features with an index.ts exporting one of these, listed in src/features/index.ts — nothing
 * else needs to change.
 */
export interface Feature<N extends string = string, M extends object = object> {
  name: N;
  routes: RouteRecordRaw[];
  nav?: NavEntry[];
  messages?: AreaMessages<M>;
  /** Other areas whose messages these pages show too. */
  borrows?: string[];
}

/** Keeps the area's name and message types, so the console's message keys are known to the compiler (src/i18n/keys.ts). */
export function defineFeature<const N extends string, M extends object>(feature: Feature<N, M>): Feature<N, M> {
  return feature;
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Needs nobody signed in (the status page). */
    public?: boolean;
    /** Only for those with this capability. */
    capability?: import('../api/me').Capability;
    /** i18n key of the page title. */
    title?: string;
    /** The areas whose messages the page shows (set from its feature by the router). */
    areas?: readonly string[];
  }
}
