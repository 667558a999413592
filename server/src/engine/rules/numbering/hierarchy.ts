// numbering/hierarchy: GB/T 9704 §7.3.3 orders the levels 一、 > (一) > 1. > (1).
// A higher level used under a lower one (一、 … under (一)), one label of the
// wrong level inside a run ((二) 三、 (四)), or a higher level that starts after a
// lower one under the same heading (一、 1. (一) (二) 2.) is reported; skipping a
// level (1. right under 一、) is common practice and is not.
import type { GazetteDocument } from '../../model';
import type { Rule, RuleContext } from '../types';
import { type SiblingList, headingTree, labelWith, rankOf } from './lists';

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
  const rank = (i: number) => rankOf(hs[i]);
  const groupOf = (l: SiblingList) => `${l.part}:${l.parent}:${l.apart}`;
  // The lists under one heading, in order.
  const groups = new Map<string, SiblingList[]>();
  for (const l of lists) {
    const key = groupOf(l);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(l);
  }
  // For a group and a rank: each list's first item of a lower level, and the least of these up to each list. Found
  // once each, not by comparing every list with every other (many lists restarting at 1 under one heading).
  const below = new Map<string, { lower: number[]; least: number[] }>();
  const lowerIn = (key: string, r: number) => {
    let found = below.get(`${key}:${r}`);
    if (!found) {
      const lower = groups.get(key)!.map((o) => o.items.find((i) => rank(i) > r) ?? Infinity);
      const least: number[] = [];
      lower.forEach((item, k) => least.push(Math.min(item, k > 0 ? least[k - 1] : Infinity)));
      found = { lower, least };
      below.set(`${key}:${r}`, found);
    }
    return found;
  };
  for (const list of lists) {
    const first = list.items[0];
    if (hs[first].value !== 1) continue;
    // The first list of the group with an item of a lower level before this one's first (never this one: its
    // items all come after its first); its first such item.
    const { lower, least } = lowerIn(groupOf(list), rank(first));
    const k = firstBelow(least, first);
    if (k < 0) continue;
    const item = lower[k];
    ctx.report({
      message: `上级编号“${hs[first].label}”出现在同一标题下的下级编号“${hs[item].label}”之后 (a higher level label follows a lower level one under the same heading)`,
      range: hs[first].labelRange,
      related: [{ range: hs[item].labelRange, message: `下级编号“${hs[item].label}” (the lower level label before it)` }],
    });
  }
}

/** The first position where a non-increasing run falls below `value`, or -1. */
function firstBelow(run: readonly number[], value: number): number {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run[mid] < value) hi = mid;
    else lo = mid + 1;
  }
  return lo < run.length ? lo : -1;
}
