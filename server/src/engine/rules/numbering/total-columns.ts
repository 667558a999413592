// numbering/sums, across: a table whose total is a column (总计 at the end of its header row, or one per group of a
// header on several rows: 行政复议 / 结果维持 结果纠正 其他结果 尚未审结 总计, then 行政诉讼's two groups). Each row's
// total cell against the cells of its group to its left: the columns since the previous total column (a 合计 or
// 总计 after 小计 columns adds the columns those add, not the 小计 columns). Counts only (whole figures); quiet
// where a column is a rate or a share, where the header's layout is not read with confidence (a total column
// printed first in its group, a merged header cell over a rate), and where most rows' totals do not add up: the
// column is then no sum of the others.
import type { Range, TableRow } from '../../model';
import type { RuleContext } from '../types';
import { figure, figureText, isFigure, NONE, skippedColumns, trimmed, written } from './figures';

const TOTAL_CELL = /^(合计|总计|小计)$/;
/** How many cells more than the header's a row's label may take. */
const MAX_SHIFT = 2;

interface TotalColumn {
  at: number;
  word: string;
  /** The columns it adds, in the header row's frame. */
  parts: number[];
}

interface Check {
  word: string;
  parts: number;
  sum: number;
  adds: boolean;
  range: Range;
  /** Where the cells it adds start. */
  partStarts: number[];
}

/** A row's total cell that is not the sum of its group. */
export type ColumnSlip = Omit<Check, 'adds'>;

/** The total cells of a table's total columns that do not add up. */
export function totalColumnSlips(rows: readonly TableRow[]): ColumnSlip[] {
  // Most tables name no total column: a look at their header rows' cells is all they cost.
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.norm.includes('计') && TOTAL_CELL.test(plain(c.norm))) && !hasFigure(r));
  if (headerAt < 0 || rows.some((r) => r.unaligned)) return [];
  const header = rows[headerAt];
  const width = header.cells.length;
  // The header's rows: those without figures around the one naming the totals (行政复议 / 未经复议直接起诉 / 结果维持…).
  let top = headerAt;
  while (top > 0 && !hasFigure(rows[top - 1])) top--;
  let bodyAt = headerAt + 1;
  while (bodyAt < rows.length && !hasFigure(rows[bodyAt])) bodyAt++;
  const headerRows = rows.slice(top, bodyAt);
  // A header cell merged over several columns (a rate's name over them) is not known to stand over its own column.
  const skip = skippedColumns(headerRows);
  if (headerRows.some((r) => r.cells.length < width && r.cells.some((_, k) => skip.has(k)))) return [];
  // The body runs to another header (a row of names without figures: the next table's, a page break's repeat).
  const names = new Set(headerRows.map(joined));
  let bodyEnd = bodyAt;
  while (bodyEnd < rows.length && (hasFigure(rows[bodyEnd]) || names.has(joined(rows[bodyEnd])) || rows[bodyEnd].cells.filter((c) => c.norm !== '').length < 2)) bodyEnd++;
  const body = rows.slice(bodyAt, bodyEnd).filter((r) => hasFigure(r) && r.cells.length >= width && r.cells.length - width <= MAX_SHIFT);
  const first = firstPart(body, width, skip);
  if (first === undefined) return [];
  const columns = totalColumns(totalWords(header, headerRows), first);
  // A name under a total (2024年 … 总计 over 数量 金额 each): the total heads a group of columns, not a column.
  if (!columns || headerRows.slice(headerAt - top + 1).some((r) => columns.some((c) => r.cells[c.at]?.norm && !isTotalCell(r.cells[c.at].norm)))) return [];
  const checks: Check[] = [];
  for (const r of body) {
    const shift = r.cells.length - width;
    // Cells a row's label takes more than the header's ((三)不予公开 / 1．属于国家秘密): words before its figures.
    if ((shift > 0 && r.cells.findIndex((c) => isFigure(c.norm)) < first + shift)) continue;
    for (const c of columns) {
      if (skip.has(c.at) || c.parts.some((k) => skip.has(k))) continue;
      const check = checkCell(r, shift, c);
      if (check) checks.push(check);
    }
  }
  const wrong = checks.filter((c) => !c.adds);
  // Most totals adding up are the proof that the column sums its group (and not a year's figure or a count apart).
  return wrong.length * 2 < checks.length ? wrong : [];
}

