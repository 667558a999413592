// numbering/sums: a table's 完成率（%） column against the 计划 and 完成 columns left of it in the same header row
// (县（市、区）| 计划（人）| 完成（人）| 完成率（%）, perhaps twice under a two-row header): each row's rate is what is done
// over what was planned, rounded or cut to its printed decimals. Figures with decimals may be rounded themselves.
import type { TableRow } from '../../model';
import type { RuleContext } from '../types';
import { rateFits } from './completion-rates';
import { figure, isFigure, NONE } from './figures';

const RATE_HEADER = /^完成率[(（]%[)）]$|^完成率$/;
/** Any column of rates or shares in percent (完成预算%, 整改率（%）), but not a change over a figure the table does not give. */
const ANY_RATE_HEADER = /率|[%％]/;
const CHANGE_HEADER = /增长|增幅|增速|下降|降幅|同比|比上年|比去年|变动|增减|升降/;
const PLAN_HEADER = /^(?:年度|全年)?(?:计划|目标|任务)/;
/** What is done: 完成, 实际完成, 累计完成 (not 当月完成, a month's part of it). */
const DONE_HEADER = /^(?:完成|实际完成|已完成|累计完成)(?!率)/;

export function checkTableRates(ctx: RuleContext, rows: readonly TableRow[]): void {
  // The header row that names the rate: one with no figure, among the table's first rows.
  // (A row wider or narrower than the header is passed over: which of its cells stand under which name is not known.)
  const headerLike = rows.slice(0, 3).filter((r) => !r.cells.some((c) => isFigure(c.norm)));
  const header = headerLike.find((r) => r.cells.some((c) => RATE_HEADER.test(c.norm))) ?? headerLike.find((r) => r.cells.some((c) => ANY_RATE_HEADER.test(c.norm)));
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
  const body = rows.slice(rows.indexOf(header) + 1).filter((r) => r.cells.length === header.cells.length);
  const named = new Set(triples.map(([, , rate]) => rate));
  checkFittedRates(ctx, header, body, named);
  if (triples.length === 0) return;
  for (const row of body) {
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

/**
 * A figure of a column no name ties to the rate, as printed: one written whole may be rounded too (a budget table in
 * 万元 prints 3 for 3.2, and its rate from the figures before rounding).
 */
function roundedCell(f: { value: number; decimals: number }): { value: number; slack: number } {
  return { value: f.value, slack: 0.5 * 10 ** -f.decimals };
}

/** A rate cell written with its sign (112.0%). */
function withoutPercent(cell: string): string {
  return cell.replace(/[%％][\s\u3000]*$/, '');
}

/**
 * A rate column no names tie to its figures (年度预算数 | 执行数 | 完成预算%, 排查隐患 | 已整改 | 整改率（%）): the two
 * columns left of it whose quotient gives the rate in every row but one, in four rows at least, are taken for its
 * figures (no two columns of a table give a rate by chance in so many rows), and the one row they do not give is told.
 */
function checkFittedRates(ctx: RuleContext, header: TableRow, body: readonly TableRow[], named: ReadonlySet<number>): void {
  header.cells.forEach((c, k) => {
    if (named.has(k) || !ANY_RATE_HEADER.test(c.norm) || CHANGE_HEADER.test(c.norm)) return;
    // Each cell's figure read once: the pairs below go over every row.
    const read = (row: TableRow, j: number) => {
      const cell = row.cells[j]?.norm ?? '';
      const f = NONE.test(cell) ? undefined : figure(j === k ? withoutPercent(cell) : cell);
      return f && !f.unit ? f : undefined;
    };
    const table = new Map(body.map((row) => [row, row.cells.slice(0, k + 1).map((_, j) => read(row, j))]));
    const cellsOf = (row: TableRow, j: number) => table.get(row)![j];
    let best: { num: number; den: number; misfits: TableRow[] } | undefined;
    let tied = false;
    for (let num = 0; num < k; num++) {
      for (let den = 0; den < k; den++) {
        if (num === den || ANY_RATE_HEADER.test(header.cells[num].norm) || ANY_RATE_HEADER.test(header.cells[den].norm)) continue;
        let fits = 0;
        const misfits: TableRow[] = [];
        for (const row of body) {
          const [n, d, r] = [cellsOf(row, num), cellsOf(row, den), cellsOf(row, k)];
          if (!n || !d || !r || d.value <= 0) continue;
          if (rateFits(r.value, r.decimals, roundedCell(n), roundedCell(d))) fits++;
          else if (misfits.push(row) > 1) break;
        }
        if (fits < 4 || misfits.length > 1) continue;
        // Two pairs fitting as well are told apart only where they disagree on the row (办结件数 and 承办件数 equal in
        // every row give 解决采纳件数 over either).
        if (best && best.misfits.length === misfits.length) tied ||= best.misfits[0] !== misfits[0];
        else if (!best || misfits.length < best.misfits.length) [best, tied] = [{ num, den, misfits }, false];
      }
    }
    if (!best || tied) return;
    const [num, den] = [header.cells[best.num].text.trim(), header.cells[best.den].text.trim()];
    for (const row of best.misfits) {
      const [n, d, r] = [cellsOf(row, best.num)!, cellsOf(row, best.den)!, row.cells[k]];
      const exact = ((n.value / d.value) * 100).toFixed(Math.max(1, cellsOf(row, k)!.decimals));
      ctx.report({
        message: `${c.text.trim()}为${r.norm}，按本行${num}÷${den}应约为${exact} (the rate is not this row's ${num} over ${den}: about ${exact})`,
        range: r.range,
      });
    }
  });
}

