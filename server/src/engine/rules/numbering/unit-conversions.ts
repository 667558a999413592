// numbering/totals: an area given in a second unit (38.6520公顷（折合579.78亩）, 12.5亩（约合0.83公顷）, 2.1平方公里（合3150亩）,
// 3.0152公顷（45.23亩）: a bracket holding the area alone)
// is the first converted: 1公顷 = 15亩, 1平方公里 = 100公顷 = 1500亩, 1亩 = 666.67平方米. Each figure may be rounded to its
// printed decimals; one written with 约 (约合, 折合约) to about 1% as well.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { halfWidthDigits, isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { decimalsOf } from './decimals';

/** Square metres in each unit of area. */
const SQUARE_METRES: Record<string, number> = { 平方公里: 1e6, 平方千米: 1e6, 公顷: 1e4, 亩: 1e4 / 15, 平方米: 1 };
const UNIT = '(万)?(平方公里|平方千米|公顷|亩|平方米)';
const NUMBER = '([0-9０-９]+(?:[.．][0-9０-９]+)?)';
/** A figure and its unit, then 折合, 约合, 合 or 即 and the same area in another unit, in brackets or after a comma. */
const CONVERSION = new RegExp(
  `(?<![0-9０-９.．])${NUMBER}[ \\t]*${UNIT}[ \\t]*(?:(?:[（(][ \\t]*|[，,][ \\t]*)?(?:折合|约合|合(?!计)|即)|[（(](?=[ \\t]*约?[ \\t]*[0-9０-９][0-9０-９.．]*[ \\t]*万?(?:平方公里|平方千米|公顷|亩|平方米)[ \\t]*[)）]))[ \\t]*(约)?[ \\t]*${NUMBER}[ \\t]*${UNIT}`,
  'dg',
);
/** A text that names an area at all: most paragraphs do not. */
const AREA = /公顷|亩|平方/;
/** How close a figure written with 约 must be: a share of its value. */
const ROUGHLY = 0.01;

export function checkUnitConversions(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!AREA.test(text) || isTableRow(text)) continue;
    for (const m of text.matchAll(CONVERSION)) {
      const [, fromText, fromWan, fromUnit, rough, toText, toWan, toUnit] = m;
      if (fromUnit === toUnit) continue;
      const [fromFigure, toFigure] = [fromText, toText].map((t) => halfWidthDigits(t).replace('．', '.'));
      const from = Number(fromFigure) * (fromWan ? 1e4 : 1);
      const to = Number(toFigure) * (toWan ? 1e4 : 1);
      const factor = SQUARE_METRES[fromUnit] / SQUARE_METRES[toUnit];
      const expected = from * factor;
      // Half a unit of each figure's last printed place (the first's carried over by the factor).
      const toPlaces = decimalsOf(toFigure);
      const slack = 0.5 * 10 ** -toPlaces * (toWan ? 1e4 : 1) + 0.5 * 10 ** -decimalsOf(fromFigure) * (fromWan ? 1e4 : 1) * factor;
      const allowed = (rough || m[0].includes('约') ? Math.max(slack, ROUGHLY * expected) : slack) + 1e-9;
      if (Math.abs(expected - to) <= allowed) continue;
      const [start, end] = m.indices![5];
      const unitEnd = m.indices![7][1];
      const right = (expected / (toWan ? 1e4 : 1)).toFixed(toPlaces);
      const range = sourceRange(p, start, end);
      ctx.report({
        message: `${fromText}${fromWan ?? ''}${fromUnit}折合${right}${toWan ?? ''}${toUnit}，不是${toText}${toWan ?? ''}${toUnit}（1${fromUnit}=${unitFactor(fromUnit, toUnit)}${toUnit}） (${english(fromText, fromWan, fromUnit)} is ${english(right, toWan, toUnit)}, not ${toText})`,
        range: sourceRange(p, start, unitEnd),
        suggestions: [{ title: `改为${right} (use ${right})`, edits: [{ range, text: right }] }],
      });
    }
  }
}

const ENGLISH: Record<string, string> = { 平方公里: 'km²', 平方千米: 'km²', 公顷: 'ha', 亩: 'mu', 平方米: 'm²' };

function english(figure: string, wan: string | undefined, unit: string): string {
  return `${figure}${wan ? '×10⁴' : ''} ${ENGLISH[unit]}`;
}

/** The factor as people write it: 15, 0.0667, 1500, 666.67. */
function unitFactor(from: string, to: string): string {
  const f = SQUARE_METRES[from] / SQUARE_METRES[to];
  return f >= 1 ? String(Number(f.toFixed(2))) : String(Number(f.toPrecision(3)));
}
