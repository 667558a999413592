// numbering/sums: a table's 合计 / 小计 row against the figures above it. A total
// sums the rows since the previous total; a 合计 after 小计 rows may sum either the
// 小计 rows or every row; a total printed first sums the rows under it. A column is
// checked only where every row of the sum holds a plain figure (— and blanks count
// as none), or a figure with one unit (5280万元), and a row is reported only when
// another of its columns adds up: the proof that the row is a sum of those rows
// and not an average or a rate. A table by place may close on a 全市 row instead (see area-totals); a total may be
// a column (see total-columns).
import type { Range, TableRow } from '../../model';
import type { Rule, RuleContext } from '../types';
import { parseHeadingLabel, RANK } from '../../parse/headings';
import { logicalTables } from './tables';
import { checkStatedTotals } from './stated-totals';
import { checkDetailRows } from './detail-rows';
import { checkAreaTotals } from './area-totals';
import { reportColumnSlips, totalColumnSlips } from './total-columns';
import { checkTableRates } from './table-rates';
import { checkPartColumns } from './part-columns';
import { checkChangeRates } from './change-rates';
import { checkGroupHeads } from './group-heads';
import { figure, type Figure, figureText, isFigure, labelColumn, NONE, skippedColumns, tolerance, trimmed, written } from './figures';

const rule: Rule = {
  id: 'numbering/sums',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '表格“合计”“小计”与各行之和一致 (a table\'s totals add up)',
  // Either the total or a figure above it may be the slip: the editor offers the sum, --fix never writes it.
  fixable: false,
  checkDocument(ctx, doc) {
    // Totals found not to add up: the text's figure is not compared with them.
    const unsound = new Set<number>();
    for (const t of logicalTables(doc)) {
      // A figure slipped where a total row and a total column cross puts out both totals: it is told once, at that cell.
      const across = totalColumnSlips(t.rows);
      checkTable(ctx, t.rows, unsound, new Set(across.map((s) => s.range.start)));
      reportColumnSlips(ctx, across, unsound);
      checkDetailRows(ctx, t.rows);
      checkAreaTotals(ctx, ctx.issue.lines, t.rows);
      checkTableRates(ctx, t.rows);
      checkPartColumns(ctx, t.rows);
      checkChangeRates(ctx, t.rows);
      checkGroupHeads(ctx, t.rows);
    }
    checkStatedTotals(ctx, doc, unsound);
  },
};

export default rule;

/** A total's cell: the word, after the label of its row's level where the rows are labelled ((七)总计). */
const TOTAL = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?(合计|总计|共计|小计)$/;
/** A row that details the row above it: 其中：税收收入, 含：…, 包括…. */
const DETAIL = /^(?:其中|含|包括|注)/;
const ZERO: Figure = { value: 0, decimals: 0 };

type Kind = 'detail' | 'subtotal' | 'total' | 'other';

interface Row {
  row: TableRow;
  kind: Kind;
  /** For a total: the word that names it (合计, 小计 …). */
  word?: string;
  /** Each cell's figure, read once (see figure). */
  figures: (Figure | undefined)[];
}

/** Rows a total may add, and whether they stand above it or below. */
interface Group {
  rows: Row[];
  below: boolean;
}

