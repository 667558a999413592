// numbering/sums: a table laid out by place (县（市、区）, 地区) whose row for the whole area (全市, 全区, 全县) is
// printed first or last, without 合计: in its columns of amounts (亿元, 万人, 个) that row is the sum of the places'
// rows. Not in columns of rates, shares, averages or figures per head (比上年增长（%）, 占比, 人均, 元/人·月), nor a
// 全市平均 row. A place's own 其中 rows and the rows indented under it are in its figures already. The whole is a
// statistic rounded apart from its parts: it may miss their sum by the rounding of each. It may also hold what no
// row lists (市本级 revenue, 市直 projects, GDP accounted for the city as one) or less than rows drawn across one
// another (a 开发区 listed apart and within its county): a figure off is read as a slip only where it is the sum
// with one digit changed or two next to each other swapped (2568.4 for 2586.4), and every other column off is too.
import type { Line, TableRow } from '../../model';
import type { RuleContext } from '../types';
import { captionUnit } from './stated-totals';
import { figure, type Figure, figureText, isFigure, NONE, skippedColumns, trimmed, written } from './figures';

/** The whole area's row: 全市, 全区, 全县 (全市合计); not 全市平均 nor 全市政府债务. */
const AREA_WHOLE = /^全(?:省|市|区|县|州|盟|旗|镇|乡)(?:合计|总计)?$/;
/** A header's first cell naming places: 县（市、区）, 区、县（市）, 地区, 区域, 单位, 乡镇（街道）. */
const PLACE_HEAD = /^(?:县市区|区县市?|县区|县市|地区|区域|地方|单位|乡镇街道|镇街道|乡镇|街道|镇街|行政区划?)(?:名称)?$/;
/** A row naming a place (桐江区, 青岚县, 云门市, 城东街道, 市本级). */
const PLACE = /^(?:[\u4e00-\u9fff]{1,10}(?:省|市|区|县|旗|盟|州|镇|乡|街道)|[市县区]本级)$/;
/**
 * Units of amounts, which add up over places; a figure in 元 alone is most often a standard or one per head
 * (城镇居民人均可支配收入（元）, 低保标准（元）), so is not added.
 */
const AMOUNT = /^(?:[亿万千]元|[亿万]?美元|万?人次|万?人|万?户|个|家|项|所|座|辆|台|套|件|处|条|名|张|床|万?亩|公顷|万?平方米|平方公里|公里|千米|万?吨|万?千瓦时|万?千瓦|万?立方米)$/;
const UNIT_IN_BRACKETS = /[（(]([^（()）]{1,6})[)）]$/;
const DETAIL = /^(?:其中|含|包括)/;
const INDENTED = /^[ \t\u3000]/;
const TOTAL_WORD = /^(?:合计|总计|共计|小计|总数)/;
/** A 序号 column's header. */
const SERIAL_HEAD = /^(?:序号|编号)$/;

export function checkAreaTotals(ctx: RuleContext, lines: readonly Line[], rows: readonly TableRow[]): void {
  // Most tables have no such row: a look at their first cells is all they cost.
  if (!rows.some((r) => AREA_WHOLE.test(rowLabel(r, 0)) || AREA_WHOLE.test(rowLabel(r, 1)))) return;
  if (rows.some((r) => r.unaligned || TOTAL_WORD.test(rowLabel(r, 0)) || TOTAL_WORD.test(rowLabel(r, 1)))) return;
  const bodyAt = rows.findIndex((r) => !r.isHeader && r.cells.some((c) => isFigure(c.norm)));
  if (bodyAt <= 0) return;
  const header = rows[bodyAt - 1];
  if (header.cells.some((c) => isFigure(c.norm))) return;
  // A 序号 column before the places' names: the names are the second column's (the whole's may stand in the first).
  const at = SERIAL_HEAD.test(plainName(header.cells[0]?.norm ?? '')) ? 1 : 0;
  const labelOf = (row: TableRow | undefined) => rowLabel(row, at);
  const body = rows.slice(bodyAt).filter((r) => !r.isHeader);
  const wholes = body.filter((r) => AREA_WHOLE.test(labelOf(r)));
  if (wholes.length !== 1) return;
  const whole = wholes[0];
  const first = whole === body[0];
  if (!first && whole !== body[body.length - 1]) return;
  const others = body.filter((r) => r !== whole);
  // 全市 over 其中：… rows: those are some of the places, compared with the whole apart (detail rows).
  if (first && DETAIL.test(labelOf(others[0]))) return;
  // A place's 其中 and the rows indented under it: already in the place's row.
  const parts = others.filter((r) => !DETAIL.test(labelOf(r)) && !INDENTED.test(r.cells[0]?.text ?? ''));
  if (parts.length < 2 || ![whole, ...parts].every((r) => isRowOfFigures(r, whole.cells.length, at))) return;
  if (!PLACE_HEAD.test(plainName(header.cells[at]?.norm ?? '')) && !parts.every((r) => PLACE.test(labelOf(r)))) return;
  const columns = amountColumns(lines, rows, header, at);
  const checked = columns.flatMap((k) => {
    const own = figure(whole.cells[k].norm)!;
    if (NONE.test(figureText(whole.cells[k].norm))) return [];
    // A place left blank or written with another unit: the column is not read.
    if (parts.some((r) => NONE.test(figureText(r.cells[k].norm)))) return [];
    const values = parts.map((r) => figure(r.cells[k].norm)!);
    if (values.some((v) => v.unit !== own.unit)) return [];
    const decimals = Math.max(own.decimals, ...values.map((v) => v.decimals));
    const sum = values.reduce((all, v) => all + v.value, 0);
    return [{ k, own, sum, decimals, adds: Math.abs(sum - own.value) <= rounding(decimals, [own, ...values]) }];
  });
  const off = checked.filter((c) => !c.adds);
  // One column that adds is the proof the row sums the places; a table of one such column is its own.
  if (off.length === checked.length && checked.length > 1) return;
  const wrong = off.filter((c) => isSlip(figureText(whole.cells[c.k].norm), c.sum, c.own.decimals));
  // A column off by more than a slip: the whole holds what no row lists (市直 schools, counted in 学校数 as well).
  if (wrong.length < off.length) return;
  for (const c of wrong) report(ctx, whole, labelOf(whole), parts.length, first, c.k, c.own, c.sum, c.decimals);
}

