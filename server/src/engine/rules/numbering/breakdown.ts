// 共26项，其中行政许可14项、行政确认5项… (or 8项事项中已完成6项，…): a count in running text and the parts its 其中 lists. Parts may
// leave some out (其中重点项目12个), so only parts that add up to more than the whole are reported, or
// parts known to make the whole (ending in 其他 / 其余, a complete classification, the document's own sections
// or attachments) and add up to anything else. Parts that add up to more may also overlap (企业500家，其中上市企业20家、
// 专精特新企业300家; 干部100名，其中女干部40名、党员干部80名): that is read as a slip only where they cannot, matters of one
// kind each (项, 件, 条), kinds counted apart (小学, 初中), grades (AAA级3家, 一类5个), places (江北区1035人、海门区612人), years (2026年30个、2027年32个), where things stand (进城方向卡口、区域内
// 路口; 城区, 乡镇; 市级, 县级) or measures (公顷, 万元) classed along one dimension (not 民间投资 beside 工业投资: see
// mayOverlap). Measures are added as printed, in
// decimals scaled to integers (12.3456公顷). A part named by a class that holds kinds (民生支出65.2亿元，教育支出18.3亿元，卫生健康
// 支出9.6亿元) may be followed by its kinds: parts that fit inside it are read so, not as a slip.
import type { GazetteDocument, Heading } from '../../model';
import { areDrawnAcross, areExclusiveKinds, areExclusivePlaces, classesTableRows, isCityLevels, isCompleteClassification, isExclusivePair, isProgressClassification, matchesAttachments, matchesTableTotal, namesTopics } from './breakdown-wholes';
import { decimalsOf, scaled, unscaled } from './decimals';
import { areGrades } from './grades';
import { addTo } from '../../arrays';
import { sourceRange } from '../../parse/paragraphs';
import { chineseToInt, isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import { allMatches } from '../shared/scan';
import type { RuleContext } from '../types';

const COUNT_UNIT = '个|项|件|家|所|名|万人次|人次|万人|人|条|处|座|万户|户|批|类|支|台|辆|套|张|艘|架';
/** Measures, read in decimals too: their parts are of one kind each (an area is 农用地 or 建设用地, not both). */
const MEASURE_UNIT = '万平方米|平方米|平方公里|公顷|万亩|亩|公里|千米|亿元|万元|元|万吨|吨|万立方米|立方米';
const UNIT = `${MEASURE_UNIT}|${COUNT_UNIT}`;
const NUMBER = '[0-9]{1,7}(?:\\.[0-9]{1,6})?';
/** Words that set a figure against another year's or period's. */
const COMPARED = '同比|环比|较上年|较去年|比上年|比去年';
/**
 * The whole and its 其中, after a comma or opening the next sentence (共计12项。其中，取消…), perhaps past a clause
 * comparing the whole with last year's (收到申请356件，同比增长18.3%，其中受理312件…); or the whole its parts are
 * taken from (8项事项中已完成6项，… ; 8项中，…): a word before that 中, or a comma after it (not 3个中心); or the whole
 * named again after it (行政处罚信息2417条；行政处罚信息中，…), the name checked against the words before the count; or
 * the whole followed by what it counts and what is said of it before the comma (10件民生实事总体推进顺利，其中…).
 */
/** The whole given again in brackets right after it, in another unit (38.6520公顷（折合579.78亩）): read over. */
const AFTER_WHOLE = '[（(][ \\t]*(?:折合|约合|合|即|约)[^（()），,。；;]{1,16}[)）]';
/** A whole counted in words (十件民生实事): read as its figure. */
const CHINESE_COUNT = '[二三四五六七八九十][一二三四五六七八九十]{0,2}';
// The lookahead names the first character: without it the regex engine tries the lookbehind at every position (3× slower).
const WHOLE = new RegExp(
  `(?=[0-9二三四五六七八九十])(?<![0-9０-９.．第每前一二三四五六七八九十])(${NUMBER}|${CHINESE_COUNT})[ \\t]*(${UNIT})(?:${AFTER_WHOLE})?(?:([，,。])[ \\t]*((?:${COMPARED})[^，,。；;]{0,20}[，,][ \\t]*)?其中[，,：:]?|(?!以上|以下|左右|余|多|百分点)[\\u4e00-\\u9fff]{1,12}[，,][ \\t]*其中[，,：:]?|[\\u4e00-\\u9fff]{1,6}中[，,]?|中[，,]|[；;，,。][ \\t]*([\\u4e00-\\u9fff]{2,10})中[，,])`,
  'g',
);
/**
 * The whole past one clause giving a figure in another unit (改造老旧小区86个，涉及居民1.26万户，其中澜江区38个…): the
 * parts, in the whole's unit, are its.
 */
const EARLIER_WHOLE = new RegExp(`(?<![0-9０-９.．第每前])(${NUMBER})[ \\t]*(${UNIT})[，,][ \\t]*([^，,。；;：:]{1,30})([，,。])[ \\t]*其中[，,：:]?`, 'g');
/**
 * The clause between saying how many the whole spans (共20项，涉及6个部门): parts as many as that, each named, are one
 * for each of them and so make the whole.
 */
const SPANNED = new RegExp(`^(?:涉及|分布在|分布于|覆盖|分属)[ \\t]*(${NUMBER}|${CHINESE_COUNT})[ \\t]*个([\\u4e00-\\u9fff（）()]{1,12})$`);
const COMPARISON = new RegExp(COMPARED);
/** A clause giving a rate of change (增长5.2%): the figures are statistics, rounded. */
const CHANGE = /[%％]|增长|下降|增加|减少/;
const PART = new RegExp(`(?<![0-9.．第每前])(${NUMBER})[ \\t]*(${UNIT})`, 'g');
const MEASURE = new RegExp(`^(?:${MEASURE_UNIT})$`);
/** A unit of 万 or 亿 (万人, 亿元): a figure in it with decimals is rounded. */
const IN_TEN_THOUSANDS = /^[万亿]/;
/** A part's own detail in brackets (农用地10.2156公顷（耕地6.1200公顷、园地…）): read over, its counts not the part's. */
const BRACKETED = /[（(][^（()）]*[)）]/g;
/**
 * A part given roughly (20项以上, 约30个, 近30个, 30余个): the parts cannot be added. 余额 (a balance) is a name, and so
 * is a 近 before no figure (近现代建筑5处); 其余 and 剩余 (the rest) are no rough count.
 */
const ROUGH = /以上|以下|超过|不少于|不足|左右|约|近(?=[ \t]*[0-9一二三四五六七八九十百千])|(?<![其剩])余(?!额)|多/;
/** A rate bounding what a part is (序时进度达到50%以上的6件): its 以上 says nothing of the part's count. */
const RATE_QUALIFIED = /[0-9０-９.．]+[ \t]*[%％][ \t]*(?:以上|以下|左右)?/g;
/** A whole given roughly (超过100家，其中…, 约100家，其中…): its parts may add up to more. */
const ROUGH_WHOLE = /(约|近|超过|逾|不少于|不足|不到|多于)[ \t]*$/;
const REST = /^(其他|其余|其它|剩余|剩下)/;
/**
 * The outcomes of a review (规范性文件清理: 继续有效 / 废止 / 宣布失效; 事项调整: 保留 / 取消): parts naming both
 * what is kept and what goes give each matter reviewed its outcome, so they make the whole.
 */
const KEPT = /^(?:继续有效|继续保留|予以保留|保留)/;
const DROPPED = /^(?:废止|予以废止|宣布失效|失效|取消|予以取消)/;
/** Units of matters (a 事项, a 建议, a 项目 is of one category): their parts cannot overlap as people's or firms' can. */
const EXCLUSIVE_UNIT = /^[项件条批]$/;
/** A year named alone (2026年, 2027年度): what is done in one year is not done in another, so years do not overlap. */
const YEAR = /^[0-9]{4}年度?$/;
/** A place named alone (江北区, 临湖县, 石塘镇, 城东街道): no one is counted in two places, so places do not overlap. */
const PLACE = /^[\u4e00-\u9fff]{1,5}(?:区|县|市|镇|乡|街道)$/;
/** A clause after the parts that compares or restates (同比增加8家, 分别较上年增加2个) or opens parts of a part. */
// 增加值 (value added, 第二产业增加值) is a figure's name, not a change.
const NO_PART = new RegExp(`其中|${COMPARED}|分别|增长|增加(?!值)|减少|下降`);
/** One clause and the mark that ends it; the parts are clauses in a row, all ended alike (、 or ，). */
const CLAUSE = /((?:[^、，,。；;（(]|[（(][^（()）]*[)）])*)([、，,。；;]?)/y;
const SENTENCE_OR_LIST = /其中|[。；;]/g;

export function checkTextBreakdowns(ctx: RuleContext, doc: GazetteDocument): void {
  const paragraphs = paragraphsIn(ctx.issue, doc.range);
  let sections: Sections | undefined;
  const sectionsOf = () => (sections ??= sectionNames(doc));
  const docText = () => ctx.text.slice(doc.range.start, doc.range.end);
  for (const [k, p] of paragraphs.entries()) {
    if (!p.text.includes('中') || isTableRow(p.text)) continue;
    const wholes: Whole[] = [];
    for (const m of allMatches(p.text, WHOLE)) {
      const restated = m[5];
      // A name before 中 that is not the whole's own (3人死亡；事故中，…) opens no parts of it.
      if (restated && !namesWhole(p.text, m.index!, restated, m[2])) continue;
      // A comparison giving a count of its own (比上年增加56件，其中…) may be what the 其中 details.
      if (m[4] && allMatches(m[4], PART).some((c) => c[2] === m[2])) continue;
      // A 其中 opening the next sentence details the count that ends this one, if it is the sentence's only count
      // of its unit (办理建议120件、提案80件。其中… may detail either, or both).
      if (m[3] === '。' && countsBefore(p.text, m.index!, m[2])) continue;
      const figure = /^[0-9]/.test(m[1]) ? m[1] : String(chineseToInt(m[1]));
      if (!/^[0-9]+(?:\.[0-9]+)?$/.test(figure)) continue;
      wholes.push({ at: m.index!, figure, written: m[1], unit: itemUnit(p.text, m.index! + m[1].length, m[2]), partsFrom: m.index! + m[0].length, compared: !!m[4], restated: !!restated });
    }
    // A whole past a clause, and one far from its 其中, stand before a 其中.
    if (p.text.includes('其中')) {
      wholes.push(...earlierWholes(p.text));
      wholes.push(...distantWholes(p.text, wholes));
    }
    if (wholes.length === 0) continue;
    const insideList = listPositions(p.text);
    for (const w of wholes) {
      // A count that is itself one of an earlier 其中's parts: where its own parts end is not clear, unless the whole is
      // named again past the end of that list.
      if ((insideList(w.at) && !w.restated) || ROUGH_WHOLE.test(p.text.slice(Math.max(0, w.at - 4), w.at))) continue;
      // A 其中 that closes its paragraph lists the parts in the next: a heading's line a wrap cut after it
      // (一、本次共清理…25件，其中 / 继续有效12件、废止7件…), or parts under a colon.
      const next = paragraphs[k + 1];
      const closes = w.partsFrom === p.text.length && next && !isTableRow(next.text);
      const parts = closes
        ? partsAfter(next.text, 0, Number(w.figure), w.unit)
        : (respectiveParts(p.text, w.partsFrom, Number(w.figure), w.unit) ?? partsAfter(p.text, w.partsFrom, Number(w.figure), w.unit));
      if (parts.length >= 2 && !addsUp(doc, w, parts, clauseBefore(p.text, Math.max(0, w.at - WHOLE_WORDS), w.at), sectionsOf, docText) && !restSaidApart(closes ? next.text : p.text, closes ? 0 : w.partsFrom, w, parts)) {
        const written = unscaled(sumOf(w, parts), scaleOf(w, parts));
        ctx.report({
          message: `称共${w.written}${w.unit}，“其中”所列各项之和为${written}${w.unit} (the parts listed add up to ${written}, not ${w.figure})`,
          range: sourceRange(p, w.at, w.at + w.written.length + w.unit.length),
        });
      }
    }
  }
}

/** Items counted in 个 (20个项目中，…): their parts are counted in 项 (传统技艺类6项), the measure word of 项目 and 事项. */
function itemUnit(text: string, unitAt: number, unit: string): string {
  return unit === '个' && /^[ \t]*个[ \t]*(?:项目|事项)/.test(text.slice(unitAt, unitAt + 8)) ? '项' : unit;
}

/** A count and its places in brackets right after it (县（市、区）16个（兰江区4个、澧北区3个…）). */
const PLACES_BRACKETED = new RegExp(`(?<![0-9０-９.．第每前])(${NUMBER})[ \\t]*(${UNIT})[（(]([^（()）]{1,200})[)）]`, 'g');
const PLACE_COUNT = new RegExp(`^([\\u4e00-\\u9fff]{1,5}(?:区|县|市|镇|乡|街道))[ \\t]*(${NUMBER})[ \\t]*(${UNIT})$`);

/**
 * The places a count is spread over, in brackets after it, each counted in its unit: no one is in two places, so
 * they add up to the count at most (fewer may be named: the rest elsewhere). Left open by 等 or a figure in another unit.
 */
export function checkBracketedPlaces(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!p.text.includes('（') && !p.text.includes('(')) continue;
    for (const m of allMatches(p.text, PLACES_BRACKETED)) {
      // A part of a place given in the bracket too (兰江区10个，其中望江街道6个) is within that place's count.
      if (/其中|含|包括/.test(m[3])) continue;
      const items = m[3].split(/[、，,；;]/).map((x) => PLACE_COUNT.exec(x.trim()));
      if (items.length < 2 || items.some((x) => !x || !sameUnit(x[3], m[2]))) continue;
      const scale = Math.max(decimalsOf(m[1]), ...items.map((x) => decimalsOf(x![2])));
      const sum = items.reduce((s, x) => s + scaled(x![2], scale), 0);
      if (sum <= scaled(m[1], scale)) continue;
      const written = unscaled(sum, scale);
      ctx.report({
        message: `称${m[1]}${m[2]}，括号内所列各地之和为${written}${m[2]} (the places in brackets add up to ${written}, more than ${m[1]})`,
        range: sourceRange(p, m.index!, m.index! + m[1].length + m[2].length),
      });
    }
  }
}

