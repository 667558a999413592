// A date given with its weekday (2026年1月4日（星期日）, 1月4日（周日）, 1月28日（农历除夕、周二）, 除夕（1月28日，星期二）,
// 除夕（1月28日，星期二，闭馆）, a
// 日期 cell beside a 星期 cell): the weekday must be the date's. A date with no year is read in the year the paragraph
// last gave (2026年1月1日…1月4日), or
// the next one where its month goes back by more than a season (2025年12月30日至1月2日; 2月4日…1月26日（星期日）上班
// is the same year), or the year its document is signed in, or the next where its month comes before the signing's
// (为做好2025年度工作总结，请于1月9日（星期五）前报送, signed in December). With no year before it in its paragraph it
// is read in the signing's year (or the next) only where the last year the document wrote before it (its title, its
// lead-in) is one of these: a notice of 2025年春节 signed in January 2025 writing 1月28日（周二） alone; a 2024 summary
// signed in 2025 is not read. In a table, the rows are read together: the year that fits the most rows is theirs (a month going
// back as far starts the next year), and a row it does not fit is reported when at least three fit and the misfits
// are few.
import type { Paragraph } from '../../model';
import { paragraphsIn } from '../shared/locate';
import { sourceRange } from '../../parse/paragraphs';
import { halfWidthDigits, isTableRow } from '../../parse/text';
import type { RuleContext } from '../types';

const WEEKDAYS = '日一二三四五六';
/**
 * A year, a year and month, a full date, a month and day, or a day after 至 (1月1日至3日): the dates of a paragraph
 * in order, and the years that stand for the ones after them. (Each part's spaces follow a digit or a fixed word.)
 */
export const DATE = /(?<![0-9])([0-9]{4})[ \t]*年(?:[ \t]*([0-9]{1,2})[ \t]*月(?:[ \t]*([0-9]{1,2})[ \t]*日)?)?|(?<![0-9.])([0-9]{1,2})[ \t]*月[ \t]*([0-9]{1,2})[ \t]*日|(?<=[至到、和—－-])[ \t]*([0-9]{1,2})[ \t]*日/g;
/**
 * The weekday right after a date: in brackets, or with 星期 written out; or after a comma closing the bracket the date
 * is in (除夕（1月28日，星期二）).
 */
const WEEKDAY_AFTER = /[ \t]*(?:[（(][ \t]*(?:星期|周|礼拜)([日天一二三四五六])[ \t]*[）)]|星期([日天一二三四五六])|[，,][ \t]*(?:星期|周|礼拜)([日天一二三四五六])[ \t]*[）)])/y;
/**
 * A weekday after a comma with more words before the bracket the date is in closes (除夕（1月28日，星期二，闭馆）):
 * the weekday, then the words up to the closing bracket.
 */
const WEEKDAY_THEN_WORDS = /([ \t]*[，,][ \t]*(?:星期|周|礼拜)([日天一二三四五六]))[ \t]*[，,；;]([^（）()\n]{1,24})[）)]/y;
/** A bracket right after a date with other words beside its weekday: （农历除夕、周二）, （星期二，农历正月初一）. */
const BRACKET_AFTER = /[ \t]*[（(]([^（）()\n]{1,24})[）)]/y;
const WEEKDAY_ITEM = /^[ \t]*(?:星期|周|礼拜)([日天一二三四五六])[ \t]*$/;
const WEEKDAY_CELL = /^(?:星期|周|礼拜)([日天一二三四五六])$/;
const DAY_CELL = /^(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日$/;

function weekdayOf(year: number, month: number, day: number): number | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.getUTCDay() : undefined;
}

/** A month this far before the one read before it is in the next year (12月…1月); a nearer one is in the same. */
function startsNextYear(previous: number, month: number): boolean {
  return month < previous - 3;
}

function weekdayIndex(c: string): number {
  return c === '天' ? 0 : WEEKDAYS.indexOf(c);
}