function checkTable(ctx: RuleContext, tableRows: readonly TableRow[], unsound: Set<number>, explained: ReadonlySet<number>): void {
  // Most tables have no total: a look at their cells' words is all they cost.
  if (!tableRows.some((r) => r.cells.some((c) => TOTAL.test(c.norm)))) return;
  const width = Math.max(0, ...tableRows.map((r) => r.cells.length));
  if (width < 2 || tableRows.some((r) => r.unaligned)) return;
  const skip = skippedColumns(tableRows);
  const rows: Row[] = tableRows.map((row) => ({ row, ...kindOf(row), figures: row.cells.map((c) => figure(c.norm)) }));
  // 其中 rows, and the rows listed under one, are part of the row above.
  let inDetail = false;
  for (const r of rows) {
    const label = labelOf(r.row);
    if (r.kind === 'total' || r.kind === 'subtotal' || (label !== '' && !DETAIL.test(label) && !/^[\s\u3000]/.test(labelText(r.row)))) inDetail = false;
    if (DETAIL.test(label)) inDetail = true;
    if (inDetail && r.kind === 'detail') r.kind = 'other';
  }
  // A total adds the rows above it or, printed first (合计 over the table, a 小计 over its group), those under
  // it: both are candidates, and the one the table's layout suggests is named when neither adds up.
  const firstTotal = rows.findIndex((x) => x.kind === 'total' || x.kind === 'subtotal');
  const totalsFirst = firstTotal >= 0 && !rows.slice(0, firstTotal).some((x) => x.kind === 'detail');
  rows.forEach((r, i) => {
    if (r.kind !== 'total' && r.kind !== 'subtotal') return;
    const [above, below] = ([-1, 1] as const).map((dir) => {
      const next = toward(rows, i, dir, ['total', 'subtotal']).filter((x) => x.kind === 'detail');
      if (r.kind !== 'total') return [next];
      // Back to the previous 合计 (or on to the next): every row, or the 小计 rows alone.
      const all = toward(rows, i, dir, ['total']);
      return [all.filter((x) => x.kind === 'detail'), all.filter((x) => x.kind === 'subtotal'), next];
    });
    const candidates = (list: Row[][], isBelow: boolean): Group[] =>
      // Group rows left blank (their items carry the figures): every row is the sum's other reading. A 小计 under
      // its group's row, which carries the same figures (一、产业项目（5个） 210.0 / 1 … / 小计 210.0), adds the items
      // alone; a 合计 adds the group rows, whose own slips it shows.
      list.flatMap((g) => {
        const top = topLevel(g);
        if (top.length === g.length) return [g];
        if (r.kind !== 'subtotal') return [top, g];
        const heads = new Set(top);
        return [g.filter((x) => !heads.has(x)), g, top];
      })
        .filter((g) => g.length >= 2).map((g) => ({ rows: g, below: isBelow }));
    const [first, second] = totalsFirst ? [candidates(below, true), candidates(above, false)] : [candidates(above, false), candidates(below, true)];
    // Labelled as an item, the total adds the items of its list and nothing else.
    const items = siblingsLeaves(rows, i);
    checkTotal(ctx, r, items ?? [...first, ...second], skip, unsound, explained);
  });
}

/**
 * A total labelled as an item of a list ((七)总计 under 三、本年度办理结果) adds the items above it back to
 * the list's head: every row with figures there, the rows of sub-items too ((三)不予公开 / 1．属于国家秘密 / 2．…,
 * where (三)'s row holds its first sub-item's figures). A row whose label takes one cell more than the
 * total's (its item's and its sub-item's) has its figures one cell further on: they are read in line with the
 * total's. Undefined for a total not so labelled.
 */
function siblingsLeaves(rows: readonly Row[], at: number): Group[] | undefined {
  const total = rows[at];
  const own = parseHeadingLabel(labelOf(total.row));
  if (!own) return undefined;
  const first = firstFigureAt(total);
  const width = total.figures.length - first;
  const group: Row[] = [];
  for (let k = at - 1; k >= 0; k--) {
    const h = parseHeadingLabel(labelOf(rows[k].row));
    if (h && RANK[h.kind] < RANK[own.kind]) break;
    if (rows[k].kind === 'total' || rows[k].kind === 'subtotal') return [];
    if (rows[k].kind !== 'detail') continue;
    const shift = firstFigureAt(rows[k]) - first;
    // Figures that do not line up with the total's either way: not a list this total adds.
    if (rows[k].figures.length - shift !== first + width || shift < 0) return [];
    group.push(shift === 0 ? rows[k] : { ...rows[k], figures: rows[k].figures.slice(shift) });
  }
  return group.length >= 2 ? [{ rows: group.reverse(), below: false }] : [];
}

function firstFigureAt(r: Row): number {
  return r.row.cells.findIndex((c) => isFigure(c.norm));
}

/** The rows from a total on up (dir -1) or down (dir 1), to the next row of a kind in `stop`. */
function toward(rows: readonly Row[], at: number, dir: -1 | 1, stop: readonly Kind[]): Row[] {
  const out: Row[] = [];
  for (let k = at + dir; k >= 0 && k < rows.length && !stop.includes(rows[k].kind); k += dir) out.push(rows[k]);
  return out;
}

/** The text of a row's first cell that holds words, not a figure ('' when none does). */
function labelText(row: TableRow): string {
  return row.cells[labelColumn(row)]?.text ?? '';
}

function labelOf(row: TableRow): string {
  return labelText(row).replace(/[\s\u3000]/g, '');
}

/**
 * Rows labelled at several levels (一、… （一）…, or a 序号 column of 一 二 over 1 2 as a scoring table's groups
 * and their items): the total adds the top level's.
 */
function topLevel(rows: Row[]): Row[] {
  const ranks = rows.map((r) => {
    const h = parseHeadingLabel(labelOf(r.row));
    return h ? RANK[h.kind] : serialRank(r.row);
  });
  const labelled = ranks.filter((k): k is number => k !== undefined);
  if (labelled.length === 0) return rows;
  const top = Math.min(...labelled);
  return rows.filter((_, i) => ranks[i] === undefined || ranks[i] === top);
}

