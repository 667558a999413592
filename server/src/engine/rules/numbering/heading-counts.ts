// A count closing a heading's title (二、重点任务(共8项), 一、先进集体（6个）, 见义勇为模范（5名）：黄子豪、…) against
// what the heading lists: the headings under it, its names, the table or run of names right under it.
import type { Attachment, CountClaim, GazetteDocument, Heading, Range } from '../../model';
import { content, halfWidthDigits, normalize, prefixLength } from '../../parse/text';
import { firstStarting, inside, lineIndexAt, onlyBreaksBetween } from '../shared/locate';
import { wrappedAt } from '../shared/pageWidth';
import type { RuleContext } from '../types';
import { headingTree, kindKey, rankOf } from './lists';
import { logicalTables, seqValue } from './tables';
import { minOf } from '../../arrays';
import { type Count, entryLines, UNIT_END, entryCount, entryRun, exactly, isNameList, isPersonLine, listEnd, namesRunOn } from './names';
import { claimReport } from './count-report';

/** A count closing a heading's title, and how it counts. */
export interface HeadingClaim {
  value: number;
  range: Range;
  /** 个, 名, 项 …, with 人 read as 名. */
  measure: string;
  /** The heading as the message names it: “一、先进集体”. */
  what: string;
  /** 共N项, 共N条, 共N个: it may count the headings under it, whatever they are. */
  items: boolean;
}

/** The items counted: how many, and where. */
export interface Listed extends Count {
  range: Range;
  /**
   * Sub-groups' own counts added up, where they differ from their entries counted: a total that agrees with them is
   * no slip of its own (the sub-group whose names fall short is reported, not every count over it).
   */
  claimed?: number;
}

/** The measure word people are counted in: 人 as 名. */
export function countedAs(measure: string): string {
  return measure === '人' ? '名' : measure;
}

/** Whether a count fits the items listed. */
export function fits(value: number, listed: Listed): boolean {
  return (value >= listed.low && value <= listed.high) || value === listed.claimed;
}

/**
 * 二、重点任务(共8项) against the headings under it; in a 名单, 一、先进集体（6个） against the entries under it,
 * 二、见义勇为模范（5名）：黄子豪、邓建军 against the names after its colon, and a count over sub-groups against theirs.
 */
export function checkHeadings(ctx: RuleContext, doc: GazetteDocument): void {
  const claims = headingClaims(ctx, doc);
  if (claims.size === 0) return;
  const listed = lister(ctx, doc, claims);
  for (const [k, claim] of claims) {
    const found = listed(k, claim.measure);
    if (found && !fits(claim.value, found)) claimReport(ctx, claim, found.count, claim.what, found.range, claim.measure);
  }
}

/** A group's count closing a heading's title, perhaps before its names: 先进集体（6个）, 见义勇为模范（5名）：黄子豪、…. */
const GROUP_CLAIM = /^([^，,。；;：:]{2,30}?)[ \t\u3000]*[(（][ \t]*((?:(共)[ \t]*)?([0-9０-９]{1,4})[ \t]*(个|名|人|家|所|项|件|条))(?:单位|集体)?[ \t]*[)）][ \t\u3000]*(?:[:：].*)?$/d;

/**
 * The counts closing the document's headings' titles, by heading, read once for the sub-checks that ask (a document's
 * text is the same in any issue holding that object: a moved copy is another object).
 */
const claimsByDocument = new WeakMap<GazetteDocument, ReadonlyMap<number, HeadingClaim>>();

export function headingClaims(ctx: RuleContext, doc: GazetteDocument): ReadonlyMap<number, HeadingClaim> {
  let claims = claimsByDocument.get(doc);
  if (!claims) claimsByDocument.set(doc, (claims = readHeadingClaims(ctx, doc)));
  return claims;
}

function readHeadingClaims(ctx: RuleContext, doc: GazetteDocument): Map<number, HeadingClaim> {
  const out = new Map<number, HeadingClaim>();
  const counts = doc.counts.filter((c) => c.table === undefined);
  doc.headings.forEach((h, k) => {
    if (h.kind === 'box') return;
    const claim = groupClaim(ctx, h) ?? itemsClaim(ctx, h, counts);
    if (claim) out.set(k, claim);
  });
  return out;
}

