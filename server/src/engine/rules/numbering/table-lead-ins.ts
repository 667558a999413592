// numbering/totals: "以下8个品目属于集中采购机构采购项目，各单位应当委托…：" closing the paragraph right over a numbered
// table: its count against the table's numbered rows, where the table's header names what it counts.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { numeralValue , writtenLike } from '../../parse/text';
import { onlyBreaksBetween, paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { logicalTables, seqValue } from './tables';

/**
 * 以下8个品目…：, 下列12家企业…：: a count in a measure of single things (not 类, 批 or 方面, which count groups of
 * rows), what it counts, and whatever the sentence goes on to say (commas too) up to the colon that closes it.
 */
const LEAD_IN = /(以下|下列)[ \t]*([一两二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[ \t]*(个|项|件|家|所|条|种|名)([\u4e00-\u9fff]{2})[^。；;：:]{0,60}[：:]$/;

export function checkTableLeadIns(ctx: RuleContext, doc: GazetteDocument): void {
  const tables = logicalTables(doc).filter((t) => t.seq !== undefined);
  if (tables.length === 0) return;
  // The table after each lead-in, found by moving on (paragraphs and tables come in order).
  let next = 0;
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!/[：:]$/.test(p.text) || !(p.text.includes('以下') || p.text.includes('下列'))) continue;
    // The sentence that closes the paragraph: a count in an earlier one announces nothing here.
    const from = Math.max(p.text.lastIndexOf('。'), p.text.lastIndexOf('；'), p.text.lastIndexOf(';')) + 1;
    const m = LEAD_IN.exec(p.text.slice(from));
    if (!m) continue;
    // The table right under it: nothing but blank lines or a page's footer between.
    while (next < tables.length && tables[next].rows[0].range.start < p.range.end) next++;
    if (next === tables.length) break;
    const table = tables[next];
    if (!onlyBreaksBetween(ctx.text, p.range.end, table.rows[0].range.start)) continue;
    // What the count counts, named in the header (品目, 企业名称): a count of something else is not of the rows.
    const header = table.rows.find((r) => r.isHeader);
    if (!header?.cells.some((c, k) => k !== table.seq && c.norm.includes(m[4]))) continue;
    let rows = 0;
    for (const row of table.rows) if (!row.isHeader && !table.isTotal(row) && seqValue(row, table.seq!)) rows++;
    const value = numeralValue(m[2]);
    if (rows === 0 || value === rows) continue;
    const at = from + m.index + m[0].indexOf(m[2], m[1].length);
    const measureEnd = from + m.index + m[0].indexOf(m[3], at - from - m.index + m[2].length) + m[3].length;
    ctx.report({
      message: `称${m[1]}${m[2]}${m[3]}${m[4]}，下表实际列出${rows}${m[3]} (announces ${value} items, the table under it lists ${rows})`,
      range: sourceRange(p, at, measureEnd),
      related: [{ range: { start: table.rows[0].range.start, end: table.rows.at(-1)!.range.end }, message: '所计条目 (the items counted)' }],
      suggestions: [{ title: `改为${rows} (use ${rows})`, edits: [{ range: sourceRange(p, at, at + m[2].length), text: writtenLike(m[2], rows) }] }],
    });
  }
}
