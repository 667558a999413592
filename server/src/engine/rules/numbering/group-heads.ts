// numbering/sums: a table's group row (一、税收收入 with figures) against the rows under it, indented or labelled a
// level lower (　增值税, （一）…), up to the next row of its level or a total: the group's figures are their sums
// (a budget table's 类 over its 款). Parts may be some of the whole only (其中 rows are left to detail-rows), so a
// column is reported only where another column of the same rows adds up: the proof the rows make the group.
import type { TableRow } from '../../model';
import { parseHeadingLabel, RANK } from '../../parse/headings';
import type { RuleContext } from '../types';
import { figure, type Figure, isFigure, labelColumn, NONE, skippedColumns, tolerance, trimmed, written } from './figures';

const TOTAL_WORD = /合计|总计|共计|小计/;
const DETAIL = /^(?:其中|含|包括|注)/;
const CHANGE = /增减|增长|增幅|增速|比上年|同比|变动|升降/;

export function checkGroupHeads(ctx: RuleContext, rows: readonly TableRow[]): void {
  if (rows.some((r) => r.unaligned)) return;
  // What each row's label says, read once: its rank, its indent, its words; and whether the row has figures.
  const facts = rows.map((row) => {
    const column = labelColumn(row);
    const h = parseHeadingLabel((row.cells[column]?.text ?? '').trim());
    return {
      rank: h ? RANK[h.kind] : undefined,
      indented: /^[\s\u3000]/.test(row.cells[column]?.text ?? ''),
      label: (row.cells[column]?.norm ?? '').replace(/[\s\u3000]/g, ''),
      hasFigures: !row.isHeader && row.cells.some((c) => isFigure(c.norm)),
    };
  });
  let skip: Set<number> | undefined;
  const header = rows.find((r) => r.isHeader) ?? rows.find((r) => !r.cells.some((c) => isFigure(c.norm)));
  rows.forEach((head, i) => {
    const own = facts[i].rank;
    if (own === undefined || facts[i].indented || !facts[i].hasFigures) return;
    const parts: TableRow[] = [];
    const partFacts: (typeof facts)[number][] = [];
    for (let k = i + 1; k < rows.length; k++) {
      const { rank: r, indented, label, hasFigures } = facts[k];
      if (TOTAL_WORD.test(label) || (r !== undefined && r <= own) || (r === undefined && !indented) || !hasFigures) break;
      parts.push(rows[k]);
      partFacts.push(facts[k]);
    }
    // Under a group: 其中 rows detail it (some of it only), sub-items under items would be counted twice.
    if (parts.length < 2 || partFacts.some((f) => DETAIL.test(f.label))) return;
    const ranks = new Set(partFacts.map((f) => f.rank));
    if (ranks.size > 1) return;
    skip ??= skippedColumns(rows);
    const columns: { k: number; total: Figure; sum: number; decimals: number }[] = [];
    head.cells.forEach((cell, k) => {
      if (skip!.has(k) || NONE.test(cell.norm) || k <= labelColumn(head)) return;
      const total = figure(cell.norm);
      if (!total) return;
      const values = parts.map((p) => (p.cells.length === head.cells.length ? figure(p.cells[k]?.norm ?? '') : undefined));
      if (values.some((v) => v === undefined || v.unit !== total.unit)) return;
      if (values.every((v) => v!.value === 0)) return;
      const decimals = Math.max(total.decimals, ...values.map((v) => v!.decimals));
      columns.push({ k, total, sum: values.reduce((a, v) => a + v!.value, 0), decimals });
    });
    const adds = (c: (typeof columns)[number]) => Math.abs(c.sum - c.total.value) <= tolerance(c.decimals, parts.length);
    const wrong = columns.filter((c) => !adds(c));
    // The proof is a column of amounts that adds up: changes (增减) of some of the group may add up by chance.
    if (wrong.length === 0 || !columns.some((c) => adds(c) && !CHANGE.test(header?.cells[c.k]?.norm ?? ''))) return;
    const name = head.cells[labelColumn(head)].norm.trim();
    for (const c of wrong) {
      const cell = head.cells[c.k];
      const range = trimmed(ctx.text, cell.range);
      const sum = written(c.sum, c.decimals, cell.norm.includes(',')) + (c.total.unit ?? '');
      ctx.report({
        message: `“${name}”一行为${ctx.text.slice(range.start, range.end)}，其下${parts.length}行之和为${sum} (the group's row is not the sum of the ${parts.length} rows under it: ${sum})`,
        range,
        suggestions: [{ title: `改为${sum} (use ${sum})`, edits: [{ range, text: sum }] }],
      });
    }
  });
}
