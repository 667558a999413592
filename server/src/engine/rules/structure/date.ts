// structure/date: the 成文日期 of each document (GB/T 9704 §7.3.5.4): a real
// date, in Arabic numerals, without leading zeros, not later than the issue's
// publication, in the year of its number; and, softly, in step with the other
// documents of its series. Any other date of the text that cannot exist
// (2018年2月30日, or 9月31日 with no year) is reported too.
import type { DateRef, DocNumber, GazetteDocument, Issue, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { firstStarting } from '../shared/locate';
import { findDates } from '../../parse/dates';
import { isLineSpace } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { memoize, memoizeText } from '../shared/memo';
import { isOrganLike, lineAt, malformedDate, organOfTitle, previousNonBlank } from './util';
import { maxOf, PrefixMax, valueRanks } from '../../arrays';
import { checkWeekdays } from './weekdays';
import { checkDayCounts } from './day-counts';
import { checkSpanOrder } from './span-order';

const rule: Rule = {
  id: 'structure/date',
  category: 'structure',
  defaultSeverity: 'error',
  description: '成文日期须真实有效、用阿拉伯数字、不编虚位，且不晚于出版日期 (signing date must be a real date in Arabic numerals, no leading zeros, not after publication)',
  fixable: true,
  check(ctx) {
    const reported = new Set<number>();
    for (const d of ctx.issue.documents) {
      const date = d.signature?.date;
      if (!date) continue;
      reported.add(date.range.start);
      checkSigningDate(ctx, d, date);
    }
    // Impossible dates anywhere else in the proofread text: the lines with 年…月…日 are read, and a date a wrap cut
    // (…至2025年9 / 月31日…) across the break, where the paragraph joins the two lines.
    // The lines are found from each 年 of the text (one search of the whole text, not one per line).
    const end = ctx.issue.colophon?.start ?? ctx.text.length;
    const lines = ctx.issue.lines;
    let i = 0;
    for (let at = ctx.text.indexOf('年'); at >= 0 && at < end; at = ctx.text.indexOf('年', at + 1)) {
      while (lines[i].end < at) i++;
      const line = lines[i];
      const month = line.text.indexOf('月', at - line.start);
      at = line.end; // the line is read whole
      checkAcrossBreaks(ctx, i, end, reported);
      if (month < 0 || line.text.indexOf('日', month) < 0 || !hasImpossibleDate(line.text)) continue;
      for (const date of findDates(ctx.text, line.start, Math.min(line.end, end))) {
        if (reported.has(date.range.start) || isRealDate(date)) continue;
        ctx.report({ message: `日期“${date.raw}”不存在 (no such date)`, range: date.range });
      }
    }
    checkYearless(ctx, end, reported);
    checkWeekdays(ctx, end);
    checkDayCounts(ctx, end);
    checkSpanOrder(ctx, end);
    checkMalformed(ctx);
    checkSeriesOrder(ctx);
  },
};

export default rule;

/** Does a line hold a date that cannot exist? (Dates are read within a line: the answer is kept per line text.) */
const hasImpossibleDate = memoizeText((line: string): boolean => findDates(line, 0, line.length).some((d) => !isRealDate(d)));

function checkSigningDate(ctx: RuleContext, d: GazetteDocument, date: DateRef): void {
  if (!isRealDate(date)) {
    ctx.report({ message: `成文日期“${date.raw}”不存在 (no such date)`, range: date.range });
    return;
  }
  const arabic = `${date.year}年${date.month}月${date.day}日`;
  if (date.chineseNumerals || date.fullWidthDigits || date.lookalikes) {
    ctx.report({
      message: date.chineseNumerals
        ? `成文日期应使用阿拉伯数字：“${arabic}” (write the date in Arabic numerals)`
        : date.lookalikes
          ? `成文日期中有形似数字或“日”的字符（识别错误）：“${date.raw}”应为“${arabic}” (letters read for digits, or 曰 for 日)`
          : `成文日期应使用半角数字：“${arabic}” (write the date in half-width digits)`,
      range: date.range,
      severity: 'warning',
      fix: { title: `改为“${arabic}” (use ${arabic})`, edits: [{ range: date.range, text: arabic }] },
    });
  } else if (date.leadingZero) {
    ctx.report({
      message: `成文日期的月、日不编虚位（不加前导零）：“${arabic}” (no leading zero in month or day)`,
      range: date.range,
      severity: 'warning',
      fix: { title: `改为“${arabic}” (use ${arabic})`, edits: [{ range: date.range, text: withoutLeadingZeros(date.raw) }] },
    });
  }
  const published = ctx.issue.masthead?.publicationDate;
  if (published && isRealDate(published) && dayNumber(date) > dayNumber(published)) {
    ctx.report({
      message: `成文日期“${date.raw}”晚于本期出版日期“${published.raw}” (signing date is after the issue's publication date)`,
      range: date.range,
      related: [{ range: published.range, message: '出版日期 (publication date)' }],
    });
  }
  const n = d.number;
  if (n && /^\d{4}$/.test(n.year) && Number(n.year) !== date.year) {
    ctx.report({
      message: `成文日期“${date.raw}”与发文字号的年份“${n.year}”不一致 (signing year differs from the number's year)`,
      range: date.range,
      severity: 'warning',
      related: [{ range: n.yearRange, message: '发文字号年份 (year of the number)' }],
    });
  }
  checkDirectoryMonth(ctx, d, date);
}

/** A numbered document without a parsed 成文日期 whose 落款 is followed by 2018.12.17 or the like. */
/** A month and day with no year before them (the end of 2025年9月1日至9月31日, or 7月10日前), in Arabic numerals. */
const YEARLESS = /(?<![0-9０-９.．])([0-9]{1,2})[ \t]*月[ \t]*([0-9]{1,2})[ \t]*日/g;
/** The most days each month can have: 2月29日 needs its year to be told apart, so it passes. */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A month and day with no year that no year has (9月31日, 2月30日): wrong whatever year is meant. */
function checkYearless(ctx: RuleContext, end: number, reported: Set<number>): void {
  const text = ctx.text;
  for (let at = text.indexOf('月'); at >= 0 && at < end; at = text.indexOf('月', at + 1)) {
    const i = lineAt(ctx.issue, at);
    const line = ctx.issue.lines[i];
    at = line.end; // the line is read whole
    // A line with 年 had its breaks read with the whole dates.
    if (!line.text.includes('年')) checkAcrossBreaks(ctx, i, end, reported);
    for (const m of impossibleYearless(line.text, 0, line.text.length)) {
      // At the line's head, the year may end the line above (2025年 / 9月31日): read across the break.
      if (isLineHead(line.text, m.index) && followsYear(ctx.issue, line)) continue;
      const start = line.start + m.index;
      if (start + m.raw.length > end) continue;
      ctx.report({ message: `日期“${m.raw}”不存在 (no such date)`, range: { start, end: start + m.raw.length } });
    }
  }
}

/** The month-and-day dates with no year in text[from, to) that no year has, where they start in text. */
function impossibleYearless(text: string, from: number, to: number): { index: number; raw: string }[] {
  const out: { index: number; raw: string }[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(YEARLESS)) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12 || day <= MAX_DAYS[month - 1]) continue;
    // A year before it, or a digit: a whole date, read above.
    const index = from + m.index!;
    if (YEAR_BEFORE.test(text.slice(Math.max(0, index - 2), index))) continue;
    out.push({ index, raw: m[0] });
  }
  return out;
}

