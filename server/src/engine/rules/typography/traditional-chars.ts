// typography/traditional-chars: a traditional character in simplified text
// (中小學生, 电鍍), usually pasted from another source or an input-method slip.
import type { Range } from '../../model';
import type { Rule, RuleContext } from '../types';
import { TRADITIONAL } from './traditional-map';
import { scanningText } from './util';

/** Code units that are a traditional character (a map lookup for every character of the issue is slow). */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (const ch of TRADITIONAL.keys()) if (ch.length === 1) IS_TRADITIONAL[ch.charCodeAt(0)] = 1;

const rule: Rule = {
  id: 'typography/traditional-chars',
  category: 'typography',
  defaultSeverity: 'error',
  description: '简体文本中夹杂繁体字 (traditional character in simplified text)',
  fixable: true,
  ...scanningText(scan),
};

export default rule;

function scan(ctx: RuleContext, { start: from, end }: Range): void {
  const text = ctx.text;
  for (let i = from; i < end; i++) {
    if (!IS_TRADITIONAL[text.charCodeAt(i)]) continue;
    // A run of traditional characters is one finding (學習 → 学习).
    let j = i;
    let fixed = '';
    while (j < end && IS_TRADITIONAL[text.charCodeAt(j)]) fixed += TRADITIONAL.get(text[j++]);
    const range = { start: i, end: j };
    const raw = text.slice(i, j);
    ctx.report({
      message: `繁体字“${raw}”应为“${fixed}” (traditional character; simplified form is ${fixed})`,
      range,
      fix: { title: `改为“${fixed}” (replace with ${fixed})`, edits: [{ range, text: fixed }] },
    });
    i = j - 1;
  }
}
