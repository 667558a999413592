// A figure compared with another and the difference stated: 调整后可报销7680元，比调整前的7125元增加555元;
// 2025年为120亿元，比2024年的100亿元增加20亿元; 较调整前的7125元; 比上年同期（1.62万户）增加0.28万户; 与上年的3120件相比，
// 下降250件. The first figure stands right before 比, 较 or 与…相比 (a comma between at most), the second right before the verb (增加, 提高, 增长, 多 /
// 减少, 降低, 下降, 少, 节约: see respective-comparisons), or before the bracket it stands in, the difference right after
// it (an amount, not a rate), all three in one measure, each in 万 or 亿 or not (4.86万元 … 4.62万元 … 2400元). Figures in
// 万 or 亿 may be rounded: only a difference no figures they could round from give is reported.
// Comparisons stated with 分别 are read pair by pair (see respective-comparisons).
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { FIGURE, figureOf } from './completion-rates';
import { IS_LESS, LESS_VERBS, MORE, respectiveComparisons, type Compared } from './respective-comparisons';

// (The words between 比 and the second figure are any but a clause's end, 40 at most: 比调整前的（10000－500）×75%＝7125元.
// A bracket closing after the second figure, group 7, must open before it, past 比: 比上年同期（1.62万户）, 比上年（同期为1.62万户）.)
const COMPARED = new RegExp(
  `${FIGURE}[ \\t]*[，,]?[ \\t]*[比较][^，,。；;\\n]{0,40}?${FIGURE}[ \\t]*([）)][ \\t]*)?(${MORE}|${LESS_VERBS})了?[ \\t]*${FIGURE}(?![0-9.]|[ \\t]*(?:[%％]|个?百分点))`,
  'dg',
);
/**
 * The same said with 与…相比 (2860件，与上年的3120件相比，下降250件; 同…相比): the groups as COMPARED's, an empty one for
 * its bracket.
 */
const COMPARED_WITH = new RegExp(
  `${FIGURE}[ \\t]*[，,]?[ \\t]*[与同][^，,。；;\\n]{0,40}?${FIGURE}[ \\t]*相比(?:较)?[ \\t]*[，,]?[ \\t]*()(${MORE}|${LESS_VERBS})了?[ \\t]*${FIGURE}(?![0-9.]|[ \\t]*(?:[%％]|个?百分点))`,
  'dg',
);
/** A bracket open at the end of a text (none closes after the last that opens). */
const OPEN = /[（(][^（）()]*$/;
/** A figure in a list joined by 、: the mark right before it, or right after the figure a match ends with and another figure. */
const LISTED_BEFORE = /、[ \t]*$/;
const LISTED_AFTER = /^[ \t]*、[ \t]*[0-9]/;

export function checkComparisons(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!/[比较]/.test(text) || isTableRow(text)) continue;
    for (const m of [...text.matchAll(COMPARED), ...(text.includes('相比') ? text.matchAll(COMPARED_WITH) : [])]) {
      // Each figure's three groups (digits, 万 or 亿, measure) start at 1, 4 and 9; the verb is group 8.
      const [x, y, z] = [1, 4, 9].map((k) => figureOf(text, m, 0, k));
      if (m[7] && !OPEN.test(text.slice(m.index!, y.at))) continue;
      // Lists compared with 、 (…28650元，比上年的49870元、26920元增加2490元、1730元): each figure has its own, not
      // the one next to it (with 分别, read pair by pair below).
      if (LISTED_BEFORE.test(text.slice(Math.max(0, y.at - 4), y.at)) || LISTED_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
      const printed = (k: number) => `${m[k]}${m[k + 1] ?? ''}${m[k + 2]}`;
      checkDifference(ctx, p, { x, y, z, less: IS_LESS.test(m[8]), printed: [printed(1), printed(4), printed(9)] });
    }
    for (const c of respectiveComparisons(text)) checkDifference(ctx, p, c);
  }
}

function checkDifference(ctx: RuleContext, p: Paragraph, { x, y, z, less, printed }: Compared): void {
  // Values are compared in units, whatever 万 or 亿 each is written with (4.62万元 and 2400元 are both in 元).
  if (x.measure !== y.measure || y.measure !== z.measure || x.rough || y.rough) return;
  const difference = less ? y.value - x.value : x.value - y.value;
  if (Math.abs(difference - z.value) <= x.slack + y.slack + z.slack + 1e-9) return;
  // Shown as the difference is written: in its 万 or 亿, to its decimals (or the figures' where all share its 万 or 亿).
  const alike = x.scale === z.scale && y.scale === z.scale;
  const shown = (difference / z.scale).toFixed(alike ? Math.max(x.decimals, y.decimals, z.decimals) : z.decimals);
  ctx.report({
    message: `${printed[0]}与${printed[1]}相差${shown}${z.unit}，不是${printed[2]} (the difference of the two figures is ${shown}, not ${printed[2].slice(0, z.end - z.at)})`,
    range: sourceRange(p, z.at, z.end),
  });
}
