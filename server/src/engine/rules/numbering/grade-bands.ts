// numbering/totals: the bands of a score that give its grades (90分以上为优秀，80—89分为良好，60—79分为合格，60分以下为
// 不合格): every score is given a grade, so the bands leave no score between them (60—78分 then 80—89分: 79 is in none).
// Read in a run of three or more bands in one paragraph, one of them open (以上, 以下, 不低于, 低于, 不足), each bound an
// integer or a decimal (the step between scores the finest written; a gap is read only where it holds a whole score:
// 60—79分 beside 80—89.5分 leaves 79.1—79.9, a matter of rounding); not where a bound is said to be in or out (（含）,
// 不含: the run is read with its own care), and overlaps are left alone (a bound in two bands is a matter of wording).
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { paragraphsIn } from '../shared/locate';
import { allMatches } from '../shared/scan';
import type { RuleContext } from '../types';
import { decimalsOf } from './decimals';

const SCORE = '[0-9]{1,4}(?:\\.[0-9]{1,2})?';
/**
 * A band: a closed one (80—89分, 80分至89分, 80～89分), one open above (90分以上, 90分及以上, 不低于90分) or below (60分以下,
 * 低于60分, 不足60分).
 */
const BAND = new RegExp(
  `(?<![0-9.])(${SCORE})[ \\t]*(?:分[ \\t]*)?(?:[—－~～-]+|至|到)[ \\t]*(${SCORE})[ \\t]*分|(?<![0-9.])(${SCORE})[ \\t]*分[ \\t]*(及以上|以上)|(?:不低于|不少于)[ \\t]*(${SCORE})[ \\t]*分|(?<![0-9.])(${SCORE})[ \\t]*分[ \\t]*(以下|及以下)|(?:低于|不足|不到)[ \\t]*(${SCORE})[ \\t]*分`,
  'g',
);
/** What may stand between two bands of a run: a grade's name and the marks around it (为优秀，), no figure. */
const BETWEEN = /^[^0-9。]{0,16}$/;

/** A grade's name (优秀, 基本合格, 称职, A级, 二档, 三等). */
const GRADE = /优秀|良好|较好|中等|不及格|及格|基本合格|不合格|合格|基本称职|不称职|称职|基本达标|不达标|未达标|达标|基本满意|不满意|满意|一般|较差|[A-E](?:级|类|等)|[一二三四五六](?:档|等|级|类)|[甲乙丙丁](?:等|级|类)/g;
/** How far before the first band and after the last the grades' names are looked for. */
const GRADE_REACH = 12;

interface Band {
  /** Where the band is written. */
  start: number;
  stop: number;
  low: number;
  high: number;
  /** Where the band's upper bound is written (the report's range), or its lower for a band open above. */
  at: number;
  end: number;
  decimals: number;
}

export function checkGradeBands(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    if (!text.includes('分') || !/以上|以下|不低于|低于|不足/.test(text)) continue;
    let run: Band[] = [];
    let last = -1;
    const close = () => {
      if (run.length >= 3 && run.some((b) => !Number.isFinite(b.low) || !Number.isFinite(b.high))) checkRun(ctx, p, run);
      run = [];
    };
    for (const m of allMatches(text, BAND)) {
      if (last >= 0 && !BETWEEN.test(text.slice(last, m.index))) close();
      last = m.index + m[0].length;
      // A bound said to be in or out (（含）, 不含) is read with its own care: no run is read across it.
      if (/含/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) {
        run = [];
        last = -1;
        continue;
      }
      run.push(bandOf(m));
    }
    close();
  }
}

function bandOf(m: RegExpExecArray): Band {
  return { start: m.index, stop: m.index + m[0].length, ...bounds(m) };
}

function bounds(m: RegExpExecArray): Omit<Band, 'start' | 'stop'> {
  const at = (k: number) => m.index + m[0].indexOf(m[k], k === 2 ? m[0].indexOf(m[1]) + m[1].length : 0);
  if (m[1] !== undefined) return { low: Number(m[1]), high: Number(m[2]), at: at(2), end: at(2) + m[2].length, decimals: Math.max(decimalsOf(m[1]), decimalsOf(m[2])) };
  if (m[3] !== undefined || m[5] !== undefined) {
    const k = m[3] !== undefined ? 3 : 5;
    return { low: Number(m[k]), high: Infinity, at: at(k), end: at(k) + m[k].length, decimals: decimalsOf(m[k]) };
  }
  const k = m[6] !== undefined ? 6 : 8;
  return { low: -Infinity, high: Number(m[k]), at: at(k), end: at(k) + m[k].length, decimals: decimalsOf(m[k]) };
}

/** Reports the first score no band of the run holds, between two bands. */
function checkRun(ctx: RuleContext, p: Paragraph, run: readonly Band[]): void {
  if (run.some((b) => b.low > b.high)) return;
  // Bands of a grade each (为优秀, 良好：), not tiers a reward or a fee may skip on purpose.
  const words = p.text.slice(Math.max(0, run[0].start - GRADE_REACH), run[run.length - 1].stop + GRADE_REACH).match(GRADE) ?? [];
  if (new Set(words).size < run.length) return;
  const step = 10 ** -Math.max(...run.map((b) => b.decimals));
  const sorted = [...run].sort((a, b) => a.low - b.low || a.high - b.high);
  let reach = sorted[0].high;
  let upto = sorted[0];
  for (const b of sorted.slice(1)) {
    const first = round(reach + step, step);
    const lastMissing = round(b.low - step, step);
    // A gap holding a whole score: one of decimals only (60—79分 beside 80—89.5分) may be a matter of rounding.
    if (b.low > first && Math.ceil(first - 1e-9) <= lastMissing + 1e-9) {
      const missing = first === lastMissing ? `${fmt(first)}` : `${fmt(first)}—${fmt(lastMissing)}`;
      ctx.report({
        message: `分数段之间缺${missing}分，不属于任何等次 (no band holds ${missing}: the bands leave a gap)`,
        range: sourceRange(p, upto.at, upto.end),
      });
      return;
    }
    if (b.high > reach) {
      reach = b.high;
      upto = b;
    }
  }
}

function round(x: number, step: number): number {
  return Math.round(x / step) * step;
}

function fmt(x: number): string {
  return String(Number(x.toFixed(2)));
}
