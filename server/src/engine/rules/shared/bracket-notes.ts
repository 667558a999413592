// Notes numbered [1] [2] … under 注释： (a 统计公报's notes on its terms): the lines that open with one.
import type { GazetteDocument, Issue, Range } from '../../model';
import { content, halfWidthDigits, isBlank, isTableRow, prefixLength } from '../../parse/text';
import { parseHeadingLabel } from '../../parse/headings';
import { lineIndexAt } from './locate';

export interface BracketNote {
  value: number;
  /** The numeral, inside the brackets. */
  range: Range;
}

const HEADER = /^(?:注释|注)[ \t\u3000]*[：:]?$/;
const NOTE = /^[[［]([0-9０-９]{1,2})[\]］]/;
/** How far under its header a list of notes may run, in non-blank lines (notes wrap over several). */
const SPAN = 40;

/** The notes of each 注释： list in a document, in order. */
export function bracketNotes(issue: Issue, doc: GazetteDocument): BracketNote[][] {
  const lists: BracketNote[][] = [];
  const lines = issue.lines;
  const last = lineIndexAt(lines, Math.max(doc.range.start, doc.range.end - 1));
  for (let i = lineIndexAt(lines, doc.range.start); i <= last; i++) {
    if (!HEADER.test(content(lines[i].text))) continue;
    const notes: BracketNote[] = [];
    let seen = 0;
    let j = i + 1;
    for (; j <= last && seen < SPAN; j++) {
      const text = lines[j].text;
      if (isBlank(text)) continue;
      seen++;
      const lead = prefixLength(text);
      const m = NOTE.exec(text.slice(lead));
      if (m) {
        const start = lines[j].start + lead + 1;
        notes.push({ value: Number(halfWidthDigits(m[1])), range: { start, end: start + m[1].length } });
      } else if (notes.length === 0 || isTableRow(text) || parseHeadingLabel(text) || HEADER.test(content(text))) break;
    }
    if (notes.length >= 2) lists.push(notes);
    i = j - 1;
  }
  return lists;
}
