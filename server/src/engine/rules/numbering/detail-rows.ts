// numbering/sums: a table's 其中 rows against the row they detail (一般公共预算收入 412.8 / 其中：税收收入 308.6 /
// 　　　非税收入 104.2). Parts never add up to more than the whole; parts known to make the whole add up to it: a name
// and its complement (税收收入, 非税收入), the items the whole's name joins (公务用车购置费 and 公务用车运行费 under
// 公务用车购置及运行费), a complete classification (男, 女).
import type { TableRow } from '../../model';
import type { RuleContext } from '../types';
import { isCompleteClassification, sharedEnd } from './breakdown-wholes';
import { figure, type Figure, figureText, isFigure, labelColumn, NONE, skippedColumns, tolerance, trimmed, UNITS, written } from './figures';

const DETAIL_HEAD = /^其中[：:]?/;
const UNIT_ALONE = new RegExp(`^(?:${UNITS}|%|％)$`);
const UNIT_IN_LABEL = new RegExp(`[（(](${UNITS}|%|％)[）)]$`);
/**
 * Names of people or bodies (公务员, 规模以上工业企业, 35岁以下人员): their 其中 rows may count one twice (女 and 少数民族;
 * 国有控股企业 and 股份制企业), so only a part past the whole alone is a slip.
 */
const PEOPLE_OR_BODIES = /(?:企业|公司|单位|机构|组织|人员|人口|干部|职工|员工|教师|学生|党员|员|人|者|户|家庭)$/;

export function checkDetailRows(ctx: RuleContext, rows: readonly TableRow[]): void {
  if (!rows.some((r) => r.cells.some((c) => c.norm.startsWith('其中')))) return;
  const skip = skippedColumns(rows);
  for (let i = 1; i < rows.length; i++) {
    const first = labelOf(rows[i]);
    if (!first || !DETAIL_HEAD.test(first.text)) continue;
    const whole = rows[i - 1];
    const wholeLabel = labelOf(whole);
    if (whole.isHeader || !wholeLabel) continue;
    // A 其中 less far in than the row above it (其中：市级 flush left under 　　　非税收入) details no part: it is a second
    // breakdown of something wider.
    if (indentOf(rows[i]) < indentOf(whole)) continue;
    // A 其中 further in under a part that opened its list (其中：税收收入 / 　　　其中：增值税) details that part: its own
    // parts are the rows further in than it, as the list it is in reads them. One as far in may be that part's sibling
    // (其中：税收收入 / 其中：非税收入, each part with its 其中).
    const nested = DETAIL_HEAD.test(wholeLabel.text);
    if (nested && indentOf(rows[i]) === indentOf(whole)) checkUnalignedNested(ctx, rows, i, skip);
    if (nested && indentOf(rows[i]) <= indentOf(whole)) continue;
    const parts = [rows[i], ...partsGoingOn(rows, i + 1, first.column, indentOf(nested ? rows[i] : whole))];
    // Parts in another unit than the whole (其中：税收收入（万元） under 一般公共预算收入（亿元）) are not added to it.
    if (parts.some((p) => unitOf(p) !== unitOf(whole))) continue;
    const wholeName = wholeLabel.text.replace(DETAIL_HEAD, '');
    const names = parts.map((r, k) => (k === 0 ? labelOf(r)!.text.replace(DETAIL_HEAD, '') : labelOf(r)!.text));
    if (wholeName === '' || names.some((n) => n === '')) continue;
    if (parts.length > 1 && !isComplete(wholeName, names) && [wholeName, ...names].some((n) => PEOPLE_OR_BODIES.test(n))) {
      parts.forEach((p, k) => checkParts(ctx, whole, wholeName, [p], [names[k]], skip));
    } else checkParts(ctx, whole, wholeName, parts, names, skip);
  }
}

interface ColumnSum {
  column: number;
  whole: Figure;
  sum: number;
  decimals: number;
}

function checkParts(ctx: RuleContext, whole: TableRow, wholeName: string, parts: TableRow[], names: string[], skip: Set<number>): void {
  reportColumns(ctx, whole, wholeName, parts, names, wrongColumns(whole, wholeName, parts, names, skip));
}

