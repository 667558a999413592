// 2026年2月15日至2月23日放假调休，共9天: a span of dates and the days it is said to last, both ends counted.
// Read where one 至 (到), or a dash right after the first (2月15日—2月23日), joins two dates in the clause right before
// 共N天 (共计, 为期, 历时N天); the year is the one the first date writes, or the clause before it
// (2026年春运自2月2日开始，至3月13日结束，共40天); the second's, if it writes
// one, else the same or, where its month comes earlier, the next. With no year written, February is read both ways.
// A span said to last 共N周 fills N weeks, the last perhaps in part (周一 to the 周五 of the 13th week: 共13周), or touches
// N calendar weeks, or N weeks' workdays (see weekCounts).
// A count of part of the span is not its length: one with words of its own after a comma (，其中集中授课共5天,
// ，优良天数共289天, ，每期为期3天), one counting part of it (其中, 每, 累计), or one that leaves days out (共10天（节假日除外）).
import type { Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow, numeralValue } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { DATE } from './weekdays';

/**
 * 共9天, 共计9天, 为期365天, 历时9天, 共九天; 共13周, 为期七周 (a span of weeks: its days, both ends counted, fill that many
 * weeks, the last perhaps in part). Not a count said to be rough (历时一天半, 为期一周左右).
 */
