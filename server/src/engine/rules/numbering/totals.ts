// numbering/totals: counts the text claims — 类别 (共6项), 合计 共41项 (其中 X 6项 …),
// 二、重点任务(共8项), "重点抓好以下五个方面工作：" over a list, "30条政策意见" in a title, "现公布…名录（共5项）" and "对3件…予以废止
// （见附件1）" of a printed attachment's table, "（共20名）" under a 名单's title and "一、先进集体（共12个）" over its
// groups, "注：以上10件…" under a numbered table, and "确定…民生实事项目10件" over the section so titled — against the items
// actually listed; "研究议定了6项事项。" right over the matters 一、–六、 that end the document (meeting-items).
import type { Attachment, CountClaim, GazetteDocument, Heading, Line, Range, TableRow, TextSpan } from '../../model';
import { chineseToInt, content, fullWidthDigits, halfWidthDigits, isBlank, isPageArtifactLine, normalize, numeralValue, prefixLength, writtenLike } from '../../parse/text';
import { firstStarting, lineIndexAt, onlyBreaksBetween, paragraphsIn } from '../shared/locate';
import { joinedWraps, wrappedAt } from '../shared/pageWidth';
import { sourceRange } from '../../parse/paragraphs';
import type { Rule, RuleContext } from '../types';
import { headingTree, kindKey, rankOf, type SiblingList } from './lists';
import { logicalTables, seqValue } from './tables';
import { checkNameLeadIns } from './name-lead-ins';
import { checkAppointmentCounts } from './appointment-counts';
import { checkTableLeadIns } from './table-lead-ins';
import { checkTableStatements } from './table-statements';
import { addTo, minOf } from '../../arrays';
import { type Count, entryLines, UNIT_END, entryCount, entryRun, exactly, isNameList, isPersonLine, listEnd, namesRunOn } from './names';
import { checkBracketedPlaces, checkTextBreakdowns } from './breakdown';
import { checkProgressStates } from './progress-states';
import { checkEnumerationCounts } from './enumerations';
import { checkSectionCounts } from './section-counts';
import { checkMeetingItemCounts } from './meeting-items';
import { checkTableAboveClaims } from './table-notes';
import { checkListedEntities } from './listed-entities';
import { checkTableCounts } from './table-counts';
import { checkCompletionRates } from './completion-rates';
import { checkStatedArithmetic } from './stated-arithmetic';
import { checkParcelCounts } from './parcel-counts';
import { checkHouseNumberSides } from './house-numbers';
import { type Section, sectionEntries, sectionsIn } from './roll-sections';

const rule: Rule = {
  id: 'numbering/totals',
  category: 'numbering',
  defaultSeverity: 'error',
  description: '“共N项”“合计N项”“N条”与实际条目数一致 (claimed counts match the items listed)',
  // A count and its list disagree, and either may be the slip (an item dropped, a count not updated):
  // the editor offers the count as listed, but --fix never rewrites a count.
  fixable: false,
  checkDocument(ctx, doc) {
    checkTables(ctx, doc);
    checkHeadings(ctx, doc);
    checkTitles(ctx, doc);
    checkAttachmentClaims(ctx, doc);
    checkReferenceClaims(ctx, doc);
    checkListClaims(ctx, doc);
    checkGroupMentions(ctx, doc);
    checkLeadIns(ctx, doc);
    checkNameLeadIns(ctx, doc);
    checkAppointmentCounts(ctx, doc);
    checkTableBelowClaims(ctx, doc);
    checkTableLeadIns(ctx, doc);
    checkTableStatements(ctx, doc);
    checkTextBreakdowns(ctx, doc);
    checkProgressStates(ctx, doc);
    checkBracketedPlaces(ctx, doc);
    checkCompletionRates(ctx, doc);
    checkStatedArithmetic(ctx, doc);
    checkParcelCounts(ctx, doc);
    checkHouseNumberSides(ctx, doc);
    checkTableAboveClaims(ctx, doc);
    checkListedEntities(ctx, doc);
    checkTableCounts(ctx, doc);
    checkEnumerationCounts(ctx, doc);
    checkSectionCounts(ctx, doc);
    checkMeetingItemCounts(ctx, doc);
  },
};

