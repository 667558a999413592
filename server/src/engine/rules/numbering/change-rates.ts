// numbering/sums: a column of changes in percent (调整幅度, 增长（%）, 涨幅, 增减%) against two columns left of it, a figure
// before and after (原标准 | 调整后标准 | 调整幅度): the pair whose change (after ÷ before − 1) gives the column's figure in
// every row but one, in three rows at least, is taken for its figures, and the one row it does not give is told (two in
// a table of six rows that fit or more). A column of changes in amounts (增减额, 增减) likewise against after − before.
// Quiet where no pair fits so (the table gives this year's figure and its growth, not last year's).
import type { TableRow } from '../../model';
import type { RuleContext } from '../types';
import { rateFits } from './completion-rates';
import { type Figure, figure, isFigure, NONE } from './figures';

const CHANGE_HEADER = /增长|增幅|增速|涨幅|降幅|幅度|变动|比上年|同比|增减|升降/;
/** Columns no change is taken over: rates, and numbers that are no amounts (序号, 年度). */
const NOT_AMOUNT = /率|[%％]|幅度|增长|增速|增减|升降|比|序号|编号|代码|年度|年份/;
const PERCENT = /[%％][\s\u3000]*$/;
/** A column of changes in amounts: 增减额, 增减（万元）, 比上年增减, 增加额. */
const AMOUNT_CHANGE_HEADER = /增减|升降|增加额|减少额|变动额/;
/** A change written with its sign (+2.6, +800): the figure. */
const PLUS = /^[+＋]/;

export function checkChangeRates(ctx: RuleContext, rows: readonly TableRow[]): void {
  const header = rows.slice(0, 3).find((r) => !r.cells.some((c) => isFigure(c.norm)) && r.cells.some((c) => CHANGE_HEADER.test(c.norm)));
  if (!header) return;
  const body = rows.slice(rows.indexOf(header) + 1).filter((r) => !r.isHeader && !r.unaligned && r.cells.length === header.cells.length);
  header.cells.forEach((c, k) => {
    if (!CHANGE_HEADER.test(c.norm)) return;
    // In percent: the header says so, or every figure of the column carries its sign.
    const inPercent = /[%％]/.test(c.norm) || body.every((r) => NONE.test(r.cells[k].norm) || PERCENT.test(r.cells[k].norm));
    // Not in percent: a change in amounts (增减额), only where the header names no growth rate (增长 may be either).
    if (!inPercent && !AMOUNT_CHANGE_HEADER.test(c.norm)) return;
    const fitsRow = (b: Figure, a: Figure, r: Figure) =>
      inPercent ? rateFits(r.value + 100, r.decimals, rounded(a), rounded(b)) : Math.abs(a.value - b.value - r.value) <= 1e-9 + 10 ** -Math.max(a.decimals, b.decimals, r.decimals) / 2;
    const read = (row: TableRow, j: number) => {
      const cell = row.cells[j].norm;
      const f = NONE.test(cell) ? undefined : figure((j === k ? cell.replace(PERCENT, '') : cell).replace(PLUS, ''));
      return f && !f.unit ? f : undefined;
    };
    // Each column's figures read once, for every pair of columns tried (read is pure).
    const columns = Array.from({ length: k + 1 }, (_, j) => body.map((row) => read(row, j)));
    const amounts = Array.from({ length: k }, (_, j) => !NOT_AMOUNT.test(header.cells[j].norm));
    let best: { before: number; after: number; misfits: TableRow[] } | undefined;
    let tied = false;
    for (let before = 0; before < k; before++) {
      for (let after = 0; after < k; after++) {
        if (before === after || !amounts[before] || !amounts[after]) continue;
        let fits = 0;
        const misfits: TableRow[] = [];
        for (const [i, row] of body.entries()) {
          const [b, a, r] = [columns[before][i], columns[after][i], columns[k][i]];
          if (!b || !a || !r || (inPercent && b.value <= 0)) continue;
          if (fitsRow(b, a, r)) fits++;
          else if (misfits.push(row) > 2) break;
        }
        // A slip or two among many rows that fit; among few, only one.
        if (fits < 3 || misfits.length === 0 || misfits.length > (fits >= 6 ? 2 : 1)) continue;
        if (best) tied ||= best.misfits[0] !== misfits[0];
        else best = { before, after, misfits };
      }
    }
    if (!best || tied) return;
    const [afterName, beforeName] = [header.cells[best.after].text.trim(), header.cells[best.before].text.trim()];
    for (const row of best.misfits) {
      const [b, a, r] = [read(row, best.before)!, read(row, best.after)!, row.cells[k]];
      if (!inPercent) {
        const diff = (a.value - b.value).toFixed(Math.max(a.decimals, b.decimals));
        ctx.report({
          message: `${c.text.trim()}为${r.norm}，按本行${afterName}−${beforeName}应为${diff} (the change is not this row's ${afterName} less ${beforeName}: ${diff})`,
          range: r.range,
        });
        continue;
      }
      const exact = ((a.value / b.value - 1) * 100).toFixed(Math.max(1, read(row, k)!.decimals));
      ctx.report({
        message: `${c.text.trim()}为${r.norm}，按本行${afterName}÷${beforeName}−1应约为${exact}% (the change is not this row's ${afterName} over ${beforeName}: about ${exact}%)`,
        range: r.range,
      });
    }
  });
}

function rounded(f: { value: number; decimals: number }): { value: number; slack: number } {
  return { value: f.value, slack: 0.5 * 10 ** -f.decimals };
}
