// responsible-unit/deadline: a task annotation without the 完成时限 its siblings give. Where the items of one kind in a
// document annotate their units with a deadline field as a habit (〔牵头单位：市发展改革委；完成时限：2026年12月底〕), an
// annotation that names its units and leaves the deadline out lacks it. Tables are not read: a cell left blank may be
// one merged with the cell above, which the conversion to text lost.
import type { GazetteDocument, UnitAnnotation } from '../../model';
import type { Rule, RuleContext } from '../types';

interface Options {
  /** Share of annotated items that give a deadline from which giving one is the document's habit. */
  threshold: number;
  /** Fewest items giving a deadline for a habit. */
  minDated: number;
}

/** A deadline field inside an annotation: 完成时限：…, 完成时间：…, 时间节点：…, 时间要求：…, 时限：…. */
const DEADLINE_FIELD = /(?:完成时限|完成时间|完成期限|完成日期|截止时间|时间节点|时间要求|时间安排|进度安排|时限)[ \t]*[:：]/;
/**
 * A deadline an item gives in its own words (2026年6月底前全部开工, 年底前完成), or a task that has none by its nature
 * (长期坚持, 持续推进): it needs no field.
 */
const DEADLINE_WORDS = /[0-9０-９]{1,2}[ \t]*月[ \t]*(?:底|末|中旬|上旬|下旬|[0-9０-９]{1,2}[ \t]*日)?[ \t]*(?:前|以前)|年底前|年内|(?:长期|持续|常态化)(?:坚持|推进|开展|实施)|长期/;

const rule: Rule<Options> = {
  id: 'responsible-unit/deadline',
  category: 'responsible-unit',
  defaultSeverity: 'warning',
  description: '按本文件惯例标注完成时限的任务项缺少完成时限 (a task annotation lacks the deadline its siblings give)',
  fixable: false,
  optionsSchema: {
    threshold: { type: 'number', minimum: 0, maximum: 1, description: 'Share of annotated sibling items that must give a deadline before a missing one is reported.' },
    minDated: { type: 'integer', minimum: 1, description: 'Fewest items giving a deadline for a habit.' },
  },
  defaultOptions: { threshold: 0.7, minDated: 3 },
  checkDocument(ctx, d) {
    // A document giving no deadline field anywhere has no habit to break (the lists pooled below need one).
    if (!DEADLINE_FIELD.test(ctx.text.slice(d.range.start, d.range.end))) return;
    // The annotated items, pooled by part and kind of label (the 1．2． of every section are one list).
    const pools = new Map<string, Item[]>();
    for (const t of d.tasks) {
      if (t.heading === undefined || t.annotations.length === 0) continue;
      const h = d.headings[t.heading];
      const key = `${h.part}|${h.kind}`;
      const text = ctx.text.slice(t.range.start, t.range.end);
      const field = t.annotations.some((a) => DEADLINE_FIELD.test(a.content)) || DEADLINE_FIELD.test(text);
      const pool = pools.get(key) ?? [];
      pool.push({ heading: t.heading, annotation: t.annotations[t.annotations.length - 1], dated: field, ownWords: !field && DEADLINE_WORDS.test(text) });
      pools.set(key, pool);
    }
    for (const items of pools.values()) checkPool(ctx, d, items.filter(inDatedList(d, items)));
  },
};

export default rule;

interface Item {
  heading: number;
  annotation: UnitAnnotation;
  /** Its annotation, or a line of its own, gives a deadline field. */
  dated: boolean;
  /** It gives a deadline in its own words, or is a task with none by its nature. */
  ownWords: boolean;
}

/** Items whose list of siblings (one parent, one kind) gives a deadline at all: a list with none (二、保障措施) has no such habit. */
function inDatedList(d: GazetteDocument, items: readonly Item[]): (item: Item) => boolean {
  const listOf = (i: Item) => `${d.headings[i.heading].parent}|${d.headings[i.heading].kind}`;
  const dated = new Set(items.filter((i) => i.dated).map(listOf));
  return (i) => dated.has(listOf(i));
}

function checkPool(ctx: RuleContext<Options>, d: GazetteDocument, items: readonly Item[]): void {
  const dated = items.filter((i) => i.dated || i.ownWords).length;
  if (dated === items.length || dated < ctx.options.minDated || dated < ctx.options.threshold * items.length) return;
  for (const item of items) {
    // An annotation naming no unit is responsible-unit/label's finding.
    if (item.dated || item.ownWords || item.annotation.units.length === 0) continue;
    const label = d.headings[item.heading].label;
    ctx.report({
      message: `“${label}”的标注未写完成时限，同级${items.length}项中${dated}项写明了 (no deadline; ${dated} of ${items.length} sibling annotations give one)`,
      range: item.annotation.range,
    });
  }
}
