// Derivations of the parsed issue shared by several rules (a document's heading
// tree, the running-text segments …): computed once per issue or
// document object and kept as long as that object lives.
import { TextCache } from '../../textCache';

export function memoize<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = derive(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Every derivation of a text, one slot each, under one entry per text: a text is looked up once, not once per derivation. */
const byText = new TextCache<unknown[]>();
let slots = 0;
// As long as the slots from the start: an empty array given slot 5 would grow to ~20 elements.
const newEntry = (): unknown[] => new Array(slots);

/**
 * For derivations of a text alone (the marks of a paragraph): kept by the text
 * itself, so the unchanged paragraphs of a re-parsed draft, moved or not, find
 * them again; dropped when two lints in a row did not use them (see ../../textCache).
 */
export function memoizeText<V>(derive: (text: string) => V): (text: string) => V {
  const slot = slots++;
  return (text) => {
    const entry = byText.get(text, newEntry);
    if (slot in entry) return entry[slot] as V;
    const value = derive(text);
    entry[slot] = value;
    return value;
  };
}

/** Called as each lint starts. */
export function nextTextGeneration(): void {
  byText.nextGeneration();
}