function groupClaim(ctx: RuleContext, h: Heading): HeadingClaim | undefined {
  const m = GROUP_CLAIM.exec(content(ctx.text.slice(h.labelRange.end, h.range.end)));
  if (!m) return undefined;
  const at = h.labelRange.end + prefixLength(ctx.text.slice(h.labelRange.end, h.range.end));
  const [start, end] = m.indices![2];
  const measure = countedAs(m[5]);
  const items = m[3] !== undefined && /[项条个件]/.test(measure);
  return { value: Number(halfWidthDigits(m[4])), range: { start: at + start, end: at + end }, measure, what: `“${h.label}${normalize(m[1]).replace(QUOTES, '')}”`, items };
}

/** How far, spaces and marks included, a short title's count may stand from the label and from the heading's end. */
const TITLE_SPAN = 120;

/** 重点任务(共8项), 主要目标 共6项: a 共N项 that closes a short heading title. */
function itemsClaim(ctx: RuleContext, h: Heading, counts: readonly CountClaim[]): HeadingClaim | undefined {
  // The title with the tail a wrap put on the line under it (一、…稳住经济增 / 长基本盘（共4项）).
  const span = { start: h.range.start, end: wrappedTailEnd(ctx, h) ?? h.range.end };
  for (const claim of counts) {
    if (!inside(claim.range, span)) continue;
    // A short title before it and at most a bracket after it: a count far from either end is none (and a heading of
    // many counts is not read again from its start for each).
    if (claim.range.start - h.labelRange.end > TITLE_SPAN || span.end - claim.range.end > TITLE_SPAN) continue;
    // The title's words, over the line break of a wrapped tail.
    const words = ctx.text.slice(h.labelRange.end, claim.range.start).replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '');
    const before = normalize(words);
    const after = normalize(ctx.text.slice(claim.range.end, span.end));
    // A title of two phrases (一、聚力扩大有效投资，稳住经济增长基本盘（共5项）) closes on a bracketed 共N项 of its own; a comma
    // before a bare count is a sentence's (…，全年实施重点项目120项).
    const phrases = /[(（]$/.test(before) && /^共/.test(ctx.text.slice(claim.range.start, claim.range.end));
    if (before.length > 30 || !/^[)）]?[。:]?$/.test(after) || (phrases ? /[。;]/ : /[。;，,]/).test(before.replace(/[(（]$/, ''))) continue;
    // The title as written: normalizing would show its comma half-width.
    const title = phrases ? content(words).replace(/[ \t\u3000]*[(（][ \t]*$/, '') : before.replace(/[(（]$/, '');
    return { value: claim.value, range: claim.range, measure: ctx.text[claim.range.end - 1], what: `“${h.label}${title}”`, items: true };
  }
  return undefined;
}

/** A bracketed count closing a short line: the tail of a heading's title a wrap cut (长基本盘（共4项）). */
const COUNTED_TAIL = /^[^。；;：:，,、\t]{1,20}[(（][ \t]*共?[ \t]*[0-9０-９]{1,3}[ \t]*[项条个件][ \t]*[)）]$/;

/**
 * Where the line under a heading's line ends, where it is the title's tail a wrap put there: the heading's line ends in
 * no mark, and the next line, right under it and not indented, is short and closes on a bracketed count.
 */
function wrappedTailEnd(ctx: RuleContext, h: Heading): number | undefined {
  const lines = ctx.issue.lines;
  const i = lineIndexAt(lines, h.range.end - 1);
  const next = lines[i + 1];
  if (!next || /[。；;：:，,、)）]\s*$/.test(lines[i].text) || /^[ \t\u3000]/.test(next.text)) return undefined;
  return COUNTED_TAIL.test(next.text.trimEnd()) ? next.end : undefined;
}

/**
 * What a heading's count counts. Sub-groups that all carry counts of its measure add up (each its own entries
 * where they can be counted, else its count); sub-groups of names (in a 名单, or with names after their colons)
 * add up their entries; a 共N项 may count the headings under it; a heading with none counts its entries: the
 * names after its colon, or in a 名单 the lines under it.
 */
export function lister(ctx: RuleContext, doc: GazetteDocument, claims: ReadonlyMap<number, HeadingClaim>) {
  const { parents, placed } = headingTree(ctx.issue, doc);
  const children: number[][] = doc.headings.map(() => []);
  parents.forEach((p, i) => p >= 0 && children[p].push(i));
  // A label under a heading left out of its lists (a repeated （二） after a line of names) may be an item or not.
  const doubtful = new Set(doc.headings.flatMap((h, i) => (h.parent >= 0 && h.kind !== 'box' && !placed.has(i) ? [h.parent] : [])));
  const listed = (k: number, measure: string): Listed | undefined => {
    if (doubtful.has(k)) return undefined;
    const items = itemsAmong(doc, children[k]);
    if (items.length === 0) return (claims.get(k)?.items ? tableUnder(ctx, doc, doc.headings[k]) ?? runUnder(ctx, doc.headings[k]) : undefined) ?? groupEntries(ctx, doc, k, measure);
    const own = items.map((i) => claims.get(i));
    const claim = claims.get(k);
    const names = rollOf(doc, doc.headings[k]) !== undefined || items.every((i) => inlineNames(ctx, doc.headings[i]) || namesUnder(ctx, doc, i));
    if (own.every((c) => c?.measure === measure)) {
      // 共3项 over three sub-groups with counts of their own may count the sub-groups.
      if (!names && claim?.items && claim.value === items.length) return headingsListed(doc, items);
      const total = sum(items.map((i, n) => listed(i, measure) ?? { ...exactly(own[n]!.value), range: doc.headings[i].range }));
      const claimed = own.reduce((n, c) => n + c!.value, 0);
      return total && claimed !== total.count ? { ...total, claimed } : total;
    }
    // Sub-groups of names are no entries; those counted in another measure may list other things.
    if (names) return own.every((c) => c === undefined || c.measure === measure) ? sum(items.map((i) => listed(i, measure))) : undefined;
    return claim?.items ? headingsListed(doc, items) : undefined;
  };
  return listed;
}

/**
 * The numbered rows of the table right under a heading with no headings of its own under it (二、规章项目（共4件） over
 * 序号/项目名称/起草单位): its items. Undefined where no numbered table follows it at once.
 */
function tableUnder(ctx: RuleContext, doc: GazetteDocument, h: Heading): Listed | undefined {
  const table = logicalTables(doc).find((t) => t.rows[0].range.start >= h.range.end);
  if (!table || table.seq === undefined || !onlyBreaksBetween(ctx.text, h.range.end, table.rows[0].range.start)) return undefined;
  const rows = table.rows.filter((r) => !r.isHeader && !table.isTotal(r) && seqValue(r, table.seq!));
  if (rows.length === 0) return undefined;
  return { ...exactly(rows.length), range: { start: rows[0].range.start, end: rows.at(-1)!.range.end } };
}

/** The kind a name of a rule, a plan or a project ends in (…条例, …办法, …工程): a run of them is a list, not a sentence. */
const KIND_WORD = '条例|办法|规定|细则|规则|决定|意见|方案|规划|计划|清单|目录|名录|标准|项目|工程';
const NAMED_KIND = new RegExp(`[\u4e00-\u9fff]{2}(?:${KIND_WORD})$`);
/** A name ended and another joined to it (…条例和…办法): the run does not say how many it names. */
const JOINED_NAME = new RegExp(`(?:${KIND_WORD})[和及与]`);

/**
 * The items of the one paragraph right under a heading with no headings under it, where that paragraph is nothing but a
 * run of names of rules, plans or projects set off by 、 (三、调研论证项目（共5件） over 某市电动自行车管理条例、某市物业管理条例
 * （修订）、…。). A run that leaves some out (…等) or a sentence is none.
 */
function runUnder(ctx: RuleContext, h: Heading): Listed | undefined {
  const p = ctx.issue.paragraphs[firstStarting(ctx.issue.paragraphs, h.range.end)];
  if (!p || !onlyBreaksBetween(ctx.text, h.range.end, p.range.start)) return undefined;
  const text = p.text.trim();
  if (!/。$/.test(text) || /[，,；;：:等]/.test(text)) return undefined;
  const names = text.slice(0, -1).replace(/[(（][^()（）]*[)）]/g, '').split('、');
  // A last name joined by 和, 及 or 与 (…条例、…条例（修订）和…办法); 和 inside one name (…市容和环境卫生管理条例) is its own.
  if (names.length < 2 || names.some((n) => n.length > 30 || !NAMED_KIND.test(n) || JOINED_NAME.test(n))) return undefined;
  return { ...exactly(names.length), range: p.range };
}

/** The items among a heading's children: those of the highest level (the first kind of that level). */
export function itemsAmong(doc: GazetteDocument, children: readonly number[]): readonly number[] {
  if (children.length === 0) return children;
  const top = minOf(children.map((i) => rankOf(doc.headings[i])));
  const kind = kindKey(doc.headings[children.find((i) => rankOf(doc.headings[i]) === top)!]);
  return children.filter((i) => kindKey(doc.headings[i]) === kind);
}

function headingsListed(doc: GazetteDocument, items: readonly number[]): Listed {
  return { ...exactly(items.length), range: { start: doc.headings[items[0]].range.start, end: doc.headings[items.at(-1)!].range.end } };
}

export function sum(parts: readonly (Listed | undefined)[]): Listed | undefined {
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  const all = parts as Listed[];
  const add = (key: keyof Count) => all.reduce((n, p) => n + p[key], 0);
  const range = { start: all[0].range.start, end: all.at(-1)!.range.end };
  const claimed = all.some((p) => p.claimed !== undefined) ? all.reduce((n, p) => n + (p.claimed ?? p.count), 0) : undefined;
  return { count: add('count'), low: add('low'), high: add('high'), range, ...(claimed !== undefined && { claimed }) };
}

/** The printed 名单 a heading is in, if any. */
export function rollOf(doc: GazetteDocument, h: Heading): Attachment | undefined {
  return doc.attachments.find((a) => a.part === h.part && a.title?.norm.includes('名单'));
}

/** Quotes around an honour named alone: “先进集体”. */
export const QUOTES = /^“|”$/g;

/** The end of an item's words before a colon: a clause naming one of its fields (…，起草单位, …；牵头部门). */
const ITEM_FIELD = /[，,；;][^，,；;：:]{0,8}(?:单位|部门|机关|机构)[ \t\u3000]*$/;

/** The names after a heading's colon (见义勇为模范（5名）：黄子豪、邓建军), where they are plainly a list of names. */
function inlineNames(ctx: RuleContext, h: Heading): { text: string; range: Range } | undefined {
  const title = ctx.text.slice(h.labelRange.end, h.range.end);
  const colon = title.search(/[:：]/);
  if (colon < 0) return undefined;
  // 1．《…条例（草案）》，起草单位：市文化广电旅游局、市住房城乡建设局: a field of the item, not the group's names.
  if (ITEM_FIELD.test(title.slice(0, colon))) return undefined;
  const text = content(title.slice(colon + 1));
  if (!isNameList(text)) return undefined;
  // One name alone: a person's, or a unit's; not a phrase.
  const bare = text.replace(/[(（][^()（）]*[)）]|[ \t\u3000。；;]/g, '');
  if (!text.includes('、') && bare.length > 4 && !UNIT_END.test(bare)) return undefined;
  const start = h.labelRange.end + colon + 1 + prefixLength(title.slice(colon + 1));
  return { text, range: { start, end: start + text.length } };
}

/**
 * The entries of a heading with no sub-groups: the names after its colon and, in a 名单, the lines under it up
 * to the next heading; elsewhere only the lines its names run on to (a line ending with 、, or one more line of
 * them).
 */
function groupEntries(ctx: RuleContext, doc: GazetteDocument, k: number, measure: string): Listed | undefined {
  const h = doc.headings[k];
  const inline = inlineNames(ctx, h);
  const roll = rollOf(doc, h);
  const from = lineIndexAt(ctx.issue.lines, h.range.end) + 1;
  const end = groupEnd(doc, k);
  if (!inline && !roll) return measure === '名' ? (peopleLines(ctx, doc, from, end) ?? nameRuns(ctx, doc, from, end, measure)) : undefined;
  const under = roll ? entryLines(doc, ctx.issue.lines, from, end) : namesRunOn(doc, ctx.issue.lines, inline!.text, from, end);
  if (!under) return undefined;
  const line = content(ctx.issue.lines[from - 1].text);
  const full = under.full ?? [];
  const count = inline ? entryCount([inline.text, ...under.texts], measure, [line, ...under.texts], [wrappedAt(doc, ctx.issue.lines, from - 1), ...full]) : entryCount(under.texts, measure, under.texts, full);
  // A lone line under a heading may be anything; names after a colon are names.
  if (count === undefined || (!inline && count.count < 2)) return undefined;
  return { ...count, range: { start: (inline ?? under).range!.start, end: (under.range ?? inline!.range).end } };
}

/**
 * Outside a 名单, names run on with 、 on the lines under a heading (刘长河、姚丽君（女）、… / 夏海燕（女）), a page's
 * foot between them or not: counted where every line is names and nothing else.
 */
function nameRuns(ctx: RuleContext, doc: GazetteDocument, from: number, end: number, measure: string): Listed | undefined {
  const under = entryLines(doc, ctx.issue.lines, from, end);
  if (!under?.range || !under.texts.every(isNameList) || !under.texts.some((t) => t.includes('、'))) return undefined;
  const count = entryCount(under.texts, measure, under.texts, under.full);
  return count && count.count >= 2 ? { ...count, range: under.range } : undefined;
}

/** Where the entries under heading k end: at the next heading, or at the end of its part or at the signature under it. */
function groupEnd(doc: GazetteDocument, k: number): number {
  const h = doc.headings[k];
  const next = doc.headings[k + 1];
  return next && next.part === h.part ? next.range.start : listEnd(doc, h.range.end);
}

/**
 * Outside a 名单, the lines under a heading that each name a person and their post (张　三　市财政局科员), from line
 * `from`: counted up to the first other line, where a blank line or the group's end leaves no doubt that the last
 * post ran on no further; at least two.
 */
function peopleLines(ctx: RuleContext, doc: GazetteDocument, from: number, end: number): Listed | undefined {
  const run = entryRun(doc, ctx.issue.lines, from, end, isPersonLine);
  return run?.range && run.texts.length >= 2 ? { ...exactly(run.texts.length), range: run.range } : undefined;
}

/** Whether heading k is over lines of names (江北区人民政府 / 临川县人民政府), not over text. */
function namesUnder(ctx: RuleContext, doc: GazetteDocument, k: number): boolean {
  const lines = entryLines(doc, ctx.issue.lines, lineUnderTitle(ctx, doc.headings[k]), groupEnd(doc, k));
  if (lines?.range === undefined || !lines.texts.every(isNameList)) return false;
  // One line closed by a full stop, no 、 in it, is the end of a sentence a wrap cut from the title above
  // (（一）将市住房城乡建设局承担的城市道路照明 / 设施管理职责划入市城市管理局。), not a name.
  return !(lines.texts.length === 1 && !lines.texts[0].includes('、') && /[。；;]$/.test(lines.texts[0]));
}

/**
 * The first line under a heading's title, past the lines a wrap carried the title's open bracket onto
 * (1．《…管理办法》（200 / 3年　市政府令第12号）): those close the title and name no one.
 */
function lineUnderTitle(ctx: RuleContext, h: Heading): number {
  const lines = ctx.issue.lines;
  const next = lineIndexAt(lines, h.range.end) + 1;
  let open = bracketsLeftOpen(ctx.text.slice(h.labelRange.end, h.range.end));
  // A blank line may stand between two lines of a PDF's text; a title runs on over two lines at most.
  for (let j = next; open > 0 && j < Math.min(lines.length, next + 4); j++) {
    open += bracketsLeftOpen(lines[j].text);
    if (open <= 0) return j + 1;
  }
  return next;
}

/** How many more round brackets a text opens than it closes. */
function bracketsLeftOpen(text: string): number {
  let open = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') open++;
    else if (ch === '）' || ch === ')') open--;
  }
  return open;
}
