// Two names a conjunction joins in a list (市民政局和市卫生健康委, 白沙镇和城东街道), told from one name holding the
// conjunction (市住房和城乡建设局, 和平镇): split only where both sides are names of the kind the list holds.

/** The conjunctions that join the last two items of a list. */
export const JOINS = /以及|和|及|与/g;

/** A text that is two items joined by a conjunction of `joins`, as the two, where `accept` takes both sides; else the text. */
export function splitAtJoin(text: string, accept: (a: string, b: string) => boolean, joins: RegExp = JOINS): string[] {
  for (const j of text.matchAll(joins)) {
    const [a, b] = [text.slice(0, j.index), text.slice(j.index! + j[0].length)];
    if (accept(a, b)) return [a, b];
  }
  return [text];
}
