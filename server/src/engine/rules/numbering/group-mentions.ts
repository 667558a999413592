// "对3个先进集体和5名先进个人予以表彰": a count in the text before a group's name, against the group's entries.
import type { GazetteDocument, Range } from '../../model';
import { content, numeralValue } from '../../parse/text';
import { joinedWraps } from '../shared/pageWidth';
import type { RuleContext } from '../types';
import { headingTree } from './lists';
import { addTo } from '../../arrays';
import { sectionEntries, sectionsIn } from './roll-sections';
import { claimReport } from './count-report';
import { type Listed, countedAs, fits, headingClaims, lister, rollOf, QUOTES } from './heading-counts';
import { rollBounds, rollListed } from './roll-counts';

/** "对3个先进集体和5名先进个人予以表彰": a count before a group's name, against the group's entries. */
export function checkGroupMentions(ctx: RuleContext, doc: GazetteDocument): void {
  const body = ctx.text.slice(doc.range.start, doc.range.end);
  if (!/[0-9０-９一两二三四五六七八九十][ \t]*[个名家所人]/.test(body)) return;
  const named = new Set<string>();
  if (doc.headings.length > 0) checkHeadingMentions(ctx, doc, named);
  checkSectionMentions(ctx, doc, named);
  checkRollMentions(ctx, doc, named);
}

/**
 * A count of a whole 名单 an attachment prints, named by its title (授予…等12个单位“2025年度全市安全生产工作先进集体”称号
 * over 附件1 2025年度全市安全生产工作先进集体名单, its entries grouped by 县区).
 */
function checkRollMentions(ctx: RuleContext, doc: GazetteDocument, named: Set<string>): void {
  for (const a of doc.attachments) {
    const name = a.title?.norm.replace(/[(（]共\d{1,4}[个名人家所项件][)）]$/, '').replace(/名单$/, '');
    if (!name || name === a.title!.norm || name.length < 4 || named.has(name)) continue;
    named.add(name);
    const mentions = mentionsOf(ctx, doc, a.range.start, name);
    if (mentions.length === 0) {
      // A 名单 of one kind only (先进单位名单, not 先进集体和先进个人名单, whose groups are counted by name).
      if (!/[和及与、]/.test(name)) firstNamedReport(ctx, doc, a);
      continue;
    }
    const measure = countedAs(mentions[mentions.length - 1].measure);
    mentionReport(ctx, mentions, rollListed(ctx, doc, a, measure), undefined, name);
  }
}

/**
 * 对市人力资源和社会保障局等10个工作成效突出的单位予以通报表扬: a count after 等 in a sentence that honours, whose first
 * name opens the 名单 an attachment prints, against that 名单's entries.
 */
const FIRST_NAMED = /(?:对|授予|给予|向)[ \t]*([\u4e00-\u9fff（）()·]{2,30}?)[ \t]*等[ \t]*([0-9０-９]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(个|名|家|所|人)/g;

function firstNamedReport(ctx: RuleContext, doc: GazetteDocument, a: GazetteDocument['attachments'][number]): void {
  const { from, end } = rollBounds(ctx, doc, a);
  const firstLine = ctx.issue.lines[from]?.start ?? end;
  const roll = ctx.text.slice(firstLine, end);
  const joined = joinedWraps(ctx.text, doc, ctx.issue.lines);
  const bodyEnd = joined.indexOf(Math.min(a.range.start, ...doc.attachmentDecls.map((d) => d.range.start)));
  for (const m of joined.text.slice(0, bodyEnd).matchAll(FIRST_NAMED)) {
    // The name opens the 名单: before it, in the 名单, only its group headings and counts (一、市直单位（6个）).
    const at = roll.indexOf(m[1]);
    const before = roll.slice(0, at).split('\n').filter((l) => !/^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|[(（]共)/.test(l));
    if (at < 0 || before.join('').trim() !== '') continue;
    const sentence = joined.text.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 40);
    if (!HONOURS.test(sentence)) continue;
    const start = m.index! + m[0].length - m[3].length - m[2].length;
    const mention = { value: numeralValue(m[2]), range: { start: joined.sourceAt(start), end: joined.sourceAt(start + m[2].length + m[3].length - 1) + 1 }, measure: m[3] };
    mentionReport(ctx, [mention], rollListed(ctx, doc, a, countedAs(m[3])), undefined, a.title!.norm.replace(/[(（]共\d{1,4}[个名人家所项件][)）]$/, ''));
  }
}

