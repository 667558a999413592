// Figures listed with 、 and then added up after a comma: 共承办市人大代表建议268件、市政协提案315件，共计583件;
// 新建学校3所、改扩建学校5所，共8所. Every item of the clause run before the total is a figure in the total's measure
// ending its item (words may come before the first), two at least, and none of them rough; the clause holds no 其中
// (a breakdown of another whole). Figures in 万 or 亿 may be rounded: only a sum no figures they could round from give
// is reported.
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
      const sum = items.reduce((s, f) => s + f.value, 0);
      const slack = items.reduce((s, f) => s + f.slack, 0) + total.slack + 1e-9;
      if (Math.abs(sum - total.value) <= slack) continue;
      const scale = total.unit.startsWith('亿') ? 1e8 : total.unit.startsWith('万') ? 1e4 : 1;
      const decimals = Math.max(...[total, ...items].map((f) => (text.slice(f.at, f.end).split('.')[1] ?? '').length));
      const shown = (sum / scale).toFixed(decimals);
      const printed = text.slice(total.at, total.end);
      ctx.report({
        message: `称共${printed}${total.unit}，前列各项之和为${shown}${total.unit} (the figures listed before it add up to ${shown}, not ${printed})`,
        range: sourceRange(p, total.at, total.end),
      });
    }
  }
}
