// Expand selection (smart select) through an issue's structure: the text inside a pair of brackets or quotes
// (〔责任单位：…〕, 《title》, “…”) and the pair with it, the sentence, the paragraph, a table row and its table,
// each heading's block from the innermost out, an attachment, the document, the 目录 or 发文目录, the issue.
import type { Position, SelectionRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Issue, LineIndex, Range } from '../engine';
import { firstStarting } from '../engine/rules/shared/locate';
import type { AnalysisCache } from './analysis';
import { toLspRange, toOffset } from './convert';
import { headingExtent, withoutPageBreak } from './headingExtent';

/** Each closing mark by its opening one. */
const CLOSER: Record<string, string> = {
  '（': '）', '(': ')', '〔': '〕', '[': ']', '［': '］', '【': '】', '﹝': '﹞', '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '『': '』',
};
const OPENER: Record<string, string> = Object.fromEntries(Object.entries(CLOSER).map(([open, close]) => [close, open]));

/** What ends a sentence. */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);

/** A paragraph longer than this is not searched for brackets and sentences (a table flattened into one line). */
const LONGEST_PARAGRAPH = 20000;

export class SelectionRangesProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provide(doc: TextDocument, positions: readonly Position[]): SelectionRange[] {
    const { issue, lines } = this.cache.get(doc);
    return positions.map((position) => toSelectionRange(lines, nestedRangesAt(issue, toOffset(lines, position))));
  }
}

/** The ranges around an offset, innermost first, each holding the one before it. */
export function nestedRangesAt(issue: Issue, offset: number): Range[] {
  const text = issue.text;
  const found: Range[] = [];
  const add = (r: Range | undefined) => {
    if (!r) return;
    const end = trimmedEnd(text, r.start, r.end);
    if (r.start <= offset && offset <= end && end > r.start) found.push({ start: r.start, end });
  };
  const k = firstStarting(issue.paragraphs, offset + 1) - 1;
  const paragraph = k >= 0 ? issue.paragraphs[k] : undefined;
  if (paragraph && offset <= paragraph.range.end && paragraph.range.end - paragraph.range.start <= LONGEST_PARAGRAPH) {
    const pairs = pairsIn(text, paragraph.range);
    for (const r of bracketsAround(pairs, offset)) add(r);
    add(sentenceAt(text, paragraph.range, pairs, offset));
  }
  add(paragraph?.range);
  if (issue.masthead) add(issue.masthead.range);
  if (issue.toc) {
    for (const e of issue.toc.entries) add(e.range);
    add(issue.toc.range);
  }
  for (const d of issue.documents) {
    if (offset < d.range.start || offset > d.range.end) continue;
    for (const t of d.tables) {
      for (const row of t.rows) add(row.range);
      add(t.range);
    }
    for (const h of d.headings) add(headingExtent(text, d, h));
    for (const a of d.attachments) add(withoutPageBreak(text, a.range));
    d.parts.forEach((p, i) => i > 0 && add(withoutPageBreak(text, p.range)));
    add(withoutPageBreak(text, d.range));
  }
  if (issue.directory) {
    for (const row of issue.directory.rows) add(row.range);
    add(issue.directory.range);
  }
  if (issue.colophon) add(issue.colophon);
  add({ start: 0, end: text.length });
  // Past the text's last line (the blank lines after it, the end of a file ending in a line break) no range above
  // holds the offset, but an answer must hold it: the whole text, its line breaks with it.
  if (found.length === 0) found.push({ start: 0, end: text.length });
  return nested(found);
}

/** From ranges that hold the offset, the chain from the smallest out, each holding the one before and larger. */
function nested(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (!last || (r.start <= last.start && r.end >= last.end && (r.start < last.start || r.end > last.end))) out.push(r);
  }
  return out;
}

/** The pairs of brackets and quotes of a paragraph, each as [opener, closer]; a mark left unpaired (a slip) pairs with nothing. */
function pairsIn(text: string, within: Range): [number, number][] {
  const open: number[] = [];
  // Each kind's openers, as [depth in open, position]: a closer finds its own without passing over the others (a long
  // run of （ and then of 》 would cost their product). One a pair closed around it is dropped when met.
  const ofKind = new Map<string, [number, number][]>();
  const pairs: [number, number][] = [];
  for (let i = within.start; i < within.end; i++) {
    const c = text[i];
    if (CLOSER[c] !== undefined) {
      const own = ofKind.get(c) ?? [];
      ofKind.set(c, own);
      own.push([open.length, i]);
      open.push(i);
    } else if (OPENER[c] !== undefined) {
      // Its opener, the innermost of its kind: openers left open inside it (a slip) close with it.
      const own = ofKind.get(OPENER[c]);
      while (own?.length && open[own[own.length - 1][0]] !== own[own.length - 1][1]) own.pop();
      const top = own?.pop();
      if (!top) continue;
      pairs.push([top[1], i]);
      open.length = top[0];
    }
  }
  return pairs;
}

/** The pairs around an offset, innermost first: the text inside each, then the pair with it. */
function bracketsAround(pairs: readonly [number, number][], offset: number): Range[] {
  return pairs
    .filter(([open, close]) => open < offset && offset <= close)
    .sort((a, b) => b[0] - a[0])
    .flatMap(([open, close]) => [{ start: open + 1, end: close }, { start: open, end: close + 1 }]);
}

/**
 * The sentence of a paragraph an offset is in, with its closing mark, without the spaces before it; a mark inside
 * brackets or quotes (〔牵头单位：…；配合单位：…〕) ends no sentence.
 */
function sentenceAt(text: string, within: Range, pairs: readonly [number, number][], offset: number): Range {
  // Positions inside the outermost pairs, marked once.
  const hidden = new Uint8Array(within.end - within.start);
  let reach = -1;
  for (const [open, close] of [...pairs].sort((a, b) => a[0] - b[0])) {
    if (close <= reach) continue;
    hidden.fill(1, open + 1 - within.start, close - within.start);
    reach = close;
  }
  const inside = (i: number) => hidden[i - within.start] === 1;
  let start = offset;
  while (start > within.start && !(SENTENCE_END.has(text[start - 1]) && !inside(start - 1))) start--;
  while (start < offset && /\s/.test(text[start])) start++;
  let end = offset;
  while (end < within.end && !(SENTENCE_END.has(text[end]) && !inside(end))) end++;
  return { start, end: Math.min(within.end, end + 1) };
}

/** The end of a range without the spaces and line breaks it ends with. */
function trimmedEnd(text: string, start: number, end: number): number {
  let last = Math.min(end, text.length);
  while (last > start && /\s/.test(text[last - 1])) last--;
  return last;
}

function toSelectionRange(lines: LineIndex, ranges: readonly Range[]): SelectionRange {
  let parent: SelectionRange | undefined;
  for (let k = ranges.length - 1; k >= 0; k--) parent = { range: toLspRange(lines, ranges[k]), parent };
  return parent ?? { range: toLspRange(lines, { start: 0, end: 0 }) };
}
