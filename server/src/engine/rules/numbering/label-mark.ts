// numbering/label-mark: a bracketed label closes itself and takes no mark after
// it — （一）、 and （1）． are the classic slip of writing 一、 and 1. into the
// bracket form (GB/T 9704 §7.3.3 gives 一、 （一） 1． （1）).
import type { Rule } from '../types';

/** The mark typed after the closing bracket, and the spaces around it. */
const MARK = /^[ \t\u3000]*([、，,．.])/;

const rule: Rule = {
  id: 'numbering/label-mark',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '括号编号后不加标点：“（一）、”应为“（一）” (no mark after a bracketed label)',
  fixable: true,
  checkDocument(ctx, d) {
    for (const h of d.headings) {
      if (h.kind !== 'paren-cn' && h.kind !== 'paren-arabic') continue;
      const after = ctx.text.slice(h.labelRange.end, h.labelRange.end + 4);
      const m = MARK.exec(after);
      // 1.5 and (1).5 are figures, not marks: a digit right after the dot ends the search.
      if (!m || /^\d/.test(after.slice(m[0].length))) continue;
      const start = h.labelRange.end + m[0].length - 1;
      ctx.report({
        message: `括号编号“${h.label}”后不加“${m[1]}” (a bracketed label takes no mark after it)`,
        range: { start, end: start + 1 },
        related: [{ range: h.labelRange, message: h.label }],
        fix: { title: `删除“${m[1]}” (remove ${m[1]})`, edits: [{ range: { start, end: start + 1 }, text: '' }] },
      });
    }
  },
};

export default rule;
