// Figures in a table's cells as the sums are read: a plain figure, one written with its unit (5280万元), a blank or
// a dash (none); the columns that do not add (rates, shares, years); a sum written back as the table writes figures.
import type { Range, TableRow } from '../../model';
import { halfWidthDigits } from '../../parse/text';

/**
 * Columns whose figures do not add: rates, shares, averages and figures per unit (户均, 单产, 密度, 强度,
 * 公斤/亩), indices, prices, years, codes.
 */
const NOT_ADDED = /率|%|％|比|均|每|密度|强度|单产|亩产|系数|指数|满意度|中位|进度|[/／]|单价|价格|增长|增幅|增速|年份|年度|序号|编号|代码|电话|排名|名次/;
const FIGURE = /^[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-−]?\d+(?:\.\d+)?$/;
export const NONE = /^(?:[-—–－]+|\/|／)?$/;
/** A figure written with its unit in the cell (5280万元, 12个): added only to figures of the same unit. */
export const UNITS = '万元|亿元|千元|元|万美元|美元|万人次|人次|万人|人|万户|户|个|家|项|所|座|辆|台|套|张|件|场|次|处|条|间|床|名|万亩|亩|公顷|万平方米|平方米|平方公里|公里|千米|米|万吨|吨|万千瓦时|千瓦时|万千瓦|千瓦|兆瓦|万立方米|立方米';
const WITH_UNIT = new RegExp(`^(.*?\\d)(${UNITS})$`);
export interface Figure {
  value: number;
  decimals: number;
  /** The unit written after it in the cell. */
  unit?: string;
}

/** Columns named as rates, shares, years… in any header-like row (one with no figure). */
export function skippedColumns(rows: readonly TableRow[]): Set<number> {
  const skip = new Set<number>();
  const width = Math.max(0, ...rows.filter((r) => r.cells.some((c) => isFigure(c.norm))).map((r) => r.cells.length));
  for (const r of rows) {
    if (r.cells.some((c) => isFigure(c.norm))) continue;
    // A header row narrower than the figures' rows may have lost its empty first cells (计划（人）	完成（人）	完成率（%）
    // under 县（市、区）): its names may stand over the columns as far right as it is short.
    const shift = Math.max(0, width - r.cells.length);
    r.cells.forEach((c, k) => {
      if (!NOT_ADDED.test(c.norm)) return;
      skip.add(k);
      if (shift > 0) skip.add(k + shift);
    });
  }
  return skip;
}

export function figureText(s: string): string {
  return halfWidthDigits(s.replace(/[\s\u3000]/g, ''));
}

/** A cell's figure; 0 for a blank or a dash; undefined for text. */
export function figure(s: string): Figure | undefined {
  const t = figureText(s);
  if (NONE.test(t)) return { value: 0, decimals: 0 };
  const unit = WITH_UNIT.exec(t);
  const digits = unit ? unit[1] : t;
  if (!FIGURE.test(digits)) return undefined;
  const plain = digits.replace(/,/g, '').replace('−', '-');
  return { value: Number(plain), decimals: plain.split('.')[1]?.length ?? 0, unit: unit?.[2] };
}

/** A cell holding a figure, with or without its unit. */
export function isFigure(s: string): boolean {
  const t = figureText(s);
  return FIGURE.test(WITH_UNIT.exec(t)?.[1] ?? t);
}

/** Figures rounded each to the last decimal place may miss the rounded total by half a unit each. */
export function tolerance(decimals: number, rows: number): number {
  return decimals === 0 ? 1e-9 : (rows / 2) * 10 ** -decimals + 1e-9;
}

/** A sum as the total is written: its decimals, and its thousands separators if it has them. */
export function written(n: number, decimals: number, grouped: boolean): string {
  const fixed = n.toFixed(decimals);
  if (!grouped) return fixed;
  const [whole, fraction] = fixed.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction !== undefined ? `.${fraction}` : '');
}

export function trimmed(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The column of a row's first cell that holds words, not a figure (its label); -1 when none does. */
export function labelColumn(row: TableRow): number {
  return row.cells.findIndex((c) => c.norm !== '' && !isFigure(c.norm));
}
