// 2025年7月26日至7月25日: a span of dates whose end comes before its start. Read at each 至/到, or dash (3月30日—3月3日),
// with a date right before it (a weekday in brackets, or 起, between at most) and one right after: the end's year its own, else the start's (a month
// going back is the next year's, 12月20日至1月5日); no year written on the end and none before: read only within a month.
import type { Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';

/** The date ending right before a 至 (looked for in the few characters before it only). */
const START = /(?:([0-9]{4})[ \t]*年[ \t]*)?([0-9]{1,2})[ \t]*月[ \t]*([0-9]{1,2})[ \t]*日[ \t]*(?:[（(][^（()）]{1,6}[)）][ \t]*)?(?:起[ \t]*)?$/;
const END = /[ \t]*(?:([0-9]{4})[ \t]*年[ \t]*)?(?:([0-9]{1,2})[ \t]*月[ \t]*)?([0-9]{1,2})[ \t]*日/y;
const LOOK_BACK = 24;
const JOIN = /[至到]|——?|[－~～–-]/g;
/** What a span's 至 follows: a date's 日, the weekday bracket closing it, a space, or the 起 of 自3月1日起至3月31日. */
const AFTER_DATE = /[日）) \t起]/;
/**
 * A dash between dates, a space either side at most (3月30日（周一）—3月3日（周五）, 3月30日 - 3月3日): a dash
 * set off by wider space is a table's empty cell between dates of two columns, no span.
 */
const DASH_SPAN = /(?:[日）)] ?)$/;
const DASH_END = /^ ?[0-9]/;

export function checkSpanOrder(ctx: RuleContext, end: number): void {
  for (const d of ctx.issue.documents) {
    if (d.range.start >= end) break;
    for (const p of paragraphsIn(ctx.issue, d.range)) {
      if (p.range.start >= end) break;
      if (!p.text.includes('日')) continue;
      for (const j of p.text.matchAll(JOIN)) if (joinsDates(p.text, j.index!, j[0])) checkJoin(ctx, p, j.index!, j[0].length);
    }
  }
}

function joinsDates(text: string, at: number, join: string): boolean {
  if (join === '至' || join === '到') return AFTER_DATE.test(text[at - 1] ?? '');
  return DASH_SPAN.test(text.slice(Math.max(0, at - 2), at)) && DASH_END.test(text.slice(at + join.length, at + join.length + 2));
}

function checkJoin(ctx: RuleContext, p: Paragraph, at: number, joinLength: number): void {
  const text = p.text;
  const from = Math.max(0, at - LOOK_BACK);
  const a = START.exec(text.slice(from, at));
  if (!a) return;
  END.lastIndex = at + joinLength;
  const b = END.exec(text);
  if (!b) return;
  const [startYear, startMonth, startDay] = [a[1] ? Number(a[1]) : undefined, Number(a[2]), Number(a[3])];
  const endMonth = b[2] ? Number(b[2]) : startMonth;
  const endDay = Number(b[3]);
  let backwards: boolean;
  if (b[1]) {
    if (startYear === undefined) return;
    backwards = Number(b[1]) * 10000 + endMonth * 100 + endDay < startYear * 10000 + startMonth * 100 + startDay;
  } else {
    // No year on the end: a month going back is the next year's; the same month, a day before, goes back.
    backwards = endMonth === startMonth && endDay < startDay;
  }
  if (!backwards) return;
  const start = from + a.index!;
  ctx.report({
    message: `“${text.slice(start, b.index! + b[0].length).replace(/[ \t]/g, '')}”的结束日期早于开始日期 (the span ends before it starts)`,
    range: sourceRange(p, start, b.index! + b[0].length),
  });
}