/** A count of a group headed by a label (一、先进集体（3个）, 二、“先进个人”). */
function checkHeadingMentions(ctx: RuleContext, doc: GazetteDocument, named: Set<string>): void {
  const claims = headingClaims(ctx, doc);
  const { parents } = headingTree(ctx.issue, doc);
  let listed: ReturnType<typeof lister> | undefined;
  doc.headings.forEach((h, k) => {
    const own = claims.get(k);
    // A top group of names (先进集体, not a sub-group's 区县): in a 名单, counted in units or people, or named by its
    // honour alone in quotes (一、“先进个人”).
    if (h.kind === 'box' || parents[k] >= 0) return;
    const title = content(ctx.text.slice(h.labelRange.end, h.range.end));
    const honour = /^“[^“”]{2,20}”$/.test(title);
    if (!(rollOf(doc, h) || honour || (own && own.measure !== '项' && own.measure !== '件' && own.measure !== '条'))) return;
    const name = GROUP_NAME.exec(title)?.[1].replace(QUOTES, '');
    if (!name || named.has(name)) return;
    named.add(name);
    const mentions = mentionsOf(ctx, doc, h.range.start, name);
    if (mentions.length === 0) return;
    // The text may count an earlier year's honours too (2022年对4个先进集体予以表彰，今年对3个…): one that fits is this
    // list's; where none does, the last, nearest the list, is the one reported.
    const mention = mentions[mentions.length - 1];
    const measure = countedAs(mention.measure);
    if (own && own.measure !== measure) return;
    listed ??= lister(ctx, doc, claims);
    mentionReport(ctx, mentions, listed(k, measure), own, name);
  });
}

/** A count of a section of a 名单 that no label opens (先进集体名单（共8个）, “先进集体”（3个）). */
function checkSectionMentions(ctx: RuleContext, doc: GazetteDocument, named: Set<string>): void {
  for (const a of doc.attachments) {
    if (!a.title?.norm.includes('名单')) continue;
    const { from, end } = rollBounds(ctx, doc, a);
    for (const s of sectionsIn(doc, ctx.issue.lines, from, end)) {
      const name = s.name.replace(/名单$/, '');
      if (name.length < 2 || named.has(name)) continue;
      named.add(name);
      const mentions = mentionsOf(ctx, doc, a.range.start, name);
      if (mentions.length === 0) continue;
      const mention = mentions[mentions.length - 1];
      const measure = countedAs(mention.measure);
      const own = s.claim && { ...s.claim, measure: countedAs(s.claim.measure) };
      if (own && own.measure !== measure) continue;
      mentionReport(ctx, mentions, sectionEntries(doc, ctx.issue.lines, s, measure), own, name);
    }
  }
}

type Mention = { value: number; range: Range; measure: string };

/**
 * Reports the last of a group's mentions where none fits the entries counted; where they cannot be counted, where
 * none fits the group's own count: one of the two counts is wrong, which one the entries cannot tell.
 */
function mentionReport(ctx: RuleContext, mentions: readonly Mention[], counted: Listed | undefined, own: { value: number; range: Range } | undefined, name: string): void {
  const mention = mentions[mentions.length - 1];
  if (counted) {
    if (!mentions.some((m) => fits(m.value, counted))) claimReport(ctx, mention, counted.count, `“${name}”`, counted.range, mention.measure);
    return;
  }
  if (!own || mentions.some((m) => m.value === own.value)) return;
  ctx.report({
    message: `文中称“${name}”共${mention.value}${mention.measure}，该组标注为${own.value}${mention.measure}，二者不一致 (the text counts ${mention.value}, the group itself ${own.value})`,
    range: mention.range,
    related: [{ range: own.range, message: '该组所标数目 (the group\'s own count)' }],
  });
}