export default rule;

function claimReport(ctx: RuleContext, claim: { value: number; range: Range }, actual: number, what: string, related?: Range, unit = '项'): void {
  const digits = digitRange(ctx.text, claim.range);
  // The count as listed, in the width the claim is written in (共４项).
  const written = digits && /[０-９]/.test(ctx.text.slice(digits.start, digits.end)) ? fullWidthDigits(String(actual)) : String(actual);
  ctx.report({
    message: `${what}称共${claim.value}${unit}，实际列出${actual}${unit} (claims ${claim.value} items, ${actual} are listed)`,
    range: claim.range,
    related: related ? [{ range: related, message: '所计条目 (the items counted)' }] : undefined,
    suggestions: digits ? [{ title: `改为${actual} (use ${actual})`, edits: [{ range: digits, text: written }] }] : undefined,
  });
}

/** The digits of a count, a line break a wrap put among them included (等1 / 2个单位). */
function digitRange(text: string, r: Range): Range | undefined {
  const m = /[0-9０-９]+(?:\r?\n[0-9０-９]+)*/.exec(text.slice(r.start, r.end));
  return m ? { start: r.start + m.index, end: r.start + m.index + m[0].length } : undefined;
}

interface Group {
  name: string;
  opener: TableRow;
  count: number;
  last?: TableRow;
}

function checkTables(ctx: RuleContext, doc: GazetteDocument): void {
  for (const t of logicalTables(doc)) {
    if (t.seq === undefined) continue;
    const groups: Group[] = [];
    let total = 0;
    let current: Group | undefined;
    for (const row of t.rows) {
      if (row.isHeader || t.isTotal(row)) continue;
      const name = t.groupName(row);
      if (name !== undefined && name !== current?.name) groups.push((current = { name, opener: row, count: 0 }));
      if (!seqValue(row, t.seq)) continue;
      total++;
      if (current) {
        current.count++;
        current.last = row;
      }
    }
    const claims = doc.counts.filter((c) => c.table !== undefined && t.rows.some((r) => inside(c.range, r.range)));
    for (const claim of claims) {
      const row = t.rows.find((r) => inside(claim.range, r.range))!;
      const cell = row.cells.findIndex((c) => inside(claim.range, { start: c.range.start, end: c.range.end + 1 }));
      const measure = measureOf(ctx, claim);
      if (t.isTotal(row)) {
        // 合计 共50家 under 30家, 20家: the sum of a column of figures (numbering/sums' to check), not a count of rows.
        if (claim.value !== total && !(cell >= 0 && cell !== t.seq && figuresIn(t.rows, cell, t.seq))) claimReport(ctx, claim, total, '合计', undefined, measure);
        checkBreakdown(ctx, row, groups);
        continue;
      }
      const group = groups.find((g) => g.opener === row);
      if (group && cell >= 0 && (cell < t.seq || row.cells.length === 1 || (cell === t.seq && !seqValue(row, t.seq))) && group.count > 0 && claim.value !== group.count) {
        claimReport(ctx, claim, group.count, `“${group.name}”`, { start: row.range.start, end: (group.last ?? row).range.end }, measure);
      }
    }
  }
}

/** The measure word of a count (共4件, 共3家), as the message repeats it; 项 for 类 and the like. */
function measureOf(ctx: RuleContext, claim: { range: Range }): string {
  const unit = ctx.text[claim.range.end - 1];
  return '个条件家'.includes(unit) ? unit : '项';
}

