// responsible-unit/label: 责任单位/牵头单位/配合单位 labels take one colon and a
// non-empty list: not "责任单位市建委", "责任单位::市建委" or "〔责任单位:〕".
import type { UnitAnnotation } from '../../model';
import { trimEndChars } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { annotationsOf, majority } from './shared';

// A label at the start of the content or right after a separator (配合单位 inside 〔责任单位:A,配合单位:B〕).
const LABEL = /(^|[,，、;；\s])(责任单位|牵头单位|配合单位|协办单位|主办单位|责任部门|牵头部门|配合部门)([ \t]*)([:：]*)/g;

// Without a colon, "责任单位" must be followed by a unit name, not by prose ("责任单位要…").
const UNIT_END = /^[^。；;，,、]{1,30}(局|委|办|厅|部|室|院|会|中心|政府|区|县|市|处|队|站|所|社|联|行|关|司|集团|公司|单位|部门)$/;

const rule: Rule = {
  id: 'responsible-unit/label',
  category: 'responsible-unit',
  defaultSeverity: 'error',
  description: '责任单位标签后应有一个冒号和至少一个单位 (a unit label takes one colon and at least one unit)',
  fixable: true,
  checkDocument(ctx, document) {
    const anns = annotationsOf(ctx.issue, document).text;
    const labelled = anns.filter((a) => a.label);
    if (labelled.length === 0) return;
    const colon = majority(labelled.map((a) => a.colon[0]).filter(Boolean))?.value ?? ':';
    for (const a of labelled) checkAnnotation(ctx, a, colon);
  },
};

export default rule;

function checkAnnotation(ctx: RuleContext, a: UnitAnnotation, habit: string): void {
  const content = ctx.text.slice(a.contentRange.start, a.contentRange.end);
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(content))) {
    const labelStart = a.contentRange.start + m.index + m[1].length;
    const labelEnd = labelStart + m[2].length;
    const colonStart = labelEnd + m[3].length;
    const colonEnd = colonStart + m[4].length;
    const rest = content.slice(colonEnd - a.contentRange.start);
    const list = /^[ \t\u3000]*([^,，;；]*)/.exec(rest)![1].trim();
    const labelRange = { start: labelStart, end: labelEnd };
    if (!list) {
      ctx.report({ message: `“${m[2]}”后没有列出任何单位 (the ${m[2]} label lists no unit)`, range: { start: labelStart, end: colonEnd } });
    } else if (m[4].length === 0 && UNIT_END.test(trimEndChars(list.split('、')[0], '〕)）]］】'))) {
      ctx.report({
        message: `“${m[2]}”后缺少冒号 (colon missing after ${m[2]})`,
        range: labelRange,
        fix: { title: `补上“${habit}” (add ${habit})`, edits: [{ range: { start: labelEnd, end: labelEnd }, text: habit }] },
      });
    } else if (m[4].length > 1) {
      ctx.report({
        message: `“${m[2]}”后有重复的冒号“${m[4]}” (doubled colon after ${m[2]})`,
        range: { start: colonStart, end: colonEnd },
        fix: { title: `改为一个“${m[4][0]}” (keep one colon)`, edits: [{ range: { start: colonStart + 1, end: colonEnd }, text: '' }] },
      });
    }
    LABEL.lastIndex = Math.max(LABEL.lastIndex, m.index + m[0].length);
  }
}
