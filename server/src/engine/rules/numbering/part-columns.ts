// numbering/sums, across: columns headed 其中 (区片综合地价（万元/亩） | 其中：土地补偿费 | 其中：安置补助费) are parts of the
// nearest column left of them that is none. Parts may leave some of the whole out: a row whose parts add up to more
// than its whole is a slip; one whose parts add up to less, only where they make the whole in every other row (two
// at least). Quiet on rates and shares, where the whole and its parts name different units, on a row whose parts are
// blank, and on parts over the whole where they count firms or people, who may be in two of them (规上企业, 高新技术企业).
import type { TableRow } from '../../model';
import type { RuleContext } from '../types';
import { decimalsOf } from './decimals';
import { figure, isFigure, tolerance, trimmed, written } from './figures';
import { areGrades } from './grades';

const PART_HEADER = /^其中[:：]?(?=\S)/;
const RATE = /率|[%％]|比重|占比/;
/** The unit a header names in brackets: 区片综合地价（万元/亩）. */
const HEADER_UNIT = /[(（]([^()（）]+)[)）]$/;
/**
 * Units of things that may be counted in two parts at once (a firm both 规上 and 高新技术, a person both 党员 and 女性):
 * their parts may add up to more than the whole, unless they are grades of one scale.
 */
const MAY_OVERLAP = /^(?:万)?(?:家|个|人|名|户|所|人次)$/;

export function checkPartColumns(ctx: RuleContext, rows: readonly TableRow[]): void {
  const header = rows.slice(0, 3).find((r) => !r.cells.some((c) => isFigure(c.norm)) && r.cells.some((c) => PART_HEADER.test(plain(c.norm))));
  if (!header) return;
  const names = header.cells.map((c) => plain(c.norm));
  // Each run of 其中 columns with the column of their whole.
  const groups: { whole: number; parts: number[]; overlap: boolean }[] = [];
  for (let k = 1; k < names.length; k++) {
    if (!PART_HEADER.test(names[k]) || PART_HEADER.test(names[k - 1])) continue;
    const parts = [k];
    while (parts.at(-1)! + 1 < names.length && PART_HEADER.test(names[parts.at(-1)! + 1])) parts.push(parts.at(-1)! + 1);
    const whole = k - 1;
    const unit = HEADER_UNIT.exec(names[whole])?.[1];
    if ([whole, ...parts].some((j) => RATE.test(names[j])) || parts.some((j) => { const u = HEADER_UNIT.exec(names[j])?.[1]; return u !== undefined && u !== unit; })) continue;
    const overlap = [unit, ...parts.map((j) => HEADER_UNIT.exec(names[j])?.[1])].some((u) => u !== undefined && MAY_OVERLAP.test(u)) && !areGrades(parts.map((j) => partName(names[j])));
    groups.push({ whole, parts, overlap });
  }
  const body = rows.slice(rows.indexOf(header) + 1).filter((r) => !r.isHeader && !r.unaligned && r.cells.length === header.cells.length);
  for (const g of groups) {
    const checks = body.flatMap((r) => {
      // A part left blank (not given, or a cell merged with the one above): the row is not read. (A cell that is a
      // figure always has one.)
      if (![g.whole, ...g.parts].every((j) => isFigure(r.cells[j].norm))) return [];
      const whole = figure(r.cells[g.whole].norm)!;
      const parts = g.parts.map((j) => figure(r.cells[j].norm)!);
      const decimals = Math.max(whole.decimals, ...parts.map((p) => p.decimals));
      const sum = parts.reduce((s, p) => s + p.value, 0);
      const tol = tolerance(Math.min(...parts.map((p) => p.decimals)), parts.length);
      return [{ row: r, whole, sum, decimals, diff: sum - whole.value, tol }];
    });
    // The rows whose parts make their whole: a row falling short is a slip where every other row adds up.
    const fitting = checks.filter((o) => Math.abs(o.diff) <= o.tol).length;
    for (const c of checks) {
      const over = c.diff > c.tol && !g.overlap;
      const short = -c.diff > c.tol && checks.length >= 3 && fitting === checks.length - 1;
      if (!over && !short) continue;
      const cell = c.row.cells[g.whole];
      const range = trimmed(ctx.text, cell.range);
      const sum = written(c.sum, Math.max(c.decimals, decimalsOf(ctx.text.slice(range.start, range.end))), false);
      const value = ctx.text.slice(range.start, range.end);
      ctx.report({
        message: `“${header.cells[g.whole].text.trim()}”为${value}，其中${g.parts.length}列之和为${sum} (the ${g.parts.length} columns headed 其中 add up to ${sum}, ${over ? 'more than' : 'not'} ${value})`,
        range,
        related: [{ range: { start: c.row.cells[g.parts[0]].range.start, end: c.row.cells[g.parts.at(-1)!].range.end }, message: '其中各列 (the parts)' }],
      });
    }
  }
}

/** A 其中 column's name without its mark and unit (其中：规上企业（家） → 规上企业). */
function partName(s: string): string {
  return s.replace(PART_HEADER, '').replace(/^[:：]/, '').replace(HEADER_UNIT, '');
}

function plain(s: string): string {
  return s.replace(/[\s\u3000]/g, '');
}