/** Wholes past one clause giving a figure in another unit before their 其中 (EARLIER_WHOLE). */
function earlierWholes(text: string): Whole[] {
  const out: Whole[] = [];
  for (const m of allMatches(text, EARLIER_WHOLE)) {
    // The nearer clause gives a figure of its own in another unit (涉及居民1.26万户); one in the whole's unit, or a
    // comparison, is left to the nearer count.
    const between = m[3];
    const spanned = SPANNED.exec(between);
    // The groups spanned may be counted in the whole's unit (项目18个，涉及3个县（区）): that count is no whole.
    if (!/[0-9０-９]/.test(between) || COMPARISON.test(between) || between.includes('其中') || (!spanned && allMatches(between, PART).some((c) => c[2] === m[2]))) continue;
    // A 其中 opening the next sentence is the whole's only where that clause says what its parts are.
    if (m[4] === '。' && !spanned) continue;
    const spans = spanned ? Number(/^[0-9]/.test(spanned[1]) ? spanned[1] : chineseToInt(spanned[1])) : undefined;
    out.push({ at: m.index!, figure: m[1], written: m[1], unit: m[2], partsFrom: m.index! + m[0].length, compared: CHANGE.test(between), restated: false, spans, spanned: spanned?.[2] });
  }
  return out;
}

