// Array helpers for lists whose length a draft decides: a spread call
// (push(...items), Math.max(...values)) passes each item on the stack and
// throws RangeError past ~100,000 items, a few MB of short paragraphs.

/** target.push(...items), for any number of items. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

/** Math.max(...values), for any number of values (-Infinity when there are none). */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}

/** Math.min(...values), for any number of values (Infinity when there are none). */
export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] < min) min = values[i];
  return min;
}
