// responsible-unit/lead-marker: who leads. In a text annotation, supporting
// units (配合) need a lead or responsible unit and come after it; in a table
// where △ marks the lead, the marked unit comes first and a legend explains △.
// Rows without any △ are left alone: legends commonly allow them.
import type { GazetteDocument, UnitAnnotation } from '../../model';
import type { Rule, RuleContext } from '../types';
import { annotationsOf } from './shared';

const LEGEND = /△[^。；;\n]{0,12}(牵头|主办|主责)/;

const rule: Rule = {
  id: 'responsible-unit/lead-marker',
  category: 'responsible-unit',
  defaultSeverity: 'warning',
  description: '牵头与配合单位的标注与顺序 (lead and supporting units: present and in order)',
  fixable: false,
  checkDocument(ctx, document) {
    const { text, table } = annotationsOf(ctx.issue, document);
    for (const a of withLabelLinesJoined(ctx.text, text)) textAnnotation(ctx, a);
    const marked = table.filter(({ annotation, task }) => {
      const t = document.tables[task.table!];
      const col = t.columns.units;
      return col !== undefined && annotation.range.start === t.rows[task.row!].cells[col]?.range.start && /△/.test(annotation.content);
    });
    for (const { annotation } of marked) markOrder(ctx, annotation);
    if (marked.length > 0) legend(ctx, document, marked[0].annotation);
  },
};

export default rule;

type Annotated = Pick<UnitAnnotation, 'units' | 'range' | 'contentRange'>;

/** Label lines one under the other (牵头单位：A / 配合单位：B) are one annotation of the item above them. */
function withLabelLinesJoined(text: string, annotations: readonly UnitAnnotation[]): Annotated[] {
  const out: Annotated[] = [];
  let lines: Annotated | undefined;
  for (const a of annotations) {
    if (a.open !== '') {
      out.push(a);
      lines = undefined;
    } else if (lines && text.slice(lines.range.end, a.range.start).trim() === '') {
      lines.units = [...lines.units, ...a.units];
      lines.range = lines.contentRange = { start: lines.range.start, end: a.range.end };
    } else {
      out.push((lines = { units: a.units, range: a.range, contentRange: a.contentRange }));
    }
  }
  return out;
}

function textAnnotation(ctx: RuleContext, a: Annotated): void {
  const support = a.units.findIndex((u) => u.role === 'support');
  if (support < 0) return;
  const lead = a.units.findIndex((u) => u.role === 'lead');
  if (lead < 0 && !a.units.some((u) => u.role === 'responsible')) {
    ctx.report({
      message: '标注只有配合单位，没有牵头或责任单位 (only supporting units, no lead or responsible unit)',
      range: a.range,
    });
    return;
  }
  const labels = labelOrder(ctx.text.slice(a.contentRange.start, a.contentRange.end));
  if ((lead >= 0 && lead > support) || labels) {
    const first = lead >= 0 && lead > support ? a.units[lead] : undefined;
    ctx.report({
      message: '牵头（责任）单位应列在配合单位之前 (the lead unit should come before the supporting units)',
      range: first?.range ?? a.range,
      related: [{ range: a.units[support].range, message: '配合单位 (supporting unit)' }],
    });
  }
}

/** "配合单位:…" written before "责任单位:" or "牵头单位:". */
function labelOrder(content: string): boolean {
  const support = content.search(/(配合|协办)(单位|部门)[ \t]*[:：]/);
  const lead = content.search(/(责任|牵头|主办)(单位|部门)[ \t]*[:：]/);
  return support >= 0 && lead > support;
}

function markOrder(ctx: RuleContext, a: UnitAnnotation): void {
  const firstMarked = a.units.findIndex((u) => u.role === 'lead');
  if (firstMarked <= 0) return;
  const unit = a.units[firstMarked];
  ctx.report({
    message: `△牵头单位“${unit.name}”应列在本格第一位 (the △ lead unit should come first in the cell)`,
    range: { start: unit.range.start - 1, end: unit.range.end },
  });
}

function legend(ctx: RuleContext, d: GazetteDocument, first: UnitAnnotation): void {
  if (LEGEND.test(ctx.text.slice(d.range.start, d.range.end))) return;
  ctx.report({
    message: '表中用△标注牵头单位，但本文件没有说明△含义的表注 (△ marks units but no note explains it)',
    range: first.range,
    severity: 'info',
  });
}
