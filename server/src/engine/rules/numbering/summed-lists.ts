// A list of counts closed by its sum (县级河湖长86名、乡级河湖长412名、村级河湖长1560名，合计2058名): the 合计 adds up the
// counts the list names, each in a clause of its own between 、, in the sum's unit. Figures with decimals may each be
// rounded to their last decimal: a sum is reported only past what that rounding allows.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import { allMatches } from '../shared/scan';
import type { RuleContext } from '../types';
import { decimalsOf, scaled, unscaled } from './decimals';
import { sameUnit } from './breakdown';

const UNIT = '万平方米|平方米|平方公里|公顷|万亩|亩|公里|亿元|万元|元|万吨|吨|个|项|件|家|所|名|人次|人|条|处|座|户|批|类|辆|台|套|间';
const NUMBER = '[0-9]{1,9}(?:\\.[0-9]{1,6})?';
/** The sum after the list's comma: ，合计2058名, ，共计3.58亿元, ，总计为120个. */
const SUM = new RegExp(`[，,][ \\t]*(?:合计|共计|总计)(?:为|达)?[ \\t]*(${NUMBER})[ \\t]*(${UNIT})(?![0-9%％])`, 'g');
const COUNT = new RegExp(`(?<![0-9.．第每前])(${NUMBER})[ \\t]*(${UNIT})`, 'g');
/** A count given roughly, or a rate or ordinal near it: the list is not one of plain counts. */
const ROUGH = /以上|以下|超过|不少于|不足|左右|约|近(?=[ \t]*[0-9])|余|多|[%％]|其中|分别|增长|增加|减少|下降/;

export function checkSummedLists(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (isTableRow(p.text) || !/合计|共计|总计/.test(p.text)) continue;
    for (const m of allMatches(p.text, SUM)) {
      // The list: the clauses in 、 back to the mark before it (a list holds no comma of its own).
      let start = m.index!;
      while (start > 0 && !/[，,。；;：:\n]/.test(p.text[start - 1])) start--;
      const items = p.text.slice(start, m.index!).split('、');
      if (items.length < 2) continue;
      const counts = items.map((item) => allMatches(item, COUNT));
      if (counts.some((c) => c.length !== 1 || !sameUnit(c[0][2], m[2])) || items.some((item) => ROUGH.test(item))) continue;
      const figures = counts.map((c) => c[0][1]);
      const scale = Math.max(decimalsOf(m[1]), ...figures.map(decimalsOf));
      const sum = figures.reduce((s, f) => s + scaled(f, scale), 0);
      // Each figure may be rounded to its last decimal: up to half a last decimal each, the sum's included.
      const slack = scale === 0 ? 0 : (figures.length + 1) / 2;
      if (Math.abs(sum - scaled(m[1], scale)) <= slack) continue;
      const written = unscaled(sum, scale);
      const at = m.index! + m[0].indexOf(m[1]);
      ctx.report({
        message: `称合计${m[1]}${m[2]}，所列${items.length}项之和为${written}${m[2]} (the ${items.length} figures listed add up to ${written}, not ${m[1]})`,
        range: sourceRange(p, at, at + m[1].length + m[2].length),
      });
    }
  }
}
