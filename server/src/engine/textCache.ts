// Results derived from a text alone (the marks of a paragraph, a normalized
// line), kept by the text itself: a re-parsed draft finds them again for every
// paragraph and line an edit did not change, moved or not. Two generations: a
// new one starts with each run (each parse, each lint), and an entry not used in
// the last two runs is dropped, so memory follows what is being checked.
export class TextCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  get(text: string, derive: (text: string) => V): V {
    let value = this.current.get(text);
    if (value !== undefined) return value;
    value = this.previous.get(text);
    if (value === undefined) value = derive(text);
    this.current.set(text, value);
    return value;
  }

  /** Starts a run: what the last run did not use goes. */
  nextGeneration(): void {
    // A run that used nothing (an empty issue) keeps the older generation.
    if (this.current.size === 0) return;
    this.previous = this.current;
    this.current = new Map();
  }
}
