// doc-number/sequence: the numbers of one issuer in one issue — every printed
// document appears in the 发文目录 (when the issue has one), each row once and in
// order, and no number is dated after its document or the issue.
import type { DirectoryRow, DocNumber } from '../../model';
import type { Rule, RuleContext } from '../types';
import { collectRefs, directoryMonth, issueYear, numberKey, titleKey } from './refs';
import { addTo, PrefixMax, valueRanks } from '../../arrays';
import { shownNumber } from '../../parse/docNumber';

const MIN_YEAR = 1949;

const rule: Rule = {
  id: 'doc-number/sequence',
  category: 'doc-number',
  defaultSeverity: 'error',
  description: '发文字号与发文目录、成文日期相符：不漏列、不重列、不乱序、年份不晚于成文日期 (numbers listed, in order, not dated after their document)',
  fixable: false,
  check(ctx) {
    checkDirectory(ctx);
    checkYears(ctx);
  },
};

export default rule;

function checkDirectory(ctx: RuleContext): void {
  const dir = ctx.issue.directory;
  if (!dir) return;
  const rows = dir.rows.filter((r): r is DirectoryRow & { number: DocNumber } => !!r.number);
  if (rows.length === 0) return;
  const refs = collectRefs(ctx.issue);
  const issuers = new Set(rows.map((r) => r.number.issuer));
  const keys = new Set(rows.map((r) => numberKey(r.number)));
  const month = directoryMonth(ctx.issue);
  // Printed but not listed (a row matched by title counts as listed: its number is consistency's matter).
  for (const d of refs.docs) {
    if (!issuers.has(d.number.issuer) || keys.has(numberKey(d.number)) || d.directory.length > 0) continue;
    const date = d.doc.signature?.date;
    if (month?.month && date && (date.year !== month.year || date.month !== month.month)) continue;
    ctx.report({
      message: `文件“${shownNumber(d.number)}”未列入发文目录 (the document is missing from the list of documents issued)`,
      range: d.number.range,
      related: [{ range: dir.heading.range, message: '发文目录 (the list of documents issued)' }],
    });
  }
  // Listed twice.
  const seen = new Map<string, DirectoryRow>();
  for (const r of rows) {
    const k = numberKey(r.number);
    const first = seen.get(k);
    if (!first) {
      seen.set(k, r);
      continue;
    }
    // Different titles under one number are doc-number/duplicate's matter.
    if (first.title && r.title && titleKey(first.title.norm) !== titleKey(r.title.norm)) continue;
    ctx.report({
      message: `发文目录重复列出“${shownNumber(r.number)}” (the number is listed twice)`,
      range: r.number.range,
      related: [{ range: first.number!.range, message: '首次列出 (first listed here)' }],
    });
  }
  // Out of order within one issuer and year: rows outside the longest increasing run.
  const groups = new Map<string, (DirectoryRow & { number: DocNumber })[]>();
  for (const r of rows) {
    if (seen.get(numberKey(r.number)) !== r) continue; // a repeat is reported above
    const g = `${r.number.issuer}|${Number(r.number.year)}`;
    addTo(groups, g, r);
  }
  for (const list of groups.values()) {
    const serials = list.map((r) => Number(r.number.serial));
    const keep = longestIncreasing(serials);
    list.forEach((r, i) => {
      if (keep.has(i)) return;
      const prev = list[i - 1];
      ctx.report({
        message: `发文目录中“${shownNumber(r.number)}”的位置不合顺序 (the number is out of order in the list of documents issued)`,
        range: r.number.range,
        severity: 'warning',
        related: prev ? [{ range: prev.number.range, message: `上一行：${shownNumber(prev.number)} (the row before)` }] : undefined,
      });
    });
  }
}

/** Indexes of one longest strictly increasing subsequence (each item after the first earlier item of the longest run before it). */
export function longestIncreasing(values: number[]): Set<number> {
  const len = values.map(() => 1);
  const prev = values.map(() => -1);
  // The best earlier item per value, over the values < values[i]: its length, then the earliest,
  // as one number (length × scale − index).
  const { ranks, distinct } = valueRanks(values);
  const best = new PrefixMax(distinct);
  const scale = values.length + 1;
  for (let i = 0; i < values.length; i++) {
    const slot = ranks[i];
    const found = best.upTo(slot - 1);
    if (found > -Infinity) {
      len[i] = Math.ceil(found / scale) + 1;
      prev[i] = (len[i] - 1) * scale - found;
    }
    best.set(slot, len[i] * scale - i);
  }
  let end = 0;
  for (let i = 1; i < values.length; i++) if (len[i] > len[end]) end = i;
  const out = new Set<number>();
  for (let i = end; i >= 0; i = prev[i]) out.add(i);
  return out;
}

function checkYears(ctx: RuleContext): void {
  const latest = issueYear(ctx.issue);
  const own = new Set<DocNumber>();
  for (const doc of ctx.issue.documents) {
    const n = doc.number;
    const date = doc.signature?.date;
    if (!n || !plausible(n)) continue;
    own.add(n);
    const year = Number(n.year);
    if (date && year !== date.year) {
      const later = year > date.year;
      ctx.report({
        message: later
          ? `发文字号年份${year}晚于成文日期${date.raw.replace(/\s/g, '')} (the number's year is later than the date of the document)`
          : `发文字号年份${year}早于成文日期${date.raw.replace(/\s/g, '')} (the number's year is earlier than the date of the document)`,
        range: n.yearRange,
        severity: later ? undefined : 'warning',
        related: [{ range: date.range, message: '成文日期 (date of the document)' }],
      });
      continue;
    }
    if (latest !== undefined && !date && year > latest) reportAfterIssue(ctx, n, latest);
  }
  if (latest === undefined) return;
  for (const n of ctx.issue.numbers) {
    if (own.has(n) || !plausible(n) || Number(n.year) <= latest) continue;
    reportAfterIssue(ctx, n, latest);
  }
}

function reportAfterIssue(ctx: RuleContext, n: DocNumber, latest: number): void {
  ctx.report({
    message: `发文字号年份${Number(n.year)}晚于本期出版年份${latest} (the number's year is later than the issue)`,
    range: n.yearRange,
  });
}

/** Years doc-number/format already rejects are not compared again. */
function plausible(n: DocNumber): boolean {
  const y = Number(n.year);
  return n.year.length === 4 && y >= MIN_YEAR && y <= new Date().getFullYear() + 1;
}

