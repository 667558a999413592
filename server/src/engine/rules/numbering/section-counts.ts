// A count in a document's opening of what one of its sections lists, the section titled by what is counted:
// 确定2025年市政府民生实事项目10件 over 一、2025年市政府民生实事项目 and its items 1．–10．. Only a count in 件 or 项
// right after the section's whole title or right before it: a title that merely ends with the words counted
// (推进老旧小区改造 / 老旧小区改造200个) counts something else, and so does a count in 个 (12个先进集体). A title that
// names its items (一、道路名称及起止点) is counted by that name with a measure word right before it (同意对…8条道路予以命名).
import type { GazetteDocument, Heading, Paragraph, Range } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { chineseToInt, halfWidthDigits, trimEndChars, writtenLike } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { headingTree, type SiblingList } from './lists';
import { addTo } from '../../arrays';

/** A count right after a title: …民生实事项目10件, …项目 十 项. */
const COUNT_AFTER = /^[ \t]*([0-9０-９]{1,3}|[一两二三四五六七八九十]{1,3})[ \t]*(件|项)/;
/** A count right before a title: 10件…, 10项重点任务 (the title after it, perhaps after 的). */
const COUNT_BEFORE = /(?<![0-9０-９.．第])([0-9０-９]{1,3}|[一两二三四五六七八九十]{1,3})[ \t]*(件|项)的?$/;
/** A title naming what its items are: 道路名称及起止点, 桥梁名称及位置. */
const ITEMS_NAMED = /^([\u4e00-\u9fff]{2,8}?)名称/;
/** What may count the items a title names, right before their name: 8条道路, 3座桥梁. */
const MEASURE = '条座个件项处所家';
/** A title that carries a count of its own (一、正式项目（共5件）) is checked as such; not here. */
const OWN_COUNT = /[(（][^()（）]*[0-9０-９一两二三四五六七八九十][^()（）]*[)）][ \t\u3000]*$/;
/** How much of a document's opening is read, and how long a title may be. */
const OPENING_MAX = 3000;
const TITLE_MIN = 4;
const TITLE_MAX = 30;
/** What may close a title and is not part of it. */
const TITLE_END = '。：:；;，, \t\u3000';

export function checkSectionCounts(ctx: RuleContext, doc: GazetteDocument): void {
  const first = doc.headings[0];
  if (first === undefined) return;
  const opening = openingOf(ctx, doc, first);
  if (opening.length === 0) return;
  const { lists } = headingTree(ctx.issue, doc);
  const under = new Map<number, SiblingList[]>();
  for (const l of lists) if (l.parent >= 0 && l.apart === '') addTo(under, l.parent, l);
  for (const [parent, own] of under) {
    const title = own.length === 1 ? titleOf(doc.headings[parent]) : undefined;
    if (title === undefined) continue;
    const named = ITEMS_NAMED.exec(title)?.[1];
    const claims = opening.flatMap((p) => {
      const byTitle = countsOf(p.text, title);
      return (byTitle.length > 0 ? byTitle : named !== undefined ? countsBefore(p.text, named) : []).map((claim) => ({ p, claim }));
    });
    if (claims.length === 0) continue;
    const items = own[0].items;
    // 提出8项重点任务 over 二、重点任务 whose (一)–(四) hold 1．–8．: the count may be of the items' own items.
    const nested = items.reduce((n, i) => n + (under.get(i)?.[0]?.items.length ?? 0), 0);
    // A count that agrees is the one meant: another (共有12条道路尚未命名，同意对其中9条道路予以命名) counts something wider.
    if (claims.some(({ claim }) => claim.value === items.length || claim.value === nested)) continue;
    const { p, claim } = claims[0];
    // A count far from the items (120项 over three groups of projects) counts something the items group.
    const near = (n: number) => claim.value <= n * 2 && claim.value * 2 >= n;
    const what = claim.named ? named! : `“${title}”`;
    if (near(items.length)) report(ctx, p, claim, what, items.length, { start: doc.headings[items[0]].range.start, end: doc.headings[items.at(-1)!].range.end });
  }
}

/** The paragraphs before a document's first heading, up to OPENING_MAX characters in all. */
function openingOf(ctx: RuleContext, doc: GazetteDocument, first: Heading): Paragraph[] {
  const out: Paragraph[] = [];
  let length = 0;
  for (const p of paragraphsIn(ctx.issue, { start: doc.range.start, end: first.range.start })) {
    if (length > OPENING_MAX) break;
    out.push(p);
    length += p.text.length;
  }
  return out;
}

/** The title a section is known by: its text without a closing mark; none for one too short, too long or counted itself. */
function titleOf(h: Heading): string | undefined {
  if (h.text.length > TITLE_MAX * 2) return undefined;
  const title = trimEndChars(h.text, TITLE_END);
  if (title.length < TITLE_MIN || title.length > TITLE_MAX || OWN_COUNT.test(title)) return undefined;
  return title;
}

interface Claim {
  value: number;
  numeral: string;
  measure: string;
  /** Where the numeral starts, and where the measure word ends, in the paragraph's text. */
  at: number;
  end: number;
  /** Counted by the name of the items, not by the title. */
  named?: boolean;
}

/** The counts of a paragraph right after or right before a section's title. */
function countsOf(text: string, title: string): Claim[] {
  const out: Claim[] = [];
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
    const from = at + title.length;
    const after = COUNT_AFTER.exec(text.slice(from, from + 8));
    const base = Math.max(0, at - 8);
    const before = !after && COUNT_BEFORE.exec(text.slice(base, at));
    const found = after
      ? claim(after, from + after[0].indexOf(after[1]), from + after[0].length)
      : before && claim(before, base + before.index, base + before.index + before[0].replace(/的$/, '').length);
    if (found) out.push(found);
  }
  return out;
}

/** The counts right before the name of the items: 9条道路; not 一条道路 (打造一条道路景观带: one, or “a”). */
function countsBefore(text: string, name: string): Claim[] {
  const out: Claim[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const base = Math.max(0, at - 6);
    const m = NAMED_COUNT.exec(text.slice(base, at));
    const found = m && m[1] !== '一' && claim(m, base + m.index, at);
    if (found) out.push({ ...found, named: true });
  }
  return out;
}

const NAMED_COUNT = new RegExp(`(?<![0-9０-９.．第])([0-9０-９]{1,3}|[一两二三四五六七八九十]{1,3})[ \\t]*([${MEASURE}])$`);

function claim(m: RegExpExecArray, at: number, end: number): Claim | undefined {
  const numeral = m[1];
  const value = /[0-9０-９]/.test(numeral) ? Number(halfWidthDigits(numeral)) : chineseToInt(numeral);
  return Number.isFinite(value) && value > 0 ? { value, numeral, measure: m[2], at, end } : undefined;
}

/** `what` is the title in quotes, or the name of the items (道路). */
function report(ctx: RuleContext, p: Paragraph, c: Claim, what: string, actual: number, items: Range): void {
  const digits = sourceRange(p, c.at, c.at + c.numeral.length);
  const written = writtenLike(c.numeral, actual);
  ctx.report({
    message: `文中称${what}${c.value}${c.measure}，该部分实际列出${actual}${c.measure} (the text counts ${c.value}, the section lists ${actual})`,
    range: sourceRange(p, c.at, c.end),
    related: [{ range: items, message: '所计条目 (the items counted)' }],
    suggestions: [{ title: `改为${written} (use ${actual})`, edits: [{ range: digits, text: written }] }],
  });
}
