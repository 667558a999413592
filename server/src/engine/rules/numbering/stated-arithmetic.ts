// Figures the text works out for the reader:
// - a figure and, in brackets right after it, how it is reached: 6876元（28650元×12%×2）, 28650元（…月平均工资9550元的3倍）,
//   1320元（2200元的60%）, 1200元（14400元÷12）; a bracket giving a bound (不低于…的40%) is only a bound;
// - a change and what it comes to: 由2010元调整为2200元，增加190元，增长9.5% (the difference, and the rate over the
//   old figure, in the same clause run, up to ；or 。); 由每人每月188元提高到208元，增加了20元, 同比增长10.6%, 比上年增长
//   10.6% (not after a change the sentence gives years of its own: 2020年至2024年，…由…增长到…，比上年增长…); 从 as 由,
//   增至, 升至, 降至 as 增加到.
// Every printed figure may be rounded to its last decimal (in 万 or 亿 as written): a result is reported only where
// no figures the printed ones could round from give it, rounded, cut or carried up (元以下进位).
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';

const UNIT = '元|人次|人|户|个|项|件|家|所|名|种|套|间|辆|台|吨|亩|平方米|公顷|公里|立方米|千瓦时|千瓦';
const NUMBER = '([0-9]{1,12}(?:\\.[0-9]{1,4})?)';
// (Each run of spaces comes before a word it must be followed by, so that no two runs can share the same spaces.)
const AMOUNT = `${NUMBER}(?:[ \\t]*([万亿]))?(?:[ \\t]*(${UNIT}))?`;
const BRACKETED = new RegExp(`${NUMBER}(?:[ \\t]*([万亿]))?[ \\t]*(${UNIT})[ \\t]*[（(]([^（）()\\n]{1,80})[）)]`, 'g');
const FACTOR = new RegExp(`^[ \\t]*${NUMBER}(?:[ \\t]*([万亿]))?(?:[ \\t]*(${UNIT}|[%％]))?[ \\t]*$`);
/** The bracket's end: …9550元的3倍, …2200元的60%. */
const OF = new RegExp(`${NUMBER}(?:[ \\t]*([万亿]))?[ \\t]*(${UNIT})的[ \\t]*([0-9]{1,3}(?:\\.[0-9]{1,2})?)[ \\t]*(倍|[%％])[ \\t]*$`);
/** Signs between a bracket's factors: ×, and what a draft types for it (x, *, ·, 乘以); ÷ and / divide. */
const OPERATOR = /(×|[xX*＊·]|乘以|÷|\/|除以)/;
const DIVIDE = /^(?:÷|\/|除以)$/;
/** A bracket that only bounds the figure (不低于…的40%, 不超过…的60%): the figure may be anywhere on its side. */
const AT_LEAST = /不低于|不少于|不得低于|不得少于/;
const AT_MOST = /不超过|不高于|不得超过|不得高于/;
/**
 * Words between 由 or 从 and its figure (由每人每月188元, 由原来的2010元): a few ideographs, none of them a numeral nor
 * another 由 or 从 (从业人员由3.2万人…: the change starts at 由); not 由于, 从而, 从事, 从业.
 */
