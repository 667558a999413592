// numbering/totals: a count closing a run of cited titles (废止《某市城市房屋拆迁管理办法》（某市人民政府令第12号）、《某市农贸
// 市场管理办法》（某市人民政府令第19号）2件规章) against the titles: as many, or with 等 after them at least as many.
// Only a run the count closes right after the last title (its bracketed number between), in 件, 部, 个 or 项.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow, numeralValue } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';

/** One title and the number or note in brackets after it. */
const TITLE = '《[^《》]{2,80}》(?:[(（][^()（）]{1,40}[)）])?';
/** What the titles are: the count names it (2件规章, 3个规范性文件), not something they hold (5项要求). */
const KIND = '(?:市政府|政府|地方性|地方)?(?:规章|(?:行政)?规范性文件|政策性文件|政策文件|文件|法规|法律|办法|规定|标准|制度)';
/** A run of titles, set apart by 、 (or nothing), the last perhaps after 和, 及 or 与; then the count and what they are. */
const RUN = new RegExp(`(${TITLE}(?:[ \\t]*(?:、|和|及|与|以及)?[ \\t]*${TITLE})+)[ \\t]*(等)?[ \\t]*([0-9]{1,3}|[一两二三四五六七八九十]{1,3})[ \\t]*(件|部|个|项)(?=${KIND})`, 'dg');
const ONE_TITLE = /《[^《》]{2,80}》/g;

export function checkCitedCounts(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (isTableRow(p.text) || !p.text.includes('》')) continue;
    for (const m of p.text.matchAll(RUN)) {
      const titles = m[1].match(ONE_TITLE)!.length;
      const value = numeralValue(m[3]);
      if (!Number.isFinite(value) || value === titles || (m[2] && value > titles)) continue;
      const [start, end] = m.indices![3];
      ctx.report({
        message: `称${m[2] ?? ''}${m[3]}${m[4]}，所列名称为${titles}${m[4]} (counts ${value}, ${titles} titles are listed)`,
        range: sourceRange(p, start, end + m[4].length),
        related: [{ range: sourceRange(p, m.indices![1][0], m.indices![1][1]), message: '所列名称 (the titles listed)' }],
      });
    }
  }
}