/** Whether most numbered rows hold a figure (30, 30家) in column `col`. */
function figuresIn(rows: readonly TableRow[], col: number, seq: number): boolean {
  const cells = rows.filter((r) => seqValue(r, seq)).map((r) => r.cells[col]?.norm ?? '');
  return cells.filter((c) => /^[0-9０-９][0-9０-９,.]*[\u4e00-\u9fff]{0,2}$/.test(c)).length * 2 > cells.length;
}

const NOT_NAME = /[,，;；、。:：\s0-9０-９]/;

/** 合计 共41项，其中重要指标1项，对外大通道建设6项 …: each named part against its group. */
function checkBreakdown(ctx: RuleContext, row: TableRow, groups: Group[]): void {
  for (const cell of row.cells) {
    const at = cell.text.indexOf('其中');
    if (at < 0) continue;
    // A name of at most 30 characters: a name that may end in spaces, before spaces, splits a long run every way.
    const re = /([^,，;；、。:：\s0-9０-９][^,，;；、。:：0-9０-９]{0,29}?)\s*([0-9０-９]{1,4})\s*[项个条件家]/g;
    let from = at + 2;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(cell.text))) {
      // Past where the search resumed, a match starts a name: in a longer name it found the name's tail.
      const startsName = m.index === from || NOT_NAME.test(cell.text[m.index - 1]);
      from = re.lastIndex;
      if (!startsName) continue;
      const name = normalize(m[1]);
      const group = groups.find((g) => g.name === name);
      const value = Number(halfWidthDigits(m[2]));
      if (!group || value === group.count) continue;
      const start = cell.range.start + m.index + m[0].lastIndexOf(m[2]);
      claimReport(ctx, { value, range: { start, end: start + m[2].length } }, group.count, `合计中“${group.name}”`, group.opener.range);
    }
  }
}