const DAYS = /(?:共计|共|为期|历时)[ \t]*([0-9]{1,3}|[一两二三四五六七八九十百]{1,4})[ \t]*(天|周|个星期)(?!半|左右)/g;
const CLAUSE_END = /[。；;！？]/;
/** What may join a span's dates: 至, 到, or a dash. */
const JOIN_WORD = /[至到—－~～–-]/;
/** A dash right after a date, or the weekday bracket closing it, a space either side at most (2月15日—2月23日; see span-order). */
const DASH_JOIN = /^(?:[（(][^（()）]{1,6}[)）])? ?(?:——?|[－~～–-]) ?$/;
const PART_OF_SPAN = /其中|每|各|分别|累计|天数/;
const DAYS_LEFT_OUT = /^[ \t]*[（(][^（）()]{0,20}?(?:除|不含|不包括|不计|扣除|工作日)/;

export function checkDayCounts(ctx: RuleContext, end: number): void {
  for (const d of ctx.issue.documents) {
    if (d.range.start >= end) break;
    for (const p of paragraphsIn(ctx.issue, d.range)) {
      if (p.range.start >= end) break;
      if ((!p.text.includes('天') && !p.text.includes('周') && !p.text.includes('星期')) || !JOIN_WORD.test(p.text) || isTableRow(p.text)) continue;
      checkParagraph(ctx, p);
    }
  }
}

interface Day {
  year?: number;
  month: number;
  day: number;
  at: number;
  end: number;
}

function checkParagraph(ctx: RuleContext, p: Paragraph): void {
  const text = p.text;
  const claims = [...text.matchAll(DAYS)];
  if (claims.length === 0) return;
  // The paragraph's dates, with the year each writes (a year said earlier may not be theirs); a day after 至
  // is in the month before it.
  const days: Day[] = [];
  let month: number | undefined;
  for (const m of text.matchAll(DATE)) {
    if (m[1]) {
      month = m[2] ? Number(m[2]) : undefined;
      if (m[3]) days.push({ year: Number(m[1]), month: month!, day: Number(m[3]), at: m.index!, end: m.index! + m[0].length });
      continue;
    }
    const own = m[4] ? Number(m[4]) : month;
    if (own === undefined) continue;
    month = own;
    days.push({ month: own, day: Number(m[5] ?? m[6]), at: m.index!, end: m.index! + m[0].length });
  }
  // Claims, clause starts and dates are read forward together (a paragraph may hold many of each).
  let boundary = 0;
  let cursor = 0;
  let first = 0;
  let judged: Day | undefined;
  for (const c of claims) {
    const at = c.index!;
    for (; cursor < at; cursor++) if (CLAUSE_END.test(text[cursor])) boundary = cursor + 1;
    const from = boundary;
    while (first < days.length && days[first].at < from) first++;
    // Exactly two dates in the clause, judged once (a clause saying 共N天 again has been read).
    const [a, b, c3] = [days[first], days[first + 1], days[first + 2]];
    if (!b || b.end > at || (c3 && c3.end <= at) || a === judged) continue;
    judged = a;
    const between = text.slice(a.end, b.at);
    const joins = DASH_JOIN.test(between) ? 1 : (between.match(/[至到]/g) ?? []).length;
    if (joins !== 1 || /[时点:：]/.test(between) || /[时点:：]|工作日/.test(text.slice(b.end, at))) continue;
    if (!countsTheSpan(text.slice(b.end, at)) || DAYS_LEFT_OUT.test(text.slice(at + c[0].length, at + c[0].length + 30))) continue;
    const said = numeralValue(c[1]);
    // A year written in the clause before the span (2026年春运自2月2日开始) is its year.
    const year = a.year === undefined ? /([0-9]{4})[ \t]*年(?![ \t]*[0-9])/.exec(text.slice(from, a.at)) : null;
    const found = spans(year ? { ...a, year: Number(year[1]) } : a, b);
    const counts = found.map((f) => f.days);
    // The span as written, without what stands between its dates' ends and 至 (a weekday in brackets).
    const span = `${text.slice(a.at, a.end)}${between.match(/[至到]|——?|[－~～–-]/)![0]}${text.slice(b.at, b.end)}`;
    if (c[2] !== '天') {
      // With no year written, its weekdays are not known: its days in sevens only.
      const dated = a.year !== undefined || b.year !== undefined || year !== null;
      if (counts.length === 0 || found.some((f) => (dated ? weekCounts(f) : [Math.ceil(f.days / 7)]).includes(said))) continue;
      ctx.report({
        message: `${span}首尾两天都算共${counts[0]}天，合${Math.ceil(counts[0] / 7)}${c[2]}，不是${c[1]}${c[2]} (the span lasts ${counts[0]} days: ${Math.ceil(counts[0] / 7)} weeks)`,
        range: sourceRange(p, at, at + c[0].length),
      });
      continue;
    }
    if (counts.length === 0 || counts.includes(said)) continue;
    ctx.report({
      message: `${span}首尾两天都算共${counts[0]}天，不是${c[1]}天 (the span lasts ${counts[0]} days, both ends counted)`,
      range: sourceRange(p, at, at + c[0].length),
    });
  }
}

/** Whether the words between a span's end and 共N天 say it is the span's length: nothing after a comma but the count. */
function countsTheSpan(after: string): boolean {
  const comma = Math.max(after.lastIndexOf('，'), after.lastIndexOf(','));
  return (comma < 0 || after.slice(comma + 1).trim() === '') && !PART_OF_SPAN.test(after);
}

/** A span's days, both ends counted, and the UTC time of its first and last. */
interface Span {
  days: number;
  start: number;
  stop: number;
}

const DAY_MS = 86400000;

/**
 * The weeks a span may be said to last: its days in sevens, the last perhaps in part (周一 to the 13th week's 周五: 13);
 * the calendar weeks it touches, a part at either end each one (周五 to a 周一 20 weeks on: 21, a school's 教学周); or
 * those of them with a workday in it, a weekend at either end left out (a 暑假 from a 周六 to a 周日 8 weeks on: 8).
 */
function weekCounts(span: Span): number[] {
  // Monday of the week the span starts in (1970-01-01, day 0, was a Thursday).
  const monday = span.start - ((Math.floor(span.start / DAY_MS) + 3) % 7) * DAY_MS;
  let calendar = 0;
  let working = 0;
  for (let week = monday; week <= span.stop; week += 7 * DAY_MS) {
    calendar++;
    const [from, to] = [Math.max(week, span.start), Math.min(week + 4 * DAY_MS, span.stop)];
    if (from <= to) working++;
  }
  return [Math.ceil(span.days / 7), calendar, working];
}

/** The days from a to b, both counted: in the years known, or in a common and a leap year when none is. */
function spans(a: Day, b: Day): Span[] {
  const years = a.year !== undefined ? [a.year] : b.year !== undefined ? [b.month < a.month ? b.year - 1 : b.year] : [2023, 2024];
  const out: Span[] = [];
  for (const y of years) {
    const yb = b.year ?? (b.month < a.month ? y + 1 : y);
    const start = Date.UTC(y, a.month - 1, a.day);
    const stop = Date.UTC(yb, b.month - 1, b.day);
    // A date no year has is structure/date's to report; a span going back is no span.
    if (!isDay(start, a.month, a.day) || !isDay(stop, b.month, b.day) || stop < start) continue;
    out.push({ days: Math.round((stop - start) / DAY_MS) + 1, start, stop });
  }
  return out;
}

function isDay(utc: number, month: number, day: number): boolean {
  const d = new Date(utc);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
