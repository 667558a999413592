// A column of codes that follows the 序号 (编号 5-1 … 5-18 beside 序号 1 … 18, or a constant step from it): a code out
// of step in one row alone is a slip (5-11 on row 12, a copy of the row above). Read only where every other row is in
// step, four rows at least, all codes with one prefix, and where the code breaks the column's rise (a code skipped at its
// end, 2025-008 after 2025-006, is one withdrawn).
import type { GazetteDocument, TableRow } from '../../model';
import { halfWidthDigits } from '../../parse/text';
import type { RuleContext } from '../types';
import { logicalTables, seqValue } from './tables';

const CODE = /^([ \t\u3000]*)([^\s\-－—–]{1,6}[-－—–])([0-9０-９]{1,4})[ \t\u3000]*$/;
const MIN_ROWS = 4;

export function checkCodeColumns(ctx: RuleContext, doc: GazetteDocument): void {
  for (const t of logicalTables(doc)) {
    if (t.seq === undefined) continue;
    const rows: { row: TableRow; seq: number }[] = [];
    for (const row of t.rows) {
      if (row.isHeader || t.isTotal(row)) continue;
      const seq = seqValue(row, t.seq);
      if (seq) rows.push({ row, seq: seq.value });
    }
    if (rows.length < MIN_ROWS) continue;
    const width = Math.max(...rows.map((r) => r.row.cells.length));
    for (let c = 0; c < width; c++) {
      if (c === t.seq) continue;
      // Every row's cell a code with the first one's prefix (read no further than the first that is not).
      const codes: RegExpExecArray[] = [];
      for (const r of rows) {
        const m = r.row.cells[c] ? CODE.exec(r.row.cells[c].text) : null;
        if (!m || (codes.length > 0 && m[2] !== codes[0][2])) break;
        codes.push(m);
      }
      if (codes.length < rows.length) continue;
      // The step from the 序号 most rows keep.
      const steps = codes.map((m, k) => Number(halfWidthDigits(m[3])) - rows[k].seq);
      const step = steps.find((s) => steps.filter((x) => x === s).length === rows.length - 1);
      if (step === undefined) continue;
      const k = steps.findIndex((s) => s !== step);
      // The 序号 may be the slip (11, 11, 13 beside 5-11, 5-12, 5-13): blame the code only where its 序号 runs on.
      if ((k > 0 && rows[k - 1].seq !== rows[k].seq - 1) || (k + 1 < rows.length && rows[k + 1].seq !== rows[k].seq + 1)) continue;
      // A code skipped where the column keeps rising (2025-006, then 2025-008 on the last row: 007 withdrawn) is a gap, not a slip.
      const value = (j: number) => steps[j] + rows[j].seq;
      if ((k === 0 || value(k) > value(k - 1)) && (k + 1 === rows.length || value(k) < value(k + 1))) continue;
      const m = codes[k];
      const cell = rows[k].row.cells[c];
      const start = cell.range.start + m[1].length + m[2].length;
      // Codes all of one width (2025-001 … 2025-008) keep their leading zeros.
      const widths = new Set(codes.map((code) => code[3].length));
      const want = String(rows[k].seq + step).padStart(widths.size === 1 ? m[3].length : 0, '0');
      const here = m[2] + m[3];
      ctx.report({
        message: `编号“${here}”与序号${rows[k].seq}不对应，应为“${m[2]}${want}”（其余各行编号均与序号对应） (code ${here} is out of step with its row's number; expected ${m[2]}${want})`,
        range: { start, end: start + m[3].length },
        fix: { title: `改为“${m[2]}${want}” (renumber as ${m[2]}${want})`, edits: [{ range: { start, end: start + m[3].length }, text: want }] },
      });
    }
  }
}