/** A count said apart from the parts (另有30户自愿放弃改造, （另有…）). */
const APART = new RegExp(`另(?:有|外)?[^，,。；;0-9]{0,8}?(${NUMBER})[ \\t]*(${UNIT})`, 'g');

/**
 * Whether the rest of the whole is said apart after the parts, in their sentence or the next (其中已完工1080户，未完工
 * 150户。另有30户…): the parts then need not make the whole.
 */
function restSaidApart(text: string, from: number, w: Whole, parts: readonly Part[]): boolean {
  const scale = scaleOf(w, parts);
  const missing = scaled(w.figure, scale) - sumOf(w, parts);
  if (missing <= 0) return false;
  let window = text.slice(from, from + 200);
  const firstEnd = window.indexOf('。');
  const secondEnd = firstEnd < 0 ? -1 : window.indexOf('。', firstEnd + 1);
  if (secondEnd >= 0) window = window.slice(0, secondEnd);
  return allMatches(window, APART).some((m) => sameUnit(m[2], w.unit) && scaled(m[1], scale) === missing);
}

const PARTS_OPEN = /其中[，,：:]?/g;
/** The clause before a count compares it (比上年末增加1.8万人): a change, not a whole. */
const CHANGE_CLAUSE = new RegExp(`${COMPARED}|增加(?!值)|减少|增长|下降`);

