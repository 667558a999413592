// 计划新建托育点30个，已建成17个，完成率56.7%: a completion rate against what was planned and what is done, as the
// sentence gives them. The plan is the first figure after the nearest 计划 before; what is done, the last figure
// before the rate in its clause run (past the plan). Figures in 万 or 亿 are rounded, and so is the rate (or cut):
// it is reported only where no figures the printed ones could round from give it, nor a figure the plan's sentence
// gives (a part: 计划新增泊位8000个，其中新建停车场12个。已建成停车场7个，完成率58.3%; the plan's cost, in its measure).
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';

// (Spaces around 万 written so that no two runs of them can share the same spaces. An ordinal, 第3次, is no count; nor
// the tail of a longer number.)
export const FIGURE =
  '(?<![第0-9.])([0-9]{1,9}(?:\\.[0-9]{1,4})?)[ \\t]*(?:([万亿])[ \\t]*)?(个|项|件|家|所|名|人次|人|户|条|处|座|起|次|场|篇|份|平方公里|公里|千米|平方米|公顷|亩|套|间|张|台|辆|批|宗|千瓦时|千瓦|立方米|吨|元)';
const RATE = /完成率[ \t]*(?:(?:为|达到|达)[ \t]*)?([0-9]{1,3}(?:\.[0-9]{1,2})?)[ \t]*[%％]/g;
const PLAN = new RegExp(`计划[^，,。；;0-9]{0,20}?${FIGURE}`, 'dg');
/** Every figure of a text (global: read with matchAll, which copies it). */
export const FIGURES = new RegExp(FIGURE, 'dg');
/** A figure given roughly: no rate can be told from it. */
const ROUGH = /(?:约|近|超过|逾|余|多)[ \t]*$/;

export interface Figure {
  value: number;
  /** Half the unit of its last printed decimal, where it is rounded (万, 亿). */
  slack: number;
  /** Its measure with 万 or 亿 (万人): a plan in 万人 and a figure in 人 are likely of two things (就业 and 其中 困难人员就业). */
  unit: string;
  /** Its measure without 万 or 亿 (its value is in units): 5200万元 and 1.1亿元 are both in 元. */
  measure: string;
  /** 1e4 for 万, 1e8 for 亿, else 1. */
  scale: number;
  /** How many decimals it is printed with. */
  decimals: number;
  at: number;
  end: number;
  rough: boolean;
}

export function checkCompletionRates(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!p.text.includes('完成率') || !p.text.includes('计划') || isTableRow(p.text)) continue;
    const plans = new Map([...p.text.matchAll(PLAN)].map((m) => [m.index!, figureOf(p.text, m, 0)]));
    const partsOf = new Map<number, Figure[]>();
    // The text is read once, forward: the nearest 计划 and clause-run start before each rate.
    let cursor = 0;
    let word = -1;
    let boundary = 0;
    for (const r of p.text.matchAll(RATE)) {
      const at = r.index!;
      for (; cursor < at; cursor++) {
        const c = p.text[cursor];
        if (c === '；' || c === ';' || c === '。') boundary = cursor + 1;
        else if (c === '计' && p.text[cursor + 1] === '划') word = cursor;
      }
      const clauseFrom = boundary;
      boundary = at + 1; // the next rate's clause run starts past this one
      // The plan the nearest 计划 before the rate gives (none where its figure is no count: 计划建设5G基站…).
      const plan = plans.get(word);
      if (!plan || plan.rough || plan.value === 0) continue;
      // What is done: the last figure in the rate's clause run, after the plan and after the previous rate or ；/。.
      const from = Math.max(plan.end, clauseFrom);
      const figures = [...p.text.slice(from, at).matchAll(FIGURES)].map((m) => figureOf(p.text, m, from));
      const dones = figures.filter((f) => f.unit === plan.unit);
      const done = dones.at(-1);
      if (!done || done.rough) continue;
      // Other readings: any figure done over the plan, or over a figure the plan's sentence gives after it in that
      // figure's measure: a part (其中新建停车场12个) or the plan's cost (计划实施项目120个、总投资56.8亿元 … 完成投资32.4亿元).
      let parts = partsOf.get(plan.at);
      if (!parts) partsOf.set(plan.at, (parts = partsInSentence(p.text, plan)));
      if ([plan, ...parts].some((x) => figures.some((d) => d.at > x.end && d.unit === x.unit && gives(r[1], d, x)))) continue;
      const decimals = r[1].split('.')[1]?.length ?? 0;
      const exact = ((done.value / plan.value) * 100).toFixed(Math.max(1, decimals));
      ctx.report({
        message: `完成率${r[1]}%与所列已完成数÷计划数（约${exact}%）不符 (the rate is not what is done over what was planned: about ${exact}%)`,
        range: sourceRange(p, at, at + r[0].length),
      });
    }
  }
}

/** The figures after the plan in its sentence, its next 200 characters at most (read once a plan). */
function partsInSentence(text: string, plan: Figure): Figure[] {
  const window = text.slice(plan.end, plan.end + 200);
  const end = window.indexOf('。');
  return [...(end < 0 ? window : window.slice(0, end)).matchAll(FIGURES)].map((m) => figureOf(text, m, plan.end));
}

/** Whether figures the printed ones could round from give the rate as printed, rounded or cut to its decimals. */
export function gives(rate: string, done: Figure, plan: Figure): boolean {
  return rateFits(Number(rate), rate.split('.')[1]?.length ?? 0, done, plan);
}

/**
 * Whether a rate in percent printed with `decimals` is what is done over what was planned, each figure anywhere
 * within its `slack` (half the unit of its last rounded digit), the rate rounded or cut. Shared with the tables' check.
 */
export function rateFits(rate: number, decimals: number, done: { value: number; slack: number }, plan: { value: number; slack: number }): boolean {
  if (plan.value - plan.slack <= 0) return true;
  const tolerance = 10 ** -decimals;
  const low = ((done.value - done.slack) / (plan.value + plan.slack)) * 100;
  const high = ((done.value + done.slack) / (plan.value - plan.slack)) * 100;
  return rate + tolerance > low && rate - tolerance < high;
}

/**
 * The figure a match of FIGURE holds, its three groups from `group` on (the digits, 万 or 亿, the measure); `base`:
 * where the matched text starts in the paragraph.
 */
export function figureOf(text: string, m: RegExpMatchArray, base: number, group = 1): Figure {
  const digits = m[group];
  const at = base + m.indices![group][0];
  const ten = m[group + 1] ?? '';
  const scale = ten === '万' ? 1e4 : ten === '亿' ? 1e8 : 1;
  const decimals = digits.split('.')[1]?.length ?? 0;
  const measure = m[group + 2] === '名' ? '人' : m[group + 2];
  return {
    value: Number(digits) * scale,
    slack: scale > 1 ? 0.5 * 10 ** -decimals * scale : 0,
    unit: ten + measure,
    measure,
    scale,
    decimals,
    at,
    end: at + digits.length,
    rough: ROUGH.test(text.slice(Math.max(0, at - 3), at)),
  };
}

