// numbering/inline: enumerations inside running text — 一是…二是…三是, 第一，…第二，…,
// 其一，…其二，…, ①…②…③, and （1）…；（2）… or 1.…；2.… after a colon, semicolon or
// full stop — run 1, 2, 3 without a gap or a repeat.
// Labels that start a line are headings, numbering/sequence's business: a run
// that starts a paragraph is not asked to start at 1, and 一是/二是 (第一，/第二，)
// paragraphs in a row (一是聚焦… / 二是聚焦…) are one run.
import type { GazetteDocument, Paragraph } from '../../model';
import { chineseToInt, intToChinese, isTableRow } from '../../parse/text';
import { sourceRange } from '../../parse/paragraphs';
import type { Rule, RuleContext } from '../types';
import { paragraphsIn } from '../shared/locate';
import { isNoteMarker } from '../../parse/footnotes';

export type Kind = 'shi' | 'di' | 'qi' | 'circled' | 'paren' | 'arabic';
/** The kinds written in Chinese words (一是, 第一，, 其一，): a paragraph may open with the next of the run before it. */
export const WORDED: readonly Kind[] = ['shi', 'di', 'qi'];
const KINDS: readonly Kind[] = [...WORDED, 'circled', 'paren', 'arabic'];

export interface Marker {
  kind: Kind;
  value: number;
  label: string;
  at: number;
}

// 一是, 第一， or 其一， at a clause's start; a circled number anywhere (but a note's marker); （2） or 2. after a colon, semicolon or
// full stop (not 2.5), or opening the paragraph (a heading's label, which the run then goes on from).
const MARKER =
  /(?:^|[。；;，,：:！？!?])[ \t\u3000]*(?:([一二三四五六七八九十]{1,2})是|([第其])([一二三四五六七八九十]{1,2})[，,])|[\u2460-\u2473]|(?:^|[：:；;。])[ \t\u3000]*(?:[（(](\d{1,2})[)）]|(\d{1,2})[.．、](?!\d))/g;
const MAY_HAVE_MARKER = /[一二三四五六七八九十](?:是|[，,])|[\u2460-\u2473]|[（(]\d|[：:；;。][ \t\u3000]*\d/;

const rule: Rule = {
  id: 'numbering/inline',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '正文中的列举（一是、二是，第一、第二，①②，（1）（2））按顺序连续 (enumerations inside running text run in sequence)',
  fixable: false,
  checkDocument: check,
};

export default rule;

function check(ctx: RuleContext, doc: GazetteDocument): void {
  // The last value of each worded run of the previous paragraph, which a paragraph opening with the next one continues.
  let carried = new Map<Kind, number>();
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (isTableRow(p.text) || !MAY_HAVE_MARKER.test(p.text)) {
      // Map.clear allocates a new table, even for an empty map (~170 KB a run over shaoxing's paragraphs).
      if (carried.size > 0) carried.clear();
      continue;
    }
    const markers = markersOf(p.text);
    const next = new Map<Kind, number>();
    for (const kind of KINDS) {
      const run = markers.filter((m) => m.kind === kind);
      if (run.length === 0) continue;
      const worded = WORDED.includes(kind);
      const last = checkRun(ctx, p, run, worded ? carried.get(kind) : undefined);
      if (worded) next.set(kind, last);
    }
    carried = next;
  }
}

export function markersOf(text: string): Marker[] {
  const out: Marker[] = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text))) {
    if (m[1] !== undefined || m[3] !== undefined) {
      const numeral = m[1] ?? m[3];
      const value = chineseToInt(numeral);
      const label = m[1] !== undefined ? `${numeral}是` : `${m[2]}${numeral}`;
      const kind: Kind = m[1] !== undefined ? 'shi' : m[2] === '第' ? 'di' : 'qi';
      const at = m.index + m[0].length - (m[1] !== undefined ? label.length : label.length + 1);
      if (Number.isFinite(value) && value > 0) out.push({ kind, value, label, at });
    } else if (m[4] !== undefined || m[5] !== undefined) {
      const label = m[0].slice(m[0].search(/[（(\d]/));
      out.push({ kind: m[4] !== undefined ? 'paren' : 'arabic', value: Number(m[4] ?? m[5]), label, at: m.index + m[0].length - label.length });
    } else if (!isNoteMarker(text, m.index)) {
      out.push({ kind: 'circled', value: m[0].charCodeAt(0) - 0x2460 + 1, label: m[0], at: m.index });
    }
  }
  return out;
}

/** Reports where the run breaks; returns its last value. */
function checkRun(ctx: RuleContext, p: Paragraph, run: Marker[], carried: number | undefined): number {
  const first = run[0];
  const opensParagraph = /^[ \t\u3000]*$/.test(p.text.slice(0, first.at));
  // A run that opens the paragraph may go on from the previous one (or be a heading's label); else it starts at 1.
  const fine = first.value === 1 || (opensParagraph && (!WORDED.includes(first.kind) || first.value === (carried ?? 0) + 1));
  if (!fine) {
    const expected = label(first.kind, carried !== undefined ? carried + 1 : 1, first.label);
    report(ctx, p, first, `列举从“${first.label}”开始，前面缺少“${expected}” (the enumeration starts at ${first.value}; ${expected} is missing)`);
  }
  for (let i = 1; i < run.length; i++) {
    const prev = run[i - 1].value;
    const m = run[i];
    if (m.value === prev + 1) continue;
    const expected = label(m.kind, prev + 1, m.label);
    const message =
      m.value > prev + 1
        ? `列举跳号：“${run[i - 1].label}”之后为“${m.label}”，缺少“${expected}” (the enumeration skips ${expected})`
        : `列举序号“${m.label}”不连续（上一项为“${run[i - 1].label}”），应为“${expected}” (out of sequence; expected ${expected})`;
    report(ctx, p, m, message);
  }
  return run[run.length - 1].value;
}

function report(ctx: RuleContext, p: Paragraph, m: Marker, message: string): void {
  ctx.report({ message, range: sourceRange(p, m.at, m.at + m.label.length) });
}

/** The label of `value` written as `like` is. */
function label(kind: Kind, value: number, like: string): string {
  if (kind === 'circled') return String.fromCharCode(0x2460 + value - 1);
  if (kind === 'paren' || kind === 'arabic') return like.replace(/\d+/, String(value));
  if (kind === 'shi') return `${intToChinese(value)}是`;
  return `${like[0]}${intToChinese(value)}`;
}
