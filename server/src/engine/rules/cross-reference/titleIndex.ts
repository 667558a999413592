// The documents whose title may contain a name or be its start, found through 4-character
// pieces of the titles: testing every document for every 目录 entry without a number made an
// issue of thousands of such entries cost entries × documents (seconds on 1 MB).

const PIECE = 4;

export class TitleIndex {
  /** Document indices, ascending and once each, by every 4-character piece of their titles. */
  private readonly byPiece = new Map<string, number[]>();
  /** Document indices by whole title, for titles that are the start of a name. */
  private readonly byTitle = new Map<string, number[]>();

  /** `titles[i]`: the titles document i answers to. */
  constructor(titles: readonly (readonly string[])[]) {
    titles.forEach((list, i) => {
      for (const t of list) {
        add(this.byTitle, t, i);
        for (let k = 0; k + PIECE <= t.length; k++) add(this.byPiece, t.slice(k, k + PIECE), i);
      }
    });
  }

  /**
   * Ascending indices of the documents with a title that contains `name` (at least 4 characters) or
   * is its start: a superset of them, to be tested one by one.
   */
  candidates(name: string): number[] {
    const found = new Set<number>();
    for (let l = 0; l <= name.length; l++) for (const i of this.byTitle.get(name.slice(0, l)) ?? []) found.add(i);
    // A title holding the name holds each of its pieces: the rarest piece is enough.
    let rarest: number[] | undefined;
    for (let k = 0; k + PIECE <= name.length; k++) {
      const list = this.byPiece.get(name.slice(k, k + PIECE));
      if (!list) {
        rarest = [];
        break;
      }
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    for (const i of rarest ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  }
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}