/**
 * The whole of a 其中 that follows it past clauses with no count of the parts' unit: a rate or a share (地区生产总值
 * 2586.4亿元，按不变价格计算，比上年增长5.8%。其中，…; 完成投资31.6亿元，占年度计划的23.8%。其中，…), or a change (常住人口
 * 312.6万人，比上年末增加1.8万人。其中，城镇人口…, where the parts are each more than the change). Looked for in the
 * 其中's sentence, or the one before where the 其中 opens its own; the only count of the parts' unit there, a change set
 * aside, is the whole, where a rate, a share or a change stands between them. The wholes found next to their 其中
 * (`found`) are left as they are.
 */
function distantWholes(text: string, found: readonly Whole[]): Whole[] {
  const out: Whole[] = [];
  const sentenceStart = sentenceStarts(text);
  const taken = new Set(found.map((w) => w.partsFrom));
  for (const q of allMatches(text, PARTS_OPEN)) {
    const partsFrom = q.index! + q[0].length;
    if (taken.has(partsFrom)) continue;
    let end = q.index!;
    while (end > 0 && end > q.index! - 8 && /[ \t\u3000]/.test(text[end - 1])) end--;
    const mark = text[end - 1];
    if (mark !== '。' && mark !== '，' && mark !== ',') continue;
    // The sentence the whole is in, its last SPAN characters at most (each 其中 looks back a bounded way: linear).
    const start = Math.max(sentenceStart(mark === '。' ? end - 1 : end), end - SPAN);
    const first = PART_AT.exec(text.slice(partsFrom, partsFrom + 40));
    if (!first) continue;
    const counts = allMatches(text.slice(start, end), PART).filter((c) => sameUnit(c[2], first[2]));
    const changes = counts.filter((c) => CHANGE_CLAUSE.test(clauseBefore(text, start, start + c.index!)));
    const wholes = counts.filter((c) => !changes.includes(c));
    if (wholes.length !== 1) continue;
    // A change in the 其中's own sentence may be what it details (比上年增加56件，其中…); one in the sentence before,
    // only where it is less than the parts.
    if (changes.length > 0 && (mark !== '。' || changes.some((c) => Number(c[1]) >= Number(first[1])))) continue;
    const [w] = wholes;
    const at = start + w.index!;
    // What stands between gives a rate, a share or a change of the whole: a clause of other words (全部纳入年度计划)
    // may have turned to another matter.
    const between = text.slice(at + w[0].length, end);
    if (!CHANGE.test(between)) continue;
    out.push({ at, figure: w[1], written: w[1], unit: w[2], partsFrom, compared: true, restated: false });
  }
  return out;
}