const BEFORE_FIGURE = '(?!于|而|事|业)(?:(?![〇一二三四五六七八九十百千万亿两由从])[\\u4e00-\\u9fff]){1,8}[ \\t]*';
/** The year a figure of a change stands in (从2020年的186.2万人增加到2025年的201.5万人). */
const YEAR_OF = '[0-9]{4}[ \\t]*年(?:底|末|初)?的?[ \\t]*';
/** Words saying the figures are each one's (提高到3380元，月人均增加130元): the difference is still theirs. */
const PER_HEAD = '(?:月人均|年人均|人均|户均|每人每月|每人每年|每人|每月|每户)[ \\t]*';
/** A budget's figure before its adjustment, then 调整为 after a comma: 年初预算500000万元，调整为502900万元. */
const ADJUSTED_FROM = '(?:年初预算|年初安排|原预算)(?:数)?(?:为)?';
const CHANGE = new RegExp(
  `(?:[由从][ \\t]*(?:${YEAR_OF})?(?:${BEFORE_FIGURE})?${AMOUNT}[ \\t]*(?:(?:调整|提高|增加|上调|上浮|提升|增长|下调|下浮|降低|减少|下降)(?:为|到|至)|[增升降]至)|${ADJUSTED_FROM}[ \\t]*${AMOUNT}[ \\t]*[，,][ \\t]*(?:调整为|调整后为|调整到|调整至))[ \\t]*(?:${YEAR_OF})?${AMOUNT}`,
  'g',
);
/** The groups of CHANGE's figures: the first after 由 (1–3) or after 年初预算 (4–6), then the second (7–9). */
function figuresOf(m: RegExpMatchArray): string[] {
  return m[1] !== undefined ? [m[0], m[1], m[2], m[3], m[7], m[8], m[9]] : [m[0], m[4], m[5], m[6], m[7], m[8], m[9]];
}
// A rate (降低8.6%, 提高2个百分点) is no amount.
// Either may say 了 or 约 after its verb (增加了20元, 增长约7.4%), and a rate 同比 or 比上年 before it (the change is then
// the year's, unless the words before it give it years of its own).
const BY_AMOUNT = new RegExp(`^[，,][ \\t]*(?:${PER_HEAD})?(?:增加|提高|上调|上浮|减少|降低|下调|下浮)(?:了约|了|约)?[ \\t]*${AMOUNT}(?![0-9.]|[ \\t]*(?:[%％]|个?百分点))`);
/**
 * What is added named before its count: 由32种增加到40种，新增阿尔茨海默病、帕金森病…8种 (the count in the change's measure).
 * Only a list of what is added (with 、 or 等) is all of it; 新增民营医疗机构19家 may be one kind among those added.
 */
const BY_NAMED = new RegExp(`^[，,][ \\t]*新增(?:了)?([^，,。；;：:0-9\\n]{1,80}?)${NUMBER}[ \\t]*(${UNIT})`);
/** What is taken off after what is added (，调出…2种): the change is what is added less it. */
const REMOVED = new RegExp(`^[ \\t]*[，,、][ \\t]*(?:调出|删除|剔除|取消|撤销|减少|退出|移出|注销)(?:了)?(?:[^，,。；;：:0-9\\n]{1,80}?)?${NUMBER}[ \\t]*(${UNIT})`);
/** Words taking something off, with no count of it in the change's measure: what is added is then not the change. */
const REMOVING = /^[^。；;\n]*?(?:调出|删除|剔除|取消|撤销|退出|移出|注销)/;
const BY_RATE = /^[，,][ \t]*(同比|[比较](?:上年|去年)(?:同期)?)?(?:增长|提高|上调|上浮|增幅为|增幅|下降|降低|减少|下调|下浮|降幅为|降幅)(?:了约|了|约)?[ \t]*([0-9]{1,3}(?:\.[0-9]{1,2})?)[ \t]*[%％](?![ \t]*[个])/;

/** Words giving a change years of its own (2020年至2024年, 五年来, “十四五”期间, 以来): a rate over the year before is not its rate. */
const SPAN_OF_YEARS = /[0-9]{4}(?:[ \t]*年)?[ \t]*[至到—－\-～~]|年来|以来|期间|年间|累计/;
const YEARS_IN = /[0-9]{4}[ \t]*年/;
/** Words before a change's first figure naming part of a year (由上半年的…, 由年初的…): the change is within the year. */
const PART_OF_YEAR = /年初|年底|年末|半年|季度|月初|月底|月末/;

