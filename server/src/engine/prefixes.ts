// Strings asked whether one of them starts a key, or whether a key starts one of them, in time
// of their distinct lengths or of log n: testing each string made an issue of thousands of
// 目录 entries without a number cost lines × entries.

export class Prefixes {
  private readonly set: Set<string>;
  /** The strings' distinct lengths, ascending. */
  private readonly lengths: number[];
  /** The strings in code-unit order: those starting with a key follow it in a run. */
  private readonly sorted: string[];

  constructor(strings: readonly string[]) {
    this.set = new Set(strings);
    this.sorted = [...this.set].sort();
    this.lengths = [...new Set(this.sorted.map((s) => s.length))].sort((a, b) => a - b);
  }

  get size(): number {
    return this.set.size;
  }

  /** Whether one of the strings starts `key`. */
  startKey(key: string): boolean {
    for (const l of this.lengths) {
      if (l > key.length) break;
      if (this.set.has(l === key.length ? key : key.slice(0, l))) return true;
    }
    return false;
  }

  /** Whether `key` starts one of the strings. */
  startedBy(key: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.sorted.length && this.sorted[lo].startsWith(key);
  }
}
