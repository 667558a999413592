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

/** Appends to the list kept under a key, starting it (not [...list, item]: a copy per item is quadratic). */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The largest value set at slots 1..k, for slots 1..size (a Fenwick tree): the best
 * earlier item in log n, where scanning every earlier item made a list of n
 * items cost n² (the longest runs in order of a series of numbers or dates).
 */
export class PrefixMax {
  private readonly tree: number[];

  constructor(size: number) {
    this.tree = new Array<number>(size + 1).fill(-Infinity);
  }

  set(slot: number, value: number): void {
    for (let k = slot; k < this.tree.length; k += k & -k) if (value > this.tree[k]) this.tree[k] = value;
  }

  /** The largest value set at slots 1..slot (-Infinity when none). */
  upTo(slot: number): number {
    let best = -Infinity;
    for (let k = slot; k > 0; k -= k & -k) if (this.tree[k] > best) best = this.tree[k];
    return best;
  }
}

/** Each value's rank among the distinct values (1 for the smallest), and how many distinct values there are. */
export function valueRanks(values: readonly number[]): { ranks: number[]; distinct: number } {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const rankOf = new Map(sorted.map((v, i) => [v, i + 1]));
  return { ranks: values.map((v) => rankOf.get(v)!), distinct: sorted.length };
}
