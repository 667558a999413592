// typography/unbalanced-pairs: paired punctuation (《》 〈〉 “” ‘’ () 〔〕 【】) that
// does not pair up within a logical paragraph or a title. Paragraphs are
// already joined across PDF line and page breaks, so a pair split by a break
// is whole again. Brackets of responsible-unit annotations are left to
// responsible-unit/brackets; 〔 and [ count as one family (which of the two a
// number or annotation should use is the business of doc-number/format and
// responsible-unit/brackets).
import { findUnitAnnotations } from '../../parse/units';
import type { Paragraph } from '../../model';
import type { Rule, RuleContext } from '../types';
import { allParagraphs, segments, type Segment } from './util';

interface Family {
  open: string;
  close: string;
  name: string;
  any: RegExp;
}

const family = (open: string, close: string, name: string): Family => ({
  open,
  close,
  name,
  any: new RegExp(`[${(open + close).replace(/[\]\[]/g, '\\$&')}]`),
});

const FAMILIES: Family[] = [
  family('《', '》', '书名号《》'),
  family('“', '”', '引号“”'),
  family('‘', '’', '引号‘’'),
  family('(（', ')）', '括号()'),
  family('〔[［', '〕]］', '括号〔〕'),
  family('【', '】', '括号【】'),
  family('〈', '〉', '书名号〈〉'),
];
const NONE = new Set<number>();
const SENTENCE_END = '。；;！？';
const ANY = /[《》“”‘’()（）〔〕[\]［］【】〈〉]/;
/** Text before a closer that marks it as a unit annotation's (reported by responsible-unit/brackets). */
const ANNOTATION_TAIL = /(责任单位|牵头单位|配合单位|责任部门|牵头部门)[ \t]*[:：]|(负责|牵头|配合)[ \t]*$/;

const rule: Rule = {
  id: 'typography/unbalanced-pairs',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '成对标点（《》“”()〔〕【】）在段落或标题内不配对 (paired punctuation does not pair up within a paragraph or title)',
  fixable: false,
  check(ctx) {
    const byStart = new Map(allParagraphs(ctx.issue).map((p) => [p.range.start, p]));
    const segs = segments(ctx.issue).filter((s) => ANY.test(s.text));
    const skips: (Set<number> | undefined)[] = [];
    const skipOf = (k: number) => (skips[k] ??= annotationBrackets(segs[k], byStart));
    for (const f of FAMILIES) {
      // Openers left open at the end of a line that does not end a sentence may close on the next one
      // (a 附件说明 note or a title broken over two reserved lines).
      let carry: number[] = [];
      segs.forEach((seg, k) => {
        if (carry.length === 0 && !f.any.test(seg.text)) return;
        let found = scan(seg, f, NONE, carry);
        // Only a paragraph with something unmatched is read for unit annotations.
        if (found.open.length + found.strays.length > 0) found = scan(seg, f, skipOf(k), carry);
        const { open, strays } = found;
        const next = segs[k + 1];
        const continues = next && !TERMINAL.test(seg.text) && /^\s*$/.test(ctx.text.slice(seg.range.end, next.range.start)) && carry.length === 0;
        if (continues && open.length > 0) carry = open;
        else {
          for (const at of open) report(ctx, at, `${f.name}不配对：“${ctx.text[at]}”没有对应的结束符号 (opening ${ctx.text[at]} is never closed)`);
          carry = [];
        }
        for (const at of strays) report(ctx, at, `${f.name}不配对：“${ctx.text[at]}”前没有对应的开始符号 (closing ${ctx.text[at]} has no opening mark)`);
      });
    }
  },
};

export default rule;

const TERMINAL = /[。；;！!？?]\s*$/;

/** Source offsets of the brackets of unit annotations in a paragraph segment. */
function annotationBrackets(seg: Segment, byStart: Map<number, Paragraph>): Set<number> {
  const out = new Set<number>();
  const p = seg.kind === 'paragraph' ? byStart.get(seg.range.start) : undefined;
  if (!p || !/[〔(（[［【]/.test(p.text)) return out;
  for (const a of findUnitAnnotations(p)) {
    out.add(a.openRange.start);
    if (a.closeRange) out.add(a.closeRange.start);
  }
  return out;
}

/** Unmatched openers and closers of one family in a segment (source offsets); `carried` openers come first. */
function scan(seg: Segment, f: Family, skip: Set<number>, carried: number[]): { open: number[]; strays: number[] } {
  const t = seg.text;
  const stack = [...carried];
  const strays: number[] = [];
  let sentence = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    const isOpen = f.open.includes(c);
    const isClose = !isOpen && f.close.includes(c);
    if (!isOpen && !isClose) {
      if (stack.length === 0 && SENTENCE_END.includes(c)) sentence = i + 1;
      continue;
    }
    const at = seg.at(i);
    if (skip.has(at)) continue;
    if (isOpen) stack.push(at);
    else if (stack.length > 0) stack.pop();
    else if (!isListMarker(t, i) && !ANNOTATION_TAIL.test(t.slice(sentence, i))) strays.push(at);
  }
  return { open: stack, strays };
}

/** "1)" or "a)" at the start of a paragraph: a list label, not half a pair. */
function isListMarker(t: string, i: number): boolean {
  return /^[ \t]*[0-9A-Za-z一二三四五六七八九十]{1,3}$/.test(t.slice(0, i));
}

function report(ctx: RuleContext, at: number, message: string): void {
  ctx.report({ message, range: { start: at, end: at + 1 } });
}
