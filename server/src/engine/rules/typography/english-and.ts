// typography/english-and: an English "and" between Chinese words, a glitch of
// conversion or translation tools ("实验学校 and 示范学校").
import type { Range } from '../../model';
import type { Rule, RuleContext } from '../types';
import { isCjk, scanningText } from './util';
import { matchesFrom } from '../shared/scan';

// Only the word itself in the regex: surrounding spaces are taken by hand, so a long
// run of spaces is not rescanned from every position.
const AND = /\band\b/y;
const SPACE = /[ \t\u3000]/;
const LEFT = /[\u3400-\u9fff”’》）)〕]/;
const RIGHT = /[\u3400-\u9fff“‘《（(〔]/;
const CJK_MARK = /[“”‘’《》（）〔〕]/;

const rule: Rule = {
  id: 'typography/english-and',
  category: 'typography',
  defaultSeverity: 'error',
  description: '中文语句中夹杂英文“and”，应为“和” (English "and" inside Chinese text: use 和)',
  fixable: true,
  ...scanningText(scan),
};

export default rule;

function scan(ctx: RuleContext, { start: from, end: to }: Range): void {
  const text = ctx.text.slice(0, to);
  for (const m of matchesFrom(text, 'and', AND, from)) {
    let start = m.index;
    let end = m.index + 3;
    while (start > 0 && SPACE.test(text[start - 1])) start--;
    while (end < text.length && SPACE.test(text[end])) end++;
    const before = text[start - 1];
    const after = text[end];
    // Chinese on both sides, and at least one side an ideograph or Chinese punctuation (not "(a) and (b)").
    if (!before || !after || !LEFT.test(before) || !RIGHT.test(after) || !(isCjk(before) || isCjk(after) || CJK_MARK.test(before + after))) continue;
    const range = { start, end };
    ctx.report({
      message: '中文语句中出现英文“and”，应为“和” (English "and" in Chinese text; use 和)',
      range,
      fix: { title: '改为“和” (replace with 和)', edits: [{ range, text: '和' }] },
    });
  }
}