/**
 * How far figures rounded each to its own last decimal may move their sum: half a unit of each's last place, where
 * the column has decimals at all (全市 236.1 over 85.34, 70.12 and 80.61); figures all whole are counts, exact.
 */
function rounding(decimals: number, figures: readonly Figure[]): number {
  return decimals === 0 ? 1e-9 : figures.reduce((all, f) => all + 10 ** -f.decimals / 2, 1e-9);
}

/** Whether the whole as written is the sum with one digit changed or two next to each other swapped. */
function isSlip(shown: string, sum: number, decimals: number): boolean {
  const a = shown.replace(/\D/g, '');
  const b = sum.toFixed(decimals).replace(/\D/g, '');
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]);
}

function report(ctx: RuleContext, whole: TableRow, word: string, count: number, below: boolean, k: number, own: Figure, value: number, decimals: number): void {
  const range = trimmed(ctx.text, whole.cells[k].range);
  const shown = ctx.text.slice(range.start, range.end);
  const sum = written(value, decimals, shown.includes(',')) + (own.unit ?? '');
  ctx.report({
    message: `${word}为${shown}，${below ? '下列' : '上列'}${count}行之和为${sum} (the whole area's row is not the sum of the places ${below ? 'below' : 'above'}: ${sum})`,
    range,
    suggestions: [{ title: `改为${sum} (use ${sum})`, edits: [{ range, text: sum }] }],
  });
}

/**
 * The columns of amounts: named with a unit of an amount in brackets (地区生产总值（亿元）), or plainly under a caption
 * giving one (单位：万元); none named as a rate, a share, an average or a figure per unit.
 */
function amountColumns(lines: readonly Line[], rows: readonly TableRow[], header: TableRow, at: number): number[] {
  const skip = skippedColumns(rows);
  let caption: string | undefined | null = null;
  const out: number[] = [];
  header.cells.forEach((cell, k) => {
    if (k <= at || skip.has(k)) return;
    const unit = UNIT_IN_BRACKETS.exec(cell.norm)?.[1] ?? (caption === null ? (caption = captionUnit(lines, rows[0].range.start)) : caption);
    if (unit && AMOUNT.test(unit)) out.push(k);
  });
  return out;
}

/**
 * A row that is its place's name and figures (or blanks) in every other cell, as wide as the whole's; under a 序号
 * column, its 序号 (or blank) before the name.
 */
function isRowOfFigures(row: TableRow, width: number, at: number): boolean {
  const label = rowLabel(row, at);
  return (
    row.cells.length === width &&
    label !== '' &&
    !isFigure(row.cells[at].norm) &&
    row.cells.slice(0, at).every((c) => figure(c.norm) !== undefined || rowLabel(row, 0) === label) &&
    row.cells.slice(at + 1).every((c) => figure(c.norm) !== undefined)
  );
}

/** The name a row gives in column `at`; after a 序号 column, the first column's where the second is blank (全市 | | 250). */
function rowLabel(row: TableRow | undefined, at: number): string {
  const name = (k: number) => row?.cells[k]?.norm.replace(/[\s\u3000]/g, '') ?? '';
  return at === 1 && name(1) === '' ? name(0) : name(at);
}

/** A header's name without brackets and marks: 县（市、区） → 县市区. */
function plainName(s: string): string {
  return s.replace(/[\s\u3000（()）、，,]/g, '');
}
