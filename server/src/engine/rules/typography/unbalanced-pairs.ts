// typography/unbalanced-pairs: paired punctuation (《》 〈〉 “” ‘’ () 〔〕 【】) that
// does not pair up within a logical paragraph or a title. Paragraphs are
// already joined across PDF line and page breaks, so a pair split by a break
// is whole again. Brackets of responsible-unit annotations are left to
// responsible-unit/brackets; 〔 and [ count as one family (which of the two a
// number or annotation should use is the business of doc-number/format and
// responsible-unit/brackets).
import { findUnitAnnotations } from '../../parse/units';
import type { Range } from '../../model';
import type { Rule, RuleContext } from '../types';
import { textMarks } from '../shared/marks';
import { memoizeText } from '../shared/memo';
import { documentSegments, isSpace, outsideSegments, type Segment } from './util';

interface Family {
  open: string;
  close: string;
  name: string;
}

const FAMILIES: Family[] = [
  { open: '《', close: '》', name: '书名号《》' },
  { open: '“', close: '”', name: '引号“”' },
  { open: '‘', close: '’', name: '引号‘’' },
  { open: '(（', close: ')）', name: '括号()' },
  { open: '〔[［﹝', close: '〕]］﹞', name: '括号〔〕' },
  { open: '【', close: '】', name: '括号【】' },
  { open: '〈', close: '〉', name: '书名号〈〉' },
];
/** By code unit: the family of a mark (-1 for none), whether it opens, whether it ends a sentence. */
const FAMILY_OF = new Int8Array(0x10000).fill(-1);
const OPENS = new Uint8Array(0x10000);
const ENDS_SENTENCE = new Uint8Array(0x10000);
FAMILIES.forEach((f, k) => {
  for (const c of f.open + f.close) FAMILY_OF[c.charCodeAt(0)] = k;
  for (const c of f.open) OPENS[c.charCodeAt(0)] = 1;
});
for (const c of '。；;！？') ENDS_SENTENCE[c.charCodeAt(0)] = 1;
const NONE = new Set<number>();
const LABEL = /(责任单位|牵头单位|配合单位|责任部门|牵头部门)[ \t]*[:：]/g;
const ROLE_WORDS = new Set(['负责', '牵头', '配合']);

interface Found {
  /** Openers never closed and closers with no opener, as source offsets. */
  open: number[];
  strays: number[];
}

const rule: Rule = {
  id: 'typography/unbalanced-pairs',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '成对标点（《》“”()〔〕【】）在段落或标题内不配对 (paired punctuation does not pair up within a paragraph or title)',
  fixable: false,
  // Marks pair up within a document (or within the text outside all documents), never across two.
  checkDocument(ctx, d) {
    checkSegments(ctx, documentSegments(ctx.issue, d));
  },
  checkOutside(ctx) {
    checkSegments(ctx, outsideSegments(ctx.issue));
  },
};

export default rule;

function checkSegments(ctx: RuleContext, all: readonly Segment[]): void {
  // The segments with paired marks; those that pair up on their own matter only when something is carried in.
  const segs: Segment[] = [];
  const selfContained: boolean[] = [];
  for (const seg of all) {
    const kind = pairing(seg.text);
    if (kind === NO_PAIRED_MARKS) continue;
    segs.push(seg);
    selfContained.push(kind === PAIRS_UP);
  }
  const reports: { at: number; closing: boolean }[][] = FAMILIES.map(() => []);
  // Openers left open at the end of a line that does not end a sentence may close on the next one
  // (a 附件说明 note or a title broken over two reserved lines).
  let carry: number[][] = FAMILIES.map(() => []);
  segs.forEach((seg, k) => {
    if (selfContained[k] && carry.every((c) => c.length === 0)) return;
    const marks = textMarks(seg.text);
    let labels: Range[] | undefined;
    const tail = (sentence: number, i: number) => annotationTail(seg.text, (labels ??= labelRanges(seg.text)), sentence, i);
    let skip: Set<number> | undefined;
    // Does the segment run on into the next one (no sentence end, only whitespace between)? A hard wrap may fall
    // right after a full stop inside a quotation too: the next line, with no blank line between, may close it.
    let runsOn: boolean | undefined;
    const next = segs[k + 1];
    const runsOnNext = () => {
      if (runsOn !== undefined) return runsOn;
      const between = next ? ctx.text.slice(seg.range.end, next.range.start) : '';
      return (runsOn = !!next && /^\s*$/.test(between) && (!endsSentence(seg.text) || lineBreaks(between) === 1));
    };
    const carried = carry;
    carry = scan(seg, marks, carried, NONE, tail).map((found, fk) => {
      // Only a paragraph with something unmatched is read for unit annotations.
      const { open, strays } = found.open.length + found.strays.length > 0 ? scan(seg, marks, carried, (skip ??= annotationBrackets(seg)), tail, fk)[fk] : found;
      for (const at of strays) reports[fk].push({ at, closing: true });
      // (A quotation's paragraph may end with a colon, as a sentence that runs on does: it is the quotation's.)
      if (fk === QUOTES && carried[fk].length === 0 && quotationGoesOn(seg, open, next)) return [];
      if (open.length > 0 && carried[fk].length === 0 && runsOnNext()) return open;
      for (const at of open) reports[fk].push({ at, closing: false });
      return [];
    });
  });
  FAMILIES.forEach((f, fk) => report(ctx, f, reports[fk]));
}

