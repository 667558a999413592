// 发文目录: the month's list of issued numbers with titles, as TAB rows or a
// (often broken) Markdown pipe table.
import type { Directory, DirectoryRow, DocNumber, Line } from '../model';
import { findDocNumbers } from './docNumber';
import { content, isBlank, isPageArtifactLine, normalize, span, spanOfLines, trimEndChars } from './text';

const HEADING = /发文目录[ \t\u3000]*(?:\*\*)?$/;
/** Between two cells: a tab, a pipe, or a run of spaces (a table laid out in spaces). */
const CELL_BREAK = /\t|\||[ \u3000]{2,}/;
/** How a document's title ends: its kind (通知, 意见 …), perhaps with a bracket after it. */
const TITLE_END = /(?:通知|通报|意见|决定|批复|函|报告|请示|公告|通告|办法|规定|方案|规划|计划|纪要|细则|规则|要点|命令|令)(?:\([^()]*\))?$/;
/** A date column after the title, set off by a single space. */
const TRAILING_DATE = /[ \u3000]+\d{4}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日$/;

export function isDirectoryHeading(lineText: string): boolean {
  const c = content(lineText);
  return HEADING.test(c) && c.length < 60 && !/[(（]\s*\d+\s*[)）]\s*$/.test(c);
}

/** `headingTo`: the heading's last line, when a hard wrap split it (…发文目 / 录). */
export function parseDirectory(text: string, lines: readonly Line[], at: number, limit: number, headingTo = at): { directory: Directory; next: number } {
  const head = lines[at];
  const directory: Directory = {
    range: { start: head.start, end: lines[headingTo].end },
    heading: headingTo === at ? span(content(head.text), { start: head.start, end: head.end }) : spanOfLines(lines, at, headingTo),
    rows: [],
    hasHeader: false,
  };
  let i = headingTo + 1;
  let last = headingTo;
  for (; i < limit; i++) {
    const line = lines[i];
    // A page's running header or number between the rows.
    if (isBlank(line.text) || isPageArtifactLine(line.text)) continue;
    let numbers = findDocNumbers(text, 'directory', line.start, line.end);
    let rowEnd = i;
    if (numbers.length === 0) {
      const cut = numberAcrossPage(text, lines, i, limit);
      if (cut) [numbers, rowEnd] = [[cut.number], cut.to];
    }
    const cells = line.text.split(CELL_BREAK).map((c) => c.trim()).filter((c) => c && c !== '-');
    if (numbers.length === 0) {
      if (/^[\s|:-]+$/.test(line.text) || /^-?\s*\|[\s|]*$/.test(line.text)) {
        // "- | | |" or "|---|---|": a table header that names no columns
        directory.emptyHeaderRange ??= { start: line.start, end: line.end };
        last = i;
        continue;
      }
      if (cells.some((c) => /^(文号|发文字号|标题|文件名称|文件标题)$/.test(c))) {
        directory.hasHeader = true;
        last = i;
        continue;
      }
      // The rest of the previous row's title, which the table wrapped (perhaps over a page break).
      const prev = directory.rows[directory.rows.length - 1];
      if (prev?.title && cells.length === 1 && !TITLE_END.test(prev.title.norm) && TITLE_END.test(normalize(cells[0])) && cells[0].length <= 40) {
        const at = line.start + line.text.indexOf(cells[0]);
        const text = prev.title.text + cells[0];
        prev.title = { text, norm: normalize(text), range: { start: prev.title.range.start, end: at + cells[0].length } };
        prev.range.end = line.end;
        last = i;
        continue;
      }
      break;
    }
    const number = numbers[0];
    // The title is the cell after the number (a date column after it is not part of it).
    const rowLine = lines[rowEnd];
    const rest = rowLine.text.slice(number.range.end - rowLine.start);
    const lead = /^[ \t|\u3000]*/.exec(rest)![0].length;
    const cellEnd = CELL_BREAK.exec(rest.slice(lead));
    const cell = rest.slice(lead, cellEnd ? lead + cellEnd.index : rest.length).replace(TRAILING_DATE, '');
    const titleCell = trimEndChars(cell, ' \t|\u3000');
    const titleStart = number.range.end + lead;
    const row: DirectoryRow = {
      range: { start: line.start, end: rowLine.end },
      number,
      title: titleCell ? span(titleCell, { start: titleStart, end: titleStart + titleCell.length }) : undefined,
    };
    directory.rows.push(row);
    last = i = rowEnd;
  }
  directory.range.end = lines[last].end;
  return { directory, next: last + 1 };
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