/** A count closing a heading's title, and how it counts. */
interface HeadingClaim {
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
interface Listed extends Count {
  range: Range;
  /**
   * Sub-groups' own counts added up, where they differ from their entries counted: a total that agrees with them is
   * no slip of its own (the sub-group whose names fall short is reported, not every count over it).
   */
  claimed?: number;
}

/** The measure word people are counted in: 人 as 名. */
function countedAs(measure: string): string {
  return measure === '人' ? '名' : measure;
}

/** Whether a count fits the items listed. */
function fits(value: number, listed: Listed): boolean {
  return (value >= listed.low && value <= listed.high) || value === listed.claimed;
}

/**
 * 二、重点任务(共8项) against the headings under it; in a 名单, 一、先进集体（6个） against the entries under it,
 * 二、见义勇为模范（5名）：黄子豪、邓建军 against the names after its colon, and a count over sub-groups against theirs.
 */
function checkHeadings(ctx: RuleContext, doc: GazetteDocument): void {
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

function headingClaims(ctx: RuleContext, doc: GazetteDocument): ReadonlyMap<number, HeadingClaim> {
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
  for (const claim of counts) {
    if (!inside(claim.range, h.range)) continue;
    // A short title before it and at most a bracket after it: a count far from either end is none (and a heading of
    // many counts is not read again from its start for each).
    if (claim.range.start - h.labelRange.end > TITLE_SPAN || h.range.end - claim.range.end > TITLE_SPAN) continue;
    const before = normalize(ctx.text.slice(h.labelRange.end, claim.range.start));
    const after = normalize(ctx.text.slice(claim.range.end, h.range.end));
    if (before.length > 30 || !/^[)）]?[。:]?$/.test(after) || /[。;，,]/.test(before.replace(/[(（]$/, ''))) continue;
    return { value: claim.value, range: claim.range, measure: ctx.text[claim.range.end - 1], what: `“${h.label}${before.replace(/[(（]$/, '')}”`, items: true };
  }
  return undefined;
}

/**
 * What a heading's count counts. Sub-groups that all carry counts of its measure add up (each its own entries
 * where they can be counted, else its count); sub-groups of names (in a 名单, or with names after their colons)
 * add up their entries; a 共N项 may count the headings under it; a heading with none counts its entries: the
 * names after its colon, or in a 名单 the lines under it.
 */
function lister(ctx: RuleContext, doc: GazetteDocument, claims: ReadonlyMap<number, HeadingClaim>) {
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
function itemsAmong(doc: GazetteDocument, children: readonly number[]): readonly number[] {
  if (children.length === 0) return children;
  const top = minOf(children.map((i) => rankOf(doc.headings[i])));
  const kind = kindKey(doc.headings[children.find((i) => rankOf(doc.headings[i]) === top)!]);
  return children.filter((i) => kindKey(doc.headings[i]) === kind);
}

function headingsListed(doc: GazetteDocument, items: readonly number[]): Listed {
  return { ...exactly(items.length), range: { start: doc.headings[items[0]].range.start, end: doc.headings[items.at(-1)!].range.end } };
}

function sum(parts: readonly (Listed | undefined)[]): Listed | undefined {
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  const all = parts as Listed[];
  const add = (key: keyof Count) => all.reduce((n, p) => n + p[key], 0);
  const range = { start: all[0].range.start, end: all.at(-1)!.range.end };
  const claimed = all.some((p) => p.claimed !== undefined) ? all.reduce((n, p) => n + (p.claimed ?? p.count), 0) : undefined;
  return { count: add('count'), low: add('low'), high: add('high'), range, ...(claimed !== undefined && { claimed }) };
}

/** The printed 名单 a heading is in, if any. */
function rollOf(doc: GazetteDocument, h: Heading): Attachment | undefined {
  return doc.attachments.find((a) => a.part === h.part && a.title?.norm.includes('名单'));
}

/** "现公布第七批…名录（共5项）", "《…清单》(共12项)": a count right after a printed attachment's title, against the rows of its table. */
function checkAttachmentClaims(ctx: RuleContext, doc: GazetteDocument): void {
  const claims = doc.counts.filter((c) => c.table === undefined);
  if (claims.length === 0 || doc.attachments.length === 0) return;
  for (const claim of claims) {
    const before = normalize(ctx.text.slice(Math.max(doc.range.start, claim.range.start - 80), claim.range.start)).replace(/》?[(（]?$/, '');
    // The count may close the title itself (名单（共13个）), in the 附件说明 and over the table.
    const attachment = doc.attachments.find((a) => {
      const title = a.title?.norm.replace(TITLE_CLAIM, '');
      return title !== undefined && title.length >= 4 && before.endsWith(title);
    });
    const listed = attachment && attachmentRows(doc, attachment.part);
    const unit = ctx.text[claim.range.end - 1];
    if (listed && claim.value !== listed.rows) claimReport(ctx, claim, listed.rows, `附件“${attachment.title!.text}”`, listed.range, '个名家件'.includes(unit) ? unit : '项');
  }
}

/** A count closing an attachment's title: （共13个）. */
const TITLE_CLAIM = /\(?共\d{1,4}[项个条名家件]\)?$/;

/** The rows of a printed attachment's numbered tables, and where they are; undefined when it has none. */
function attachmentRows(doc: GazetteDocument, part: number): { rows: number; range: Range } | undefined {
  const own = logicalTables(doc).filter((t) => t.part === part && t.seq !== undefined);
  if (own.length === 0) return undefined;
  let rows = 0;
  for (const t of own) for (const row of t.rows) if (!row.isHeader && !t.isTotal(row) && seqValue(row, t.seq!)) rows++;
  return { rows, range: { start: own[0].rows[0].range.start, end: own[own.length - 1].rows.at(-1)!.range.end } };
}

/** "对3件市政府规范性文件予以废止（见附件1）": a count in the clause that refers to an attachment. */
const COUNTED_REFERENCE = /([0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(件|项|个|家|所|名)[^。；;，,（(]{0,30}[（(][ \t]*见附件[ \t]*(?:[0-9０-９]{1,2})?[ \t]*[)）]$/;

/**
 * "实施12项具体措施，具体任务分工见附件。": a count of items (项, 件) in the clause before the one that refers to the
 * attachment; not 个, 家, 名 (涉及5个部门，具体任务分工见附件: the departments are not the rows).
 */
const COUNTED_BEFORE_REFERENCE = /(?<![0-9.．])([0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(件|项)[^。；;，,（(]{0,30}[，,][ \t]*(?:具体|详细|详|各项)?[^。；;，,（(0-9]{0,8}见附件[ \t]*(?:[0-9０-９]{1,2})?$/;

/** A second count after the first, in the same clause. */
const COUNT_IN = /(?:[0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(?:件|项|个|家|所|名)/;

function checkReferenceClaims(ctx: RuleContext, doc: GazetteDocument): void {
  for (const ref of doc.attachmentRefs) {
    // 见附件 without a number: the document's one attachment.
    const number = ref.number ?? (doc.attachments.length === 1 ? doc.attachments[0].number ?? 1 : undefined);
    if (number === undefined) continue;
    // The clause up to the bracket closing the reference, or up to the reference closing the sentence.
    const close = /^[ \t]*[)）]/.exec(ctx.text.slice(ref.range.end, ref.range.end + 4));
    const closesSentence = !close && /^[ \t]*(?:[。；;]|$)/m.test(ctx.text.slice(ref.range.end, ref.range.end + 4));
    if (!close && !closesSentence) continue;
    const end = ref.range.end + (close ? close[0].length : 0);
    const clause = ctx.text.slice(Math.max(doc.range.start, ref.range.start - 48), end);
    const m = (close ? COUNTED_REFERENCE : COUNTED_BEFORE_REFERENCE).exec(clause);
    // Not an ordinal (第3项), a rate (每5件), an article (一个目录), nor a clause counting two things (废止3件、修改2件).
    if (!m || /[第每前]$/.test(clause.slice(0, m.index)) || (m[1] === '一' && m[2] === '个') || COUNT_IN.test(m[0].slice(m[1].length + m[2].length))) continue;
    const attachment = ref.number === undefined ? doc.attachments[0] : doc.attachments.find((a) => a.number === ref.number && a.sub === undefined);
    const listed = attachment && attachmentRows(doc, attachment.part);
    const value = numeralValue(m[1]);
    if (!listed || value === listed.rows) continue;
    const start = end - m[0].length;
    if (countsRunUpTo(ctx.text.slice(Math.max(doc.range.start, start - 200), start), m[2], value, listed.rows)) continue;
    const seen = ref.number === undefined ? '见附件' : `见附件${ref.number}`;
    const claim = { value, range: { start, end: start + m[1].length + m[2].length } };
    ctx.report({
      message: `称${m[1]}${m[2]}（${seen}），附件${ref.number ?? ''}实际列出${listed.rows}${m[2]} (claims ${value} items, ${ref.number !== undefined ? `attachment ${ref.number}` : 'the attachment'} lists ${listed.rows})`,
      range: claim.range,
      related: [{ range: listed.range, message: '所计条目 (the items counted)' }],
      suggestions: /^\d+$/.test(m[1]) ? [{ title: `改为${listed.rows} (use ${listed.rows})`, edits: [{ range: { start, end: start + m[1].length }, text: String(listed.rows) }] }] : undefined,
    });
  }
}

const SENTENCE_END = /[。；;！？!?）)]/;
const COUNT_OF = /([0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t]*(件|项|个|家|所|名)/g;

/**
 * 取消3项，下放2项，新增2项（见附件2）: the attachment lists the counts of the sentence together; the last counts
 * from some count before it in the sentence (of the same unit) up to the referring one add up to the rows.
 */
function countsRunUpTo(before: string, unit: string, last: number, rows: number): boolean {
  let from = before.length;
  while (from > 0 && !SENTENCE_END.test(before[from - 1])) from--;
  const counts = [...before.slice(from).matchAll(COUNT_OF)].filter((c) => c[2] === unit && !/[第每前]$/.test(before.slice(from, from + c.index!)));
  let total = last;
  for (let k = counts.length - 1; k >= 0; k--) {
    total += numeralValue(counts[k][1]);
    if (total === rows) return true;
  }
  return false;
}

/** "（共20名）" alone under a printed attachment's title: a 名单 whose entries follow, a line each or in one paragraph. */
const LIST_CLAIM = /^[(（][ \t]*共[ \t]*(\d{1,4})[ \t]*(个|名|人|家|所|项|件)(?:单位|集体)?[ \t]*[)）]$/;

/** A count closing a 名单's title (…表彰名单（共8个）). */
const TITLE_LIST_CLAIM = /[(（][ \t]*共[ \t]*(\d{1,4})[ \t]*(个|名|人|家|所|项|件)(?:单位|集体)?[ \t]*[)）]$/;

function checkListClaims(ctx: RuleContext, doc: GazetteDocument): void {
  const lines = ctx.issue.lines;
  for (const a of doc.attachments) {
    if (!a.title?.norm.includes('名单')) continue;
    const { line, under, from, end } = rollBounds(ctx, doc, a);
    // The count alone under the title, or closing it; and the count closing its title in the 附件 line.
    const claims = [listClaim(line, under ?? TITLE_LIST_CLAIM.exec(content(line.text))), declaredClaim(ctx, doc, a)].filter((c) => c !== undefined);
    const sections = sectionsIn(doc, lines, from, end);
    for (const s of sections) checkSection(ctx, doc, s);
    const what = `附件“${a.title.text.replace(TITLE_LIST_CLAIM, '')}”`;
    for (const { claim, measure } of claims) {
      const unit = countedAs(measure);
      const groups = sections.length > 0 ? sectionsTotal(ctx, doc, sections, unit) : groupsTotal(ctx, doc, a.part, unit);
      if (groups === undefined) checkEntries(ctx, doc, claim, measure, from, end, what);
      else if (groups !== 'unknown' && !groups.some((g) => claim.value >= g.low && claim.value <= g.high)) claimReport(ctx, claim, groups[0].count, what, groups[0].range, measure);
    }
  }
}

/**
 * Where a printed 名单's entries are: from the line under its title, or under the count alone under it (`under`), to
 * the end of its part; `line` is the line of the count, or of the title.
 */
function rollBounds(ctx: RuleContext, doc: GazetteDocument, a: Attachment): { line: Line; under: RegExpExecArray | null; from: number; end: number } {
  const lines = ctx.issue.lines;
  const titleLine = lineIndexAt(lines, a.title!.range.end);
  let i = titleLine + 1;
  while (i < lines.length && isBlank(lines[i].text)) i++;
  const under = i < lines.length ? LIST_CLAIM.exec(content(lines[i].text)) : null;
  return { line: under ? lines[i] : lines[titleLine], under, from: (under ? i : titleLine) + 1, end: doc.parts[a.part]?.range.end ?? a.range.end };
}

/** A count of a 名单 read on `line`: its value, where its digits and measure word are, and the measure word. */
function listClaim(line: { start: number; text: string }, m: RegExpExecArray | null): { claim: { value: number; range: Range }; measure: string } | undefined {
  if (!m) return undefined;
  const at = line.start + line.text.lastIndexOf(m[1]);
  return { claim: { value: Number(m[1]), range: { start: at, end: at + m[1].length + m[2].length } }, measure: m[2] };
}

/** The count closing attachment `a`'s title in the 附件 line (附件：2024年度优秀志愿者名单（共8名）). */
function declaredClaim(ctx: RuleContext, doc: GazetteDocument, a: Attachment) {
  const bare = (title: string) => title.replace(TITLE_LIST_CLAIM, '');
  const decl =
    doc.attachmentDecls.find((d) => d.number !== undefined && d.number === a.number && d.sub === a.sub) ??
    doc.attachmentDecls.find((d) => bare(d.title.norm) === bare(a.title!.norm)) ??
    (doc.attachmentDecls.length === 1 && doc.attachments.length === 1 ? doc.attachmentDecls[0] : undefined);
  if (!decl || decl.omitted) return undefined;
  const text = ctx.text.slice(decl.title.range.start, decl.title.range.end);
  return listClaim({ start: decl.title.range.start, text }, TITLE_LIST_CLAIM.exec(content(text)));
}

/** A section's count (先进集体名单（共8个）) against its entries. */
function checkSection(ctx: RuleContext, doc: GazetteDocument, s: Section): void {
  if (s.claim) checkEntries(ctx, doc, s.claim, s.claim.measure, s.from, s.end, `“${s.name}”`);
}

/** The entries of a 名单's sections summed, as groupsTotal sums its groups'. */
function sectionsTotal(ctx: RuleContext, doc: GazetteDocument, sections: readonly Section[], unit: string): Listed[] | 'unknown' {
  const counted = sections.map((s) => {
    const measure = countedAs(s.claim?.measure ?? unit);
    return { measure, listed: sectionEntries(doc, ctx.issue.lines, s, measure) ?? (s.claim && { ...exactly(s.claim.value), range: s.range }) };
  });
  const all = sum(counted.map((c) => c.listed));
  if (!all) return 'unknown';
  const people = (measure: string) => measure === '名';
  const same = sum(counted.filter((c) => people(c.measure) === people(unit)).map((c) => c.listed));
  return same && same.count !== all.count ? [all, same] : [all];
}

/**
 * The entries of a 名单 in groups (一、先进集体（3个） / 二、先进个人（5名）), summed over its groups: a group's own count
 * where its entries cannot be counted. A total may count the entries of all groups, or (in a count of people) only
 * the groups of its measure: both sums, all first. Undefined for a 名单 without groups; unknown where a group cannot be
 * counted.
 */
function groupsTotal(ctx: RuleContext, doc: GazetteDocument, part: number, unit: string): Listed[] | 'unknown' | undefined {
  const { parents } = headingTree(ctx.issue, doc);
  const top = itemsAmong(doc, doc.headings.flatMap((h, i) => (h.part === part && h.kind !== 'box' && parents[i] < 0 ? [i] : [])));
  if (top.length === 0) return undefined;
  const claims = headingClaims(ctx, doc);
  const listed = lister(ctx, doc, claims);
  const people = (measure: string) => measure === '名';
  const counted = top.map((i) => {
    const own = claims.get(i);
    return { measure: own?.measure ?? unit, listed: listed(i, own?.measure ?? unit) ?? (own && { ...exactly(own.value), range: doc.headings[i].range }) };
  });
  const all = sum(counted.map((c) => c.listed));
  if (!all) return 'unknown';
  const same = sum(counted.filter((c) => people(c.measure) === people(unit)).map((c) => c.listed));
  return same && same.count !== all.count ? [all, same] : [all];
}

/** "对3个先进集体和5名先进个人予以表彰": a count before a group's name, against the group's entries. */
function checkGroupMentions(ctx: RuleContext, doc: GazetteDocument): void {
  const body = ctx.text.slice(doc.range.start, doc.range.end);
  if (!/[0-9０-９一两二三四五六七八九十][ \t]*[个名家所人]/.test(body)) return;
  const named = new Set<string>();
  if (doc.headings.length > 0) checkHeadingMentions(ctx, doc, named);
  checkSectionMentions(ctx, doc, named);
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

/** Quotes around an honour named alone: “先进集体”. */
const QUOTES = /^“|”$/g;

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

/** The entries of a 名单 (or one group of it) from line `from` up to offset `end`, against the count claimed. */
function checkEntries(ctx: RuleContext, doc: GazetteDocument, claim: { value: number; range: Range }, unit: string, from: number, end: number, what: string): void {
  const found = entryLines(doc, ctx.issue.lines, from, end);
  const count = found?.range && entryCount(found.texts, unit, found.texts, found.full);
  if (count === undefined || count.count < 2 || (claim.value >= count.low && claim.value <= count.high)) return;
  claimReport(ctx, claim, count.count, what, found!.range, unit);
}


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

/** 见下表（共8项）, 如下表所列（共8项）: a count of the table right under the sentence. */
const TABLE_BELOW = /(?:见|如|详见)下表[^。；;]{0,8}$/;

function checkTableBelowClaims(ctx: RuleContext, doc: GazetteDocument): void {
  const claims = doc.counts.filter((c) => c.table === undefined);
  if (claims.length === 0) return;
  const tables = logicalTables(doc).filter((t) => t.seq !== undefined);
  for (const claim of claims) {
    const before = ctx.text.slice(Math.max(doc.range.start, claim.range.start - 16), claim.range.start).replace(/[(（][ \t]*$/, '');
    if (!TABLE_BELOW.test(before)) continue;
    // The next table, with at most its caption between.
    const table = tables.find((t) => t.rows[0].range.start > claim.range.end);
    if (!table || ctx.text.slice(claim.range.end, table.rows[0].range.start).split('\n').filter((l) => !isBlank(l)).length > 2) continue;
    let rows = 0;
    for (const row of table.rows) if (!row.isHeader && !table.isTotal(row) && seqValue(row, table.seq!)) rows++;
    if (rows > 0 && rows !== claim.value) claimReport(ctx, claim, rows, '下表', { start: table.rows[0].range.start, end: table.rows.at(-1)!.range.end }, ctx.text[claim.range.end - 1]);
  }
}

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
function checkLeadIns(ctx: RuleContext, doc: GazetteDocument): void {
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

const TITLE_COUNT = /(\d{1,3}|[一二三四五六七八九十百]{1,4})[ \t\u3000]*条(?=[ \t\u3000]*(?:政策|意见|措施|举措|规定|建议|要求|细则))/;

/** "30条政策意见" in a title: the items of the document it names. */
function checkTitles(ctx: RuleContext, doc: GazetteDocument): void {
  const titles: TextSpan[] = [doc.title, ...(doc.preTitle ? [doc.preTitle] : []), ...doc.parts.flatMap((p) => (p.title ? [p.title] : []))];
  const counts = new Map<string, number>();
  const { lists } = headingTree(ctx.issue, doc);
  for (const l of lists) {
    const k = `${l.part}|${l.key}`;
    counts.set(k, (counts.get(k) ?? 0) + l.items.length);
  }
  if (counts.size === 0) return;
  const seen = new Set<number>();
  for (const title of titles) {
    if (seen.has(title.range.start)) continue;
    seen.add(title.range.start);
    const m = TITLE_COUNT.exec(title.text);
    if (!m || /贯彻|落实|执行|学习/.test(title.text.slice(0, m.index))) continue;
    const claimed = /\d/.test(m[1]) ? Number(m[1]) : chineseToInt(m[1]);
    const all = [...counts.values()];
    if (!Number.isFinite(claimed) || all.includes(claimed)) continue;
    const closest = all.reduce((a, b) => (Math.abs(b - claimed) < Math.abs(a - claimed) ? b : a));
    if (closest < claimed / 2 || closest > claimed * 2) continue;
    const at = findInSource(ctx.text, title.range, m[1]);
    if (!at) continue;
    ctx.report({
      message: `标题称“${m[1]}条”，正文列出${closest}条 (the title claims ${claimed} items, ${closest} are listed)`,
      range: at,
      severity: 'warning',
    });
  }
}

function findInSource(text: string, r: Range, needle: string): Range | undefined {
  const m = new RegExp(`${needle}(?=[ \\t\\u3000]*条)`).exec(text.slice(r.start, r.end));
  return m ? { start: r.start + m.index, end: r.start + m.index + needle.length } : undefined;
}

function inside(a: Range, b: Range): boolean {
  return a.start >= b.start && a.end <= b.end;
}

