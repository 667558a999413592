// numbering/hierarchy: GB/T 9704 §7.3.3 orders the levels 一、 > (一) > 1. > (1).
// A higher level used under a lower one (一、 … under (一)), one label of the
// wrong level inside a run ((二) 三、 (四)), or a higher level that starts after a
// lower one under the same heading (一、 1. (一) (二) 2.) is reported; skipping a
// level (1. right under 一、) is common practice and is not.
import type { GazetteDocument } from '../../model';
import type { Rule, RuleContext } from '../types';
import { headingTree, labelWith, rankOf } from './lists';

const rule: Rule = {
  id: 'numbering/hierarchy',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '层次序数按 一、（一）1.（1）由高到低使用 (heading levels follow the GB/T 9704 order)',
  fixable: true,
  checkDocument(ctx, doc) {
    const { misplaced } = headingTree(ctx.issue, doc);
    for (const m of misplaced) {
      const h = doc.headings[m.index];
      const other = doc.headings[m.other];
      if (m.type === 'nested') {
        ctx.report({
          message: `上级编号“${h.label}”用在了下级编号“${other.label}”之下 (a higher level label is used under a lower level one)`,
          range: h.labelRange,
          related: [{ range: other.labelRange, message: `上一级为“${other.label}” (the heading above)` }],
        });
      } else {
        const want = labelWith(other, h.value);
        ctx.report({
          message: `编号“${h.label}”与前后同级编号“${other.label}”层级不符，应为“${want}” (label of the wrong level among its siblings)`,
          range: h.labelRange,
          related: [{ range: other.labelRange, message: `同级编号“${other.label}” (a sibling of this level)` }],
          fix: { title: `改为“${want}” (relabel as ${want})`, edits: [{ range: h.labelRange, text: want }] },
        });
      }
    }
    inverted(ctx, doc);
  },
};

export default rule;

/** 一、 1. (一) (二) 2.: a run of a higher level that starts under a heading after a lower-level item of it. */
function inverted(ctx: RuleContext, doc: GazetteDocument): void {
  const { lists } = headingTree(ctx.issue, doc);
  const hs = doc.headings;
  for (const list of lists) {
    const first = list.items[0];
    if (hs[first].value !== 1) continue;
    for (const other of lists) {
      if (other === list || other.parent !== list.parent || other.part !== list.part || other.apart !== list.apart) continue;
      const lower = other.items.find((i) => i < first && rankOf(hs[i]) > rankOf(hs[first]));
      if (lower === undefined) continue;
      ctx.report({
        message: `上级编号“${hs[first].label}”出现在同一标题下的下级编号“${hs[lower].label}”之后 (a higher level label follows a lower level one under the same heading)`,
        range: hs[first].labelRange,
        related: [{ range: hs[lower].labelRange, message: `下级编号“${hs[lower].label}” (the lower level label before it)` }],
      });
      break;
    }
  }
}