function isLineHead(text: string, at: number): boolean {
  for (let j = 0; j < at; j++) if (!isLineSpace(text.charCodeAt(j))) return false;
  return true;
}

/** Whether the paragraph joins a line to a line above that ends with a year or a figure (2025年 / 9月31日). */
function followsYear(issue: Issue, line: { start: number; end: number }): boolean {
  const found = piecesOfLine(issue, line);
  if (!found || found.k === 0) return false;
  const at = found.p.pieces[found.k].at;
  return YEAR_BEFORE.test(found.p.text.slice(Math.max(0, at - 2), at));
}

/** A year or a digit just before a month, past a space (2025 年 9 月 31 日, digits spaced out 1 2 月 3 日). */
const YEAR_BEFORE = /[0-9０-９年][ \t]?$/;

/** A line's text opening with a date's rest (月31日, 年9月…). */
const CUT_DATE_START = /^[ \t\u3000]*(?:[0-9０-９]{0,3}年|[0-9０-９]{0,2}[月日])/;
/** How much of the joined text on each side of a break is read: a date with its digits spaced out fits. */
const ACROSS_REACH = 24;

/**
 * The dates a wrap cut that cannot exist (…至2025年9 / 月31日…, 2025年 / 9月31日, 9月1日至9 / 月31日), read in the
 * paragraph's joined text across the break after and before line `i` (a page's foot skipped, as the paragraph skips
 * it). Only lines whose end or start may cut a date are looked at: no more than a few characters read per break.
 */
