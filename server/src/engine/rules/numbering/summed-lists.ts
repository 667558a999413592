// A list of counts closed by its sum (县级河湖长86名、乡级河湖长412名、村级河湖长1560名，合计2058名): the 合计 adds up the
// counts the list names, each in a clause of its own between 、, in the sum's unit. Figures with decimals may each be
// rounded to their last decimal: a sum is reported only past what that rounding allows.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { chineseToInt, isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import { allMatches } from '../shared/scan';
import type { RuleContext } from '../types';
import { decimalsOf, scaled, unscaled } from './decimals';
import { sameUnit } from './breakdown';

const UNIT = '万平方米|平方米|平方公里|公顷|万亩|亩|公里|亿元|万元|元|万吨|吨|个|项|件|家|所|名|人次|人|条|处|座|户|批|类|辆|台|套|间';
const NUMBER = '[0-9]{1,9}(?:\\.[0-9]{1,6})?';
/** Words before the sum naming the whole list (以上合计, 三年合计, 全年共计); not a part of it (市县两级合计). */
const WHOLE_LIST = '以上|上述|全年|各项|[两二三四五六七八九十]{1,2}(?:年|项|类)';
/** Units in ten thousands of another (5200万元 within 1.1亿元): figures in either are read in the sum's. */
const POWERS: Record<string, [string, number]> = { 元: ['元', 0], 万元: ['元', 4], 亿元: ['元', 8], 吨: ['吨', 0], 万吨: ['吨', 4], 亩: ['亩', 0], 万亩: ['亩', 4], 平方米: ['平方米', 0], 万平方米: ['平方米', 4] };
/** The sum after the list's comma: ，合计2058名, ，共计3.58亿元, ，总计为120个. */
const SUM = new RegExp(`[，,][ \\t]*(${WHOLE_LIST})?(?:合计|共计|总计)(?:为|达)?[ \\t]*(${NUMBER})[ \\t]*(${UNIT})(?![0-9%％])`, 'g');
const COUNT = new RegExp(`(?<![0-9.．第每前])(${NUMBER})[ \\t]*(${UNIT})`, 'g');
/** A figure in UNIT read in TARGET (5200万元 as 0.52亿元); undefined where the two measure different things. */
function inUnitOf(figure: string, unit: string, target: string): string | undefined {
  if (sameUnit(unit, target)) return figure;
  const [from, to] = [POWERS[unit], POWERS[target]];
  return from && to && from[0] === to[0] ? shifted(figure, from[1] - to[1]) : undefined;
}

/** A figure with its decimal point moved PLACES to the right (5200, -4 → 0.52; 1.2, 4 → 12000). */
function shifted(figure: string, places: number): string {
  const [whole, fraction = ''] = figure.split('.');
  let digits = whole + fraction;
  let point = whole.length + places;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  const head = digits.slice(0, point).replace(/^0+(?=[0-9])/, '');
  const tail = digits.slice(point).replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

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
      const [, named, total, unit] = m;
      // 三年合计 over three clauses; 以上合计 over any.
      const told = named && /[两二三四五六七八九十]/.test(named) ? chineseToInt(named.slice(0, -1)) : undefined;
      if (told !== undefined && told !== items.length) continue;
      const counts = items.map((item) => allMatches(item, COUNT));
      if (counts.some((c) => c.length !== 1) || items.some((item) => ROUGH.test(item))) continue;
      const figures = counts.map(([c]) => ({ written: c[1], read: inUnitOf(c[1], c[2], unit) }));
      if (figures.some((f) => f.read === undefined)) continue;
      const scale = Math.max(decimalsOf(total), ...figures.map((f) => decimalsOf(f.read!)));
      const sum = figures.reduce((s, f) => s + scaled(f.read!, scale), 0);
      // Each figure may be rounded to its last decimal: up to half a last decimal each, the sum's included. Read in
      // another unit (5200万元 in 亿元), a figure written whole is exact, and each rounds to its own last decimal.
      const converted = figures.some((f) => f.read !== f.written);
      const slack = !converted
        ? (scale === 0 ? 0 : (figures.length + 1) / 2)
        : [{ written: total, read: total }, ...figures]
            .filter((f) => decimalsOf(f.written) > 0)
            .reduce((s, f) => s + 10 ** (scale - decimalsOf(f.read!)) / 2, 0);
      if (Math.abs(sum - scaled(total, scale)) <= slack) continue;
      const written = unscaled(sum, scale);
      const at = m.index! + m[0].lastIndexOf(total);
      ctx.report({
        message: `称合计${total}${unit}，所列${items.length}项之和为${written}${unit} (the ${items.length} figures listed add up to ${written}, not ${total})`,
        range: sourceRange(p, at, at + total.length + unit.length),
      });
    }
  }
}
