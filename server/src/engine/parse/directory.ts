// 发文目录: the month's list of issued numbers with titles, as TAB rows, a (often
// broken) Markdown pipe table, or one cell per line (序号 / 文号 / 标题 / 日期, a
// Word table saved as text).
import type { Directory, DirectoryRow, DocNumber, Line } from '../model';
import { findDocNumbers, lineIsDocNumber } from './docNumber';
import { content, halfWidthDigits, isBlank, isPageArtifactLine, nextNonBlank, normalize, prefixLength, span, spanOfLines, trimEndChars } from './text';

const HEADING = /发文目录[ \t\u3000]*(?:\*\*)?$/;
/** Between two cells: a tab, a pipe, or a run of spaces (a table laid out in spaces). */
const CELL_BREAK = /\t|\||[ \u3000]{2,}/;
/** How a document's title ends: its kind (通知, 意见 …), perhaps with a bracket after it. */
const TITLE_END = /(?:通知|通报|意见|决定|批复|函|报告|请示|公告|通告|办法|规定|方案|规划|计划|纪要|细则|规则|要点|命令|令)(?:\([^()]*\))?$/;
/** A date column after the title, set off by a single space. */
const TRAILING_DATE = /[ \u3000]+\d{4}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日$/;
/** The header's names of the number and title columns, and of the other columns a list may have. */
const NUMBER_OR_TITLE = /^(?:文号|发文字号|标题|文件名称|文件标题)$/;
const COLUMN_NAME = /^(?:序号|文号|发文字号|标题|文件名称|文件标题|成文日期|发文日期|印发日期|日期|备注)$/;
const SERIAL_CELL = /^([0-9０-９]{1,3})[.．、]?$/;
/** A date cell: 2024年5月15日, 5月15日, 2024-05-15, 2024.5.15. */
const DATE_CELL = /^(?:\d{4}[ \t\u3000]*年[ \t\u3000]*)?\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日$|^\d{4}[-./／]\d{1,2}[-./／]\d{1,2}$/;

export function isDirectoryHeading(lineText: string): boolean {
  const c = content(lineText);
  return HEADING.test(c) && c.length < 60 && !/[(（]\s*\d+\s*[)）]\s*$/.test(c);
}

/**
 * `headingTo`: the heading's last line, when a hard wrap split it (…发文目 / 录). `cellLines`: a row was written one
 * cell per line, its number alone on its line.
 */
export function parseDirectory(text: string, lines: readonly Line[], at: number, limit: number, headingTo = at): { directory: Directory; next: number; cellLines: boolean } {
  const head = lines[at];
  const directory: Directory = {
    range: { start: head.start, end: lines[headingTo].end },
    heading: headingTo === at ? span(content(head.text), { start: head.start, end: head.end }) : spanOfLines(lines, at, headingTo),
    rows: [],
    hasHeader: false,
  };
  let i = headingTo + 1;
  let last = headingTo;
  let cellLines = false;
  let afterRow = false;
  // A 序号 on its own line, over its row's number.
  let serialLine: number | undefined;
  for (; i < limit; i++) {
    const line = lines[i];
    if (isBlank(line.text)) continue;
    const prev = directory.rows[directory.rows.length - 1];
    // (A column of 序号 starts with the first row: a page's number alone over a row is not one.)
    if ((!prev || prev.serial) && serialOverRow(text, lines, i, limit)) {
      serialLine = last = i;
      continue;
    }
    // A page's running header or number between the rows.
    if (isPageArtifactLine(line.text)) continue;
    let numbers = rowNumbers(text, line);
    let rowEnd = i;
    if (numbers.length === 0) {
      const cut = numberAcrossPage(text, lines, i, limit);
      if (cut) [numbers, rowEnd] = [[cut.number], cut.to];
    }
    const cells = line.text.split(CELL_BREAK).map((c) => c.trim()).filter((c) => c && c !== '-');
    if (numbers.length === 0) {
      const read = readOtherLine(text, directory, lines, i, limit, cells, afterRow);
      if (!read) break;
      afterRow = read.kind === 'row';
      last = i = read.to;
      continue;
    }
    const row = readRow(text, lines, numbers[0], rowEnd, limit);
    if (!row) break;
    const first = serialLine ?? i;
    row.row.range.start = lines[first].start;
    row.row.serial = serialBefore(lines[i], cells, numbers[0]) ?? (serialLine === undefined ? undefined : serialOf(lines[serialLine]));
    cellLines ||= row.to > rowEnd;
    serialLine = undefined;
    afterRow = true;
    directory.rows.push(row.row);
    last = i = row.to;
  }
  directory.range.end = lines[last].end;
  return { directory, next: last + 1, cellLines };
}

/**
 * A line of the list without a number: its header, or the previous row's (the rest of its title that the table
 * wrapped, perhaps over a page break; its date on a line of its own). False when it is none of these: the list
 * has ended.
 */
