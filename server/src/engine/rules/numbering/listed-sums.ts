// Figures listed with 、 (the last two perhaps joined by 和, 及, 与) and then added up after a comma: 共承办市人大代表建议268件、市政协提案315件，共计583件;
// 县级河湖长86名、乡级河湖长412名、村级河湖长1560名，合计2058名; 新建学校3所、改扩建学校5所，共8所; also under a sum named over
// the whole list (2025年整治286处，三年合计1016处; 以上合计); not a total of those who took part (共有2360人报名).
// Every item of the clause run before the total is a figure in
// the total's measure ending its item (words may come before the first; 5200万元 within 合计1.1亿元), two at least, and
// none of them rough; the clause holds no 其中 (a breakdown of another whole). Each figure may be rounded to its last
// printed decimal (1.234亿元、2.345亿元，合计3.58亿元), one written whole is exact: only a sum no figures they could
// round from give is reported.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { chineseToInt, isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { FIGURE, type Figure, figureOf } from './completion-rates';
import { JOINS } from '../shared/joins';

/**
 * The total after the list's comma, perhaps under words naming the whole list (以上合计, 三年合计, 全年共计; not a part of
 * it: 市县两级合计): group 1 how many the words count (三), group 2 the word for the sum, the figure from group 3 on.
 */
const TOTAL = new RegExp(`[，,][ \\t]*(?:以上|上述|全年|各项)?(?:([两二三四五六七八九十]{1,2})(?:年|项|类))?(共计|合计|总计|共)[ \\t]*(?:为|有)?[ \\t]*${FIGURE}`, 'dg');
const ITEM = new RegExp(`${FIGURE}[ \\t]*$`, 'd');
/** A total that is who did something (共有2360人报名): a count of its own, not the listed places (教师120名、医务人员80名). */
const TAKING_PART = /^[ \t]*(?:报名|参加|参与|参赛|参考|应聘|申报|申请|受益|获益)/;
/** How far back the items are looked for. */
const REACH = 200;

export function checkListedSums(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!/共|合计|总计/.test(text) || !/[、和及与]/.test(text) || isTableRow(text)) continue;
    for (const m of text.matchAll(TOTAL)) {
      const total = figureOf(text, m, 0, 3);
      if (total.rough || TAKING_PART.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
      const at = m.index!;
      const window = text.slice(Math.max(0, at - REACH), at);
      const start = Math.max(0, at - REACH) + Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((c) => window.lastIndexOf(c))) + 1;
      // 城区、乡镇分别有中小学校28所、46所: the figures after 分别, not the names before it.
      const respective = text.lastIndexOf('分别', at);
      const from = respective >= start ? respective + 2 : start;
      const clause = text.slice(from, at);
      if (clause.includes('其中')) continue;
      const pieces = piecesOf(clause, from);
      if (pieces.length < 2) continue;
      // 三年合计 over three clauses only.
      const told = m[1];
      if (told !== undefined && chineseToInt(told) !== pieces.length) continue;
      const items: Figure[] = [];
      for (const piece of pieces) {
        const f = ITEM.exec(piece.text);
        if (!f) break;
        const item = figureOf(text, f, piece.at);
        if (item.rough || item.measure !== total.measure) break;
        items.push(item);
      }
      if (items.length < 2 || items.length !== pieces.length) continue;
      const all = [total, ...items];
      const sum = items.reduce((s, f) => s + f.value, 0);
      const slack = all.reduce((s, f) => s + roundedBy(f), 0) + 1e-9;
      if (Math.abs(sum - total.value) <= slack) continue;
      const printed = text.slice(total.at, total.end);
      const shown = inUnitOf(sum, total);
      // The word and the measure as written (合计…名, not the 人 it is compared as).
      const word = m[2];
      const unit = `${m[4] ?? ''}${m[5]}`;
      ctx.report({
        message: `称${word}${printed}${unit}，所列${items.length}项之和为${shown}${unit} (the ${items.length} figures listed add up to ${shown}, not ${printed})`,
        range: sourceRange(p, total.at, total.end),
      });
    }
  }
}

/**
 * The items of a clause, each with where it starts in the paragraph: split at 、, and at a joining word right after a
 * figure (not the 和 of a name: 住房和城乡建设局3个).
 */
function piecesOf(clause: string, from: number): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = from;
  for (const piece of clause.split('、')) {
    let start = 0;
    for (const j of piece.matchAll(JOINS)) {
      if (j.index! <= start || !ITEM.test(piece.slice(start, j.index))) continue;
      out.push({ text: piece.slice(start, j.index), at: at + start });
      start = j.index! + j[0].length;
    }
    out.push({ text: piece.slice(start), at: at + start });
    at += piece.length + 1;
  }
  return out;
}

/** How far a figure may be from what it stands for: half its last printed decimal; a figure written whole is exact. */
function roundedBy(f: Figure): number {
  return f.decimals > 0 ? 0.5 * 10 ** -f.decimals * f.scale : 0;
}

/** A sum in the total's unit, with the total's decimals at least (1.0亿元, 4.13亿元, 583件). */
function inUnitOf(sum: number, total: Figure): string {
  const exact = Number((sum / total.scale).toFixed(8));
  return exact.toFixed(Math.max(total.decimals, (String(exact).split('.')[1] ?? '').length));
}
