// Splits text into physical lines (LF, CRLF or CR), keeping offsets.
import type { Line } from '../model';

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  splitFrom(text, 0, lines);
  return lines;
}

/**
 * Splits text[from..] into lines (from is a line start), appending to `lines`;
 * stops at the line starting at `stopAt`, if one does. `own`: line texts are
 * copies, not views of `text` (a view would keep the whole text alive).
 */
function splitFrom(text: string, from: number, lines: Line[], stopAt = -1, own = false): boolean {
  // test(), not exec(): no match object for each line. A break ending in LF
  // right after a CR of the same line is a CRLF (the pattern takes both).
  const BREAK = /\r\n?|\n/g;
  BREAK.lastIndex = from;
  let start = from;
  while (BREAK.test(text)) {
    const next = BREAK.lastIndex;
    const end = next - (next - 2 >= start && text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? 2 : 1);
    lines.push({ index: lines.length, start, end, text: own ? copyOf(text, start, end) : text.slice(start, end) });
    if (next === stopAt) return true;
    if (stopAt >= 0 && next > stopAt) stopAt = -1;
    start = next;
  }
  lines.push({ index: lines.length, start, end: text.length, text: own ? copyOf(text, start, text.length) : text.slice(start) });
  return false;
}

/**
 * text.slice(from, to) as a string of its own. V8 makes a slice of 13 or more
 * characters a view of the whole text; after an edit, the lines split again are
 * kept by the next versions, and each would keep its version's text alive.
 * Slicing a concatenation first copies the concatenation into a string of its own.
 */
function copyOf(text: string, from: number, to: number): string {
  return to - from < 13 ? text.slice(from, to) : (text.slice(from, to) + '\n').slice(0, -1);
}

/**
 * Length of the common prefix (or, `fromEnd`, suffix) of two texts, with string
 * comparisons, which are fast where a loop over characters is not: a block at a
 * time up to the first block that differs, then by bisection within it. (Bisecting
 * over the whole text compared most of it again at each of ~20 steps.)
 */
export function common(a: string, b: string, fromEnd: boolean, max = Math.min(a.length, b.length)): number {
  const same = fromEnd
    ? (from: number, to: number) => a.slice(a.length - to, a.length - from) === b.slice(b.length - to, b.length - from)
    : (from: number, to: number) => a.slice(from, to) === b.slice(from, to);
  let k = 0;
  while (k + BLOCK <= max && same(k, k + BLOCK)) k += BLOCK;
  let hi = Math.min(k + BLOCK, max);
  while (k < hi) {
    const mid = (k + hi + 1) >> 1;
    if (same(k, mid)) k = mid;
    else hi = mid - 1;
  }
  return k;
}
const BLOCK = 4096;

/**
 * splitLines(text), given the lines of an earlier version: lines before the
 * change are the same objects, lines after it are moved copies sharing their
 * text strings, and only the changed stretch is split again.
 */
export function splitLinesAfterEdit(text: string, before: string, old: readonly Line[]): Line[] {
  const prefix = common(text, before, false);
  const suffix = common(text, before, true, Math.min(text.length, before.length) - prefix);
  // Kept: the lines whose break is followed by a character of the common prefix (a CR's meaning depends on what follows).
  let kept = 0;
  while (kept + 1 < old.length && old[kept + 1].start < prefix) kept++;
  const lines = old.slice(0, kept);
  const from = kept < old.length ? old[kept].start : 0;
  // Moved: the lines whose preceding break ends inside the common suffix.
  const delta = text.length - before.length;
  let moved = old.length;
  while (moved - 1 > kept && old[moved - 1].start - 1 >= before.length - suffix) moved--;
  if (moved < old.length && splitFrom(text, from, lines, old[moved].start + delta, true)) {
    for (let j = moved; j < old.length; j++) {
      const l = old[j];
      lines.push({ index: lines.length, start: l.start + delta, end: l.end + delta, text: l.text });
    }
    return lines;
  }
  // No moved line reached (the change runs to the end): the rest is split afresh.
  if (moved === old.length) splitFrom(text, from, lines, -1, true);
  return lines;
}