/** The columns where the parts do not agree with the whole (see checkDetailRows); none where the rows do not line up. */
function wrongColumns(whole: TableRow, wholeName: string, parts: readonly TableRow[], names: readonly string[], skip: Set<number>): ColumnSum[] {
  if (parts.some((p) => p.cells.length !== whole.cells.length)) return [];
  const sums: ColumnSum[] = [];
  whole.cells.forEach((cell, k) => {
    if (skip.has(k) || !isFigure(cell.norm) || NONE.test(figureText(cell.norm))) return;
    const own = figure(cell.norm)!;
    const values = parts.map((p) => figure(p.cells[k].norm));
    if (values.some((v) => v === undefined || v.unit !== own.unit || v.value < 0) || own.value <= 0) return;
    const decimals = Math.max(own.decimals, ...values.map((v) => v!.decimals));
    sums.push({ column: k, whole: own, sum: values.reduce((a, v) => a + v!.value, 0), decimals });
  });
  const off = (s: ColumnSum) => Math.abs(s.sum - s.whole.value) > tolerance(s.decimals, parts.length);
  const complete = isComplete(wholeName, names);
  // Parts that make the whole: a column that adds up is the proof the rows are read right, so the others are reported.
  // Parts that may be some of it: only a sum past the whole.
  return complete
    ? sums.filter((s) => off(s) && sums.length > 1 && sums.some((o) => !off(o)))
    : sums.filter((s) => s.sum > s.whole.value + tolerance(s.decimals, parts.length));
}

function reportColumns(ctx: RuleContext, whole: TableRow, wholeName: string, parts: readonly TableRow[], names: readonly string[], wrong: readonly ColumnSum[]): void {
  const complete = isComplete(wholeName, names);
  for (const s of wrong) {
    const range = trimmed(ctx.text, whole.cells[s.column].range);
    const shown = ctx.text.slice(range.start, range.end);
    const sum = written(s.sum, s.decimals, shown.includes(',')) + (s.whole.unit ?? '');
    const listed = `“其中”所列${names.join('、')}${parts.length > 1 ? '之和' : ''}为${sum}`;
    ctx.report({
      message: complete
        ? `${listed}，与“${wholeName}”的${shown}不符 (the parts add up to ${sum}, not ${shown})`
        : `${listed}，超过“${wholeName}”的${shown} (the rows under 其中 add up to ${sum}, more than ${shown})`,
      range,
      related: [{ range: { start: parts[0].range.start, end: parts.at(-1)!.range.end }, message: '“其中”各行 (the parts)' }],
      suggestions: complete ? [{ title: `改为${sum} (use ${sum})`, edits: [{ range, text: sum }] }] : undefined,
    });
  }
}

/** One way to read rows whose indentation does not tell: each whole with the parts it is read to have. */
type Reading = { whole: TableRow; parts: TableRow[] }[];

/**
 * A 其中 as far in as the 其中 right above it, with rows further in under it, all as far in as one another
 * (其中：税收收入 / 其中：增值税 / 　　　企业所得税 / 　　　非税收入): the second 其中 may be the first part's own, its list
 * ending at any of those rows (the rest going on with the whole's list), or a sibling of that part. Where some reading
 * adds up, all is well; where none does, the one reading whose second 其中 fits inside the first part and whose whole's
 * parts are known to make it (税收收入 and 非税收入) tells what is off.
 */
function checkUnalignedNested(ctx: RuleContext, rows: readonly TableRow[], i: number, skip: Set<number>): void {
  const [top, part, detail] = [rows[i - 2], rows[i - 1], rows[i]];
  const topLabel = labelOf(top);
  const column = labelOf(detail)!.column;
  if (!topLabel || top.isHeader || DETAIL_HEAD.test(topLabel.text) || indentOf(top) > indentOf(part)) return;
  const under: TableRow[] = [];
  for (let j = i + 1; j < rows.length; j++) {
    const label = labelOf(rows[j]);
    if (!label || label.column !== column || DETAIL_HEAD.test(label.text) || indentOf(rows[j]) <= indentOf(detail)) break;
    if (under.length > 0 && indentOf(rows[j]) !== indentOf(under[0])) return;
    under.push(rows[j]);
  }
  if (under.length === 0) return;
  const all = [top, part, detail, ...under];
  if (all.some((r) => unitOf(r) !== unitOf(top)) || all.some((r) => PEOPLE_OR_BODIES.test(nameOf(r)))) return;
  const readings: Reading[] = [
    [{ whole: top, parts: [part, detail] }, { whole: detail, parts: under }],
    [{ whole: top, parts: [part, detail, ...under] }],
  ];
  for (let k = 0; k <= under.length; k++) {
    readings.push([{ whole: part, parts: [detail, ...under.slice(0, k)] }, { whole: top, parts: [part, ...under.slice(k)] }]);
  }
  const wrongOf = (w: TableRow, parts: readonly TableRow[]) => wrongColumns(w, nameOf(w), parts, parts.map(nameOf), skip);
  if (readings.some((r) => r.every((level) => wrongOf(level.whole, level.parts).length === 0))) return;
  // The readings of the second 其中 as the part's own whose part fits and whose whole's parts make it.
  const settled = readings.slice(2).filter(([own, rest]) => wrongOf(own.whole, own.parts).length === 0 && isComplete(nameOf(top), rest.parts.map(nameOf)));
  if (settled.length !== 1) return;
  const [, rest] = settled[0];
  reportColumns(ctx, top, nameOf(top), rest.parts, rest.parts.map(nameOf), wrongOf(top, rest.parts));
}