/** The first count of the parts (its name before it, in the clause's first words). */
const PART_AT = new RegExp(`^[^，,。；;、]{0,20}?(?<![0-9.．第每前])(${NUMBER})[ \\t]*(${UNIT})`);

/** How far back a whole may stand from its 其中. */
const SPAN = 300;

/**
 * Where the sentence holding a position starts (after the last 。 or ； before it); asked in increasing positions, so the
 * marks are walked once.
 */
function sentenceStarts(text: string): (at: number) => number {
  const marks = allMatches(text, /[。；;]/g).map((m) => m.index!);
  let k = 0;
  return (at) => {
    while (k < marks.length && marks[k] < at) k++;
    return k > 0 ? marks[k - 1] + 1 : 0;
  };
}

/** The words of the clause before a position, back to the mark that opens it (not before `from`). */
function clauseBefore(text: string, from: number, at: number): string {
  let start = at;
  while (start > from && !/[，,。；;：:]/.test(text[start - 1])) start--;
  return text.slice(start, at);
}

/** A count in running text whose parts a 其中 lists, and where they start. */
interface Whole {
  at: number;
  /** In figures (10 for 十). */
  figure: string;
  /** As printed (十). */
  written: string;
  unit: string;
  partsFrom: number;
  /** Set against last year's (同比增长…): rounded. */
  compared: boolean;
  /** Named again before its 中 (行政处罚信息2417条；行政处罚信息中，…). */
  restated: boolean;
  /** How many it is said to span (涉及6个部门): so many parts, each named, make it. */
  spans?: number;
  /** What it spans (部门 of 涉及6个部门). */
  spanned?: string;
}

const scaleOf = (w: Whole, parts: readonly Part[]) => Math.max(decimalsOf(w.figure), ...parts.map((v) => decimalsOf(v.figure)));
const sumOf = (w: Whole, parts: readonly Part[]) => parts.reduce((all, v) => all + scaled(v.figure, scaleOf(w, parts)), 0);

/** How far back the words naming a whole are read (示范家庭农场 of 全市共有示范家庭农场86家). */
const WHOLE_WORDS = 30;

/** Whether the parts agree with the whole as far as can be told (see the head of this file). */
function addsUp(doc: GazetteDocument, w: Whole, parts: readonly Part[], wholeWords: string, sectionsOf: () => Sections, docText: () => string): boolean {
  const scale = scaleOf(w, parts);
  const total = scaled(w.figure, scale);
  const sums = parts.map(((s) => (v: Part) => (s += scaled(v.figure, scale)))(0));
  // Parts that make the whole and go on: a second breakdown of it (公立70家、民营50家、三级医院20家).
  if (sums.some((s, i) => i > 0 && s === total)) return true;
  const sum = sums[sums.length - 1];
  // Statistics set against last year's (同比增长…) are rounded, each figure to its last decimal: their parts may add
  // up to a little more or less than the whole (856.32公顷 over 300.15, 120.10 and 436.08).
  // So are figures in 万 or 亿 (312.6万人 over 208.5万人 and 104.2万人; 5236.8亿元 over the three sectors' 增加值).
  if ((w.compared || IN_TEN_THOUSANDS.test(w.unit)) && Math.abs(sum - total) * 2 <= roundingOf([w.figure, ...parts.map((v) => v.figure)], scale)) return true;
  const names = parts.map((v) => v.name);
  const exhaustive =
    parts[parts.length - 1].rest ||
    (parts.some((v) => KEPT.test(v.name)) && parts.some((v) => DROPPED.test(v.name))) ||
    // Parts that are every section of a list of the document's own (正式项目5件、预备项目4件、调研项目5件 over 一、正式项目
    // / 二、预备项目 / 三、调研项目): all of it.
    namesEverySection(doc, names, sectionsOf()) ||
    isCompleteClassification(names) ||
    isProgressClassification(names) ||
    isCityLevels(names, doc, docText) ||
    (w.spans === parts.length && namesGroupsSpanned(names, w.spanned!)) ||
    matchesAttachments(names, doc) ||
    matchesTableTotal(names, w.figure, w.unit, doc) ||
    classesTableRows(names, w.figure, doc);
  if (sum === total || (sum < total && !exhaustive)) return true;
  // Grades of one scale hold none of each other (合格 holds no 不合格, no 基本合格).
  const grades = areGrades(names);
  if (sum > total && !grades && holdsLaterParts(parts, sums, total, scale)) return true;
  if (!exhaustive && mayOverlap(names, parts, wholeWords)) return true;
  return (
    !exhaustive &&
    !EXCLUSIVE_UNIT.test(w.unit) &&
    !MEASURE.test(w.unit) &&
    !grades &&
    !parts.every((v) => PLACE.test(v.name)) &&
    !parts.every((v) => YEAR.test(v.name)) &&
    !isExclusivePair(names) &&
    !areExclusivePlaces(names, wholeWords) &&
    !areExclusiveKinds(names)
  );
}

