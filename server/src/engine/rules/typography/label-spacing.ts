// typography/label-spacing: a space inside a box label (专栏 1) where the same
// document also writes it without one (专栏4). Stray spaces around digits are
// common in extracted text, so only the inconsistency is reported; the fix
// takes the standard, unspaced form.
import type { Rule } from '../types';

const rule: Rule = {
  id: 'typography/label-spacing',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '同一文件中“专栏N”标签的空格前后不一致 (box labels spaced inconsistently within a document)',
  fixable: true,
  checkDocument(ctx, d) {
    const boxes = d.headings.filter((h) => h.kind === 'box');
    const spaced = boxes.filter((h) => /\s/.test(h.label));
    const tight = boxes.length - spaced.length;
    if (spaced.length === 0 || tight === 0) return;
    const example = boxes.find((h) => !/\s/.test(h.label))!;
    for (const h of spaced) {
      const fixed = h.label.replace(/\s+/g, '');
      ctx.report({
        message: `“${h.label}”中有空格，同一文件的“${example.label}”没有 (space inside the label; other labels of the document have none)`,
        range: h.labelRange,
        related: [{ range: example.labelRange, message: example.label }],
        fix: { title: `改为“${fixed}” (use ${fixed})`, edits: [{ range: h.labelRange, text: fixed }] },
      });
    }
  },
};

export default rule;
