// The masthead before the table of contents: gazette name, 第N期, 总第N期, 出版 date.
import type { Line, Masthead } from '../model';
import { findDates } from './dates';
import { content, isBlank, span } from './text';

export function parseMasthead(text: string, lines: readonly Line[], to: number): Masthead | undefined {
  const used = lines.slice(0, to).filter((l) => !isBlank(l.text));
  if (used.length === 0) return undefined;
  const masthead: Masthead = { range: { start: used[0].start, end: used[used.length - 1].end } };
  for (const line of used) {
    const c = content(line.text);
    // A PDF may letter-space the masthead (临 江 市 人 民 政 府 公 报, 2 0 2 4 年 第 7 期): read it closed up.
    const closed = c.replace(/[ \t\u3000]/g, '');
    if (!masthead.name && /公报$/.test(closed) && closed.length < 30) masthead.name = span(c, { start: line.start, end: line.end });
    const total = /总[ \t]*第[ \t]*(\d(?:[ \t]?\d){0,4})[ \t]*期/.exec(line.text);
    if (total && !masthead.totalNo) {
      const at = line.start + total.index + total[0].indexOf(total[1], 2);
      masthead.totalNo = { value: Number(total[1].replace(/[ \t]/g, '')), range: { start: at, end: at + total[1].length } };
    }
    const issueNo = /第(?<!总[ \t]*第)[ \t]*(\d(?:[ \t]?\d){0,2})[ \t]*期/.exec(line.text);
    if (issueNo && !masthead.issueNo) {
      const at = line.start + issueNo.index + issueNo[0].indexOf(issueNo[1]);
      masthead.issueNo = { value: Number(issueNo[1].replace(/[ \t]/g, '')), range: { start: at, end: at + issueNo[1].length } };
    }
    const year = /^(\d{4})(?:年)?$/.exec(closed) ?? /^(\d{4})年第/.exec(closed);
    if (year && !masthead.year) masthead.year = Number(year[1]);
    if (/出版$/.test(c) && !masthead.publicationDate) masthead.publicationDate = findDates(text, line.start, line.end)[0];
  }
  return masthead;
}