export function checkWeekdays(ctx: RuleContext, end: number): void {
  for (const d of ctx.issue.documents) {
    if (d.range.start >= end) break;
    const signed = d.signature?.date;
    // The last year written before a paragraph, read only where a date asks: the paragraphs passed since last asked
    // are read then, each once. The title is no paragraph of the document.
    let written: number | undefined;
    let unread = [d.title.text];
    const writtenBefore = () => {
      for (const text of unread) written = lastYearWritten(text) ?? written;
      unread = [];
      return written;
    };
    for (const p of paragraphsIn(ctx.issue, d.range)) {
      if (p.range.start >= end) break;
      if (mayGiveWeekday(p.text) && !isTableRow(p.text)) checkParagraph(ctx, p, signed, writtenBefore);
      unread.push(p.text);
    }
    for (const t of d.tables) checkTable(ctx, t.rows, signed?.year);
  }
}

function mayGiveWeekday(text: string): boolean {
  return text.includes('星期') || text.includes('周') || text.includes('礼拜');
}

/** The weekday a date (starting at `from`) is given right after it (at `at`), and how far it runs; undefined when there is none. */
function weekdayAfter(text: string, from: number, at: number): { said: number; end: number } | undefined {
  WEEKDAY_AFTER.lastIndex = at;
  const w = WEEKDAY_AFTER.exec(text);
  if (w) return { said: weekdayIndex(w[1] ?? w[2] ?? w[3]), end: at + w[0].length };
  WEEKDAY_THEN_WORDS.lastIndex = at;
  const c = WEEKDAY_THEN_WORDS.exec(text);
  // Only inside a bracket the date opens with, and naming no other weekday: not 1月5日，周二、周四开放.
  if (c) return insideBracket(text, from) && !/星期|周|礼拜/.test(c[3]) ? { said: weekdayIndex(c[2]), end: at + c[1].length } : undefined;
  BRACKET_AFTER.lastIndex = at;
  const b = BRACKET_AFTER.exec(text);
  if (!b) return undefined;
  // Only a bracket naming one weekday, as an item of its own: not （周六、周日）, （周边）, （每周二、周四）.
  if ((b[1].match(/星期|周|礼拜/g) ?? []).length !== 1) return undefined;
  for (const item of b[1].split(/[、，,；]/)) {
    const m = WEEKDAY_ITEM.exec(item);
    if (m) return { said: weekdayIndex(m[1]), end: at + b[0].length };
  }
  return undefined;
}

/** Whether a bracket opened before `at` in the text is still open there. */
function insideBracket(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return Math.max(before.lastIndexOf('（'), before.lastIndexOf('(')) > Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
}

const YEAR = /(?<![0-9])([0-9]{4})[ \t]*年/g;

/** The last year a paragraph writes (2025年, 2025年度), if any. */
function lastYearWritten(text: string): number | undefined {
  if (!text.includes('年')) return undefined;
  let last: number | undefined;
  for (const m of text.matchAll(YEAR)) last = Number(m[1]);
  return last;
}

/** The years a date in a month may be in, by the signing: its year, and the next where the month comes before the signing's. */
function signingYears(signed: { year: number; month: number }, month: number): number[] {
  return month < signed.month ? [signed.year, signed.year + 1] : [signed.year];
}

/**
 * `writtenBefore`: the last year the document wrote before the paragraph, which with the signing gives a year to a date
 * the paragraph writes none before.
 */