/** A group's name before its count or colon: 先进集体（3个）, 先进个人：, “先进集体”. */
const GROUP_NAME = /^([^，,。；;：:()（）0-9０-９\s]{2,20})(?:$|[ \t\u3000]*[(（:：])/;

/**
 * Each "N个<name>" in the document before offset `end` in a sentence that honours or names the groups (对3个先进集体…
 * 予以表彰): not an ordinal (第3名) nor a rate (每5名), nor a count of more than the list (全市120家重点企业). Read in the
 * document's text with its wraps joined: a wrap may cut the count, the word after it or the honour.
 */
function mentionsOf(ctx: RuleContext, doc: GazetteDocument, end: number, name: string): Mention[] {
  const out: Mention[] = [];
  const joined = joinedWraps(ctx.text, doc, ctx.issue.lines);
  const { text } = joined;
  const last = joined.indexOf(end);
  // Only where a count ends: a search of the text for each name cost groups × the text's length.
  for (const at of countEnds(ctx, doc).get(name.slice(0, 2)) ?? []) {
    if (at + name.length > last || !text.startsWith(name, at)) continue;
    // The count may name what it counts before the honour, in either order: 等3个单位“先进集体”称号, 张三等5名同志
    // “先进个人”称号, 等12个单位授予“…先进集体”称号; and the honour its year and field (等16名同志“2024年度全市防汛抗旱
    // 工作先进个人”称号).
    const m = /(?:^|[^第每前0-9０-９一两二三四五六七八九十百])(([0-9０-９]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(个|名|家|所|人))((?:单位|集体|同志|企业|学校|家庭)?(?:被?授予)?(?:“[^“”。；;\n]{0,30})?)$/.exec(
      text.slice(Math.max(0, at - 15 - HONOUR_PREFIX), at),
    );
    if (!m || !/^(?:[和与及、，,。；;“”"）)\s]|予以|称号|等|$)/.test(text.slice(at + name.length, at + name.length + 2))) continue;
    // Inside quotes, the honour ends with the name: “…先进个人”.
    const quote = m[4].indexOf('“');
    if (quote >= 0 && m[4].length > quote + 1 && text.charAt(at + name.length) !== '”') continue;
    // The sentence, within 120 characters either side (a scan from each mention to the text's start could go quadratic).
    const before = text.slice(Math.max(0, at - 120), at);
    const after = text.slice(at, at + 120);
    const stop = after.search(/[。；\n]/);
    if (!HONOURS.test(before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('\n')) + 1) + after.slice(0, stop < 0 ? after.length : stop))) continue;
    const countEnd = at - m[4].length;
    const range = { start: joined.sourceAt(countEnd - m[1].length), end: joined.sourceAt(countEnd - 1) + 1 };
    out.push({ value: numeralValue(m[2]), range, measure: m[3] });
  }
  return out;
}

/** A numeral and a measure word of units or people: 3个, 五 名. */
const COUNT = /[0-9０-９一两二三四五六七八九十百][ \t]*[个名家所人]/g;
/** What may stand between a count and the name it counts: 3个单位“先进集体”, 12个单位授予“…先进集体”. */
const COUNTED = /^(?:单位|集体|同志|企业|学校|家庭)/;
const CONFERRED = /^被?授予/;
/** The most characters an honour in quotes may have before the name it ends in (“2024年度全市防汛抗旱工作先进个人”). */
const HONOUR_PREFIX = 30;

const countEndsByDocument = new WeakMap<GazetteDocument, Map<string, number[]>>();

/**
 * The places in a document's joined text (see joinedWraps) where a name counted may start, right after a count
 * (3个|先进集体, 3个单位|“|先进集体, 3个单位授予|“|先进集体), ascending, by the two characters there: found in one pass,
 * then looked up for each group's name.
 */
function countEnds(ctx: RuleContext, doc: GazetteDocument): Map<string, number[]> {
  let ends = countEndsByDocument.get(doc);
  if (ends) return ends;
  ends = new Map();
  const { text } = joinedWraps(ctx.text, doc, ctx.issue.lines);
  for (const m of text.matchAll(COUNT)) {
    const at = m.index + m[0].length;
    const word = COUNTED.exec(text.slice(at, at + 2))?.[0].length ?? 0;
    const verb = CONFERRED.exec(text.slice(at + word, at + word + 3))?.[0].length ?? 0;
    const afters = word ? [at, at + word] : [at];
    if (verb) afters.push(at + word + verb);
    for (const after of afters) {
      addTo(ends, text.slice(after, after + 2), after);
      if (text.charAt(after) !== '“') continue;
      addTo(ends, text.slice(after + 1, after + 3), after + 1);
      for (const inner of quotedTail(text, after + 1)) addTo(ends, text.slice(inner, inner + 2), inner);
    }
  }
  countEndsByDocument.set(doc, ends);
  return ends;
}

/** Where the name of a group may start inside a quoted honour after its year and field: each place up to the closing ” (at most HONOUR_PREFIX on). */
function quotedTail(text: string, from: number): number[] {
  const quoted = text.slice(from, from + HONOUR_PREFIX + 21);
  const close = quoted.search(/[”“。；;\n]/);
  if (close < 0 || quoted.charAt(close) !== '”') return [];
  const out: number[] = [];
  for (let k = from + 1; k <= from + Math.min(close - 2, HONOUR_PREFIX); k++) out.push(k);
  return out;
}

/** What a sentence that counts the groups of a 名单 does with them. */
const HONOURS = /表彰|表扬|命名|授予|通报|予以|认定|评选|评为|公布/;