/** A unit's name (市教育局, 市卫生健康委, 市消防救援支队): what a whole spanning 部门 or 单位 is shared out among. */
const UNIT_NAME = /(?:局|委|办|厅|院|署|部|中心|队|所|处|室|会|行|公司|集团|政府)$/;

/**
 * Whether the parts are named as the groups the whole spans, each one (涉及6个部门 over 市教育局3项、市公安局4项…; 涉及3个
 * 县（区） over 澄江区8个…): parts of another kind (行政许可12项、行政处罚5项 under 涉及3个部门) are no share of it each.
 */
function namesGroupsSpanned(names: readonly string[], spanned: string): boolean {
  if (names.some((n) => n.length < 2)) return false;
  if (/部门|单位|机关/.test(spanned)) return names.every((n) => UNIT_NAME.test(n));
  if (/县|区|乡|镇|街道/.test(spanned)) return names.every((n) => PLACE.test(n));
  return true;
}

/**
 * Whether parts in a measure may be drawn across one another, and so add up to more than the whole: indicators each
 * given with its rate (规模以上工业增加值…。其中，高技术制造业增加值…，增长9.1%；装备制造业增加值…; 民间投资 and 工业投资), or
 * industries grouped by a quality (高新技术产业, 装备制造业, 战略性新兴产业: an 装备制造 firm may be 高技术), rates or
 * none; parts classed along different dimensions (民间投资 by who invests, 工业投资 by industry; 永久基本农田 and 高标准农田),
 * or named by what they concern (涉及减税降费的21项). Not parts that pair as kinds with no one in both (续建项目 and
 * 新开工项目, 一般债务 and 专项债务, 出口 and 进口).
 */
function mayOverlap(names: readonly string[], parts: readonly Part[], wholeWords: string): boolean {
  if (isExclusivePair(names) || areExclusivePlaces(names, wholeWords)) return false;
  return (
    parts.every((v) => v.rated) ||
    (names.every((n) => INDUSTRY.test(n)) && names.some((n) => INDUSTRY_GROUP.test(n))) ||
    areDrawnAcross(names) ||
    namesTopics(names)
  );
}

/** A name of an industry, a sector or a class of goods (工业增加值, 建筑业增加值, 高技术制造业增加值, 机电产品出口). */
const INDUSTRY = /产业|制造业|工业|行业|服务业|建筑业|农业|产品/;
/**
 * Industries grouped by a quality, cutting across the classification of industries: an …产业 other than the three
 * sectors (第一产业) or 房地产业 (高新技术产业, 战略性新兴产业, 数字经济核心产业, 文化产业), or a manufacturing or
 * service grouped so (高技术制造业, 装备制造业, 高耗能行业, 现代服务业), or goods grouped so in trade (机电产品, 高新技术产品:
 * most 高新技术产品 are 机电产品). 工业 and 建筑业 are no such group: they are of one kind each.
 */
const INDUSTRY_GROUP =
  /(?<!第[一二三]|房地)产业(?!园|区|基地)|(?:高新技术|高技术|战略性新兴|新兴|装备|先进|高端|数字经济|高耗能|消费品|原材料|现代)(?:制造业|工业|行业|服务业)|(?:机电|高新技术|高技术|劳动密集型)产品/;

/**
 * A class drawn across kinds (民生支出, 重点项目, “三保”支出, 刚性支出): the parts after it may be its kinds (教育支出,
 * 卫生健康支出 of 民生支出).
 */
const CLASS_OF_KINDS = /民生|重点|三保|刚性/;
/** A part named as the rest beside a class (非民生支出, 一般性支出, 一般项目, 其他…): never one of its kinds. */
const COMPLEMENT = /^(?:非|其他|其余|剩余|剩下|一般)/;

/**
 * Whether a part may hold the parts after it, its kinds: named by a class of kinds, or by the words every later part's
 * name ends in (义务教育支出、职业教育支出 after 教育支出), none of them the rest beside it (非住宅 after 住宅, 一般性支出
 * after 刚性支出, 其他…); no larger than the whole with the parts before it, and no smaller than the parts after it.
 */