function checkAcrossBreaks(ctx: RuleContext, i: number, end: number, reported: Set<number>): void {
  const line = ctx.issue.lines[i];
  const after = endsLikeCutDate(line.text);
  const before = CUT_DATE_START.test(line.text);
  if (!after && !before) return;
  const found = piecesOfLine(ctx.issue, line);
  if (!found) return;
  const { p, k } = found;
  if (before && k > 0) readAcrossBreak(ctx, p, p.pieces[k].at, end, reported);
  if (after && k + 1 < p.pieces.length) readAcrossBreak(ctx, p, p.pieces[k + 1].at, end, reported);
}

/** Whether a line's text ends where a date may go on (a figure, 年 or 月), spaces aside: read from the end (a regex anchored at $ tries every position of a long line). */
function endsLikeCutDate(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && isLineSpace(text.charCodeAt(j))) j--;
  return j >= 0 && isDateEnd(text[j]);
}

function isDateEnd(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c === '年' || c === '月';
}

/** The paragraph a line's text is a piece of, and that piece's index. */
function piecesOfLine(issue: Issue, line: { start: number; end: number }): { p: Paragraph; k: number } | undefined {
  const p = issue.paragraphs[firstStarting(issue.paragraphs, line.start + 1) - 1];
  if (!p || p.range.end < line.end || p.pieces.length < 2) return undefined;
  // The last piece starting at or before the line's end, which must start inside the line.
  let lo = 0;
  let hi = p.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.range.start + p.pieces[mid].offset <= line.end) lo = mid;
    else hi = mid - 1;
  }
  return p.range.start + p.pieces[lo].offset >= line.start ? { p, k: lo } : undefined;
}

/** The two sides of a join that cut a date: a figure, 年 or 月 before it; a figure, 年, 月 or 日 after it. */
const CUT_BEFORE = /[0-9０-９年月][ \t]*$/;
const CUT_AFTER = /^[ \t]*[0-9０-９年月日]/;

/** Reports the impossible dates of a paragraph's text that straddle the join at `at` (where two lines meet). */
function readAcrossBreak(ctx: RuleContext, p: Paragraph, at: number, end: number, reported: Set<number>): void {
  if (!CUT_BEFORE.test(p.text.slice(Math.max(0, at - 3), at)) || !CUT_AFTER.test(p.text.slice(at, at + 3))) return;
  const from = Math.max(0, at - ACROSS_REACH);
  const to = Math.min(p.text.length, at + ACROSS_REACH);
  const straddles = (start: number, length: number) => start < at && start + length > at;
  const report = (start: number, length: number, raw: string) => {
    const range = sourceRange(p, start, start + length);
    if (range.end > end || reported.has(range.start)) return;
    reported.add(range.start);
    ctx.report({ message: `日期“${raw}”不存在 (no such date)`, range });
  };
  const whole = findDates(p.text, from, to).filter((d) => straddles(d.range.start, d.range.end - d.range.start));
  for (const d of whole) if (!isRealDate(d)) report(d.range.start, d.range.end - d.range.start, d.raw);
  for (const m of impossibleYearless(p.text, from, to)) if (straddles(m.index, m.raw.length)) report(m.index, m.raw.length, m.raw);
}

function checkMalformed(ctx: RuleContext): void {
  const lines = ctx.issue.lines;
  for (const d of ctx.issue.documents) {
    if (d.signature?.date || !d.number) continue;
    const from = lineAt(ctx.issue, d.number.range.end) + 1;
    const to = lineAt(ctx.issue, d.range.end);
    for (let i = from; i <= to; i++) {
      const bad = malformedDate(lines[i].text);
      if (!bad) continue;
      const before = previousNonBlank(lines, i - 1, from);
      if (before < 0 || !isOrganLike(lines[before].text, organOfTitle(d))) continue;
      const start = lines[i].start + lines[i].text.indexOf(bad.raw);
      const range = { start, end: start + bad.raw.length };
      const right = `${bad.year}年${bad.month}月${bad.day}日`;
      const real = isRealDate(bad);
      ctx.report({
        message: real
          ? `成文日期应写作“${right}”（年份写全，用“年月日”） (write the date as ${right})`
          : `成文日期“${bad.raw}”格式不规范且不存在 (malformed date that does not exist)`,
        range,
        fix: real ? { title: `改为“${right}” (use ${right})`, edits: [{ range, text: right }] } : undefined,
      });
      break;
    }
  }
}

/** The month a 发文目录 covers ("2018年12月份") and the numbers it lists, once per issue. */
const directoryListing = memoize((issue: Issue): { year: number; month: number; keys: Set<string> } | undefined => {
  const dir = issue.directory;
  const m = dir && /(\d{4})\s*年\s*(\d{1,2})\s*月份?/.exec(dir.heading.text);
  if (!m) return undefined;
  const keys = new Set<string>();
  for (const r of dir!.rows) if (r.number) keys.add(r.number.key);
  return { year: Number(m[1]), month: Number(m[2]), keys };
});

