// Tables written one cell per line, as a Word table saved as text or copied out
// of a PDF gives them:
//   序号 / 项目名称 / 牵头单位 / 配合单位 / 1 / 新建改建农村公路 / 市交通运输局 / 市财政局 / 2 / …
// The header starts with 序号; its names, up to the first row's 1, give the
// number of columns, and each row starts at its 序号.
import type { Line, Table, TableCell, TableRow } from '../model';
import { parseHeadingLabel } from './headings';
import { columnsOf } from './tables';
import { content, halfWidthDigits, isBlank, isPageArtifactLine, normalize, prefixLength } from './text';

const MAX_COLUMNS = 12;
const MAX_HEADER_NAME = 12;
/** A 序号 cell: a number alone, perhaps with a stop (1, 12, 3.). */
const SERIAL = /^([0-9０-９]{1,3})[.．、]?$/;
/** A total row's first cell, alone on its line or with its count: 合计, 小计：, 合计共4项. */
const TOTAL_CELL = /^(?:合计|总计|共计|小计|总数)[:：]?(?:[(（]?共?[0-9０-９]{1,4}[项个条类][)）]?)?$/;
/** Text after a finished row that is no cell: a sentence, a heading, a 附件 label. */
const PROSE_LENGTH = 40;

/** A table written one cell per line, and its first and last lines. */
export interface CellLineTable {
  table: Table;
  from: number;
  to: number;
}

/** The tables of [from, to) written one cell per line (their `part` is 0: the caller knows the parts). */
export function findCellLineTables(lines: readonly Line[], from: number, to: number): CellLineTable[] {
  const tables: CellLineTable[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    if (t.length < 2 || t.length > 16 || !t.includes('序') || cellText(lines[i]) !== '序号') continue;
    const header = headerAt(lines, i, to);
    if (!header) continue;
    const read = readRows(lines, header, to);
    tables.push({ table: read.table, from: i, to: read.last });
    i = read.last;
  }
  return tables;
}

interface Header {
  row: TableRow;
  /** The line after the header: the first row's 序号 (1). */
  firstRow: number;
  lastLine: number;
  names: string[];
  /** Blank lines separate the header's names: they separate cells, rather than being empty ones. */
  spaced: boolean;
}

/** 序号 and the names under it, up to a 序号 line: 1 for a table's first header, any under a repeated one. */
function headerAt(lines: readonly Line[], at: number, to: number, repeated = false): Header | undefined {
  const cells: TableCell[] = [cellOf(lines[at])];
  let spaced = false;
  for (let j = at + 1; j < to && cells.length <= MAX_COLUMNS; j++) {
    if (isBlank(lines[j].text)) {
      spaced = true;
      continue;
    }
    const text = cellText(lines[j]);
    if (SERIAL.test(text)) {
      if ((!repeated && serialOf(text) !== 1) || cells.length < 2) return undefined;
      const row: TableRow = { range: { start: lines[at].start, end: lines[j - 1].end }, cells, isHeader: true };
      return { row, firstRow: j, lastLine: j - 1, names: cells.map((c) => c.norm), spaced };
    }
    if (!isHeaderName(text)) return undefined;
    cells.push(cellOf(lines[j]));
  }
  return undefined;
}

function isHeaderName(text: string): boolean {
  return text.length > 0 && text.length <= MAX_HEADER_NAME && !/[\d。，,；;：:！？!?、\t]/.test(text) && !parseHeadingLabel(text);
}

/** The rows from the first 序号 on: a row is its 序号 and the lines up to the next one. */
function readRows(lines: readonly Line[], header: Header, to: number): { table: Table; last: number } {
  const width = header.names.length;
  const rows: TableRow[] = [header.row];
  let row: TableRow | undefined;
  /** The 序号 of the last numbered row: a total row between rows has none. */
  let serial = NaN;
  let last = header.lastLine;
  const finish = () => {
    if (row && row.cells.length !== width) row.unaligned = true;
  };
  for (let j = header.firstRow; j < to; j++) {
    const line = lines[j];
    const complete = !!row && row.cells.length >= width;
    if (isBlank(line.text)) {
      // Where cells follow each other without blank lines, one inside a row is an empty cell.
      if (row && !complete && !header.spaced) row.cells.push({ text: '', norm: '', range: { start: line.start, end: line.start } });
      continue;
    }
    const text = cellText(line);
    // A 序号: the next row, once this one has its cells, or when it is the next number and a row's worth of
    // lines follows it (a row whose empty cells were left out; not a figure in a column of numbers).
    if (SERIAL.test(text) && (!row || complete || (row.cells.length > 1 && serialOf(text) === serial + 1 && rowFollows(lines, j, to, width)))) {
      finish();
      row = { range: { start: line.start, end: line.end }, cells: [cellOf(line)], isHeader: false };
      rows.push(row);
      serial = serialOf(text);
      last = j;
      continue;
    }
    // 合计 after a row with all its cells opens the total row (its cells may be merged: 合计 / 共4项).
    if (complete && TOTAL_CELL.test(text)) {
      finish();
      row = { range: { start: line.start, end: line.end }, cells: [cellOf(line)], isHeader: false };
      rows.push(row);
      last = j;
      continue;
    }
    // The header again, after a page break; over a first row numbered 1, another table.
    if (text === '序号' && complete) {
      const again = headerAt(lines, j, to, true);
      if (again && serialOf(cellText(lines[again.firstRow])) === 1) break;
      if (again && again.names.length === width) {
        finish();
        row = undefined;
        rows.push(again.row);
        last = again.lastLine;
        j = again.lastLine;
        continue;
      }
    }
    if (isPageArtifactLine(line.text) && complete) continue;
    // After a row with all its cells, a blank line or prose ends the table; any other line is one more
    // cell of the row (a cell wrapped over two lines: the row is then unaligned).
    if (!row || (complete && (isBlank(lines[j - 1].text) || isProse(text)))) break;
    row.cells.push(cellOf(line));
    row.range.end = line.end;
    last = j;
  }
  finish();
  const table = { range: { start: header.row.range.start, end: lines[last].end }, header: header.row, rows, columns: columnsOf(header.row), part: 0 };
  return { table, last };
}

/** Whether the lines after a 序号 at `at` make a row: the next 序号, or the table's end, within a row's width. */
function rowFollows(lines: readonly Line[], at: number, to: number, width: number): boolean {
  const next = serialOf(cellText(lines[at])) + 1;
  let cells = 1;
  for (let j = at + 1; j < to && cells <= width; j++) {
    if (isBlank(lines[j].text)) return true;
    if (serialOf(cellText(lines[j])) === next) return true;
    cells++;
  }
  return cells <= width;
}

function isProse(text: string): boolean {
  return text.length > PROSE_LENGTH || /[。；;！？!?]$/.test(text) || !!parseHeadingLabel(text) || /^附[ \t]*件/.test(text);
}

function cellText(line: Line): string {
  return normalize(content(line.text));
}

function cellOf(line: Line): TableCell {
  const at = prefixLength(line.text);
  const text = content(line.text);
  return { text, norm: normalize(text), range: { start: line.start + at, end: line.start + at + text.length } };
}

function serialOf(text: string): number {
  return Number(halfWidthDigits(SERIAL.exec(text)?.[1] ?? 'NaN'));
}
