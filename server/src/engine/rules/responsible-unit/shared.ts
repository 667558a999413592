// Helpers shared by the responsible-unit rules: the annotations of each
// document, bracket classes, unit-name keys, the gaps between units.
import type { GazetteDocument, Issue, Range, Task, Unit, UnitAnnotation } from '../../model';
import { isPageArtifactLine, isTableRow, normalize } from '../../parse/text';

import { findUnitAnnotations, mayHoldAnnotation } from '../../parse/units';
import { memoize } from '../shared/memo';
import { paragraphsIn, rangeCoverage } from '../shared/locate';
import { append } from '../../arrays';

export interface DocumentAnnotations {
  document: GazetteDocument;
  /** Annotations written in the text (〔责任单位:…〕, (X牵头,Y配合)), in order. */
  text: UnitAnnotation[];
  /** Unit cells of responsibility tables, with their row task. */
  table: { annotation: UnitAnnotation; task: Task }[];
}

const byDocument = new WeakMap<GazetteDocument, DocumentAnnotations>();

/**
 * One document's annotations: those of its heading items and table rows (read by
 * the parser) and those in any paragraph outside them. Kept per document object:
 * a document an edit did not reach is the same object in the next parse.
 */
export function annotationsOf(issue: Issue, document: GazetteDocument): DocumentAnnotations {
  const known = byDocument.get(document);
  if (known) return known;
  const x: DocumentAnnotations = { document, text: [], table: [] };
  // Loops, not flatMap: this runs over every task of the issue and flatMap is slow.
  for (const task of document.tasks) {
    if (task.heading !== undefined) append(x.text, task.annotations);
    if (task.table !== undefined) for (const annotation of task.annotations) x.table.push({ annotation, task });
  }
  // The parser has read the paragraphs of heading items already.
  const inItem = rangeCoverage(document.tasks.filter((t) => t.heading !== undefined).map((t) => t.range).sort((a, b) => a.start - b.start));
  for (const p of paragraphsIn(issue, document.range)) {
    // The cheap test first: most paragraphs lie in heading items.
    if (inItem(p.range)) continue;
    if (isTableRow(p.text) || !mayHoldAnnotation(p.text)) continue;
    append(x.text, findUnitAnnotations(p));
  }
  x.text.sort((a, b) => a.range.start - b.range.start);
  byDocument.set(document, x);
  return x;
}

/** Every document's annotations (see annotationsOf). */
export const annotationsByDocument = memoize((issue: Issue): DocumentAnnotations[] => issue.documents.map((d) => annotationsOf(issue, d)));


const CLOSE_OF: Record<string, string> = { '〔': '〕', '﹝': '﹞', '[': ']', '［': '］', '(': ')', '（': '）', '【': '】' };
const CLASS_OF: Record<string, BracketClass> = {
  '〔': 'hex', '〕': 'hex', '﹝': 'hex', '﹞': 'hex', '[': 'square', ']': 'square', '［': 'square', '］': 'square',
  '(': 'paren', ')': 'paren', '（': 'paren', '）': 'paren', '【': 'lenticular', '】': 'lenticular',
};

/**
 * Bracket families; half- and full-width forms of one family are one style (width is typography's business),
 * and so are ﹝﹞, the small-form lookalikes of 〔〕 (reported as characters, not as style).
 */
export type BracketClass = 'hex' | 'square' | 'paren' | 'lenticular';

export function bracketClass(ch: string): BracketClass | undefined {
  return CLASS_OF[ch];
}

export function closerOf(open: string): string {
  return CLOSE_OF[open] ?? '';
}

export function openerOf(close: string): string {
  return Object.keys(CLOSE_OF).find((o) => CLOSE_OF[o] === close) ?? '';
}

/** The most frequent element of a list (first seen wins a tie), with its count. */
export function majority<T>(items: readonly T[]): { value: T; count: number; total: number; tie: boolean } | undefined {
  const counts = new Map<T, number>();
  for (const it of items) counts.set(it, (counts.get(it) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  let tie = false;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
      tie = false;
    } else if (c === bestCount) tie = true;
  }
  return best === undefined ? undefined : { value: best, count: bestCount, total: items.length, tie };
}

/** A unit name folded for comparisons: no spaces, one width, 〔市〕 = (市). */
export function unitKey(name: string): string {
  return normalize(name).replace(/〔/g, '(').replace(/〕/g, ')');
}

const ROLE_WORD = /^(牵头|配合|负责|协助|参与)/;
const LINE_SPACE = ' \t\u3000\r';
const LABEL_TAIL = /(责任单位|牵头单位|配合单位|协办单位|主办单位|责任部门|牵头部门|配合部门|实施单位|执行单位)(?:[ \t]*[:：]+)?[ \t]*$/;

export type GapKind = 'peer' | 'comma' | 'semicolon' | 'space' | 'other';

export interface Gap {
  kind: GapKind;
  /** The separator characters (without role words or labels around them). */
  range: Range;
  text: string;
  /** Whether it separates two roles' fields (X牵头,Y配合; 牵头单位:X;配合单位:Y), not units within one role. */
  betweenRoles: boolean;
  before: Unit;
  after: Unit;
}

/** What separates each pair of consecutive units of an annotation. */
export function gaps(text: string, a: UnitAnnotation): Gap[] {
  const out: Gap[] = [];
  for (let i = 1; i < a.units.length; i++) {
    const before = a.units[i - 1];
    const after = a.units[i];
    // Read as the paragraph reads it: a label a line break cuts (配合单 / 位：) is still the label.
    const { text: all, at } = joinedBetween(text, before.range.end, after.range.start);
    let from = 0;
    let to = all.length;
    const word = ROLE_WORD.exec(all);
    if (word) from += word[0].length;
    const label = LABEL_TAIL.exec(all.slice(from));
    if (label) to -= label[0].length;
    if (to > from && all[to - 1] === '△') to--;
    const between = all.slice(from, to);
    const start = from < at.length ? at[from] : after.range.start;
    const range = { start, end: to > from ? at[to - 1] + 1 : start };
    out.push({ kind: gapKind(between), range, text: between, betweenRoles: !!(word || label), before, after });
  }
  return out;
}

/**
 * The text from start to end without its line breaks, the spaces around them and the blank lines and page
 * lines (- 3 -, a running header) a page break left, with the source offset of each character kept.
 */
function joinedBetween(text: string, start: number, end: number): { text: string; at: number[] } {
  const raw = text.slice(start, end);
  const lines = raw.split('\n');
  let out = '';
  const at: number[] = [];
  let offset = start;
  lines.forEach((line, k) => {
    let s = 0;
    let e = line.length;
    // The spaces at a line's end and at the next line's start are layout, as the paragraph has it.
    if (k > 0) while (s < e && LINE_SPACE.includes(line[s])) s++;
    if (k < lines.length - 1) while (e > s && LINE_SPACE.includes(line[e - 1])) e--;
    const whole = k > 0 && k < lines.length - 1;
    if (!(whole && isPageArtifactLine(line.slice(s, e)))) {
      out += line.slice(s, e);
      for (let j = s; j < e; j++) at.push(offset + j);
    }
    offset += line.length + 1;
  });
  return { text: out, at };
}

function gapKind(s: string): GapKind {
  if (s.includes('、')) return 'peer';
  if (/[;；]/.test(s)) return 'semicolon';
  if (/[,，]/.test(s)) return 'comma';
  if (/^[ \t\u3000]+$/.test(s)) return 'space';
  return 'other';
}
