// structure/table-header: a table header repeated after a page break that no
// longer reads like the header it repeats ("低等级公路提升改造" on the first
// page, "低等级公路升级改造" on the next).
import type { TableRow } from '../../model';
import type { Rule } from '../types';

/** A row repeats the header when most of its cells (and at least this many) are the header's. */
const MIN_SAME = 3;
const SHARE = 0.6;

const rule: Rule = {
  id: 'structure/table-header',
  category: 'structure',
  defaultSeverity: 'warning',
  description: '跨页重复的表头须与首页表头一致 (a table header repeated after a page break must match the first one)',
  fixable: false,
  checkDocument(ctx, d) {
    for (const table of d.tables) {
      const first = table.header ?? table.rows[0];
      if (!first || !looksLikeHeader(first)) continue;
      const want = first.cells.map((c) => c.norm);
      for (const row of table.rows) {
        if (row === first || row.cells.length !== want.length) continue;
        const got = row.cells.map((c) => c.norm);
        const same = got.filter((g, i) => g === want[i]).length;
        if (same === want.length || same < MIN_SAME || same < SHARE * want.length) continue;
        got.forEach((g, i) => {
          if (g === want[i]) return;
          ctx.report({
            message: `重复的表头“${row.cells[i].text.trim()}”与首页表头“${first.cells[i].text.trim()}”不一致 (repeated header differs from the first one)`,
            range: row.cells[i].range,
            related: [{ range: first.cells[i].range, message: '首页表头 (first header)' }],
            suggestions: [{ title: `改为“${first.cells[i].text.trim()}” (use the first header's text)`, edits: [{ range: row.cells[i].range, text: first.cells[i].text }] }],
          });
        });
      }
    }
  },
};

export default rule;

/** Words, not figures: a header row. */
function looksLikeHeader(row: TableRow): boolean {
  const filled = row.cells.filter((c) => c.text.trim());
  return filled.length >= MIN_SAME && filled.every((c) => !/^[\d.,%\s—-]+$/.test(c.text));
}
