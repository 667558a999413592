// numbering/totals: a run of house numbers on one side of a street (人民路1号至99号（单号）, 府前街2号至48号（双号）):
// both ends are of that side, odd or even.
import type { GazetteDocument, Issue } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { paragraphsIn } from '../shared/locate';
import { memoize } from '../shared/memo';
import { allMatches } from '../shared/scan';
import type { RuleContext } from '../types';

// The side in brackets after the run, or closing the bracket the run is in (建国路（1号至85号单号）). Not a run that
// starts right after another's 至 or dash: 12-1号至12-29号 are numbers under 12号, 12-29号 no run from 12 to 29.
// (Each run of spaces comes before a word it must be followed by, so that no two runs can share the same spaces.)
const SIDE_RUN = /(?<![0-9]|[至到—－~～-][ \t]*)([0-9]{1,5})[ \t]*(?:号[ \t]*)?[至到—－~～-][ \t]*([0-9]{1,5})[ \t]*号[ \t]*(?:[（(][ \t]*)?([单双])(?:号|数号?)[ \t]*[)）]/dg;

const SIDE = /[单双](?:号|数)/;
/** Whether the issue names a side of a street anywhere: one search of its text, not one per document. */
const namesSides = memoize((issue: Issue) => SIDE.test(issue.text));

export function checkHouseNumberSides(ctx: RuleContext, doc: GazetteDocument): void {
  if (!namesSides(ctx.issue)) return;
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!SIDE.test(p.text)) continue;
    for (const m of allMatches(p.text, SIDE_RUN)) {
      const odd = m[3] === '单';
      for (const k of [1, 2]) {
        if ((Number(m[k]) % 2 === 1) === odd) continue;
        const side = odd ? '单号' : '双号';
        // The run as written, without the bracket it closes (建国路（1号至85号单号）).
        const run = m[0].replace(/[ \t]/g, '');
        ctx.report({
          message: `“${/[（(]/.test(run) ? run : run.slice(0, -1)}”中${m[k]}号不是${side} (${m[k]} is not ${odd ? 'odd' : 'even'}, the side the run is said to be)`,
          range: sourceRange(p, m.indices![k][0], m.indices![k][1]),
        });
        break;
      }
    }
  }
}