function holdsLaterParts(parts: readonly Part[], sums: readonly number[], total: number, scale: number): boolean {
  const last = sums[sums.length - 1];
  return parts.some((holder, i) => {
    if (i === parts.length - 1 || sums[i] > total || last - sums[i] > scaled(holder.figure, scale)) return false;
    const later = parts.slice(i + 1);
    if (later.some((p) => COMPLEMENT.test(p.name))) return false;
    return CLASS_OF_KINDS.test(holder.name) || (holder.name.length >= 2 && later.every((p) => p.name.length > holder.name.length && p.name.endsWith(holder.name)));
  });
}

/** Twice the most that rounding each figure with decimals to its last one can move their sum, in units of 10^-scale. */
function roundingOf(figures: readonly string[], scale: number): number {
  return figures.reduce((all, f) => (decimalsOf(f) > 0 ? all + 10 ** (scale - decimalsOf(f)) : all), 0);
}

/** Whether the sentence before a position holds a count in the unit (back to its start only: a scan stays linear). */
/**
 * Whether a name said again before 中 is the whole's: the words right before its count, and before no other count of
 * that unit in its sentence (检查企业1256家，发现隐患企业318家；企业中，… may name the 1256; 隐患企业中 names the 318).
 */
function namesWhole(text: string, at: number, name: string, unit: string): boolean {
  if (!text.slice(0, at).endsWith(name)) return false;
  let start = at;
  while (start > 0 && !/[。；;]/.test(text[start - 1])) start--;
  return !allMatches(text.slice(start, at), PART).some((c) => c[2] === unit && text.slice(start, start + c.index!).endsWith(name));
}

function countsBefore(text: string, at: number, unit: string): boolean {
  let start = at;
  while (start > 0 && !/[。；;]/.test(text[start - 1])) start--;
  return allMatches(text.slice(start, at), PART).some((c) => c[2] === unit);
}

/**
 * The titles of a document's headings (without a count closing them: 正式项目 for 一、正式项目（共5件）), the heading
 * each names, the headings of each list, and how many of a list end in given words (computed once for each).
 */
interface Sections {
  byTitle: Map<string, number>;
  titles: string[];
  lists: Map<string, number[]>;
  ending: Map<string, number>;
}

const listOf = (h: Heading) => `${h.part}|${h.parent}|${h.kind}`;

function sectionNames(doc: GazetteDocument): Sections {
  const byTitle = new Map<string, number>();
  const lists = new Map<string, number[]>();
  const titles = doc.headings.map((h, i) => {
    const title = h.text.replace(/[(（][^()（）]{0,12}[)）][ \t\u3000]*$/, '').trim();
    if (title.length >= 2 && title.length <= 12 && !byTitle.has(title)) byTitle.set(title, i);
    addTo(lists, listOf(h), i);
    return title;
  });
  return { byTitle, titles, lists, ending: new Map() };
}

/**
 * Whether the names are each the title of one heading of one list, and together every heading of that list of their
 * kind: all of them ending in the words the names share (正式项目、预备项目、调研项目 over 一、正式项目 … 三、调研项目, a
 * 四、工作要求 after them), or all of them where the names share none.
 */
function namesEverySection(doc: GazetteDocument, names: readonly string[], sections: Sections): boolean {
  const named = names.map((n) => sections.byTitle.get(n));
  if (named.some((i) => i === undefined) || new Set(named).size !== names.length) return false;
  const list = listOf(doc.headings[named[0]!]);
  if (!named.every((i) => listOf(doc.headings[i!]) === list)) return false;
  const shared = sharedEnd(names);
  const key = `${list}|${shared}`;
  let size = sections.ending.get(key);
  if (size === undefined) {
    size = sections.lists.get(list)!.filter((i) => sections.titles[i].endsWith(shared)).length;
    sections.ending.set(key, size);
  }
  return size === names.length;
}

/** The words every name ends in (项目 of 正式项目, 预备项目), of two characters or more; '' where they share fewer. */
function sharedEnd(names: readonly string[]): string {
  let n = 0;
  const shortest = Math.min(...names.map((x) => x.length));
  while (n < shortest && names.every((x) => x[x.length - 1 - n] === names[0][names[0].length - 1 - n])) n++;
  return n >= 2 ? names[0].slice(names[0].length - n) : '';
}

interface Part {
  /** Its figure as printed (10.2156). */
  figure: string;
  rest: boolean;
  /** The words before its count (废止, 继续有效). */
  name: string;
  /** Followed by a rate of its own (出口228.5亿元，增长9.4%；): an indicator of a statistics report. */
  rated: boolean;
}

