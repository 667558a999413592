// The width a PDF or a converter hard-wrapped a document's paragraphs at: its own, read from its lines (a document's
// alone, so that it is checked alike in its issue and on its own).
import type { GazetteDocument, Line, Range } from '../../model';
import { isBlank, isTableRow } from '../../parse/text';
import { lineIndexAt } from './locate';

/** Lines shorter than this say nothing of the page's width (names one a line, headings, dates). */
const MIN_WIDTH = 16;
/** How many lines must share the width, and what share of the long lines with text under them. */
const MIN_LINES = 5;
const MIN_SHARE = 0.3;

interface Wraps {
  width?: number;
  /** The offsets where a line a wrap ended ends, ascending, and where the next line starts. */
  breaks: number[];
  resumes: number[];
}

const byDocument = new WeakMap<GazetteDocument, Wraps>();

/** A line's text without the spaces after it (a loop: a pattern anchored at the end would rescan every run of spaces). */
function trimmed(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u3000')) end--;
  return text.slice(0, end);
}

/**
 * The number of characters a range's wrapped lines share, counting their indent: the commonest length of its long
 * lines with text right under them, where enough of them have it; undefined for text whose lines end where its
 * paragraphs do. Rows of tables and of a 目录's leader dots (padded to one width) are left out.
 */
export function pageWidthIn(lines: readonly Line[], range: Range): number | undefined {
  const counts = new Map<number, number>();
  let long = 0;
  for (let j = lineIndexAt(lines, range.start); j + 1 < lines.length && lines[j + 1].start < range.end; j++) {
    const text = lines[j].text;
    if (text.length < MIN_WIDTH || isBlank(lines[j + 1].text) || isTableRow(text) || /[…·.．]{3}/.test(text)) continue;
    const n = trimmed(text).length;
    if (n < MIN_WIDTH) continue;
    long++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width: number | undefined;
  let most = 0;
  for (const [n, c] of counts) if (c > most || (c === most && n > width!)) [width, most] = [n, c];
  return most >= MIN_LINES && most >= long * MIN_SHARE ? width : undefined;
}

/**
 * Whether a line runs to the page's width, and so was wrapped: as many characters as the wrapped lines, or more (a
 * closing mark kept off the next line's start); or, half-width digits and letters counted as half a character, within
 * half a character of it (a PDF wraps by what is printed).
 */
function runsTo(width: number, text: string): boolean {
  const line = trimmed(text);
  if (line.length >= width) return true;
  let printed = 0;
  for (let k = 0; k < line.length; k++) printed += line.charCodeAt(k) < 0x2e80 ? 1 : 2;
  return printed >= 2 * width - 1;
}

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
  const widths = js.map((j) => trimmed(lines[j].text).length);
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
