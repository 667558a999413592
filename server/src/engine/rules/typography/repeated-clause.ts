// typography/repeated-clause: the same clause written twice in a row
// ("…改革的方案,…改革的方案。"), a copy-and-paste slip.
import type { Paragraph } from '../../model';
import type { Rule, RuleContext } from '../types';
import { paragraphsIn } from '../shared/locate';
import { paragraphMarks } from '../shared/marks';
import { sourceOffset } from '../../parse/paragraphs';
import { isSpace, paragraphsOutside } from './util';

/** Clauses end at a mark (kept with the clause); 、 and line breaks only split them. */
const ENDS = '，,。；;：:！!？?';
/** 1: splits clauses; 2: also ends one (kept with it). */
const STOP = new Uint8Array(0x10000);
for (const c of '、\n') STOP[c.charCodeAt(0)] = 1;
for (const c of ENDS) STOP[c.charCodeAt(0)] = 2;
const MIN_LENGTH = 6;

const rule: Rule = {
  id: 'typography/repeated-clause',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '同一分句连续重复出现 (the same clause written twice in a row)',
  fixable: true,
  checkDocument(ctx, d) {
    for (const p of paragraphsIn(ctx.issue, d.range)) checkParagraph(ctx, p);
  },
  checkOutside(ctx) {
    for (const p of paragraphsOutside(ctx.issue)) checkParagraph(ctx, p);
  },
};

export default rule;

function checkParagraph(ctx: RuleContext, p: Paragraph): void {
  const t = p.text;
  // The previous clause starts at prevStart; its body, without its mark and surrounding whitespace, is [prevFrom, prevTo).
  let prevStart = -1;
  let prevFrom = 0;
  let prevTo = 0;
  // Clauses are the stretches between stops; a clause keeps the mark that ends it.
  const marks = paragraphMarks(p);
  let next = 0;
  for (let k = 0; k <= marks.length; k++) {
    const stop = k < marks.length ? marks[k] : t.length;
    if (stop < t.length && !STOP[t.charCodeAt(stop)]) continue;
    const start = next;
    next = stop + 1;
    if (start >= stop) continue;
    const end = STOP[t.charCodeAt(stop)] === 2 ? stop + 1 : stop;
    let from = start;
    let to = stop;
    while (from < to && isSpace(t.charCodeAt(from))) from++;
    while (to > from && isSpace(t.charCodeAt(to - 1))) to--;
    const length = to - from;
    if (prevStart >= 0 && length >= MIN_LENGTH && length === prevTo - prevFrom && t.startsWith(t.slice(prevFrom, prevTo), from)) {
      const body = t.slice(from, to);
      if (/[\u3400-\u9fff]/.test(body)) {
        // Remove the first copy with its mark, keeping the second one's ending.
        const s = sourceOffset(p, prevStart);
        const e = sourceOffset(p, start);
        ctx.report({
          message: `分句“${body}”连续重复 (clause repeated: ${body})`,
          range: { start: s, end: sourceOffset(p, end - 1) + 1 },
          fix: { title: '删除重复的分句 (remove the repeated clause)', edits: [{ range: { start: s, end: e }, text: '' }] },
        });
      }
    }
    prevStart = start;
    prevFrom = from;
    prevTo = to;
  }
}
