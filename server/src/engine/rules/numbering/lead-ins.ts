// "重点抓好以下五个方面工作：", "…名录（共6项）：", "年初确定的十件民生实事全部完成：": a count a paragraph's closing
// colon announces, against the list right under it.
import type { GazetteDocument } from '../../model';
import { numeralValue, writtenLike } from '../../parse/text';
import { onlyBreaksBetween, paragraphsIn } from '../shared/locate';
import { sourceRange } from '../../parse/paragraphs';
import type { RuleContext } from '../types';
import { headingTree, type SiblingList } from './lists';

/** A line that announces the list under it: 重点抓好以下五个方面工作：, 包括下列3类：, 同意命名以下5个历史文化街区： */
const LEAD_IN = /(?:以下|如下|下列)[ \t]*([一两二三四五六七八九十]{1,3}|\d{1,2})[ \t]*(个方面|方面|个阶段|阶段|部分|项|点|条|类|个|处|家|所|件|种|批)[^。；;，,：:\n]{0,20}[：:][ \t]*$/;

/** What an announcement says (one pass, not one search for each word). */
const LEAD_WORD = /以下|如下|下列/;

/**
 * 年初确定的十件民生实事全部完成：, 重点抓好4个方面工作：: a count and what it counts in the clause a colon closes, with
 * no 以下. Not a part of a bigger number (120个, 二十件 read whole), an ordinal or a rate (第3项, 每5个), a rough
 * figure (10余项, 5个以上), nor a quantity in a unit of measure (3万人, 2025年, 三年行动), which no measure word here counts.
 */
const BARE_LEAD_IN = /(?<![0-9０-９.．一两二三四五六七八九十百千万第每前近约超逾])([一两二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[ \t]*(个方面|方面|件|项|条|类|种|批|个|家|所)(?![余多以左])[^0-9０-９：:]{1,20}[：:][ \t]*$/;

/** Whether a text ends in a colon, spaces aside (read from its end, not searched for from its start). */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '：' || text[i] === ':';
}

/** "现公布…名录（共6项）：": a count in brackets closing a lead-in, right before its colon. */
const BRACKET_LEAD_IN = /[(（][ \t]*共[ \t]*([0-9０-９]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(项|个|件|名|家|所|条)[ \t]*[)）][ \t]*[：:][ \t]*$/;

/**
 * A clause that says all the things counted before it were done: 全部完成：, 均已落实：, 已全部建成：. Not one that
 * says some were (已完成五件：, 已基本完成：, 已完成的有：): the list under it is those only.
 */
const ALL_OF_THEM = /^[ \t]*(?:已经|已)?(?:全部|均|都|悉数)[^，,。；;：:、0-9０-９一二两三四五六七八九十百]{0,6}[：:][ \t]*$/;

/** Where the clause ending at `end` starts: after the last sentence or clause mark before it. */
function clauseStart(text: string, end: number): number {
  return Math.max(...['。', '；', ';', '，', ',', '！', '？'].map((c) => (end > 0 ? text.lastIndexOf(c, end - 1) : -1))) + 1;
}

/**
 * The count a paragraph's closing colon announces: 以下五个方面：, …名录（共6项）：, or a count alone in the clause the
 * colon closes.
 */
function announcedCount(text: string): { numeral: string; measure: string; at: number; word: string } | undefined {
  const lead = LEAD_WORD.test(text);
  const m = lead ? LEAD_IN.exec(text) : BRACKET_LEAD_IN.exec(text);
  if (m) return { numeral: m[1], measure: m[2], at: m.index + m[0].indexOf(m[1], m[0].search(/以下|如下|下列|共/) + 1), word: lead ? '以下' : '共' };
  // The clause the colon closes; with another lead word in it (开展了以下工作) or a second count, the count is not the list's.
  let from = clauseStart(text, text.length);
  // A clause saying all of them were done (确定了五件民生实事，全部完成：) speaks of the count in the clause before.
  if (from > 0 && ALL_OF_THEM.test(text.slice(from))) from = clauseStart(text, from - 1);
  const clause = text.slice(from);
  const bare = LEAD_WORD.test(clause) ? null : BARE_LEAD_IN.exec(clause);
  if (!bare || /[0-9０-９]/.test(clause.slice(0, bare.index)) || numeralValue(bare[1]) < 2) return undefined;
  return { numeral: bare[1], measure: bare[2], at: from + bare.index, word: '' };
}

/**
 * "以下五个方面：", "…名录（共6项）：" (or a count alone before the colon, 年初确定的十件民生实事全部完成：) on a line of
 * its own or closing a paragraph, the list's first item on the next line: its items.
 */
export function checkLeadIns(ctx: RuleContext, doc: GazetteDocument): void {
  const hs = doc.headings;
  if (hs.length < 2) return;
  // The heading after each announcement, found by moving on (paragraphs come in order), and the list each heading opens.
  let next = 0;
  let listFrom: Map<number, SiblingList> | undefined;
  // Paragraphs, not lines: a hard wrap may break the announcement (重点抓好以下九个 / 方面工作：).
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!endsWithColon(p.text)) continue;
    const m = announcedCount(p.text);
    if (!m) continue;
    const end = p.range.end;
    while (next < hs.length && hs[next].range.start < end) next++;
    if (next === hs.length) break;
    // Nothing but blank lines or a page's footer between the announcement and the list.
    if (!onlyBreaksBetween(ctx.text, end, hs[next].range.start)) continue;
    listFrom ??= new Map(headingTree(ctx.issue, doc).lists.map((l) => [l.items[0], l]));
    const list = listFrom.get(next);
    const value = numeralValue(m.numeral);
    if (!list || list.segment || value === list.items.length) continue;
    const measureEnd = p.text.indexOf(m.measure, m.at + m.numeral.length) + m.measure.length;
    const range = sourceRange(p, m.at, measureEnd);
    const digits = sourceRange(p, m.at, m.at + m.numeral.length);
    const actual = list.items.length;
    const items = list.items.map((i) => hs[i]);
    const measure = m.measure.length === 1 ? m.measure : `个${m.measure.replace(/^个/, '')}`;
    // Before a measure word two is 两 (两个方面, 两项), not 二.
    ctx.report({
      message: `称${m.word}${m.numeral}${m.measure}，其下实际列出${actual}${measure} (announces ${value} items, ${actual} follow)`,
      range,
      related: [{ range: { start: items[0].range.start, end: items.at(-1)!.range.end }, message: '所计条目 (the items counted)' }],
      suggestions: [{ title: `改为${actual} (use ${actual})`, edits: [{ range: digits, text: writtenLike(m.numeral, actual) }] }],
    });
  }
}
