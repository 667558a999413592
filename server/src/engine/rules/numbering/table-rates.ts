// numbering/sums: a table's 完成率（%） column against the 计划 and 完成 columns left of it in the same header row
// (县（市、区）| 计划（人）| 完成（人）| 完成率（%）, perhaps twice under a two-row header): each row's rate is what is done
// over what was planned, rounded or cut to its printed decimals. Figures with decimals may be rounded themselves.
import type { TableRow } from '../../model';
import type { RuleContext } from '../types';
import { rateFits } from './completion-rates';
import { figure, isFigure } from './figures';

const RATE_HEADER = /^完成率[(（]%[)）]$|^完成率$/;
const PLAN_HEADER = /^(?:年度|全年)?(?:计划|目标|任务)/;
/** What is done: 完成, 实际完成, 累计完成 (not 当月完成, a month's part of it). */
const DONE_HEADER = /^(?:完成|实际完成|已完成|累计完成)(?!率)/;

export function checkTableRates(ctx: RuleContext, rows: readonly TableRow[]): void {
  // The header row that names the rate: one with no figure, among the table's first rows.
  const header = rows.slice(0, 3).find((r) => !r.cells.some((c) => isFigure(c.norm)) && r.cells.some((c) => RATE_HEADER.test(c.norm)));
  if (!header) return;
  const triples: [number, number, number][] = [];
  header.cells.forEach((c, k) => {
    if (!RATE_HEADER.test(c.norm)) return;
    // The nearest 完成 and 计划 to its left, before any other rate.
    let done = -1;
    let plan = -1;
    for (let j = k - 1; j >= 0 && !RATE_HEADER.test(header.cells[j].norm); j--) {
      const h = header.cells[j].norm;
      if (done < 0 && DONE_HEADER.test(h)) done = j;
      else if (plan < 0 && PLAN_HEADER.test(h)) plan = j;
    }
    if (done >= 0 && plan >= 0) triples.push([plan, done, k]);
  });
  if (triples.length === 0) return;
  for (const row of rows.slice(rows.indexOf(header) + 1)) {
    // A row wider or narrower than the header: which of its cells stand under which name is not known.
    if (row.cells.length !== header.cells.length) continue;
    for (const [plan, done, rate] of triples) {
      const [p, d, r] = [plan, done, rate].map((k) => (row.cells[k] ? figure(k === rate ? withoutPercent(row.cells[k].norm) : row.cells[k].norm) : undefined));
      if (!p || !d || !r || p.value <= 0 || p.unit || d.unit || (r.unit && r.unit !== '%')) continue;
      const rounded = (f: { value: number; decimals: number }) => ({ value: f.value, slack: f.decimals > 0 ? 0.5 * 10 ** -f.decimals : 0 });
      if (rateFits(r.value, r.decimals, rounded(d), rounded(p))) continue;
      const exact = ((d.value / p.value) * 100).toFixed(Math.max(1, r.decimals));
      const cell = row.cells[rate];
      ctx.report({
        message: `完成率为${cell.norm}，按本行完成数÷计划数应约为${exact} (the rate is not this row's done over planned: about ${exact})`,
        range: cell.range,
      });
    }
  }
}

/** A rate cell written with its sign (112.0%). */
function withoutPercent(cell: string): string {
  return cell.replace(/[%％][\s\u3000]*$/, '');
}