const EMPTY_CARRY: number[][] = FAMILIES.map(() => []);

/** The family of “”. */
const QUOTES = 1;

/**
 * A quotation of several paragraphs (an amendment quoting the new articles): each paragraph opens
 * with “ and only the last closes it (GB/T 15834). The “ a paragraph opens with (or that follows its
 * colon), left open, when the next paragraph opens with “ too.
 */
function quotationGoesOn(seg: Segment, open: readonly number[], next: Segment | undefined): boolean {
  if (open.length !== 1 || !next || !/^\s*“/.test(next.text)) return false;
  // The “ opens the paragraph, or follows the colon that introduces the quotation (作为第十六条之一：“…).
  const first = seg.text.search(/\S/);
  if (first >= 0 && seg.text[first] === '“' && seg.at(first) === open[0]) return true;
  for (let i = 0; i < seg.text.length; i++) if (seg.at(i) === open[0]) return /[：:][ \t]*$/.test(seg.text.slice(0, i));
  return false;
}

const NO_PAIRED_MARKS = 0;
const PAIRS_UP = 1;
const UNPAIRED = 2;

/** Marks of each family left open, while pairing reads a text (one array for every text). */
const depth = new Int32Array(FAMILIES.length);

/** Has a text paired marks, and does every one pair up within it (nothing carried in)? Most do: kept per text. */
export const pairing = memoizeText((text: string): number => {
  const marks = textMarks(text);
  // Counting is enough until a closer finds nothing open (a list label? an annotation's?): scan decides those.
  depth.fill(0);
  let paired = false;
  for (let m = 0; m < marks.length; m++) {
    const code = text.charCodeAt(marks[m]);
    const k = FAMILY_OF[code];
    if (k < 0) continue;
    paired = true;
    if (OPENS[code]) depth[k]++;
    else if (depth[k] > 0) depth[k]--;
    else return pairingByScan(text, marks);
  }
  if (!paired) return NO_PAIRED_MARKS;
  for (let k = 0; k < depth.length; k++) if (depth[k] > 0) return UNPAIRED;
  return PAIRS_UP;
});

