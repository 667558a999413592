// 计划新建托育点30个，已建成17个，完成率56.7%: a completion rate against what was planned and what is done, as the
// sentence gives them. The plan is the first figure after the nearest 计划 before; what is done, the last figure
// before the rate in its clause run (past the plan). Figures in 万 or 亿 are rounded, and so is the rate (or cut):
// it is reported only where no figures the printed ones could round from give it.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';

const FIGURE = '([0-9]{1,9}(?:\\.[0-9]{1,4})?)[ \\t]*([万亿]?)[ \\t]*(个|项|件|家|所|名|人次|人|户|条|处|座|公里|千米|平方米|亩|套|间|张|台|辆|吨|元)';
const RATE = /完成率[ \t]*(?:为|达|达到)?[ \t]*([0-9]{1,3}(?:\.[0-9]{1,2})?)[ \t]*[%％]/g;
const PLAN = new RegExp(`计划[^，,。；;0-9]{0,20}?${FIGURE}`, 'dg');
const DONE = new RegExp(FIGURE, 'dg');
/** A figure given roughly: no rate can be told from it. */
const ROUGH = /(?:约|近|超过|逾|余|多)[ \t]*$/;

interface Figure {
  value: number;
  /** Half the unit of its last printed decimal, where it is rounded (万, 亿). */
  slack: number;
  /** Its measure with 万 or 亿 (万人): a plan in 万人 and a figure in 人 are likely of two things (就业 and 其中 困难人员就业). */
  unit: string;
  at: number;
  end: number;
  rough: boolean;
}

export function checkCompletionRates(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!p.text.includes('完成率') || isTableRow(p.text)) continue;
    const plans = [...p.text.matchAll(PLAN)].map((m) => ({ word: m.index!, figure: figureOf(p.text, m, 0) }));
    for (const r of p.text.matchAll(RATE)) {
      // The plan the nearest 计划 before the rate gives (none where its figure is no count: 计划建设5G基站…).
      const word = p.text.lastIndexOf('计划', r.index!);
      const plan = plans.find((x) => x.word === word)?.figure;
      if (!plan || plan.rough || plan.value === 0) continue;
      // What is done: the last figure in the rate's clause run, after the plan and after the previous rate or ；/。.
      const from = Math.max(plan.end, boundaryBefore(p.text, r.index!));
      const dones = [...p.text.slice(from, r.index!).matchAll(DONE)].map((m) => figureOf(p.text, m, from)).filter((f) => f.unit === plan.unit);
      const done = dones.at(-1);
      if (!done || done.rough) continue;
      // Other readings: a part the plan's sentence gives in the same measure (其中新建停车场12个), any figure done.
      const sentenceEnd = p.text.indexOf('。', plan.end);
      const parts = [...p.text.slice(plan.end, Math.min(from, sentenceEnd < 0 ? from : sentenceEnd)).matchAll(DONE)]
        .map((m) => figureOf(p.text, m, plan.end))
        .filter((f) => f.unit === plan.unit);
      if ([plan, ...parts].some((x) => dones.some((d) => gives(r[1], d, x)))) continue;
      const decimals = r[1].split('.')[1]?.length ?? 0;
      const exact = ((done.value / plan.value) * 100).toFixed(Math.max(1, decimals));
      ctx.report({
        message: `完成率${r[1]}%与所列已完成数÷计划数（约${exact}%）不符 (the rate is not what is done over what was planned: about ${exact}%)`,
        range: sourceRange(p, r.index!, r.index! + r[0].length),
      });
    }
  }
}

/** Whether figures the printed ones could round from give the rate as printed, rounded or cut to its decimals. */
function gives(rate: string, done: Figure, plan: Figure): boolean {
  if (plan.value - plan.slack <= 0) return true;
  const tolerance = 10 ** -(rate.split('.')[1]?.length ?? 0);
  const low = ((done.value - done.slack) / (plan.value + plan.slack)) * 100;
  const high = ((done.value + done.slack) / (plan.value - plan.slack)) * 100;
  return Number(rate) + tolerance > low && Number(rate) - tolerance < high;
}

/** The figure a match holds; `base`: where the matched text starts in the paragraph. */
function figureOf(text: string, m: RegExpMatchArray, base: number): Figure {
  const at = base + m.indices![1][0];
  const scale = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
  const decimals = m[1].split('.')[1]?.length ?? 0;
  const unit = m[2] + (m[3] === '名' ? '人' : m[3]);
  return {
    value: Number(m[1]) * scale,
    slack: scale > 1 ? 0.5 * 10 ** -decimals * scale : 0,
    unit,
    at,
    end: at + m[1].length,
    rough: ROUGH.test(text.slice(Math.max(0, at - 3), at)),
  };
}

/** Where the rate's clause run starts: past the previous 完成率, ；, ; or 。 before it. */
function boundaryBefore(text: string, at: number): number {
  const before = text.slice(0, at);
  return Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。'), before.lastIndexOf('完成率')) + 1;
}