interface Amount {
  /** The value in the unit as written (元, not 万元). */
  value: number;
  /** The unit of its last printed place, in the same unit. */
  place: number;
  /** How far the true figure may be from the printed one: half its last place where written in 万 or 亿, else none. */
  slack: number;
  /** 1, or 1e4 and 1e8 for a figure written in 万 or 亿. */
  scale: number;
  unit?: string;
}

function amount(digits: string, scale: string | undefined, unit: string | undefined): Amount {
  const factor = scale === '万' ? 1e4 : scale === '亿' ? 1e8 : 1;
  const decimals = digits.split('.')[1]?.length ?? 0;
  const place = 10 ** -decimals * factor;
  return { value: Number(digits) * factor, place, slack: factor > 1 ? place / 2 : 0, scale: factor, unit };
}

export function checkStatedArithmetic(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    // Only near the words that make such a figure: a product or quotient sign, or 倍 or % closing a bracket.
    const worked = /[×xX*＊·÷/]|乘以|除以/.test(text) || /[倍%％][ \t]*[）)]/.test(text);
    const changed = /[由从]|年初预算|年初安排|原预算/.test(text) && /增|提高|上调|减少|降|下调|浮/.test(text);
    if (!(worked || changed) || isTableRow(text)) continue;
    if (worked) checkWorkedFigures(ctx, p);
    if (changed) checkChanges(ctx, p);
  }
}

function checkWorkedFigures(ctx: RuleContext, p: Paragraph): void {
  for (const m of p.text.matchAll(BRACKETED)) {
    const shown = amount(m[1], m[2], m[3]);
    const range = whole(m[4], shown.unit);
    if (!range || fits(shown, range) || (AT_LEAST.test(m[4]) && shown.value > range.low) || (AT_MOST.test(m[4]) && shown.value < range.high)) continue;
    const at = m.index!;
    ctx.report({
      message: `${m[1]}${m[2] ?? ''}${m[3]}与括号内的算式（${m[4].trim()}）不符，按算式约为${written(range.mid, shown)} (the figure is not what its bracket works out: about ${written(range.mid, shown)})`,
      range: sourceRange(p, at, at + m[1].length + (m[2] ?? '').length + m[3].length),
    });
  }
}

interface Span {
  low: number;
  high: number;
  mid: number;
}

/** What a bracket works out, as a span over the roundings of its figures; undefined when it is no sum of that kind. */
function whole(inside: string, unit: string | undefined): Span | undefined {
  const of = OF.exec(inside);
  if (of) {
    const base = amount(of[1], of[2], of[3]);
    if (base.unit !== unit) return undefined;
    const k = Number(of[4]) / (of[5] === '倍' ? 1 : 100);
    return { low: (base.value - base.slack) * k, high: (base.value + base.slack) * k, mid: base.value * k };
  }
  // Factors and the signs between them, in turn (split keeps the signs).
  const parts = inside.split(OPERATOR);
  if (parts.length < 3) return undefined;
  let low = 1;
  let high = 1;
  let mid = 1;
  let unitSeen = false;
  for (let i = 0; i < parts.length; i += 2) {
    const m = FACTOR.exec(parts[i]);
    if (!m) return undefined;
    const a = amount(m[1], m[2], m[3] === '%' || m[3] === '％' ? undefined : m[3]);
    const k = m[3] === '%' || m[3] === '％' ? 0.01 : 1;
    if (m[3] === unit) unitSeen = true;
    if (i > 0 && DIVIDE.test(parts[i - 1])) {
      if (a.value - a.slack <= 0) return undefined;
      low /= (a.value + a.slack) * k;
      high /= (a.value - a.slack) * k;
      mid /= a.value * k;
    } else {
      low *= (a.value - a.slack) * k;
      high *= (a.value + a.slack) * k;
      mid *= a.value * k;
    }
  }
  return unitSeen ? { low, high, mid } : undefined;
}

/** Whether a printed figure could be the result, rounded, cut or carried up to its last place. */
function fits(shown: Amount, r: Span): boolean {
  return r.high > shown.value - shown.place + 1e-9 && r.low < shown.value + shown.place - 1e-9;
}

