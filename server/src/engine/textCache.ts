// Results derived from a text alone (the marks of a paragraph, a normalized
// line), kept by the text itself: a re-parsed draft finds them again for every
// paragraph and line an edit did not change, moved or not. A new generation
// starts with each run (each parse, each lint); an entry not used in the last
// two runs is dropped, so memory follows what is being checked.
interface Entry<V> {
  value: V;
  generation: number;
}

/** Every cache made, for clearTextCaches. */
const all: TextCache<unknown>[] = [];

export class TextCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private generation = 0;
  private used = 0;

  constructor() {
    all.push(this);
  }

  get(text: string, derive: (text: string) => V): V {
    this.used++;
    const entry = this.entries.get(text);
    if (entry !== undefined) {
      entry.generation = this.generation;
      return entry.value;
    }
    const value = derive(text);
    this.entries.set(text, { value, generation: this.generation });
    return value;
  }

  /**
   * Starts a run. Entries that neither of the last two runs used go, swept
   * every SWEEP_EVERY runs (a sweep visits every entry; between sweeps only
   * the texts of those few runs' edits pile up).
   */
  nextGeneration(): void {
    // A run that used nothing (an empty issue) does not age the others.
    if (this.used === 0) return;
    this.used = 0;
    this.generation++;
    if (this.generation % SWEEP_EVERY !== 0) return;
    const old = this.generation - 2;
    // forEach, not for…of: no [key, value] array per entry.
    this.entries.forEach((entry, text) => {
      if (entry.generation < old) this.entries.delete(text);
    });
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  /** How many texts are kept (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

const SWEEP_EVERY = 8;

/**
 * Forgets every derivation kept by text: the next run derives everything again,
 * as for a text never seen (the benchmark's fresh analysis; a long-lived process
 * that wants its memory back).
 */
export function clearTextCaches(): void {
  for (const cache of all) cache.clear();
}
