// The sections of a 名单 that no label opens (先进集体名单（共8个）, “先进集体”（3个）, “先进个人”): where each
// starts and ends, its count if its line gives one, and its entries.
import type { GazetteDocument, Line, Range } from '../../model';
import { content, halfWidthDigits } from '../../parse/text';
import { type Count, entryCount, entryLines, isLabelLine, sectionLine } from './names';

export interface Section {
  /** The section's name without its quotes: 先进集体名单, 先进集体. */
  name: string;
  /** Its count (its digits and measure word), where its line gives one. */
  claim?: { value: number; range: Range; measure: string };
  /** Its line. */
  range: Range;
  /** The line its entries start at, and the offset they end before. */
  from: number;
  end: number;
}

/** The sections of the 名单 from line `from` up to offset `end`; none where a label opens groups in it. */
export function sectionsIn(doc: GazetteDocument, lines: readonly Line[], from: number, end: number): Section[] {
  const at: number[] = [];
  for (let j = from; j < lines.length && lines[j].start < end; j++) {
    if (isLabelLine(doc, lines, j)) return [];
    if (sectionLine(content(lines[j].text))) at.push(j);
  }
  return at.map((j, k) => {
    const line = lines[j];
    const { name, count } = sectionLine(content(line.text))!;
    const start = count && line.start + line.text.lastIndexOf(count.digits);
    const claim = count && start !== undefined ? { value: Number(halfWidthDigits(count.digits)), range: { start, end: start + count.digits.length + 1 }, measure: count.measure } : undefined;
    return { name, claim, range: { start: line.start, end: line.end }, from: j + 1, end: k + 1 < at.length ? lines[at[k + 1]].start : end };
  });
}

/** A section's entries counted in `measure`, and where they are; undefined where they cannot be counted. */
export function sectionEntries(doc: GazetteDocument, lines: readonly Line[], s: Section, measure: string): (Count & { range: Range }) | undefined {
  const found = entryLines(doc, lines, s.from, s.end);
  const count = found?.range && entryCount(found.texts, measure, found.texts, found.full);
  return count && { ...count, range: found!.range! };
}
