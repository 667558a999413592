// A rate of what is dealt with (整改率, 办结率, 结案率, 销号率, 化解率) against the figure after 已整改 (已办结…) before it in its
// sentence and what was found: 排查隐患3290处，已整改3198处，整改率97.2%; 排查一般事故隐患3276处、重大事故隐患14处，已整改3198处…，
// 整改率97.2% (the items listed with 、 right before, added). The rate is reported only where neither the figures so
// added nor any one figure in that measure before 已整改 in the sentence, nor all of them added (连同上年结转的34个), gives it,
// nor a part of what is done named between it and the rate (其中按期整改3050处，按期整改率92.7%), rounded or cut; figures
// in 万 may be rounded.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { FIGURE, FIGURES, type Figure, figureOf, rateFits } from './completion-rates';

const RATE = /(整改|办结|结案|销号|化解)率[ \t]*(?:为|达到|达)?[ \t]*([0-9]{1,3}(?:\.[0-9]{1,2})?)[ \t]*[%％]/g;
/** 已整改3198处 (到位, 完成 or 的 between): the verb is checked against the rate's. */
const DONE = new RegExp(`已(整改|办结|结案|销号|化解)(?:到位|完成)?(?:的)?[ \\t]*${FIGURE}`, 'dy');

export function checkDoneRates(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!text.includes('率') || !text.includes('已') || isTableRow(text)) continue;
    for (const r of text.matchAll(RATE)) {
      const at = r.index!;
      // The rate's sentence, its last 300 characters at most.
      const window = text.slice(Math.max(0, at - 300), at);
      const before = window.slice(window.lastIndexOf('。') + 1);
      const base = at - before.length;
      // The last 已整改 before the rate, and its figure right after it (到位, 完成 or 的 between at most).
      const word = before.lastIndexOf(`已${r[1]}`);
      if (word < 0) continue;
      DONE.lastIndex = base + word;
      const doneMatch = DONE.exec(text);
      if (!doneMatch || doneMatch[1] !== r[1]) continue;
      const done = figureOf(text, doneMatch, 0, 2);
      if (done.rough) continue;
      const found = [...before.slice(0, word).matchAll(FIGURES)].map((m) => figureOf(text, m, base)).filter((f) => f.unit === done.unit);
      if (found.length === 0 || found.some((f) => f.rough)) continue;
      const rate = r[2];
      const decimals = rate.split('.')[1]?.length ?? 0;
      const gives = (whole: { value: number; slack: number }) => rateFits(Number(rate), decimals, done, whole);
      const listed = listedBefore(text, found);
      if (found.some(gives) || (listed && gives(listed))) continue;
      // Other readings: all that was found added (新发现问题126个，连同上年结转的34个), or a part of what is done after it
      // over what was found (其中按期整改3050处，按期整改率92.7%).
      const all = { value: found.reduce((s, f) => s + f.value, 0), slack: found.reduce((s, f) => s + f.slack, 0) };
      const partsDone = [...text.slice(done.end, at).matchAll(FIGURES)].map((m) => figureOf(text, m, done.end)).filter((f) => f.unit === done.unit && !f.rough);
      if (gives(all) || partsDone.some((d) => [...found, all].some((w) => rateFits(Number(rate), decimals, d, w)))) continue;
      const whole = listed ?? found.at(-1)!;
      const exact = ((done.value / whole.value) * 100).toFixed(Math.max(1, decimals));
      ctx.report({
        message: `${r[1]}率${rate}%与已${r[1]}数÷总数（约${exact}%）不符 (the rate is not what is dealt with over what was found: about ${exact}%)`,
        range: sourceRange(p, at, at + r[0].length),
      });
    }
  }
}

/** The last figures before 已… joined by 、 (words between them, no other mark), added: 3276处、重大事故隐患14处. */
function listedBefore(text: string, found: readonly Figure[]): { value: number; slack: number } | undefined {
  let k = found.length - 1;
  while (k > 0 && /^[^，,。；;：:0-9]*、[^，,。；;：:0-9]*$/.test(text.slice(found[k - 1].end, found[k].at))) k--;
  const run = found.slice(k);
  if (run.length < 2) return undefined;
  return { value: run.reduce((s, f) => s + f.value, 0), slack: run.reduce((s, f) => s + f.slack, 0) };
}