/** A document listed in the 发文目录 of "2018年12月份" was issued that month: its date cannot be later. */
function checkDirectoryMonth(ctx: RuleContext, d: GazetteDocument, date: DateRef): void {
  const dir = ctx.issue.directory;
  const listing = directoryListing(ctx.issue);
  if (!dir || !d.number || !listing?.keys.has(d.number.key)) return;
  const { year, month } = listing;
  if (date.year > year || (date.year === year && date.month > month)) {
    ctx.report({
      message: `成文日期“${date.raw}”晚于发文目录所列月份（${year}年${month}月） (date is after the month of the 发文目录 that lists this document)`,
      range: date.range,
      severity: 'warning',
      related: [{ range: dir.heading.range, message: '发文目录 (list of documents issued)' }],
    });
  }
}

/**
 * Numbers of one series (代字 and year) are given in order, so their dates
 * should not go backwards. The documents off the longest run in order are
 * reported, softly: a number may be reserved earlier than the date of signing.
 */
function checkSeriesOrder(ctx: RuleContext): void {
  const series = new Map<string, { d: GazetteDocument; n: DocNumber; date: DateRef }[]>();
  for (const d of ctx.issue.documents) {
    const n = d.number;
    const date = d.signature?.date;
    if (!n || !date || !isRealDate(date)) continue;
    const key = `${n.issuer}〔${n.year}〕`;
    const list = series.get(key) ?? [];
    list.push({ d, n, date });
    series.set(key, list);
  }
  for (const list of series.values()) {
    if (list.length < 3) continue;
    list.sort((a, b) => Number(a.n.serial) - Number(b.n.serial));
    const keep = longestInOrder(list.map((x) => dayNumber(x.date)));
    // The kept dates run in order, so the nearest kept neighbour on each side is the one to compare.
    const previous: (number | undefined)[] = [];
    for (let i = 0, last: number | undefined; i < list.length; i++) {
      previous.push(last);
      if (keep.has(i)) last = i;
    }
    const next: (number | undefined)[] = [];
    for (let i = list.length - 1, last: number | undefined; i >= 0; i--) {
      next[i] = last;
      if (keep.has(i)) last = i;
    }
    list.forEach((x, i) => {
      if (keep.has(i)) return;
      const day = dayNumber(x.date);
      const p = previous[i] === undefined ? undefined : list[previous[i]!];
      const n = next[i] === undefined ? undefined : list[next[i]!];
      const before = p && dayNumber(p.date) > day ? p : undefined;
      const after = n && dayNumber(n.date) < day ? n : undefined;
      const other = before ?? after;
      if (!other) return;
      ctx.report({
        message: before
          ? `成文日期“${x.date.raw}”早于序号在前的${other.n.key}（${other.date.raw}），请核对 (dated before an earlier number of the series)`
          : `成文日期“${x.date.raw}”晚于序号在后的${other.n.key}（${other.date.raw}），请核对 (dated after a later number of the series)`,
        range: x.date.range,
        severity: 'info',
        related: [{ range: other.date.range, message: `${other.n.key}的成文日期 (date of ${other.n.key})` }],
      });
    });
  }
}

/** Indexes of a longest non-decreasing subsequence, preferring earlier elements. */
export function longestInOrder(values: number[]): Set<number> {
  const n = values.length;
  // len[i]: the longest run starting at i, right to left: the best length kept per value,
  // over the values >= values[i] (slots from the largest value down).
  const { ranks, distinct } = valueRanks(values);
  const best = new PrefixMax(distinct);
  const len = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    const slot = distinct - ranks[i] + 1;
    len[i] = Math.max(0, best.upTo(slot)) + 1;
    best.set(slot, len[i]);
  }
  const longest = maxOf(len);
  const keep = new Set<number>();
  let need = longest;
  let floor = -Infinity;
  for (let i = 0; i < n && need > 0; i++) {
    if (len[i] === need && values[i] >= floor) {
      keep.add(i);
      floor = values[i];
      need--;
    }
  }
  return keep;
}

export function isRealDate(d: { year: number; month: number; day: number }): boolean {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return false;
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

function dayNumber(d: { year: number; month: number; day: number }): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

function withoutLeadingZeros(raw: string): string {
  return raw.replace(/(年[ \t\u3000]*)0(\d)/, '$1$2').replace(/(月[ \t\u3000]*)0(\d)/, '$1$2');
}
