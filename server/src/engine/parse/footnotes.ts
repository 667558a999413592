// Notes marked ①②… in a document's text: the marker right after the words it annotates (决策部署①，,
// “三化九场景”②为引领), the note itself opening a line — gathered at the end under 注释：, or left by a PDF
// extraction where the page ended, right under the paragraph that holds its marker.
import type { Line } from '../model';
import { isBlank } from './text';

const NEXT = /[，,。；;：:！？!?）)”’〕】]/;
const PREV = /[”’》）)〕】」]/;

/**
 * Whether the circled number at `at` marks a note rather than labels an item: an item's label comes before its
 * words, a marker right before punctuation (…部署①，) or right after a closing quote or bracket (“…”②为引领).
 */
export function isNoteMarker(text: string, at: number): boolean {
  const next = text.charAt(at + 1);
  return next === '' || NEXT.test(next) || (at > 0 && PREV.test(text.charAt(at - 1)));
}

/** How far back a page's foot note looks for its marker: the non-blank lines of a page. */
const LOOK_BACK = 12;

/**
 * Whether line `i`, opening with the circled number `mark`, is a note a page's foot left in the text: the lines
 * above it, back to a heading list of notes (注释：, or another note), hold its marker. `notes` holds the lines
 * already found to be such notes (two on one page follow each other).
 */
export function isPageFootNote(lines: readonly Line[], i: number, from: number, mark: string, notes: ReadonlySet<number>): boolean {
  // Right under a line that announces a list (主要任务包括：), ① is the list's first item, whatever the line marks.
  for (let j = i - 1; j >= from; j--) {
    const above = lines[j].text.trimEnd();
    if (above === '') continue;
    if (/[：:]$/.test(above)) return false;
    break;
  }
  let seen = 0;
  for (let j = i - 1; j >= from && seen < LOOK_BACK; j--) {
    const text = lines[j].text;
    if (isBlank(text)) continue;
    seen++;
    if (notes.has(j)) continue;
    const trimmed = text.trim();
    // A list of notes under 注释： or 注：, or the note before this one in such a list: headings, not page notes.
    if (/^[\u2460-\u2473]/.test(trimmed) || /^注(?:释)?[ \t\u3000]*[：:]$/.test(trimmed)) return false;
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) if (isNoteMarker(text, at)) return true;
  }
  return false;
}

/**
 * Whether the circled number opening line `i` is a marker a hard wrap carried over from the line above, which
 * ends mid-sentence with the closing quote the marker follows (以“三化九场景” / ②为引领).
 */
export function isWrappedMarker(lines: readonly Line[], i: number, isHeading: (text: string) => boolean): boolean {
  if (i === 0) return false;
  const above = lines[i - 1].text.trimEnd();
  return above !== '' && PREV.test(above.charAt(above.length - 1)) && !isHeading(above);
}