function written(n: number, shown: Amount): string {
  const scale = shown.scale;
  const digits = Math.max(0, Math.round(-Math.log10(shown.place / scale)));
  return `${(n / scale).toFixed(digits)}${scale === 1e8 ? '亿' : scale === 1e4 ? '万' : ''}${shown.unit ?? ''}`;
}

function checkChanges(ctx: RuleContext, p: Paragraph): void {
  const text = p.text;
  for (const match of text.matchAll(CHANGE)) {
    // Read as 由…到… whichever words opened it.
    const m = Object.assign(figuresOf(match), { index: match.index! }) as unknown as RegExpMatchArray;
    const opener = text[m.index!] === '从' ? '从' : '由';
    const unit = m[3] ?? m[6];
    if (!unit || (m[3] && m[6] && m[3] !== m[6])) continue;
    const from = amount(m[1], m[2], unit);
    const to = amount(m[4], m[5], unit);
    if (from.value <= 0) continue;
    let at = m.index! + m[0].length;
    const low = Math.abs(to.value - from.value) - from.slack - to.slack;
    const high = Math.abs(to.value - from.value) + from.slack + to.slack;
    const by = BY_AMOUNT.exec(text.slice(at, at + 40));
    if (!by) {
      at = checkNamedAdded(ctx, p, m, unit, at, { low, high, mid: Math.abs(to.value - from.value) });
    } else {
      const diff = amount(by[1], by[2], by[3] ?? unit);
      if ((by[3] ?? unit) === unit && !fits(diff, { low, high, mid: Math.abs(to.value - from.value) })) {
        const start = at + by[0].indexOf(by[1], 1);
        ctx.report({
          message: `${opener}${m[1]}${m[2] ?? ''}${m[3] ?? ''}到${m[4]}${m[5] ?? ''}${unit}，相差${written(Math.abs(to.value - from.value), diff)}，不是${by[1]}${by[2] ?? ''}${by[3] ?? ''} (the change is not the difference of the two figures)`,
          range: sourceRange(p, start, start + by[0].length - by[0].indexOf(by[1], 1)),
        });
      }
      at += by[0].length;
    }
    checkNetBefore(ctx, p, m, unit, from, to, opener);
    const rate = BY_RATE.exec(text.slice(at, at + 30));
    // A change between years of its own (从2020年的…增加到2025年的…) has no rate over the year before.
    if (!rate || (rate[1] && (YEARS_IN.test(m[0]) || !changeOfAYear(text, m.index!, m[0].slice(0, m[0].indexOf(m[1], 1)))))) continue;
    const printed = Number(rate[2]);
    const decimals = rate[2].split('.')[1]?.length ?? 0;
    const place = 10 ** -decimals;
    const lowRate = (Math.max(0, low) / (from.value + from.slack)) * 100;
    const highRate = (high / Math.max(1e-9, from.value - from.slack)) * 100;
    if (highRate >= printed - place / 2 - 1e-9 && lowRate < printed + place + 1e-9) continue;
    const exact = ((Math.abs(to.value - from.value) / from.value) * 100).toFixed(Math.max(1, decimals));
    const start = at + rate[0].indexOf(rate[2], 1);
    ctx.report({
      message: `${opener}${m[1]}${m[2] ?? ''}${m[3] ?? ''}到${m[4]}${m[5] ?? ''}${unit}，变动约${exact}%，不是${rate[2]}% (the rate is not the change over the old figure: about ${exact}%)`,
      range: sourceRange(p, start, start + rate[2].length + 1),
    });
  }
}

