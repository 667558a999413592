// numbering/totals: a run of house numbers on one side of a street (人民路1号至99号（单号）, 府前街2号至48号（双号）):
// both ends are of that side, odd or even, and so are those of the runs listed after a side (单号：1—155号、201—297号),
// and a lone number written right after a side, with the runs after it (单号：1号、3—155号).
import type { GazetteDocument, Issue, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { paragraphsIn } from '../shared/locate';
import { memoize } from '../shared/memo';
import { allMatches } from '../shared/scan';
import type { RuleContext } from '../types';

// The side written before the run, after a bracket, a stop, the street or 门牌 (和平路（单号：1—155号）, 和平路双号2—88号,
// 民主路门牌单号1号至99号; not 订单号：2025-0012号), or after it: in brackets, closing the bracket the run is in
// (建国路（1号至85号单号）) or bare (人民路1号至99号单号，). Not a run that starts right after another's 至 or dash, nor one another run follows:
// 12-1号至12-29号 are numbers under 12号, no run from 12 to 1 or from 12 to 29.
// (Each run of spaces comes before a word it must be followed by, so that no two runs can share the same spaces.)
const SIDE_RUN =
  /(?:(?<=^|[（(：:，,；;、 \t路街巷道牌])([单双])(?:号|数号?)(?:门牌)?[ \t]*(?:[：:][ \t]*)?)?(?<![0-9]|[至到—－~～-][ \t]*)([0-9]{1,5})[ \t]*(?:号[ \t]*)?[至到—－~～-][ \t]*([0-9]{1,5})[ \t]*号(?![ \t]*[至到—－~～-])(?:[ \t]*[（(][ \t]*([单双])(?:号|数号?)(?:门牌)?[ \t]*[)）]|[ \t]*([单双])(?:号|数号?)(?![ \t]*[：:]))?/dg;

/**
 * A side written before a lone number, not a run (和平路单号：1号、3—155号): the number is of that side, and so are the runs
 * listed after it. Not a number under a number (单号：12-1号).
 */
const SIDE_LONE = /(?<=^|[（(：:，,；;、 \t路街巷道牌])([单双])(?:号|数号?)[ \t]*(?:[：:][ \t]*)?([0-9]{1,5})(?![0-9０-９.．\-－—~～])[ \t]*号(?![ \t]*[至到—－~～-])/dg;

const SIDE = /[单双](?:号|数)/;
/** Whether the issue names a side of a street anywhere: one search of its text, not one per document. */
const namesSides = memoize((issue: Issue) => SIDE.test(issue.text));

export function checkHouseNumberSides(ctx: RuleContext, doc: GazetteDocument): void {
  if (!namesSides(ctx.issue)) return;
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!SIDE.test(p.text)) continue;
    const governed = new GovernedSpans(p.text);
    // Runs and lone numbers in the order written, so that each side is opened before the runs it governs.
    const runs = allMatches(p.text, SIDE_RUN).map((m) => ({ m, lone: false }));
    const found = [...runs, ...allMatches(p.text, SIDE_LONE).map((m) => ({ m, lone: true }))].sort((a, b) => a.m.index - b.m.index);
    for (const { m, lone } of found) {
      if (lone) {
        // A lone number after its side (单号：1号): it and the runs after it are of that side.
        const side = governed.open(m[1], m.indices![1][0], m.index + m[0].length);
        if ((Number(m[2]) % 2 === 1) !== (side === '单')) report(ctx, p, m, 2, side, m[0]);
        continue;
      }
      // An end below the start names a number under a number (单号：12-1号、12-3号), not a run.
      if (Number(m[3]) <= Number(m[2])) continue;
      // A side written before a run governs the runs listed after it too (单号：1—155号、201—297号).
      const before = m[1] ? governed.open(m[1], m.indices![1][0], m.index + m[0].length) : governed.sideAt(m.index);
      const sides = [before, m[4] ?? m[5]].filter(Boolean);
      if (sides.length === 0 || sides[0] !== sides.at(-1)) continue;
      const odd = sides[0] === '单';
      for (const k of [2, 3]) {
        if ((Number(m[k]) % 2 === 1) === odd) continue;
        // The run as written with its side (人民路1号至99号（单号）, 单号：1—155号, 1号至85号单号).
        report(ctx, p, m, k, sides[0]!, m[0]);
        break;
      }
    }
  }
}

/** Reports the number of group `k` of a match as not of the side (单 or 双) it is written under. */
function report(ctx: RuleContext, p: Paragraph, m: RegExpMatchArray, k: number, sideChar: string, written: string): void {
  const odd = sideChar === '单';
  const side = odd ? '单号' : '双号';
  ctx.report({
    message: `“${written.replace(/[ \t]/g, '')}”中${m[k]}号不是${side} (${m[k]} is not ${odd ? 'odd' : 'even'}, the side the run is said to be)`,
    range: sourceRange(p, m.indices![k][0], m.indices![k][1]),
  });
}

/**
 * The runs a side written before a run governs: those after it up to the close of the bracket it is in (和平路（单号：
 * 1—155号、201—297号）), or outside a bracket up to the clause's end (解放路双号2—88号、90—96号，); never past a stop,
 * a semicolon, another side or another street's name. Sides are opened left to right, and the text is read once over all of them.
 */
class GovernedSpans {
  private side: string | undefined;
  private end = 0;
  /** How far the brackets were followed, and whether one is open there. */
  private read = 0;
  private inBracket = false;

  constructor(private readonly text: string) {}

  /** Opens the side written at `at`, whose first run ends at `from`; returns it. */
  open(side: string, at: number, from: number): string {
    for (; this.read < at; this.read++) {
      const c = this.text[this.read];
      if (c === '（' || c === '(') this.inBracket = true;
      else if (c === '）' || c === ')') this.inBracket = false;
    }
    let k = from;
    for (; k < this.text.length; k++) {
      const c = this.text[k];
      if ('）)；;。'.includes(c) || (!this.inBracket && '，,'.includes(c))) break;
      if ((c === '单' || c === '双') && '号数'.includes(this.text[k + 1] ?? '')) break;
      // Words between runs name another street (和平路双号2—88号、解放路1—55号): its runs are its own.
      if (c >= '\u4e00' && c <= '\u9fff' && !'号至到和及'.includes(c)) break;
    }
    this.side = side;
    this.end = k;
    return side;
  }

  /** The side governing a run starting at `at`, if any. */
  sideAt(at: number): string | undefined {
    return this.side !== undefined && at < this.end ? this.side : undefined;
  }
}
