// numbering/label-mark: a bracketed label closes itself and takes no mark after
// it — （一）、 and （1）． are the classic slip of writing 一、 and 1. into the
// bracket form (GB/T 9704 §7.3.3 gives 一、 （一） 1． （1））. Also the letter l an OCR read for the 1 of a
// label (l．, （ｌ））, which the outline reads as 1.
import type { Range } from '../../model';
import type { Rule, RuleContext } from '../types';

/** The mark typed after the closing bracket, and the spaces around it. */
const MARK = /^[ \t\u3000]*([、，,．.])/;
/** What follows the mark when the label is no heading: a digit of a figure, another bracketed label, 项/目. */
const CITED = /^[ \t\u3000]*(?:[0-9０-９]|[(（][ \t]*[一二三四五六七八九十0-9０-９]{1,3}[ \t]*[)）]|项|目)/;

/** The letter l an OCR reads for 1 in a label (l．, （ｌ）), which the outline reads as 1. */
const LETTER_FOR_ONE = /[lｌ]/;

const rule: Rule = {
  id: 'numbering/label-mark',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '括号编号后不加标点：“（一）、”应为“（一）” (no mark after a bracketed label)',
  fixable: true,
  checkDocument(ctx, d) {
    for (const h of d.headings) {
      if ((h.kind === 'arabic' || h.kind === 'paren-arabic') && LETTER_FOR_ONE.test(h.label)) ocrLetter(ctx, h.labelRange, h.label);
      if (h.kind !== 'paren-cn' && h.kind !== 'paren-arabic') continue;
      const after = ctx.text.slice(h.labelRange.end, h.labelRange.end + 8);
      const m = MARK.exec(after);
      // （1）.5 is a figure; 有前款第 / （一）、（二）项情形 is a list of items cited in a wrapped sentence.
      if (!m || CITED.test(after.slice(m[0].length))) continue;
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

function ocrLetter(ctx: RuleContext, labelRange: Range, label: string): void {
  const at = labelRange.start + label.search(LETTER_FOR_ONE);
  const range = { start: at, end: at + 1 };
  const one = label.includes('ｌ') ? '１' : '1';
  const fixed = label.replace(LETTER_FOR_ONE, one);
  ctx.report({
    message: `编号“${label}”中的字母应为数字，应为“${fixed}” (a letter read for the digit 1 in a label)`,
    range,
    fix: { title: `改为“${fixed}” (use ${fixed})`, edits: [{ range, text: one }] },
  });
}