function checkParagraph(ctx: RuleContext, p: Paragraph, signed: { year: number; month: number } | undefined, writtenBefore: () => number | undefined): void {
  const text = p.text;
  // The years a date with none may be in: the last one written, and the next one once a month has gone back.
  let years: number[] = [];
  let month: number | undefined;
  for (const m of text.matchAll(DATE)) {
    let day: number;
    let candidates: number[];
    if (m[1]) {
      years = [Number(m[1])];
      month = m[2] ? Number(m[2]) : undefined;
      if (!m[3]) continue;
      day = Number(m[3]);
      candidates = years;
    } else {
      // A lunar date in digits (农历8月15日) is no day of the calendar's month.
      if (/农历[ \t]*$/.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
      const own = m[4] ? Number(m[4]) : month;
      if (own === undefined) continue;
      day = Number(m[5] ?? m[6]);
      if (years.length === 0) {
        // No year yet in the paragraph: the signing's, where the document last wrote it (关于2025年春节…, signed 2025年1月).
        month = own;
        const written = signed && writtenBefore();
        if (!signed || written === undefined || !signingYears(signed, own).includes(written)) continue;
        candidates = signingYears(signed, own);
      } else {
        if (month !== undefined && startsNextYear(month, own) && years.length === 1) years = [years[0], years[0] + 1];
        month = own;
        candidates = [...years];
        // Signed in December, 1月9日 is most likely the coming January.
        if (signed) for (const y of signingYears(signed, own)) if (!candidates.includes(y)) candidates.push(y);
      }
    }
    if (month === undefined) continue;
    const after = m.index! + m[0].length;
    const w = weekdayAfter(text, m.index!, after);
    if (!w) continue;
    const said = w.said;
    const real = candidates.map((y) => weekdayOf(y, month!, day));
    if (real.some((r) => r === undefined || r === said)) continue;
    const y = candidates[0];
    ctx.report({
      message: `${y}年${month}月${day}日是星期${WEEKDAYS[real[0]!]}，不是星期${WEEKDAYS[said]} (${y}-${month}-${day} is not that weekday)`,
      range: sourceRange(p, m.index!, w.end),
    });
  }
}

interface DatedRow {
  month: number;
  day: number;
  /** The year the cell gives, if it does. */
  year?: number;
  said: number;
  range: { start: number; end: number };
}

function checkTable(ctx: RuleContext, rows: readonly { cells: { norm: string; range: { start: number; end: number } }[] }[], signed: number | undefined): void {
  const dated: DatedRow[] = [];
  for (const r of rows) {
    const k = r.cells.findIndex((c) => WEEKDAY_CELL.test(c.norm));
    if (k < 1) continue;
    const cell = DAY_CELL.exec(halfWidthDigits(r.cells[k - 1].norm));
    if (!cell) continue;
    const said = weekdayIndex(WEEKDAY_CELL.exec(r.cells[k].norm)![1]);
    dated.push({ month: Number(cell[2]), day: Number(cell[3]), year: cell[1] ? Number(cell[1]) : undefined, said, range: r.cells[k].range });
  }
  if (dated.length < 4) return;
  const first = dated.find((r) => r.year !== undefined)?.year ?? signed;
  if (first === undefined) return;
  // The years each row is read in from a base year: the next year after a month going back.
  const yearsFrom = (base: number): number[] => {
    let y = base;
    return dated.map((r, i) => {
      if (r.year !== undefined) return (y = r.year);
      if (i > 0 && startsNextYear(dated[i - 1].month, r.month)) y++;
      return y;
    });
  };
  let best: { fits: boolean[]; count: number; years: number[] } | undefined;
  for (let base = first - 2; base <= first + 2; base++) {
    const years = yearsFrom(base);
    const fits = dated.map((r, i) => weekdayOf(years[i], r.month, r.day) === r.said);
    const count = fits.filter(Boolean).length;
    if (!best || count > best.count) best = { fits, count, years };
  }
  const misfits = dated.length - best!.count;
  if (best!.count < 3 || misfits === 0 || misfits * 4 > dated.length) return;
  dated.forEach((r, i) => {
    if (best!.fits[i]) return;
    const y = best!.years[i];
    const real = weekdayOf(y, r.month, r.day);
    if (real === undefined) return;
    ctx.report({
      message: `${y}年${r.month}月${r.day}日是星期${WEEKDAYS[real]}，不是星期${WEEKDAYS[r.said]}（表中其他各行按${y}年排列） (${y}-${r.month}-${r.day} is not that weekday)`,
      range: r.range,
    });
  });
}