/** What is added and what is taken off before a change in its sentence: 新增1项、取消2项，…由13项调整为12项. */
const ADDED_BEFORE = new RegExp(`新增(?:了)?[ \\t]*${NUMBER}[ \\t]*(${UNIT})`, 'g');
const REMOVED_BEFORE = new RegExp(`(?:取消|删除|减少|调出|撤销)(?:了)?[ \\t]*${NUMBER}[ \\t]*(${UNIT})`, 'g');
/** Other ways a list changes (合并, 拆分, 调整 of items): then the net of the two is not the change. */
const OTHER_CHANGES = /合并|拆分|整合|并入|更名|下放|承接|调整[0-9]/;

/**
 * 与2025年版相比，新增1项、取消2项，事项由13项调整为12项: the change must be what is added less what is taken off, where
 * the sentence before it adds and takes off in its measure one count each and changes the list no other way.
 */
function checkNetBefore(ctx: RuleContext, p: Paragraph, m: RegExpMatchArray, unit: string, from: Amount, to: Amount, opener: string): void {
  if (from.scale !== 1 || to.scale !== 1) return;
  const text = p.text;
  const before = text.slice(Math.max(0, m.index! - 80), m.index!);
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  const added = [...sentence.matchAll(ADDED_BEFORE)];
  const removed = [...sentence.matchAll(REMOVED_BEFORE)];
  if (added.length !== 1 || removed.length !== 1 || added[0][2] !== unit || removed[0][2] !== unit || OTHER_CHANGES.test(sentence)) return;
  const net = Number(added[0][1]) - Number(removed[0][1]);
  const change = to.value - from.value;
  if (Math.abs(net - change) < 1e-9) return;
  const start = m.index! - sentence.length + added[0].index!;
  const end = m.index! - sentence.length + removed[0].index! + removed[0][0].length;
  ctx.report({
    message: `${opener}${m[1]}${unit}到${m[4]}${unit}，${change >= 0 ? '增加' : '减少'}${Math.abs(change)}${unit}，与${added[0][0]}、${removed[0][0]}（净${net >= 0 ? '增' : '减'}${Math.abs(net)}${unit}）不符 (the change is not what is added less what is taken off)`,
    range: sourceRange(p, start, end),
  });
}

/**
 * What is added named before its count after a change (由32种增加到40种，新增阿尔茨海默病、帕金森病等8种), less what is
 * taken off after it (，调出…2种), against the change's difference; returns where the reading stops.
 */
function checkNamedAdded(ctx: RuleContext, p: Paragraph, m: RegExpMatchArray, unit: string, at: number, difference: Span): number {
  const text = p.text;
  const opener = text[m.index!] === '从' ? '从' : '由';
  const named = BY_NAMED.exec(text.slice(at, at + 120));
  if (!named || named[3] !== unit || !/、|等[ \t]*$/.test(named[1])) return at;
  const end = at + named[0].length;
  const removed = REMOVED.exec(text.slice(end, end + 120));
  if (removed ? removed[2] !== unit : REMOVING.test(text.slice(end, end + 120))) return at;
  const added = amount(named[2], undefined, unit);
  const net = removed ? amount(String(added.value - Number(removed[1])), undefined, unit) : added;
  if (!fits(net, difference)) {
    const start = at + named[0].lastIndexOf(named[2]);
    const told = removed ? `新增${named[2]}${unit}、减去${removed[1]}${unit}为${net.value}${unit}` : `不是${named[2]}${unit}`;
    ctx.report({
      message: `${opener}${m[1]}${m[2] ?? ''}${m[3] ?? ''}到${m[4]}${m[5] ?? ''}${unit}，相差${written(difference.mid, added)}，${told} (the change is not the difference of the two figures)`,
      range: sourceRange(p, start, start + named[2].length + unit.length),
    });
  }
  return end + (removed ? removed[0].length : 0);
}

/**
 * Whether a change (at `at`, its words up to its first figure `lead`) is a year's: the sentence up to it gives it no
 * span of years and its first figure is no part of the year, so that a rate over the year before is its.
 */
function changeOfAYear(text: string, at: number, lead: string): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  return !SPAN_OF_YEARS.test(sentence) && !PART_OF_YEAR.test(lead);
}