function readOtherLine(
  text: string,
  directory: Directory,
  lines: readonly Line[],
  at: number,
  limit: number,
  cells: string[],
  afterRow: boolean,
): { kind: 'header' | 'row'; to: number } | false {
  const line = lines[at];
  if (/^[\s|:-]+$/.test(line.text) || /^-?\s*\|[\s|]*$/.test(line.text)) {
    // "- | | |" or "|---|---|": a table header that names no columns
    directory.emptyHeaderRange ??= { start: line.start, end: line.end };
    return { kind: 'header', to: at };
  }
  if (cells.some((c) => NUMBER_OR_TITLE.test(c))) {
    directory.hasHeader = true;
    return { kind: 'header', to: at };
  }
  // The header written one name per line (序号 / 文号 / 标题 / 成文日期).
  if (cells.every((c) => COLUMN_NAME.test(c))) return { kind: 'header', to: at };
  const prev = directory.rows[directory.rows.length - 1];
  if (!prev || cells.length !== 1) return false;
  if (afterRow && DATE_CELL.test(cells[0])) {
    prev.range.end = line.end;
    return { kind: 'row', to: at };
  }
  const to = prev.title ? titleContinuation(text, lines, at, limit, prev.title.norm) : undefined;
  if (to === undefined) return false;
  const rest = spanOfLines(lines, at, to);
  const joined = prev.title!.text + rest.text;
  prev.title = { text: joined, norm: normalize(joined), range: { start: prev.title!.range.start, end: rest.range.end } };
  prev.range.end = lines[to].end;
  return { kind: 'row', to };
}

/** How many lines the rest of a title a table cell wrapped may take. */
const MAX_WRAPPED = 3;
/** What no title starts with: the rest of one (的通知, 》的通知, ）的通知, （试行）). */
const CONTINUES = /^[的之》〉（(）)〕\]”]/;

/**
 * The last line of the rest of a row's title, wrapped by its cell onto the lines from `at` (perhaps over
 * several, a page's lines between them): pieces up to the one that ends the title with its kind (…实施方案 /
 * 的通知). A title that already ends with a kind of document (…实施方案) goes on only with what no title starts
 * with (的通知): the line could be the next part's title. Undefined when the line is no such rest.
 */
function titleContinuation(text: string, lines: readonly Line[], at: number, limit: number, title: string): number | undefined {
  let joined = title;
  let i: number | undefined = at;
  for (let k = 0; k < MAX_WRAPPED && i !== undefined && i < limit; k++) {
    const c = content(lines[i].text);
    if (!isTitlePiece(c) || rowNumbers(text, lines[i]).length > 0) return undefined;
    if (k === 0 && TITLE_END.test(joined) && balanced(joined) && !CONTINUES.test(c)) return undefined;
    joined += normalize(c);
    if (TITLE_END.test(joined) && balanced(joined)) return i;
    // A page's number or running header between the pieces (spanOfLines leaves it out).
    do i = nextNonBlank(lines, i + 1, limit);
    while (i !== undefined && isPageArtifactLine(lines[i].text));
  }
  return undefined;
}

/** A piece of a title on a line of its own: no sentence, no cell break, no date or column name. */
function isTitlePiece(c: string): boolean {
  return c.length >= 1 && c.length <= 60 && /[\u4e00-\u9fff]/.test(c) && !/[。；;！？!?\t|]|[:：]$/.test(c) && !DATE_CELL.test(c) && !COLUMN_NAME.test(c);
}

/** Whether every 《 and （ of a title is closed: one that is not goes on, whatever word it ends with. */
function balanced(title: string): boolean {
  const count = (re: RegExp) => (title.match(re) ?? []).length;
  return count(/《/g) === count(/》/g) && count(/[(（]/g) === count(/[)）]/g);
}

/**
 * The numbers of a line of the list that may be a row's: not one a title cites in brackets after its words
 * (…转发《…》（浙政发〔2024〕3号）的通知).
 */
function rowNumbers(text: string, line: Line): DocNumber[] {
  return findDocNumbers(text, 'directory', line.start, line.end).filter((n) => {
    const before = text.slice(line.start, n.range.start);
    // A number in brackets after words is one the title cites, unless it closes the line: 标题（文号）, a row written title first.
    return !(/[(（][ \t\u3000]*$/.test(before) && /[\u4e00-\u9fff]{2}/.test(before)) || closesRow(text, n, line);
  });
}

/** What may follow a row's number written after its title: its closing bracket, perhaps a date. */
const AFTER_NUMBER = /^[ \t\u3000]*[)）][ \t\u3000]*(?:\d{4}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日)?[ \t\u3000]*$/;

function closesRow(text: string, n: DocNumber, line: Line): boolean {
  return AFTER_NUMBER.test(text.slice(n.range.end, line.end));
}