/** A row's name: its label without 其中 and spaces. */
function nameOf(row: TableRow): string {
  return labelOf(row)?.text.replace(DETAIL_HEAD, '') ?? '';
}

/**
 * The rows under a 其中 row indented as one (　　　非税收入) go on with its list; a row flush left, or no further in than
 * the whole, is the table's next item. A part's own 其中 (　　　　其中：增值税) and the rows indented past it are that
 * part's, not the list's.
 */
function partsGoingOn(rows: readonly TableRow[], from: number, column: number, wholeIndent: number): TableRow[] {
  const parts: TableRow[] = [];
  let indent = 0;
  let nested = Infinity;
  for (let j = from; j < rows.length; j++) {
    const label = labelOf(rows[j]);
    const own = indentOf(rows[j]);
    if (!label || label.column !== column || own <= wholeIndent) break;
    if (DETAIL_HEAD.test(label.text)) nested = own;
    else if (own > nested && (indent === 0 || own > indent)) continue;
    else if (indent === 0 || own === indent) {
      indent = own;
      nested = Infinity;
      parts.push(rows[j]);
    } else break;
  }
  return parts;
}

/** The unit a row's label names in brackets (税收收入（万元）) or a cell that is only a unit (指标 | 单位 | 2024年). */
function unitOf(row: TableRow): string | undefined {
  for (const c of row.cells) {
    const t = figureText(c.norm);
    const unit = UNIT_ALONE.exec(t)?.[0] ?? UNIT_IN_LABEL.exec(t)?.[1];
    if (unit) return unit;
  }
  return undefined;
}

/** Parts known to make the whole: a name and its complement, the items the whole's name joins, a complete classification. */
function isComplete(wholeName: string, names: readonly string[]): boolean {
  return names.length >= 2 && (joinedIn(wholeName, names) || isCompleteClassification(names));
}

/** The first cell of a row that holds words, its text as written and its column. */
function labelOf(row: TableRow | undefined): { text: string; column: number; raw: string } | undefined {
  if (!row) return undefined;
  const column = labelColumn(row);
  if (column < 0) return undefined;
  const raw = row.cells[column].text;
  return { text: raw.replace(/[\s\u3000]/g, ''), column, raw };
}

/** How far a row's label is indented (spaces and ideographic spaces before it); 0 for none. */
function indentOf(row: TableRow | undefined): number {
  const label = labelOf(row);
  return label ? label.raw.length - label.raw.trimStart().length : 0;
}

/** The whole's name joins the parts' own words with 及, 和, 与 or 、 (公务用车购置及运行费 over 公务用车购置费, 公务用车运行费). */
function joinedIn(whole: string, names: readonly string[]): boolean {
  const start = sharedStart(names);
  const end = sharedEnd(names);
  const keys = names.map((n) => n.slice(start, n.length - end));
  if (keys.some((k) => k === '') || !whole.startsWith(names[0].slice(0, start)) || !whole.endsWith(names[0].slice(names[0].length - end))) return false;
  const joined = whole.slice(start, whole.length - end).split(/及|和|与|、/);
  return joined.length === keys.length && keys.every((k) => joined.includes(k));
}

function sharedStart(names: readonly string[]): number {
  let n = 0;
  while (n < names[0].length && names.every((x) => x[n] === names[0][n])) n++;
  return n;
}