/** The same answer by a full scan (what pairing falls back to; exported for tests). */
export function pairingByScan(text: string, marks: readonly number[] = textMarks(text)): number {
  if (!marks.some((i) => FAMILY_OF[text.charCodeAt(i)] >= 0)) return NO_PAIRED_MARKS;
  let labels: Range[] | undefined;
  const tail = (sentence: number, i: number) => annotationTail(text, (labels ??= labelRanges(text)), sentence, i);
  const seg = { text, at: (i: number) => i };
  const found = scan(seg, marks, EMPTY_CARRY, NONE, tail);
  return found.every((f) => f.open.length === 0 && f.strays.length === 0) ? PAIRS_UP : UNPAIRED;
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Ends with a sentence mark, trailing whitespace aside. */
function endsSentence(t: string): boolean {
  let j = t.length - 1;
  while (j >= 0 && isSpace(t.charCodeAt(j))) j--;
  return j >= 0 && '。；;！!？?'.includes(t[j]);
}

/** Source offsets of the brackets of unit annotations in a paragraph segment. */
function annotationBrackets(seg: Segment): Set<number> {
  const out = new Set<number>();
  const p = seg.paragraph;
  if (!p || !/[〔(（[［【]/.test(p.text)) return out;
  for (const a of findUnitAnnotations(p)) {
    if (!a.open) continue; // a label line, without brackets
    out.add(a.openRange.start);
    if (a.closeRange) out.add(a.closeRange.start);
  }
  return out;
}

/** Where unit labels (责任单位:) stand in a text. */
function labelRanges(t: string): Range[] {
  const out: Range[] = [];
  LABEL.lastIndex = 0;
  for (let m; (m = LABEL.exec(t)); ) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Does the text of the sentence before a closer (t[sentence..i]) mark it as a unit
 * annotation's (reported by responsible-unit/brackets): a label in it, or a role word
 * right before the closer?
 */
function annotationTail(t: string, labels: readonly Range[], sentence: number, i: number): boolean {
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid].start < sentence) lo = mid + 1;
    else hi = mid;
  }
  if (lo < labels.length && labels[lo].end <= i) return true;
  let j = i;
  while (j > sentence && (t[j - 1] === ' ' || t[j - 1] === '\t')) j--;
  return j - 2 >= sentence && ROLE_WORDS.has(t.slice(j - 2, j));
}

/**
 * Unmatched openers and closers of each family in a segment (of family `only`, if given),
 * `carried` openers first; marks at `skip` offsets do not count. A sentence starts
 * after a sentence mark outside the family's pairs. `marks`: where the segment's punctuation is.
 */
function scan(seg: Pick<Segment, 'text' | 'at'>, marks: readonly number[], carried: number[][], skip: Set<number>, annotation: (sentence: number, i: number) => boolean, only = -1): Found[] {
  const t = seg.text;
  const stacks = carried.map((c) => [...c]);
  const strays: number[][] = FAMILIES.map(() => []);
  const sentence = FAMILIES.map(() => 0);
  for (const i of marks) {
    const code = t.charCodeAt(i);
    const k = FAMILY_OF[code];
    if (k < 0) {
      if (ENDS_SENTENCE[code]) for (let f = 0; f < stacks.length; f++) if (stacks[f].length === 0) sentence[f] = i + 1;
      continue;
    }
    if (only >= 0 && k !== only) continue;
    const at = seg.at(i);
    if (skip.has(at)) continue;
    const stack = stacks[k];
    if (OPENS[code]) stack.push(at);
    else if (stack.length > 0) stack.pop();
    else if (!isListMarker(t, i) && !annotation(sentence[k], i)) strays[k].push(at);
  }
  return stacks.map((open, k) => ({ open, strays: strays[k] }));
}

/** "1)" or "a)" at the start of a paragraph: a list label, not half a pair. */
function isListMarker(t: string, i: number): boolean {
  let j = 0;
  while (j < i && (t[j] === ' ' || t[j] === '\t')) j++;
  if (i - j < 1 || i - j > 3) return false;
  for (; j < i; j++) if (!/[0-9A-Za-z一二三四五六七八九十]/.test(t[j])) return false;
  return true;
}

/** One finding per run of the same unmatched mark side by side (5,000 《 in a row are one slip). */
function report(ctx: RuleContext, f: Family, reports: { at: number; closing: boolean }[]): void {
  for (let k = 0; k < reports.length; ) {
    const { at, closing } = reports[k];
    const ch = ctx.text[at];
    let n = 1;
    while (k + n < reports.length && reports[k + n].closing === closing && reports[k + n].at === at + n && ctx.text[at + n] === ch) n++;
    k += n;
    const many = n > 1 ? `（连续${n}个）` : '';
    const gloss = n > 1 ? `, ${n} in a row` : '';
    ctx.report({
      message: closing
        ? `${f.name}不配对：“${ch}”前没有对应的开始符号${many} (closing ${ch} has no opening mark${gloss})`
        : `${f.name}不配对：“${ch}”没有对应的结束符号${many} (opening ${ch} is never closed${gloss})`,
      range: { start: at, end: at + n },
    });
  }
}