/**
 * Reports the slips; `reported` holds the cells the total rows' check found wrong (and gets these). A slip with one
 * of its parts among those is that part's (a figure of a 总计 row changed puts out both its row and its column): the
 * row's check tells it. A slip that is such a cell is told once.
 */
export function reportColumnSlips(ctx: RuleContext, slips: readonly ColumnSlip[], reported: Set<number>): void {
  for (const c of slips) {
    if (reported.has(c.range.start) || c.partStarts.some((at) => reported.has(at))) continue;
    const range = trimmed(ctx.text, c.range);
    reported.add(c.range.start);
    const sum = written(c.sum, 0, false);
    ctx.report({
      message: `${c.word}为${ctx.text.slice(range.start, range.end)}，左侧${c.parts}列之和为${sum} (the ${c.word === '小计' ? 'subtotal' : 'total'} is not the sum of the ${c.parts} columns to its left: ${sum})`,
      range,
      suggestions: [{ title: `改为${sum} (use ${sum})`, edits: [{ range, text: sum }] }],
    });
  }
}

function isTotalCell(s: string): boolean {
  return TOTAL_CELL.test(plain(s));
}

/**
 * Each column's total word, from the row naming the totals or a header row as wide under it (城镇 … 农村 … 合计 over
 * 新建 改建 小计 twice: the 小计 columns are the groups' own).
 */
function totalWords(header: TableRow, headerRows: readonly TableRow[]): (string | undefined)[] {
  return header.cells.map((cell, k) => {
    const row = [header, ...headerRows].find((r) => r.cells.length === header.cells.length && isTotalCell(r.cells[k].norm));
    return row && TOTAL_CELL.exec(plain(row.cells[k].norm))![1];
  });
}

function plain(s: string): string {
  return s.replace(/[\s\u3000]/g, '');
}

function joined(r: TableRow): string {
  return r.cells.map((c) => c.norm).join('|');
}

function hasFigure(r: TableRow): boolean {
  return r.cells.some((c) => isFigure(c.norm));
}

/**
 * The first column of figures in the header's frame: the leftmost one any row of the body writes a figure in,
 * past a 序号 or code column.
 */
function firstPart(body: readonly TableRow[], width: number, skip: ReadonlySet<number>): number | undefined {
  let first: number | undefined;
  for (const r of body) {
    const shift = r.cells.length - width;
    const k = r.cells.findIndex((c, j) => j >= shift && isFigure(c.norm) && !skip.has(j - shift)) - shift;
    if (k >= 0 && (first === undefined || k < first)) first = k;
  }
  return first;
}

/**
 * The header row's total columns and the columns each adds; undefined where a total stands first in its group
 * (合计 | 基本支出 | 项目支出, a layout these groups do not read) or has fewer than two columns to add.
 */
function totalColumns(words: readonly (string | undefined)[], first: number): TotalColumn[] | undefined {
  const out: TotalColumn[] = [];
  let sinceAny = first;
  let sinceWhole = first;
  const subtotals = new Set<number>();
  for (let k = first; k < words.length; k++) {
    const word = words[k];
    if (!word) continue;
    const from = word === '小计' ? sinceAny : sinceWhole;
    const parts: number[] = [];
    for (let j = from; j < k; j++) if (!subtotals.has(j)) parts.push(j);
    if (parts.length < 2) return undefined;
    out.push({ at: k, word, parts });
    sinceAny = k + 1;
    if (word === '小计') subtotals.add(k);
    else sinceWhole = k + 1;
  }
  return out.length > 0 ? out : undefined;
}

/** A row's total cell against its parts, shifted as far as the row's label takes more cells than the header's. */
function checkCell(r: TableRow, shift: number, c: TotalColumn): Check | undefined {
  const cell = r.cells[c.at + shift];
  if (!cell || NONE.test(figureText(cell.norm))) return undefined;
  const own = figure(cell.norm);
  const values = c.parts.map((k) => figure(r.cells[k + shift]?.norm ?? ''));
  if (!own || own.decimals > 0 || values.some((v) => !v || v.decimals > 0 || v.unit !== own.unit)) return undefined;
  const sum = values.reduce((all, v) => all + v!.value, 0);
  // A row of noughts proves nothing either way.
  if (sum === 0 && own.value === 0) return undefined;
  const partStarts = c.parts.map((k) => r.cells[k + shift]?.range.start ?? -1);
  return { word: c.word, parts: c.parts.length, sum, adds: sum === own.value, range: cell.range, partStarts };
}
