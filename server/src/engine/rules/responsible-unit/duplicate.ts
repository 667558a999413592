// responsible-unit/duplicate: one unit named twice in one annotation (or in the
// 牵头 and 配合 cells of one table row).
import type { Range, Unit, UnitAnnotation } from '../../model';
import type { Fix, Rule, RuleContext } from '../types';
import { annotationsOf, unitKey } from './shared';

const rule: Rule = {
  id: 'responsible-unit/duplicate',
  category: 'responsible-unit',
  defaultSeverity: 'warning',
  description: '同一标注中单位不应重复 (a unit must not be named twice in one annotation)',
  fixable: true,
  checkDocument(ctx, document) {
    const { text, table } = annotationsOf(ctx.issue, document);
    for (const a of text) check(ctx, [a]);
    // The cells of one row are one annotation.
    const rows = new Map<unknown, UnitAnnotation[]>();
    for (const { annotation, task } of table) {
      const list = rows.get(task) ?? [];
      list.push(annotation);
      rows.set(task, list);
    }
    for (const cells of rows.values()) check(ctx, cells);
  },
};

export default rule;

function check(ctx: RuleContext, cells: UnitAnnotation[]): void {
  const seen = new Map<string, Unit>();
  for (const a of cells) {
    a.units.forEach((u, i) => {
      const key = unitKey(u.name);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, u);
        return;
      }
      ctx.report({
        message: `“${u.name}”在同一标注中重复出现 (unit named twice in one annotation)`,
        range: u.range,
        related: [{ range: first.range, message: '第一次出现 (first mention)' }],
        tags: [1],
        fix: removal(ctx.text, a, i),
      });
    });
  }
}

/** Removes the unit with one separator next to it, when that leaves a clean list. */
function removal(text: string, a: UnitAnnotation, i: number): Fix | undefined {
  const u = a.units[i];
  const sep = /^[ \t]*[、,，;；][ \t]*$/;
  const prev = a.units[i - 1];
  const next = a.units[i + 1];
  let range: Range | undefined;
  // A role word after the name ("A配合") belongs to the group: leave such cases to the writer.
  if (/^(牵头|配合|负责|协助|参与)/.test(text.slice(u.range.end, u.range.end + 2))) return undefined;
  if (prev && sep.test(text.slice(prev.range.end, u.range.start))) range = { start: prev.range.end, end: u.range.end };
  else if (next && sep.test(text.slice(u.range.end, next.range.start))) range = { start: u.range.start, end: next.range.start };
  if (!range) return undefined;
  return { title: `删除重复的“${u.name}” (remove the repeated unit)`, edits: [{ range, text: '' }] };
}
