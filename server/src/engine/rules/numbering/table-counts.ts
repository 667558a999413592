// numbering/totals: "2025年度市政府重大行政决策事项共9项" or "清单共列收费项目8项" in a document whose one numbered
// table lists those things (a header 决策事项名称, 收费项目): the count against the table's numbered rows.
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow, numeralValue, writtenLike } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import { matchesNear } from '../shared/scan';
import type { RuleContext } from '../types';
import { logicalTables, seqValue } from './tables';

const NUMERAL = '[一两二三四五六七八九十]{1,3}|[0-9０-９]{1,3}';
/**
 * 决策事项共9项 (what is counted, then 共), or 共列收费项目8项 (共 and a verb, then what is counted): a 共 at most 12
 * characters from the start, where it is looked for (`matchesNear`).
 */
const COUNTED = new RegExp(`([\\u4e00-\\u9fff]{2,12})共[ \\t]*(${NUMERAL})[ \\t]*项|共(?:列|列入|计|有|包括|涉及|安排|确定)?([\\u4e00-\\u9fff]{2,12}?)[ \\t]*(${NUMERAL})[ \\t]*项`, 'dy');
/** A count given roughly, or one that is a part: 9项以上, 约9项, …其中…9项. */
const ROUGH_AFTER = /^(?:以上|以下|左右|余|多)/;

export function checkTableCounts(ctx: RuleContext, doc: GazetteDocument): void {
  const tables = logicalTables(doc).filter((t) => t.seq !== undefined);
  // One numbered table: which one a count means is plain.
  if (tables.length !== 1) return;
  const table = tables[0];
  const header = table.rows.find((r) => r.isHeader);
  if (!header) return;
  // What the table lists, as its header names it (决策事项名称 → 决策事项).
  const nouns = header.cells.filter((_, k) => k !== table.seq).map((c) => c.norm.replace(/名称$/, '')).filter((n) => n.length >= 2);
  let rows = 0;
  for (const row of table.rows) if (!row.isHeader && !table.isTotal(row) && seqValue(row, table.seq!)) rows++;
  if (rows === 0 || nouns.length === 0) return;
  const stated: { noun: string; value: number; written: string; p: Paragraph; start: number; end: number }[] = [];
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!p.text.includes('共') || isTableRow(p.text)) continue;
    for (const m of matchesNear(p.text, '共', 12, COUNTED)) {
      const what = m[1] ?? m[3];
      const group = m[1] !== undefined ? 2 : 4;
      const [start, end] = m.indices![group];
      const noun = nouns.find((n) => what.endsWith(n));
      if (!noun || ROUGH_AFTER.test(p.text.slice(end + 1)) || p.text.slice(Math.max(0, start - 40, p.text.lastIndexOf('。', start) + 1), start).includes('其中')) continue;
      stated.push({ noun, value: numeralValue(m[group]), written: m[group], p, start, end });
    }
  }
  for (const s of slipsAmong(stated, rows)) {
    const range = sourceRange(s.p, s.start, s.end);
    ctx.report({
      message: `正文称${s.noun}共${s.written}项，表中实际列出${rows}项 (the text counts ${s.value}, the table lists ${rows})`,
      range,
      related: [{ range: { start: table.rows[0].range.start, end: table.rows[table.rows.length - 1].range.end }, message: '所计条目 (the items counted)' }],
      suggestions: [{ title: `改为${rows} (use ${rows})`, edits: [{ range, text: writtenLike(s.written, rows) }] }],
    });
  }
}

/**
 * The counts of a list that may be slips in it: none where one count agrees (the others count something else: last
 * year's, a part), and none far from the list's size (less than half, more than twice: a count of other things).
 */
export function slipsAmong<T extends { value: number }>(stated: readonly T[], listed: number): T[] {
  if (stated.some((s) => s.value === listed)) return [];
  return stated.filter((s) => s.value * 2 >= listed && s.value <= listed * 2);
}
