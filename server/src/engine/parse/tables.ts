// Tables flattened to TAB-separated lines (Word/PDF extraction) or written as
// Markdown pipe tables (| 序号 | 任务 |, a converter's), and the counts (共N项)
// claimed in them.
import type { CountClaim, Line, Table, TableRow } from '../model';
import { parseHeadingLabel, RANK, type HeadingLabel } from './headings';
import { halfWidthDigits, isBlank, isPageArtifactLine, isPipeRow, isTableRow, normalize } from './text';

/** A pipe table's line under its header: |---|:---:| (no cell of text); a grid table's border: +----+====+. */
// (Written so that no two runs of spaces can share the same spaces: a long run of them costs its length, not its square.)
const PIPE_RULE = /^[ \t]*(?:(?:\|[ \t]*)?(?::?-+:?[ \t]*\|[ \t]*)+(?::?-+:?[ \t]*)?|\+(?:[-=:]+\+)+[ \t]*)$/;

const TOTAL = /^(?:合计|总计|共计|小计|总数)/;

/** A table's total row: its first cell that holds anything opens with 合计, 小计 …. */
export function isTotalRow(row: TableRow): boolean {
  return TOTAL.test(row.cells.find((c) => c.norm !== '')?.norm ?? '');
}

const HEADER_WORDS = /^(序号|类别|工作内容|主要任务|任务名称|责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|执行单位|完成时间|完成时限|指标|属性|备注|项目|文号|标题)$/;

/**
 * Groups consecutive TAB lines of [from, to) into tables. The lines of group rows whose label goes on
 * from the labels of the table's own rows (三、本年度办理结果 between 二、…<TAB>10 and 四、…<TAB>13) are
 * added to rowLabelLines: they are rows, not headings of the text around the table.
 */
export function findTables(lines: readonly Line[], from: number, to: number, part: (line: number) => number, rowLabelLines?: Set<number>): Table[] {
  const tables: Table[] = [];
  let current: Table | undefined;
  // The labelled rows and group lines of the current table, in order.
  let labels: RowLabel[] = [];
  let spacing = newSpacing();
  const closeTable = () => {
    if (rowLabelLines) for (const line of groupLinesInSequence(labels)) rowLabelLines.add(line);
    labels = [];
    spacing = newSpacing();
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (current && PIPE_RULE.test(line.text)) {
      current.range.end = line.end;
      continue;
    }
    if (!isTableRow(line.text)) {
      // A page number or running header a page break left between two rows: the table goes on.
      if (line.text.trim() === '' || (current && isPageArtifactLine(line.text))) continue;
      // A group's name across the whole table (一、民间文学（共2项）), a merged cell, between rows of it.
      const isGroup = current !== undefined && isGroupLine(line.text);
      const group = isGroup ? parseHeadingLabel(line.text) : undefined;
      if (current && isGroup && (groupsBeforeRow(lines, i, to, group) || continuesSpacedRows(lines, i, to, spacing, group))) {
        current.rows.push(toRow(line));
        current.range.end = line.end;
        if (rowLabelLines && group) labels.push({ line: i, kind: group.kind, value: group.value, group: true });
        noteRow(spacing, i, group);
      } else if (current) {
        closeTable();
        current = undefined;
      }
      continue;
    }
    const row = toRow(line);
    const first = row.cells.find((c) => c.norm !== '');
    const label = first && parseHeadingLabel(first.text);
    if (rowLabelLines && label) labels.push({ line: i, kind: label.kind, value: label.value, group: false });
    noteRow(spacing, i, label);
    if (!current) {
      current = { range: { start: line.start, end: line.end }, rows: [], columns: {}, part: part(i) };
      tables.push(current);
    }
    if (isHeaderRow(row)) {
      row.isHeader = true;
      if (!current.header) {
        current.header = row;
        current.columns = columnsOf(row);
      }
    }
    current.rows.push(row);
    current.range.end = line.end;
  }
  closeTable();
  return tables;
}

/**
 * How the rows of the table so far are spaced, and the last value of each kind of label opening a row: some
 * Word exports put a blank line between every row, and a group row's label then goes on from the rows' own.
 */
interface Spacing {
  rows: number;
  lastRow: number;
  /** Every row so far the second line after the one before (a blank line between), and more than one row. */
  doubled: boolean;
  labels: Map<string, number>;
}

function newSpacing(): Spacing {
  return { rows: 0, lastRow: -1, doubled: false, labels: new Map() };
}

