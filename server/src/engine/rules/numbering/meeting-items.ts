// A meeting's count of the matters it settled, said right before them with no 以下 or colon: 市人民政府召开第28次常务会议，
// 研究议定了6项事项。… over 一、–六、, each a matter. Only where those items are all the rest of the document: further items
// or sections after them (an 一、 run again, a title among the matters: 六、其他事项) may be what the count leaves out.
// A count of something else (听取了3个单位的汇报) is none of the matters.
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { numeralValue, writtenLike } from '../../parse/text';
import { onlyBreaksBetween, paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { headingTree } from './lists';

const NUMERAL = '[0-9０-９]{1,2}|[一两二三四五六七八九十]{1,3}';
/**
 * The matters a meeting took up, counted: 议定了7项事项, 研究了以下6项工作, 审议了5个议题, 议定事项共7项. Not part of a
 * bigger number, an ordinal or a rate (第3项, 每5项). (No two runs of spaces can share the same spaces.)
 */
const MATTERS = new RegExp(
  `(?<![0-9０-９.．第每前])(${NUMERAL})[ \\t]*(项|个)[ \\t]*(?:重要|重点)?(事项|议题|工作)|(?:议定事项|议题)[ \\t]*(?:共[ \\t]*)?(${NUMERAL})[ \\t]*(项|个)`,
  'g',
);
/** What a meeting does with its matters, said in the count's sentence (议定了7项事项, 议定事项共7项). */
const TOOK_UP = /研究|议定|审议|讨论|部署/;

export function checkMeetingItemCounts(ctx: RuleContext, doc: GazetteDocument): void {
  const hs = doc.headings;
  if (hs.length < 2) return;
  let next = 0;
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!p.text.includes('项') && !p.text.includes('议题')) continue;
    // Only a paragraph right over a heading can count the items under it: found before the count is looked for.
    while (next < hs.length && hs[next].range.start < p.range.end) next++;
    if (next === hs.length) return;
    if (!onlyBreaksBetween(ctx.text, p.range.end, hs[next].range.start)) continue;
    // The count's sentence says what the meeting did with the matters: a paragraph with no such verb holds none.
    if (!TOOK_UP.test(p.text)) continue;
    const counts = [...p.text.matchAll(MATTERS)].filter((m) => TOOK_UP.test(sentenceBefore(p.text, m.index!) + m[0]));
    // Two counts of matters: which one the items are is not clear.
    if (counts.length !== 1 || otherCountTakenUp(p.text, counts[0])) continue;
    // A count in a lead-in's closing clause (研究议定了以下7项事项：) is numbering/totals' lead-ins' to check.
    if (/[：:][ \t]*$/.test(p.text) && !/[。；;，,]/.test(p.text.slice(counts[0].index!))) continue;
    const { lists, parents } = headingTree(ctx.issue, doc);
    const list = lists.find((l) => l.items[0] === next);
    if (!list || list.parent >= 0 || list.segment || list.apart !== '' || list.items.length < 2) continue;
    // The items are the rest of the document: every later heading is one of them or under one.
    const items = new Set(list.items);
    const within = (i: number): boolean => items.has(i) || (parents[i] >= 0 && within(parents[i]));
    if (!hs.every((_, i) => i <= next || within(i))) continue;
    // A last section of what is asked of those who carry the matters out (七、工作要求) is none of them.
    const matters = REQUIREMENTS.test(hs[list.items.at(-1)!].text.trim()) ? list.items.slice(0, -1) : list.items;
    // Matters said in sentences with a title among them (六、其他事项 over its own items): a section the count may leave out.
    if (matters.length < 2 || new Set(matters.map((i) => /[。；;]/.test(hs[i].text))).size > 1) continue;
    // 议定了8项事项 over 一、二、 holding 1．–8．: the count may be of the items' own items.
    const nested = lists.filter((l) => matters.includes(l.parent) && l.apart === '').reduce((n, l) => n + l.items.length, 0);
    if (numeralValue(counts[0][1] ?? counts[0][4]) === nested) continue;
    report(ctx, p, counts[0], matters.length, { start: hs[next].range.start, end: hs[matters.at(-1)!].range.end });
  }
}

/** The title of a closing section asking for the matters' carrying out (工作要求, 有关要求, 落实要求), not a matter. */
const REQUIREMENTS = /^(?:工作|有关|相关|落实|贯彻落实|其他)?要求[。：:]?$/;

/** A count of anything (2个文件, 3项议题), not an ordinal or a rate. */
const ANY_COUNT = new RegExp(`(?<![0-9０-９.．第每前])(?:${NUMERAL})[ \\t]*(?:个|项|件|份)`, 'g');
/** What a meeting does with what it takes up, besides its matters (审议通过了…等2个文件). */
const TAKES_UP = /审议|通过|研究|讨论|部署|议定/;

/**
 * Whether the count's sentence counts something else the meeting took up (审议通过了《…》等2个文件，研究部署了4项重点工作):
 * the items may be of both.
 */
function otherCountTakenUp(text: string, count: RegExpMatchArray): boolean {
  const at = count.index!;
  const from = sentenceStart(text, at);
  const stop = text.slice(at).search(/[。；]/);
  const sentence = text.slice(from, stop < 0 ? text.length : at + stop);
  return [...sentence.matchAll(ANY_COUNT)].some((m) => {
    if (from + m.index! >= at && from + m.index! < at + count[0].length) return false;
    const clause = sentence.slice(0, m.index!);
    return TAKES_UP.test(clause.slice(Math.max(clause.lastIndexOf('，'), clause.lastIndexOf(',')) + 1));
  });
}

/** Where the sentence holding a position starts: after the last 。 or ； before it. */
function sentenceStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
}

/** The sentence up to a position. */
function sentenceBefore(text: string, at: number): string {
  return text.slice(sentenceStart(text, at), at);
}

function report(ctx: RuleContext, p: Paragraph, m: RegExpMatchArray, actual: number, items: { start: number; end: number }): void {
  const numeral = m[1] ?? m[4];
  const measure = m[2] ?? m[5];
  const value = numeralValue(numeral);
  // Far from the items' number, the count is of something they group.
  if (value === actual || value > actual * 2 || value * 2 < actual) return;
  // 7项事项 opens with its numeral; 议定事项共7项 ends with it and its measure word.
  const at = m.index! + (m[1] ? 0 : m[0].lastIndexOf(numeral));
  ctx.report({
    message: `称${m[0]}，其下实际列出${actual}${measure} (announces ${value} items, ${actual} follow)`,
    range: sourceRange(p, m.index!, m.index! + m[0].length),
    related: [{ range: items, message: '所计条目 (the items counted)' }],
    suggestions: [{ title: `改为${writtenLike(numeral, actual)} (use ${actual})`, edits: [{ range: sourceRange(p, at, at + numeral.length), text: writtenLike(numeral, actual) }] }],
  });
}