function partsAfter(text: string, from: number, whole: number, unit: string): Part[] {
  const parts: Part[] = [];
  let mark: string | undefined;
  CLAUSE.lastIndex = from;
  for (;;) {
    const [, written, end] = CLAUSE.exec(text)!;
    const clause = written.replace(BRACKETED, '');
    const counts = allMatches(clause, PART);
    if (counts.length !== 1 || !sameUnit(counts[0][2], unit) || ROUGH.test(clause.replace(RATE_QUALIFIED, '')) || NO_PART.test(clause)) break;
    const figure = counts[0][1];
    // The whole said again (已全部按时答复126件) is no part.
    if (Number(figure) >= whole) break;
    const rest = REST.test(clause.trim());
    const name = clause.slice(0, counts[0].index).trim();
    const part: Part = { figure, rest, name, rated: false };
    parts.push(part);
    let kind = end === '、' ? '、' : end === '，' || end === ',' ? '，' : undefined;
    // Parts in a row each with its rate after it, set off by ；(第一产业增加值186.2亿元，增长3.6%；第二产业…): the rate is read over.
    if (kind === '，' && mark !== '，') {
      RATE.lastIndex = CLAUSE.lastIndex;
      const rate = RATE.exec(text);
      part.rated = rate !== null;
      if (rate && /[；;]/.test(rate[1])) {
        kind = '；';
        CLAUSE.lastIndex = RATE.lastIndex;
      }
    }
    mark ??= kind;
    if (rest || !kind) break;
    if (kind !== mark) {
      // The rest after a comma closing a list in 、 (传统技艺类6项、民俗类4项，其他门类7项): its last part.
      const last = mark === '、' && kind === '，' ? restAfter(text, unit) : undefined;
      if (last && Number(last.figure) < whole) parts.push(last);
      break;
    }
  }
  return parts;
}

const EACH = /均|各|每|分别|都/;

/** Parts named first and counted after 分别 (其中重点建议、一般建议分别为32件、246件): the names, 分别, the figures. */
const RESPECTIVE = new RegExp(`^[ \\t]*([^，,。；;：:0-9]{2,60}?)分别(?:为|是|有|占)?[ \\t]*((?:${NUMBER}[ \\t]*(?:${UNIT})?[ \\t]*(?:、|和|及)[ \\t]*)+${NUMBER}[ \\t]*(?:${UNIT}))`);

/** A figure of the list after 分别, with its unit or not (32件、246件; 32、246件). */
const RESPECTIVE_FIGURE = new RegExp(`(${NUMBER})[ \\t]*(${UNIT})?`, 'g');

/** The parts of a 其中 said with 分别, each name with its figure in order; undefined where it is no such list. */
function respectiveParts(text: string, from: number, whole: number, unit: string): Part[] | undefined {
  const m = RESPECTIVE.exec(text.slice(from, from + 160));
  if (!m) return undefined;
  const names = m[1].split(/、|和|及/).map((n) => n.trim());
  const counts = allMatches(m[2], RESPECTIVE_FIGURE);
  if (names.length < 2 || names.length !== counts.length || names.some((n) => n === '' || ROUGH.test(n))) return undefined;
  // Each figure in the whole's unit, where it is written (32件、246件, or 32、246件).
  if (counts.some((c) => c[2] !== undefined && !sameUnit(c[2], unit)) || counts.some((c) => Number(c[1]) >= whole)) return undefined;
  return names.map((name, i) => ({ figure: counts[i][1], rest: REST.test(name), name, rated: false }));
}

/** The clause CLAUSE stands at, if it is the rest (其他门类7项) counted once in the unit. */
function restAfter(text: string, unit: string): Part | undefined {
  const [, written, end] = CLAUSE.exec(text)!;
  // The rest ends the list: parts going on after it (其他县8个、连山县7个) are no list closed by it.
  if (end === '、') return undefined;
  const clause = written.replace(BRACKETED, '').trim();
  const counts = allMatches(clause, PART);
  if (!REST.test(clause) || counts.length !== 1 || !sameUnit(counts[0][2], unit) || ROUGH.test(clause) || NO_PART.test(clause)) return undefined;
  const name = clause.slice(0, counts[0].index).trim();
  // A count of each of the rest (其他门类均为1项, 其余各2项) is not theirs together.
  if (EACH.test(name)) return undefined;
  return { figure: counts[0][1], rest: true, name, rated: false };
}

/** A clause giving a rate alone (增长3.6%, 比上年下降1.2%), and the mark after it. */
const RATE = /[ \t]*(?:同比|比上年|较上年)?(?:增长|下降|提高|回落)[0-9]{1,3}(?:\.[0-9]{1,2})?[%％]([、，,。；;]?)/y;

/** People are counted in 名 and in 人 alike (14名责任人员，其中…3人、…): one unit for the parts. */
export function sameUnit(a: string, b: string): boolean {
  return a === b || (PERSONS.test(a) && PERSONS.test(b));
}
const PERSONS = /^[名人]$/;

/** Whether a position stands after a 其中 in its sentence; asked in increasing positions. */
function listPositions(text: string): (at: number) => boolean {
  const marks = allMatches(text, SENTENCE_OR_LIST);
  let k = 0;
  let inList = false;
  return (at) => {
    for (; k < marks.length && marks[k].index! < at; k++) inList = marks[k][0] === '其中';
    return inList;
  };
}
