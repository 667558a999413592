// Per-document caches for derivations that hold no offsets and no model objects
// (index lists, flags): when the incremental parser moves a document, its copy
// takes the original's entries, since moving changes nothing they hold.
import type { GazetteDocument } from './model';

const caches: WeakMap<GazetteDocument, unknown>[] = [];

/** A cache by document whose values a moved copy of the document inherits (offset-free values only). */
export function movableDocumentCache<V>(): WeakMap<GazetteDocument, V> {
  const cache = new WeakMap<GazetteDocument, V>();
  caches.push(cache);
  return cache;
}

/** Called for each document copied with shifted offsets. */
export function carryOver(original: GazetteDocument, copy: GazetteDocument): void {
  for (const cache of caches) {
    const value = cache.get(original);
    if (value !== undefined) cache.set(copy, value);
  }
}

/**
 * derive(document, …context) computed once per document and inherited by its
 * moved copies: for offset-free values that depend on the document alone (the
 * context, the issue or its text, only gives access to the document's text).
 */
export function movableMemo<A extends unknown[], V>(derive: (document: GazetteDocument, ...context: A) => V): (document: GazetteDocument, ...context: A) => V {
  const cache = movableDocumentCache<V>();
  return (document, ...context) => {
    let value = cache.get(document);
    if (value === undefined) {
      value = derive(document, ...context);
      cache.set(document, value);
    }
    return value;
  };
}
