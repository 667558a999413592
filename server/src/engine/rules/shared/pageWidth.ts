// The width a PDF or a converter hard-wrapped a document's paragraphs at: its own, read from its lines (a document's
// alone, so that it is checked alike in its issue and on its own).
import type { GazetteDocument, Line, Range } from '../../model';
import { MIN_WIDTH, pageWidthOf, runsTo, trimmedEnd } from '../../parse/pageWidth';
import { isBlank } from '../../parse/text';
import { lineIndexAt } from './locate';

/**
 * The number of characters a range's wrapped lines share, counting their indent (see pageWidthOf); undefined for text
 * whose lines end where its paragraphs do.
 */
function pageWidthIn(lines: readonly Line[], range: Range): number | undefined {
  return pageWidthOf(lines, lineIndexAt(lines, range.start), range.end);
}

interface Wraps {
  width?: number;
  /** The offsets where a line a wrap ended ends, ascending, and where the next line starts. */
  breaks: number[];
  resumes: number[];
}

const byDocument = new WeakMap<GazetteDocument, Wraps>();

function wrapsOf(doc: GazetteDocument, lines: readonly Line[]): Wraps {
  let wraps = byDocument.get(doc);
  if (wraps) return wraps;
  const width = pageWidthIn(lines, doc.range);
  const breaks: number[] = [];
  const resumes: number[] = [];
  if (width !== undefined) {
    for (let j = lineIndexAt(lines, doc.range.start); j + 1 < lines.length && lines[j + 1].start < doc.range.end; j++) {
      if (!isBlank(lines[j + 1].text) && runsTo(width, lines[j].text)) {
        breaks.push(lines[j].end);
        resumes.push(lines[j + 1].start);
      }
    }
  }
  byDocument.set(doc, (wraps = { width, breaks, resumes }));
  return wraps;
}

/** Whether line j of a document runs to the document's page width (a wrap ended it, not its words). */
export function wrappedAt(doc: GazetteDocument, lines: readonly Line[], j: number): boolean {
  const { width } = wrapsOf(doc, lines);
  return width !== undefined && runsTo(width, lines[j].text);
}

/**
 * Which of lines `js` (ascending, a list's) a wrap ended: those running to the document's page width; where the
 * document gives none (a 名单 wrapped under text that is not), those as wide as the widest of them with text right
 * under them, where two or more are (a list's own width: lines of names a group each seldom share one).
 */
export function wrappedAmong(doc: GazetteDocument, lines: readonly Line[], js: readonly number[]): boolean[] {
  const { width } = wrapsOf(doc, lines);
  if (width !== undefined) return js.map((j) => runsTo(width, lines[j].text));
  const widths = js.map((j) => trimmedEnd(lines[j].text).length);
  const widest = widths.reduce((a, b) => Math.max(a, b), 0);
  const wrapped = js.map((j, k) => widths[k] === widest && widest >= MIN_WIDTH && j + 1 < lines.length && !isBlank(lines[j + 1].text));
  return wrapped.filter(Boolean).length >= 2 ? wrapped : js.map(() => false);
}

/** The first index of an ascending array whose value is `at` or more. */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A document's text with the line breaks its wraps made taken out, and where each of its characters is in the source. */
export interface JoinedText {
  text: string;
  /** The source offset of character k of `text`. */
  sourceAt(k: number): number;
  /** The index in `text` of the character at source offset `offset` (or of the one after the break it is in). */
  indexOf(offset: number): number;
}

const joinedByDocument = new WeakMap<GazetteDocument, JoinedText>();

/**
 * The document's text with each line break a wrap made (after a line running to its page width, text right under it)
 * removed: a word, a count or a quoted honour a wrap cut (等12个单 / 位授予“…”) reads whole. Without a page width, the
 * document's text as it is.
 */
export function joinedWraps(text: string, doc: GazetteDocument, lines: readonly Line[]): JoinedText {
  let joined = joinedByDocument.get(doc);
  if (joined) return joined;
  const { breaks, resumes } = wrapsOf(doc, lines);
  const { start, end } = doc.range;
  const first = firstAtOrAfter(breaks, start);
  let last = first;
  while (last < breaks.length && resumes[last] <= end) last++;
  const cut = breaks.slice(first, last);
  const resume = resumes.slice(first, last);
  // Where each removed break falls in the joined text, and how many characters were removed up to and with it.
  const at: number[] = [];
  const removed: number[] = [];
  const pieces: string[] = [];
  let from = start;
  let gone = 0;
  cut.forEach((b, i) => {
    pieces.push(text.slice(from, b));
    at.push(b - start - gone);
    gone += resume[i] - b;
    removed.push(gone);
    from = resume[i];
  });
  pieces.push(text.slice(from, end));
  const out = pieces.join('');
  const sourceAt = (k: number) => {
    const n = countAtOrBefore(at, k);
    return start + k + (n > 0 ? removed[n - 1] : 0);
  };
  const indexOf = (offset: number) => {
    const n = countAtOrBefore(resume, offset);
    if (n < cut.length && cut[n] <= offset) return at[n];
    return Math.max(0, Math.min(out.length, offset - start - (n > 0 ? removed[n - 1] : 0)));
  };
  joinedByDocument.set(doc, (joined = { text: out, sourceAt, indexOf }));
  return joined;
}

/** How many values of an ascending array are `at` or less. */
function countAtOrBefore(values: readonly number[], at: number): number {
  return firstAtOrAfter(values, at + 1);
}