/** A 序号 cell's level: a bare Chinese numeral (一) ranks as 一、, a bare Arabic one (1) as 1．. */
function serialRank(row: TableRow): number | undefined {
  const first = figureText(row.cells[0]?.norm ?? '');
  if (/^[一二三四五六七八九十]{1,3}$/.test(first)) return RANK.cn;
  if (/^\d{1,3}$/.test(first)) return RANK.arabic;
  return undefined;
}

/** A row's kind: a total (合计 or 小计 in a cell before its figures: 东城区 / 小计 / 150 too), figures, or neither. */
function kindOf(row: TableRow): { kind: Kind; word?: string } {
  if (row.isHeader || row.cells.length < 2) return { kind: 'other' };
  const firstFigure = row.cells.findIndex((c) => isFigure(c.norm));
  // A row without figures names its columns (地区 / 合计 / 公用经费 …): a header, not a total.
  if (firstFigure < 0) return { kind: 'other' };
  const word = row.cells
    .slice(0, firstFigure)
    .map((c) => TOTAL.exec(c.norm.replace(/\s/g, ''))?.[1])
    .find((w) => w !== undefined);
  if (word) return { kind: word === '小计' ? 'subtotal' : 'total', word };
  return { kind: 'detail' };
}

interface Column {
  at: number;
  total: number;
  decimals: number;
  /** Written with thousands separators (3,100): the sum offered is written so too. */
  grouped: boolean;
  /** The unit the total is written with ('' for none), kept in the sum offered. */
  unit: string;
  range: Range;
  /** The sums of the candidate groups whose every row holds a figure here, with their group. */
  sums: { value: number; group: Group }[];
}

/** `explained`: cells found to be wrong otherwise (a row's total that does not add up): a column holding one is not told. */
function checkTotal(ctx: RuleContext, total: Row, groups: Group[], skip: Set<number>, unsound: Set<number>, explained: ReadonlySet<number>): void {
  if (groups.length === 0) return;
  const columns: Column[] = [];
  total.row.cells.forEach((cell, k) => {
    const own = skip.has(k) || NONE.test(figureText(cell.norm)) ? undefined : total.figures[k];
    if (!own) return;
    const sums: Column['sums'] = [];
    let decimals = own.decimals;
    for (const group of groups) {
      // A cell a row leaves out (trailing empty cells) holds no figure: 0.
      const values = group.rows.map((r) => (k < r.figures.length ? r.figures[k] : ZERO));
      if (values.some((v) => v === undefined) || values.every((v) => v!.value === 0)) continue;
      // 万元 over 亿元 rows: not one measure (a blank or a dash has none).
      if (values.some((v) => v!.unit !== own.unit && (v!.unit !== undefined || v!.value !== 0))) continue;
      decimals = Math.max(decimals, ...values.map((v) => v!.decimals));
      sums.push({ value: values.reduce((a, v) => a + v!.value, 0), group });
    }
    if (sums.length > 0) columns.push({ at: k, total: own.value, decimals, grouped: cell.norm.includes(','), unit: own.unit ?? '', range: cell.range, sums });
  });
  const adds = (c: Column) => c.sums.some((s) => Math.abs(s.value - c.total) <= tolerance(c.decimals, s.group.rows.length));
  const wrong = columns.filter((c) => !adds(c));
  // One column that adds is the proof the row sums these rows; a table of one figure column is its own.
  if (wrong.length === 0 || (wrong.length === columns.length && columns.length > 1)) return;
  for (const c of wrong) {
    unsound.add(c.range.start);
    const { value, group } = c.sums[0];
    // A row's figures read shifted (see siblingsLeaves) stand that many cells on in the row.
    if (group.rows.some((r) => explained.has(r.row.cells[c.at + r.row.cells.length - r.figures.length]?.range.start ?? -1))) continue;
    const sum = written(value, c.decimals, c.grouped) + c.unit;
    const where = group.below ? '下列' : '上列';
    const range = trimmed(ctx.text, c.range);
    ctx.report({
      message: `${total.word}为${ctx.text.slice(range.start, range.end)}，${where}${group.rows.length}行之和为${sum} (the ${total.word === '小计' ? 'subtotal' : 'total'} is not the sum of the rows ${group.below ? 'below' : 'above'}: ${sum})`,
      range,
      suggestions: [{ title: `改为${sum} (use ${sum})`, edits: [{ range, text: sum }] }],
    });
  }
}

