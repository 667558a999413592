// A rate of what is dealt with (整改率, 办结率, 结案率, 销号率, 化解率) against the figure after 已整改 (已办结…) before it in its
// sentence and what was found: 排查隐患3290处，已整改3198处，整改率97.2%; 排查一般事故隐患3276处、重大事故隐患14处，已整改3198处…，
// 整改率97.2% (the items listed with 、 right before, added). The rate is reported only where neither the figures so
// added nor any one figure in that measure before 已整改 in the sentence, nor all of them added (连同上年结转的34个), gives it,
// nor a part of what is done named between it and the rate (其中按期整改3050处，按期整改率92.7%), rounded or cut; figures
// in 万 may be rounded. The verb may open its clause with no 已 (，办结125.1万件); a rate in a sentence of its own giving
// no figure before it is read against the sentence before (已整改3198处。隐患整改率达98.6%); parts done named as many as
// those listed found are added (已整改到位一般隐患3185处、重大隐患13处).
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { FIGURE, FIGURES, type Figure, figureOf, rateFits } from './completion-rates';

const RATE = /(整改|办结|结案|销号|化解)(完成)?率[ \t]*(?:为|达到|达)?[ \t]*([0-9]{1,3}(?:\.[0-9]{1,2})?)[ \t]*[%％]/g;
/**
 * What is done: 已整改3198处, 已整改到位3198处 (到位, 完成 or 的 between), or the verb opening its clause (，办结125.1万件);
 * with names before the figures (已整改到位一般隐患3185处、重大隐患13处: group 2, the first figure's name).
 */
const DONE = new RegExp(
  `(?:已|(?<=^|[，,；;：:。])[ \\t]*(?:全部|累计|共)?)(整改|办结|结案|销号|化解)(?:到位|完成)?(?:的)?[ \\t]*([^，,。；;：:、0-9%％]{1,10}?)?[ \\t]*${FIGURE}`,
  'dg',
);
/** A part listed after a named one (、重大隐患13处). */
const NEXT_PART = new RegExp(`、[ \\t]*[^，,。；;：:、0-9%％]{1,10}?[ \\t]*${FIGURE}`, 'dy');

export function checkDoneRates(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!text.includes('率') || isTableRow(text)) continue;
    for (const r of text.matchAll(RATE)) {
      const at = r.index!;
      const verb = r[1];
      // The rate's sentence, its last 300 characters at most; or, where it gives no figure before the rate, the sentence
      // before too (已整改3198处。隐患整改率达98.6%).
      const window = text.slice(Math.max(0, at - 300), at);
      const cut = window.lastIndexOf('。');
      const own = window.slice(cut + 1);
      const before = cut >= 0 && !/[0-9]/.test(own) ? window.slice(window.lastIndexOf('。', cut - 1) + 1) : own;
      const base = at - before.length;
      // 整改完成率 where a 计划 is given is the completion rate's (计划整改…，整改完成率…).
      if (r[2] && before.includes('计划')) continue;
      // The last 已整改 (or 整改 opening its clause) before the rate with its figure.
      const doneMatch = [...before.matchAll(DONE)].filter((m) => m[1] === verb).at(-1);
      if (!doneMatch) continue;
      const word = doneMatch.index!;
      const done = figureOf(text, doneMatch, base, 3);
      if (done.rough) continue;
      const found = [...before.slice(0, word).matchAll(FIGURES)].map((m) => figureOf(text, m, base)).filter((f) => f.unit === done.unit);
      if (found.length === 0 || found.some((f) => f.rough)) continue;
      const listed = listedBefore(text, found);
      // Named parts of what is done (一般隐患3185处、重大隐患13处): read as many as those listed found, added.
      const named = doneMatch[2] ? namedParts(text, done, base + word + doneMatch[0].length) : [done];
      if (named.length > 1 ? named.length !== listedCount(text, found) : doneMatch[2]) continue;
      const doneAll = { value: named.reduce((s, f) => s + f.value, 0), slack: named.reduce((s, f) => s + f.slack, 0) };
      const rate = r[3];
      const decimals = rate.split('.')[1]?.length ?? 0;
      const gives = (whole: { value: number; slack: number }) => rateFits(Number(rate), decimals, doneAll, whole);
      if (found.some(gives) || (listed && gives(listed))) continue;
      // Other readings: all that was found added (新发现问题126个，连同上年结转的34个), or a part of what is done after it
      // over what was found (其中按期整改3050处，按期整改率92.7%; 重大隐患13处，重大隐患整改率92.9%).
      const all = { value: found.reduce((s, f) => s + f.value, 0), slack: found.reduce((s, f) => s + f.slack, 0) };
      const partsDone = [...text.slice(done.end, at).matchAll(FIGURES)].map((m) => figureOf(text, m, done.end)).filter((f) => f.unit === done.unit && !f.rough);
      if (gives(all) || [...(named.length > 1 ? [done] : []), ...partsDone].some((d) => [...found, all].some((w) => rateFits(Number(rate), decimals, d, w)))) continue;
      const whole = listed ?? found.at(-1)!;
      const exact = ((doneAll.value / whole.value) * 100).toFixed(Math.max(1, decimals));
      ctx.report({
        message: `${verb}${r[2] ?? ''}率${rate}%与已${verb}数÷总数（约${exact}%）不符 (the rate is not what is dealt with over what was found: about ${exact}%)`,
        range: sourceRange(p, at, at + r[0].length),
      });
    }
  }
}

/** The first part of what is done, ending at `end`, and those listed after it with 、, each named (一般隐患3185处、重大隐患13处). */
function namedParts(text: string, first: Figure, end: number): Figure[] {
  const parts = [first];
  for (NEXT_PART.lastIndex = end; ; ) {
    const m = NEXT_PART.exec(text);
    if (!m) return parts;
    const f = figureOf(text, m, 0);
    if (f.unit !== first.unit) return parts;
    parts.push(f);
  }
}

/** How many figures before 已… are listed with 、 at the end (one where none are). */
function listedCount(text: string, found: readonly Figure[]): number {
  let k = found.length - 1;
  while (k > 0 && LISTED.test(text.slice(found[k - 1].end, found[k].at))) k--;
  return found.length - k;
}

const LISTED = /^[^，,。；;：:0-9]*、[^，,。；;：:0-9]*$/;

/** The last figures before 已… joined by 、 (words between them, no other mark), added: 3276处、重大事故隐患14处. */
function listedBefore(text: string, found: readonly Figure[]): { value: number; slack: number } | undefined {
  let k = found.length - 1;
  while (k > 0 && /^[^，,。；;：:0-9]*、[^，,。；;：:0-9]*$/.test(text.slice(found[k - 1].end, found[k].at))) k--;
  const run = found.slice(k);
  if (run.length < 2) return undefined;
  return { value: run.reduce((s, f) => s + f.value, 0), slack: run.reduce((s, f) => s + f.slack, 0) };
}