/** Records the row at line `i` and the label opening it. */
function noteRow(spacing: Spacing, i: number, label: HeadingLabel | undefined): void {
  spacing.doubled = spacing.rows > 0 && i - spacing.lastRow === 2 && (spacing.rows === 1 || spacing.doubled);
  spacing.rows++;
  spacing.lastRow = i;
  if (label) spacing.labels.set(label.kind, label.value);
}

/**
 * A group row of a table spaced out by blank lines throughout (二、…<TAB>12 / / 三、本年度办理结果 / / （一）…<TAB>96): a
 * blank line around it, as around every row, and its label the next of a kind the rows above open with. A
 * heading between two tables (三、收到和处理…) goes on from none of the rows above it.
 */
function continuesSpacedRows(lines: readonly Line[], i: number, to: number, spacing: Spacing, label: HeadingLabel | undefined): boolean {
  if (!label || !spacing.doubled || spacing.lastRow !== i - 2 || i + 2 >= to || !isBlank(lines[i + 1].text) || !isTableRow(lines[i + 2].text)) return false;
  return spacing.labels.get(label.kind) === label.value - 1;
}

/** How many group lines may stand in a row between two rows of a table: a group and its first sub-group, or an empty group. */
const GROUP_LINES_IN_A_ROW = 3;

/**
 * The group line at `i` is followed by a row of the table, at once or after a few more labelled group lines
 * (二、产业发展 / 三、科技创新 / rows: a group with no row of its own; 一、产业发展 / （一）制造业 / rows), each after the
 * one before in its run or of a lower level (not 二、工作要求 / 一、产业发展: a heading of the text, the next table's group).
 */
function groupsBeforeRow(lines: readonly Line[], i: number, to: number, label: HeadingLabel | undefined): boolean {
  if (i + 1 < to && isTableRow(lines[i + 1].text)) return true;
  let previous = label;
  for (let k = i + 1; k < to && k <= i + GROUP_LINES_IN_A_ROW; k++) {
    const text = lines[k].text;
    if (isTableRow(text)) return true;
    const next = isGroupLine(text) ? parseHeadingLabel(text) : undefined;
    if (!previous || !next || !(next.kind === previous.kind ? next.value > previous.value : RANK[next.kind] > RANK[previous.kind])) return false;
    previous = next;
  }
  return false;
}

interface RowLabel {
  line: number;
  kind: string;
  value: number;
  group: boolean;
}

/**
 * The group lines whose label stands between the labels of its kind on the table's rows before and after
 * it (三、 between the rows 二、 and 四、): rows of it. A heading right after the table (四、… under the row
 * 四、…) is none, nor are the group lines of a table whose rows have labels of another kind.
 */
function groupLinesInSequence(labels: readonly RowLabel[]): number[] {
  const next = new Map<string, number>();
  const valueAfter: (number | undefined)[] = [];
  for (let k = labels.length - 1; k >= 0; k--) {
    valueAfter[k] = next.get(labels[k].kind);
    if (!labels[k].group) next.set(labels[k].kind, labels[k].value);
  }
  const last = new Map<string, number>();
  const out: number[] = [];
  labels.forEach((l, k) => {
    if (l.group && last.get(l.kind) === l.value - 1 && valueAfter[k] === l.value + 1) out.push(l.line);
    if (!l.group) last.set(l.kind, l.value);
  });
  return out;
}

function isGroupLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && !/[。；;！？!?]$/.test(t);
}

function toRow(line: Line): TableRow {
  if (!line.text.includes('\t') && isPipeRow(line.text)) return pipeRow(line);
  const cells = [];
  let start = 0;
  const parts = line.text.split('\t');
  for (const text of parts) {
    cells.push({ text, norm: normalize(text), range: { start: line.start + start, end: line.start + start + text.length } });
    start += text.length + 1;
  }
  return { range: { start: line.start, end: line.end }, cells, isHeader: false };
}

/** The cells between a pipe row's outer pipes, each without the spaces that pad it. */
function pipeRow(line: Line): TableRow {
  const t = line.text;
  const first = t.indexOf('|');
  const last = t.lastIndexOf('|');
  const cells = [];
  for (let a = first + 1; a <= last; ) {
    const b = t.indexOf('|', a);
    let s = a;
    let e = b;
    // Only the spaces that pad the cell: an ideographic space indenting its text (　　卫生健康支出, an item of the row above) stays.
    while (s < e && (t[s] === ' ' || t[s] === '\t')) s++;
    while (e > s && (t[e - 1] === ' ' || t[e - 1] === '\t')) e--;
    const text = t.slice(s, e);
    cells.push({ text, norm: normalize(text), range: { start: line.start + s, end: line.start + e } });
    a = b + 1;
  }
  return { range: { start: line.start, end: line.end }, cells, isHeader: false };
}