/**
 * A row from its number: the title is the cell after it (a date column after that is not part of it), or, the
 * number alone on its line, the line under it. Undefined when a sentence or an addressee is under a number
 * alone: that is a document's number, not a row.
 */
function readRow(text: string, lines: readonly Line[], number: DocNumber, rowEnd: number, limit: number): { row: DirectoryRow; to: number } | undefined {
  const rowLine = lines[rowEnd];
  const rest = rowLine.text.slice(number.range.end - rowLine.start);
  const lead = /^[ \t|\u3000]*/.exec(rest)![0].length;
  const cellEnd = CELL_BREAK.exec(rest.slice(lead));
  const cell = rest.slice(lead, cellEnd ? lead + cellEnd.index : rest.length).replace(TRAILING_DATE, '');
  const titleCell = trimEndChars(cell, ' \t|\u3000');
  const titleStart = number.range.end + lead;
  const row: DirectoryRow = { range: { start: rowLine.start, end: rowLine.end }, number };
  // Written title first: 标题（文号）.
  if (closesRow(text, number, rowLine)) {
    const from = rowLine.start + prefixLength(rowLine.text);
    const before = text.slice(from, number.range.start).replace(/[ \t\u3000]*[(（][ \t\u3000]*$/, '');
    if (isTitleCell(before)) {
      row.title = span(before, { start: from, end: from + before.length });
      return { row, to: rowEnd };
    }
  }
  if (titleCell) {
    row.title = span(titleCell, { start: titleStart, end: titleStart + titleCell.length });
    return { row, to: rowEnd };
  }
  const below = nextNonBlank(lines, rowEnd + 1, limit);
  if (below === undefined) return { row, to: rowEnd };
  const line = lines[below];
  const c = content(line.text);
  if (rowNumbers(text, line).length === 0 && isTitleCell(c)) {
    const at = line.start + line.text.indexOf(c);
    row.title = span(c, { start: at, end: at + c.length });
    row.range.end = line.end;
    return { row, to: below };
  }
  // Another row, or the list's end, under it: a row without its title.
  return /[。；;！？：:]$/.test(c) ? undefined : { row, to: rowEnd };
}

/** A row's title alone on its line: not a 序号, a date, a column's name, a sentence or an addressee. */
function isTitleCell(c: string): boolean {
  return c.length >= 4 && c.length <= 120 && /[\u4e00-\u9fff]/.test(c) && !/[。；;！？!?\t|]|[:：]$/.test(c) && !DATE_CELL.test(c) && !COLUMN_NAME.test(c);
}

/** A 序号 alone on its line over its row's number alone on the next (a list written one cell per line). */
function serialOverRow(text: string, lines: readonly Line[], at: number, limit: number): boolean {
  if (!SERIAL_CELL.test(content(lines[at].text))) return false;
  const next = nextNonBlank(lines, at + 1, limit);
  return next !== undefined && lineIsDocNumber(text, lines[next].start, lines[next].text) !== undefined;
}

/** The 序号 cell before the number on a row's line (1	某政发〔2024〕8号	title). */
function serialBefore(line: Line, cells: string[], number: DocNumber): DirectoryRow['serial'] {
  const m = cells.length > 1 ? SERIAL_CELL.exec(cells[0]) : null;
  const at = m ? line.start + line.text.indexOf(cells[0]) : -1;
  return m && at + cells[0].length <= number.range.start ? { value: Number(halfWidthDigits(m[1])), range: { start: at, end: at + m[1].length } } : undefined;
}

function serialOf(line: Line): DirectoryRow['serial'] {
  const c = content(line.text);
  const m = SERIAL_CELL.exec(c)!;
  const at = line.start + line.text.indexOf(c);
  return { value: Number(halfWidthDigits(m[1])), range: { start: at, end: at + m[1].length } };
}

/**
 * A row whose number a page break cut: 临政办发〔2024〕 / — 12 — / 42号	title. The number is
 * read across the page's lines (the reader allows them there); the row goes on to the line
 * holding its serial.
 */
function numberAcrossPage(text: string, lines: readonly Line[], at: number, limit: number): { number: DocNumber; to: number } | undefined {
  if (!/[〕\]］】)）﹞〉][ \t\u3000]*$/.test(lines[at].text)) return undefined;
  let to = at + 1;
  let artifacts = 0;
  for (; to < limit && (isBlank(lines[to].text) || isPageArtifactLine(lines[to].text)); to++) if (!isBlank(lines[to].text)) artifacts++;
  if (to >= limit || artifacts === 0) return undefined;
  const number = findDocNumbers(text, 'directory', lines[at].start, lines[to].end)[0];
  return number && number.range.start < lines[at].end && number.range.end > lines[to].start ? { number, to } : undefined;
}
