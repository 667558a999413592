// Results derived from a text alone (the marks of a paragraph, a normalized
// line), kept by the text itself: a re-parsed draft finds them again for every
// paragraph and line an edit did not change, moved or not. A new generation
// starts with each run (each parse, each lint); an entry not used in the last
// two runs is dropped, so memory follows what is being checked.
interface Entry<V> {
  value: V;
  generation: number;
}

export class TextCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private generation = 0;
  private used = 0;

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

  /** Starts a run: what neither this run nor the last one used goes. */
  nextGeneration(): void {
    // A run that used nothing (an empty issue) does not age the others.
    if (this.used === 0) return;
    this.used = 0;
    const old = this.generation - 1;
    // forEach, not for…of: no [key, value] array per entry.
    this.entries.forEach((entry, text) => {
      if (entry.generation < old) this.entries.delete(text);
    });
    this.generation++;
  }
}
