// numbering/totals: a count closing a run of cited titles (废止《某市城市房屋拆迁管理办法》（某市人民政府令第12号）、《某市农贸
// 市场管理办法》（某市人民政府令第19号）2件规章) against the titles: as many, or with 等 after them at least as many.
// A run the count closes right after the last title (its bracketed number between, 共 perhaps), in 件, 部, 个 or 项; or
// one a count leads after a colon (废止以下3件规章：《A》…、《B》…。), the run ending its sentence.
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow, numeralValue } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';

/** One title and the number or note in brackets after it. */
const TITLE = '《[^《》]{2,80}》(?:[(（][^()（）]{1,40}[)）])?';
/** What the titles are: the count names it (2件规章, 3个规范性文件), not something they hold (5项要求). */
const KIND = '(?:市政府|政府|地方性|地方)?(?:规章|(?:行政)?规范性文件|政策性文件|政策文件|文件|法规|法律|办法|规定|标准|制度)';
/** A run of titles, set apart by 、 (or nothing), the last perhaps after 和, 及 or 与; then the count and what they are. */
const RUN = new RegExp(`(${TITLE}(?:[ \\t]*(?:、|和|及|与|以及)?[ \\t]*${TITLE})+)[ \\t]*(等)?[ \\t]*(?:共计|合计|共|计)?[ \\t]*([0-9]{1,3}|[一两二三四五六七八九十]{1,3})[ \\t]*(件|部|个|项)(?=${KIND})`, 'dg');
/** A count leading the titles after a colon (废止以下3件规章：《A》、《B》。): the run then ends its sentence. */
const LEAD = new RegExp(`(?:以下|下列)[ \\t]*()([0-9]{1,3}|[一两二三四五六七八九十]{1,3})[ \\t]*(件|部|个|项)(?=${KIND})[^：:。；;《]{0,12}[：:][ \\t]*(${TITLE}(?:[ \\t]*(?:、|和|及|与|以及)?[ \\t]*${TITLE})*)[ \\t]*(?=[。；;]|$)`, 'dg');
const ONE_TITLE = /《[^《》]{2,80}》/g;

export function checkCitedCounts(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (isTableRow(p.text) || !p.text.includes('》')) continue;
    for (const m of p.text.matchAll(RUN)) check(ctx, p, m, 1, m[2], 3, 4);
    if (p.text.includes('以下') || p.text.includes('下列')) for (const m of p.text.matchAll(LEAD)) check(ctx, p, m, 4, undefined, 2, 3);
  }
}

/** Reports a count (group `count`, its measure word group `word`) other than the titles of group `run`. */
function check(ctx: RuleContext, p: Paragraph, m: RegExpMatchArray, run: number, more: string | undefined, count: number, word: number): void {
  const titles = m[run].match(ONE_TITLE)!.length;
  const value = numeralValue(m[count]);
  if (!Number.isFinite(value) || value === titles || (more && value > titles)) return;
  const [start, end] = m.indices![count];
  ctx.report({
    message: `称${more ?? ''}${m[count]}${m[word]}，所列名称为${titles}${m[word]} (counts ${value}, ${titles} titles are listed)`,
    range: sourceRange(p, start, end + m[word].length),
    related: [{ range: sourceRange(p, m.indices![run][0], m.indices![run][1]), message: '所列名称 (the titles listed)' }],
  });
}
