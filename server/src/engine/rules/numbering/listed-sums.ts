// Figures listed with 、 and then added up after a comma: 共承办市人大代表建议268件、市政协提案315件，共计583件;
// 县级河湖长86名、乡级河湖长412名、村级河湖长1560名，合计2058名; 新建学校3所、改扩建学校5所，共8所. Every item of the clause
// run before the total is a figure in the total's measure ending its item (words may come before the first), two at
// least, and none of them rough; the clause holds no 其中 (a breakdown of another whole). Each figure may be rounded to
// its last printed decimal (1.234亿元、2.345亿元，合计3.58亿元; figures in 万 or 亿 are): only a sum no figures they
// could round from give is reported.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { FIGURE, type Figure, figureOf } from './completion-rates';

const TOTAL = new RegExp(`[，,][ \\t]*(?:共计|合计|总计|共)[ \\t]*(?:为|有)?[ \\t]*${FIGURE}`, 'dg');
const ITEM = new RegExp(`${FIGURE}[ \\t]*$`, 'd');
/** How far back the items are looked for. */
const REACH = 200;

export function checkListedSums(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!text.includes('、') || !/[，,][ \t]*(?:共|合计|总计)/.test(text) || isTableRow(text)) continue;
    for (const m of text.matchAll(TOTAL)) {
      const total = figureOf(text, m, 0);
      if (total.rough) continue;
      const at = m.index!;
      const window = text.slice(Math.max(0, at - REACH), at);
      const from = Math.max(0, at - REACH) + Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((c) => window.lastIndexOf(c))) + 1;
      const clause = text.slice(from, at);
      if (clause.includes('其中') || !clause.includes('、')) continue;
      const items: Figure[] = [];
      let offset = from;
      for (const piece of clause.split('、')) {
        const f = ITEM.exec(piece);
        if (!f) break;
        const item = figureOf(text, f, offset);
        if (item.rough || item.unit !== total.unit) break;
        items.push(item);
        offset += piece.length + 1;
      }
      if (items.length < 2 || items.length !== clause.split('、').length) continue;
      const all = [total, ...items];
      const decimals = all.map((f) => (text.slice(f.at, f.end).split('.')[1] ?? '').length);
      const sum = items.reduce((s, f) => s + f.value, 0);
      const slack = all.reduce((s, f, k) => s + roundedBy(f, decimals[k]), 0) + 1e-9;
      if (Math.abs(sum - total.value) <= slack) continue;
      const scale = total.unit.startsWith('亿') ? 1e8 : total.unit.startsWith('万') ? 1e4 : 1;
      const shown = (sum / scale).toFixed(Math.max(...decimals));
      const printed = text.slice(total.at, total.end);
      // The word and the measure as written (合计…名, not the 人 it is compared as).
      const word = /共计|合计|总计|共/.exec(m[0])![0];
      const unit = `${m[2] ?? ''}${m[3]}`;
      ctx.report({
        message: `称${word}${printed}${unit}，所列${items.length}项之和为${shown}${unit} (the ${items.length} figures listed add up to ${shown}, not ${printed})`,
        range: sourceRange(p, total.at, total.end),
      });
    }
  }
}

/** How far a figure may be from what it stands for: half its last printed decimal (in 万 or 亿, of that scale); a whole count, exact. */
function roundedBy(f: Figure, decimals: number): number {
  return f.slack > 0 ? f.slack : decimals > 0 ? 0.5 * 10 ** -decimals : 0;
}
