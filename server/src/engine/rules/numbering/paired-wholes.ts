// numbering/totals: a whole given in two measures and its 其中 parts each in the same two (组建抢险队伍28个、1260人，其中市级
// 队伍6个、420人，县级队伍22个、850人): each measure's parts add up to its whole. Read only where the parts cannot overlap
// (levels, places, grades: see breakdown) or make the whole (a complete classification), as a one-measure 其中 is; each
// figure exact, or rounded to its printed decimals.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { areExclusivePlaces, isCompleteClassification } from './breakdown-wholes';
import { decimalsOf, scaled, unscaled } from './decimals';
import { areGrades } from './grades';

const NUMBER = '[0-9]{1,7}(?:\\.[0-9]{1,4})?';
const UNIT = '万人次|人次|万人|人|个|项|件|家|所|名|支|处|座|户|万户|辆|台|套|张|万元|亿元|元|公顷|亩|万亩|平方米|万平方米|公里|吨|万吨';
/** What the second measure counts, named before its figure (学校120所、在校生8.5万人). */
const NAMED = '[\\u4e00-\\u9fff]{1,6}?[ \\t]*';
/** The whole in two measures, then its 其中 after a comma. */
const WHOLE = new RegExp(`(?<![0-9.．第每])(${NUMBER})[ \\t]*(${UNIT})[ \\t]*、[ \\t]*(?:${NAMED})?(${NUMBER})[ \\t]*(${UNIT})[ \\t]*[，,][ \\t]*其中[，,：:]?[ \\t]*`, 'g');
/** A part: its name and its two figures in the whole's measures. */
const PART = new RegExp(`^((?:[^0-9，,。；;、：:（()）]|[（(][^（()）]{0,12}[)）]){1,20}?)[ \\t]*(${NUMBER})[ \\t]*(${UNIT})[ \\t]*、[ \\t]*(?:${NAMED})?(${NUMBER})[ \\t]*(${UNIT})$`);

export function checkPairedWholes(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!text.includes('其中') || isTableRow(text)) continue;
    for (const m of text.matchAll(WHOLE)) {
      const units = [m[2], m[4]];
      if (units[0] === units[1]) continue;
      const from = m.index! + m[0].length;
      const end = from + text.slice(from, from + 300).search(/[。]|$/);
      const parts = text.slice(from, end).split(/[，,；;]/).map((c) => PART.exec(c.trim()));
      if (parts.length < 2 || parts.some((x) => !x || x[3] !== units[0] || x[5] !== units[1])) continue;
      // Brackets read over (县（市、区）级队伍 is a 县级 one).
      const names = parts.map((x) => x![1].replace(/[（(][^（()）]*[)）]/g, ''));
      const exhaustive = isCompleteClassification(names);
      if (!exhaustive && !areExclusivePlaces(names) && !areGrades(names)) continue;
      [1, 3].forEach((k, i) => {
        const figures = [m[k], ...parts.map((x) => x![k + 1])];
        const scale = Math.max(...figures.map(decimalsOf));
        const whole = scaled(m[k], scale);
        const sum = parts.reduce((s, x) => s + scaled(x![k + 1], scale), 0);
        // Each figure with decimals may be off by half its last place.
        const slack = figures.reduce((s, f) => s + (decimalsOf(f) > 0 ? 0.5 * 10 ** (scale - decimalsOf(f)) : 0), 0);
        if (Math.abs(sum - whole) <= slack || (sum < whole && !exhaustive)) return;
        const at = m.index! + m[0].indexOf(m[k], k === 3 ? m[1].length + m[2].length : 0);
        const written = unscaled(sum, scale);
        ctx.report({
          message: `称${m[k]}${units[i]}，“其中”所列各项之和为${written}${units[i]} (the parts listed add up to ${written}, not ${m[k]})`,
          range: sourceRange(p, at, at + m[k].length + units[i].length),
        });
      });
    }
  }
}