function isHeaderRow(row: TableRow): boolean {
  const named = row.cells.filter((c) => HEADER_WORDS.test(c.norm));
  if (named.length >= 2) return true;
  // A 序号 column over columns of any names (项目名称, 申报地区或单位): a header when no other cell holds a figure.
  return named.length === 1 && named[0].norm === '序号' && row.cells.length >= 2 && row.cells.every((c) => !/\d/.test(c.norm));
}

/** The columns a header row names (序号, 类别, the unit columns). */
export function columnsOf(header: TableRow): Table['columns'] {
  const columns: Table['columns'] = {};
  header.cells.forEach((c, i) => {
    const name = c.norm;
    if (name === '序号') columns.seq = i;
    else if (name === '类别') columns.category = i;
    else if (name === '责任单位' || name === '执行单位' || name === '责任部门') columns.units ??= i;
    else if (name === '牵头单位' || name === '牵头部门') columns.lead = i;
    else if (name === '配合单位' || name === '配合部门') columns.support = i;
  });
  return columns;
}

const COUNT = /共[ \t]*([0-9０-９]{1,4})[ \t]*(项|个|条|类|件|家)/g;
/** A count of items in brackets closing a cell, without 共: 二、城市管网更新改造（3项）. (3个 may count things, not rows.) */
const BARE_COUNT = /[(（][ \t]*(([0-9０-９]{1,4})[ \t]*[项条])[ \t]*[)）][ \t]*$/;
/** The same after a group of 项目 (一、产业项目（5个）), where 个 counts the projects, the group's rows. */
const GROUP_BARE_COUNT = /^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[^()（）]{0,40}(?:项目|工程)[(（][ \t]*(([0-9０-９]{1,4})[ \t]*个)[ \t]*[)）][ \t]*$/;

/** The same in 家 (一、新引进项目（9家）) where the rows name firms or bodies (企业名称), one a row. */
const GROUP_BARE_FIRMS = /^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[^()（）]{0,40}[(（][ \t]*(([0-9０-９]{1,4})[ \t]*家)[ \t]*[)）][ \t]*$/;
/** A header cell naming what each row is: 企业名称, 单位名称, 机构名称. */
const ENTITY_NAME = /(?:企业|单位|机构|公司)(?:名称)?$/;
/**
 * The same in 个 (一、市级（14个）, 二、县（市、区）级（16个）) where a column names the body each row is (执法主体名称,
 * 单位名称, 机构名称): 个 counts those bodies, the group's rows. (Under 项目名称 it may count what a row holds: 12个 workshops.)
 */
const GROUP_BARE_BODIES = /^[ \t\u3000]*[一二三四五六七八九十]{1,3}、(?:[^()（）]|[(（][^()（）]{1,8}[)）]){0,40}[(（][ \t]*(([0-9０-９]{1,4})[ \t]*个)[ \t]*[)）][ \t]*$/;
const BODY_NAME = /(?:主体|单位|机构|部门|机关)名称$/;

/** A group's label opening a 序号 cell (一、产业项目, （二）基础设施): the row heads a group of items, it is none. */
export const GROUP_LABEL = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十]{1,3}[)）])/;

/** 共N项 claims inside the tables' cells, and （N项） closing one. */
export function findTableCounts(tables: readonly Table[]): CountClaim[] {
  const out: CountClaim[] = [];
  tables.forEach((table, t) => {
    const firms = table.header?.cells.some((c) => ENTITY_NAME.test(c.norm)) ?? false;
    const bodies = table.header?.cells.some((c) => BODY_NAME.test(c.norm)) ?? false;
    table.rows.forEach((row, r) => {
      for (const cell of row.cells) {
        // matchAll copies its regex on every call: most cells hold no 共 at all.
        const claims = cell.text.includes('共') ? [...cell.text.matchAll(COUNT)].map((m) => ({ at: m.index, text: m[0], digits: m[1] })) : [];
        const bare = claims.length === 0 ? (BARE_COUNT.exec(cell.text) ?? GROUP_BARE_COUNT.exec(cell.text) ?? (firms ? GROUP_BARE_FIRMS.exec(cell.text) : null) ?? (bodies ? GROUP_BARE_BODIES.exec(cell.text) : null)) : null;
        if (bare) claims.push({ at: bare.index + bare[0].indexOf(bare[1]), text: bare[1], digits: bare[2] });
        for (const c of claims) {
          const start = cell.range.start + c.at;
          out.push({ value: Number(halfWidthDigits(c.digits)), range: { start, end: start + c.text.length }, table: t, row: r });
        }
      }
    });
  });
  return out;
}
