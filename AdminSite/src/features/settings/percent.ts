import { computed, type WritableComputedRef } from 'vue';

/** A fraction as the settings keep it (0.2) shown as the percentage people type (20), to two decimals. */
export function asPercent(read: () => number | undefined, write: (fraction: number) => void): WritableComputedRef<number | undefined> {
  return computed<number | undefined>({
    get: () => {
      const fraction = read();
      return fraction === undefined ? undefined : Math.round(fraction * 10000) / 100;
    },
    set: (value) => write((value ?? 0) / 100),
  });
}
