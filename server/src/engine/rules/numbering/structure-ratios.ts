// numbering/totals: a structure given as shares in percent (三次产业结构为7.5∶40.0∶52.5) adds up to 100, each term
// rounded to its printed decimals. Only three terms or more, each with a decimal, in a clause naming a 结构 (构成,
// 三次产业比例), whose sum is
// near 100: a ratio (城乡居民收入比为1.81∶1) or shares of another whole are no such structure.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { halfWidthDigits, isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { decimalsOf } from './decimals';

const TERM = '[0-9０-９]{1,2}[.．][0-9０-９]{1,2}';
/** A structure named: 结构, 构成, or the three sectors' 比例 (三次产业比例). */
const NAMED = /结构|构成|三次产业比例/;
const STRUCTURE = new RegExp(`(?<![0-9０-９.．])(${TERM}(?:[ \\t]*[∶:：][ \\t]*${TERM}){2,})(?![0-9０-９.．])`, 'dg');

export function checkStructureRatios(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (isTableRow(p.text) || !NAMED.test(p.text)) continue;
    for (const m of p.text.matchAll(STRUCTURE)) {
      // The structure named in the clause before the terms (结构为…, 结构由上年的…调整为…, 三次产业比例调整为…); not shares of
      // parts named in another clause (投资结构持续优化，工业投资、…占比为…: the parts may be some of the whole).
      const before = p.text.slice(0, m.index);
      if (!NAMED.test(before.slice(Math.max(...['。', '；', ';', '，', ','].map((c) => before.lastIndexOf(c))) + 1))) continue;
      const terms = halfWidthDigits(m[1]).replace(/．/g, '.').split(/[ \t]*[∶:：][ \t]*/);
      const decimals = Math.max(...terms.map(decimalsOf));
      const sum = terms.reduce((s, t) => s + Number(t), 0);
      // Each term may be off by half its last unit; the terms of a structure add up to 100 within that.
      const slack = terms.length * 0.5 * 10 ** -decimals + 1e-9;
      if (Math.abs(sum - 100) <= slack || Math.abs(sum - 100) > 10) continue;
      const [start, end] = m.indices![1];
      const total = sum.toFixed(decimals);
      ctx.report({
        message: `结构${m[1]}各项之和为${total}，不是100 (the shares of the structure add up to ${total}, not 100)`,
        range: sourceRange(p, start, end),
      });
    }
  }
}
