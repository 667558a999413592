// The width a PDF or a converter hard-wrapped paragraphs at, read from their lines, and whether a line runs to it.
import type { Line } from '../model';
import { isBlank, isTableRow } from './text';

/** Lines shorter than this say nothing of the page's width (names one a line, headings, dates). */
export const MIN_WIDTH = 16;
/** How many lines must share the width, and what share of the long lines with text under them. */
const MIN_LINES = 5;
const MIN_SHARE = 0.3;

/** A line's text without the spaces after it (a loop: a pattern anchored at the end would rescan every run of spaces). */
export function trimmedEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u3000')) end--;
  return text.slice(0, end);
}

/**
 * The number of characters the wrapped lines from line `first` to the one before the first starting at `end` or
 * after share, counting their indent: the commonest length of their long lines with text right under them, where
 * enough of them have it; undefined for text whose lines end where its paragraphs do. Rows of tables and of a 目录's
 * leader dots (padded to one width) are left out.
 */
export function pageWidthOf(lines: readonly Line[], first: number, end: number): number | undefined {
  const counts = new Map<number, number>();
  let long = 0;
  for (let j = first; j + 1 < lines.length && lines[j + 1].start < end; j++) {
    const text = lines[j].text;
    if (text.length < MIN_WIDTH || isBlank(lines[j + 1].text) || isTableRow(text) || /[…·.．]{3}/.test(text)) continue;
    const n = trimmedEnd(text).length;
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
export function runsTo(width: number, text: string): boolean {
  const line = trimmedEnd(text);
  if (line.length >= width) return true;
  let printed = 0;
  for (let k = 0; k < line.length; k++) printed += line.charCodeAt(k) < 0x2e80 ? 1 : 2;
  return printed >= 2 * width - 1;
}
