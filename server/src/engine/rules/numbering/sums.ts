// numbering/sums: a table's 合计 / 小计 row against the figures above it. A total
// sums the rows since the previous total; a 合计 after 小计 rows may sum either the
// 小计 rows or every row; a total printed first sums the rows under it. A column is
// checked only where every row of the sum holds a plain figure (— and blanks count
// as none), and a row is reported only when another of its columns adds up: the
// proof that the row is a sum of those rows and not an average or a rate.
import type { GazetteDocument, Range, TableRow } from '../../model';
import type { Rule, RuleContext } from '../types';
import { halfWidthDigits } from '../../parse/text';
import { parseHeadingLabel, RANK } from '../../parse/headings';
import { logicalTables } from './tables';

const rule: Rule = {
  id: 'numbering/sums',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '表格“合计”“小计”与各行之和一致 (a table\'s totals add up)',
  // Either the total or a figure above it may be the slip: the editor offers the sum, --fix never writes it.
  fixable: false,
  checkDocument(ctx, doc) {
    for (const t of logicalTables(doc)) checkTable(ctx, t.rows);
  },
};

export default rule;

const TOTAL = /^(合计|总计|共计|小计)$/;
/**
 * Columns whose figures do not add: rates, shares, averages and figures per unit (户均, 单产, 密度, 强度,
 * 公斤/亩), indices, prices, years, codes.
 */
const NOT_ADDED = /率|%|％|比|均|每|密度|强度|单产|亩产|系数|指数|满意度|中位|进度|[/／]|单价|价格|增长|增幅|增速|年份|年度|序号|编号|代码|电话|排名|名次/;
/** A row that details the row above it: 其中：税收收入, 含：…, 包括…. */
const DETAIL = /^(?:其中|含|包括|注)/;
const FIGURE = /^[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-−]?\d+(?:\.\d+)?$/;
const NONE = /^(?:[-—–－]+|\/|／)?$/;

type Kind = 'detail' | 'subtotal' | 'total' | 'other';

interface Row {
  row: TableRow;
  kind: Kind;
}

function checkTable(ctx: RuleContext, tableRows: readonly TableRow[]): void {
  const width = Math.max(0, ...tableRows.map((r) => r.cells.length));
  if (width < 2 || tableRows.some((r) => r.unaligned)) return;
  const skip = skippedColumns(tableRows);
  const rows: Row[] = tableRows.map((row) => ({ row, kind: kindOf(row, width) }));
  // 其中 rows, and the rows listed under one, are part of the row above.
  let inDetail = false;
  for (const r of rows) {
    const label = labelOf(r.row);
    if (r.kind === 'total' || r.kind === 'subtotal' || (label !== '' && !DETAIL.test(label) && !/^[\s\u3000]/.test(labelText(r.row)))) inDetail = false;
    if (DETAIL.test(label)) inDetail = true;
    if (inDetail && r.kind === 'detail') r.kind = 'other';
  }
  rows.forEach((r, i) => {
    if (r.kind !== 'total' && r.kind !== 'subtotal') return;
    const before = since(rows, i, -1);
    const groups: Row[][] = before.length > 0 ? [before] : [since(rows, i, 1)];
    if (r.kind === 'total') {
      // Back to the previous 合计: every row, or the 小计 rows alone.
      const all: Row[] = [];
      for (let k = i - 1; k >= 0 && rows[k].kind !== 'total'; k--) all.unshift(rows[k]);
      groups.push(all.filter((x) => x.kind === 'detail'), all.filter((x) => x.kind === 'subtotal'));
    }
    checkTotal(ctx, r.row, groups.map(topLevel).filter((g) => g.length >= 2), skip);
  });
}

/** The rows next to a total, up to the previous (dir -1) or the next (dir 1) total. */
function since(rows: readonly Row[], at: number, dir: -1 | 1): Row[] {
  const out: Row[] = [];
  for (let k = at + dir; k >= 0 && k < rows.length; k += dir) {
    if (rows[k].kind === 'total' || rows[k].kind === 'subtotal') break;
    if (rows[k].kind === 'detail') out.push(rows[k]);
  }
  return out;
}

/** The text of a row's first cell that holds words, not a figure ('' when none does). */
function labelText(row: TableRow): string {
  return row.cells.find((c) => c.norm !== '' && !FIGURE.test(figureText(c.norm)))?.text ?? '';
}

function labelOf(row: TableRow): string {
  return labelText(row).replace(/[\s\u3000]/g, '');
}

