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

/** How far down an issue's first lines a masthead with no 目录 under it may run, in non-blank lines. */
const MASTHEAD_LINES = 8;

/**
 * The line after a masthead an issue opens with where no 目录 follows it (澄江市人民政府公报 / 2025年第3期 / 总第123期 /
 * …办公室主办, then the first document): the gazette's name first, then lines only a masthead prints, one of them its
 * 第N期 (a 统计公报's title is followed by none); -1 where the issue does not open so.
 */
export function mastheadEnd(lines: readonly Line[]): number {
  let seen = 0;
  let numbered = false;
  let end = -1;
  for (let i = 0; i < lines.length && seen < MASTHEAD_LINES; i++) {
    if (isBlank(lines[i].text)) continue;
    const closed = content(lines[i].text).replace(/[ \t\u3000]/g, '');
    if (seen++ === 0) {
      if (!GAZETTE_NAME.test(closed)) return -1;
    } else if (ISSUE_NO.test(closed)) numbered = true;
    else if (!MASTHEAD_LINE.test(closed)) break;
    end = i + 1;
  }
  return numbered ? end : -1;
}

/** A gazette's name: 澄江市人民政府公报, 某市人民政府公报（2025年第3期）. */
const GAZETTE_NAME = /^[\u4e00-\u9fff]{2,20}公报(?:[(（][^()（）]{1,20}[)）])?$/;
/** A masthead's issue number alone on its line: 2025年第3期, 第3期（总第123期）, 总第123期. */
const ISSUE_NO = /^(?:\d{4}年)?[(（]?(?:总)?第\d{1,5}期[)）]?(?:[(（]总第\d{1,5}期[)）])?$/;
/** Other lines of a masthead: the year alone, who runs or prints it (…办公室主办, 主管), the day it came out. */
const MASTHEAD_LINE = /^(?:\d{4}年?|[\u4e00-\u9fff]{2,30}(?:主办|主管|编印|编辑|出版)|\d{4}年\d{1,2}月\d{1,2}日(?:出版)?)$/;