/** Rows labelled at several levels (一、… （一）…): the total adds the top level's. */
function topLevel(rows: Row[]): Row[] {
  const ranks = rows.map((r) => {
    const h = parseHeadingLabel(labelOf(r.row));
    return h ? RANK[h.kind] : undefined;
  });
  const labelled = ranks.filter((k): k is number => k !== undefined);
  if (labelled.length === 0) return rows;
  const top = Math.min(...labelled);
  return rows.filter((_, i) => ranks[i] === undefined || ranks[i] === top);
}

function kindOf(row: TableRow, width: number): Kind {
  // Trailing empty cells may be left out; a row wider than the table is not of it.
  if (row.isHeader || row.cells.length > width || row.cells.length < 2) return 'other';
  const label = row.cells.slice(0, 2).find((c) => c.norm !== '')?.norm.replace(/\s/g, '') ?? '';
  if (TOTAL.test(label)) return label === '小计' ? 'subtotal' : 'total';
  return row.cells.some((c) => FIGURE.test(figureText(c.norm))) ? 'detail' : 'other';
}

/** Columns named as rates, shares, years… in any header-like row (one with no figure). */
function skippedColumns(rows: readonly TableRow[]): Set<number> {
  const skip = new Set<number>();
  for (const r of rows) {
    if (r.cells.some((c) => FIGURE.test(figureText(c.norm)))) continue;
    r.cells.forEach((c, k) => {
      if (NOT_ADDED.test(c.norm)) skip.add(k);
    });
  }
  return skip;
}

function figureText(s: string): string {
  return halfWidthDigits(s.replace(/[\s\u3000]/g, ''));
}

/** A cell's figure; 0 for a blank or a dash; undefined for text. */
function figure(s: string): { value: number; decimals: number } | undefined {
  const t = figureText(s);
  if (NONE.test(t)) return { value: 0, decimals: 0 };
  if (!FIGURE.test(t)) return undefined;
  const plain = t.replace(/,/g, '').replace('−', '-');
  return { value: Number(plain), decimals: plain.split('.')[1]?.length ?? 0 };
}

interface Column {
  index: number;
  total: number;
  decimals: number;
  range: Range;
  /** The sums of the candidate groups whose every row holds a figure here. */
  sums: number[];
  /** How many rows the first of those groups adds. */
  rows: number;
}

function checkTotal(ctx: RuleContext, total: TableRow, groups: Row[][], skip: Set<number>): void {
  if (groups.length === 0) return;
  const columns: Column[] = [];
  total.cells.forEach((cell, k) => {
    if (skip.has(k)) return;
    const own = figure(cell.norm);
    if (!own || !FIGURE.test(figureText(cell.norm))) return;
    const sums: number[] = [];
    let decimals = own.decimals;
    let rows = 0;
    for (const g of groups) {
      const values = g.map((r) => figure(r.row.cells[k]?.norm ?? ''));
      if (values.some((v) => v === undefined) || values.every((v) => v!.value === 0)) continue;
      decimals = Math.max(decimals, ...values.map((v) => v!.decimals));
      sums.push(values.reduce((a, v) => a + v!.value, 0));
      rows ||= g.length;
    }
    if (sums.length > 0) columns.push({ index: k, total: own.value, decimals, range: cell.range, sums, rows });
  });
  const adds = (c: Column) => c.sums.some((s) => Math.abs(s - c.total) <= tolerance(c));
  const wrong = columns.filter((c) => !adds(c));
  // One column that adds is the proof the row sums these rows; a table of one figure column is its own.
  if (wrong.length === 0 || (wrong.length === columns.length && columns.length > 1)) return;
  for (const c of wrong) {
    const sum = round(c.sums[0], c.decimals);
    const label = total.cells.slice(0, 2).find((x) => x.norm !== '')!.norm.replace(/\s/g, '');
    ctx.report({
      message: `${label}为${ctx.text.slice(c.range.start, c.range.end).trim()}，上列${c.rows}行之和为${sum} (the ${label === '小计' ? 'subtotal' : 'total'} is not the sum of the rows: ${sum})`,
      range: trimmed(ctx.text, c.range),
      suggestions: [{ title: `改为${sum} (use ${sum})`, edits: [{ range: trimmed(ctx.text, c.range), text: sum }] }],
    });
  }
}

/** Figures rounded each to the last decimal place may miss the rounded total by half a unit each. */
function tolerance(c: Column): number {
  return c.decimals === 0 ? 1e-9 : (c.rows / 2) * 10 ** -c.decimals + 1e-9;
}

function round(n: number, decimals: number): string {
  return n.toFixed(decimals);
}

function trimmed(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
