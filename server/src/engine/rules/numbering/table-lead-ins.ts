// numbering/totals: "以下8个品目属于集中采购机构采购项目，各单位应当委托…：", "重点建议共5件，均已办结：" or "下设5个专项工作组："
// closing the paragraph right over a table: its count against the table's numbered rows, where the table's header names
// what it counts, or against the rows of a table with no 序号 whose first column names it (工作组).
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
const LEAD_IN = /(以下|下列|下设)[ \t]*([一两二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[ \t]*(个|项|件|家|所|条|种|名)([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{0,6})[^。；;：:]{0,60}[：:]$/;
/** 重点建议共5件，均已办结：: what it counts before 共 and its count, the sentence going on to its colon. */
const TOTAL_LEAD_IN = /([\u4e00-\u9fff]{2})共[ \t]*([一两二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[ \t]*(个|项|件|家|所|条|种|名)(?![余多])[^。；;：:]{0,60}[：:]$/;

/** A lead-in's count: what it counts, the numeral and its measure word, and where the numeral stands in the sentence. */
interface LeadIn {
  said: string;
  noun: string;
  /** The words the count counts, up to where they end (专项工作组 of 下设5个专项工作组：). */
  counted: string;
  numeral: string;
  measure: string;
  at: number;
}

/**
 * What the sentence says after its count (…共386件，重点督办情况如下：): a lead word of its own announces something
 * else than what was counted; 具体如下 or 如下 alone announces the count.
 */
function announcesOther(rest: string): boolean {
  return /以下|下列/.test(rest) || (rest.includes('如下') && !/^[，,]?(?:具体|分别|名单|清单)?如下$/.test(rest));
}

function leadIn(sentence: string): LeadIn | undefined {
  const m = LEAD_IN.exec(sentence);
  // 下设 is followed by what it sets up, named whole (下设5个专项工作组); 以下 by what the sentence goes on to say of it.
  if (m) return { said: m[1] + m[2] + m[3] + (m[1] === '下设' ? m[4] + m[5] : m[4]), noun: m[4], counted: m[4] + m[5], numeral: m[2], measure: m[3], at: m.index + m[0].indexOf(m[2], m[1].length) };
  const t = TOTAL_LEAD_IN.exec(sentence);
  if (t && !announcesOther(t[0].slice(t[0].indexOf(t[3], 3) + 1, -1))) return { said: t[1] + '共' + t[2] + t[3], noun: t[1], counted: t[1], numeral: t[2], measure: t[3], at: t.index + t[0].indexOf(t[2], 3) };
  return undefined;
}

export function checkTableLeadIns(ctx: RuleContext, doc: GazetteDocument): void {
  const tables = logicalTables(doc);
  if (tables.length === 0) return;
  // The table after each lead-in, found by moving on (paragraphs and tables come in order).
  let next = 0;
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!/[：:]$/.test(p.text) || !(p.text.includes('以下') || p.text.includes('下列') || p.text.includes('下设') || p.text.includes('共'))) continue;
    // The sentence that closes the paragraph: a count in an earlier one announces nothing here.
    const from = Math.max(p.text.lastIndexOf('。'), p.text.lastIndexOf('；'), p.text.lastIndexOf(';')) + 1;
    const m = leadIn(p.text.slice(from));
    if (!m) continue;
    // The table right under it: nothing but blank lines or a page's footer between.
    while (next < tables.length && tables[next].rows[0].range.start < p.range.end) next++;
    if (next === tables.length) break;
    const table = tables[next];
    if (!onlyBreaksBetween(ctx.text, p.range.end, table.rows[0].range.start)) continue;
    // What the count counts, named in the header (品目, 企业名称): a count of something else is not of the rows.
    // A table the parser found no header in: its first row, where it names columns (no figure in it).
    const header = table.rows.find((r) => r.isHeader) ?? (table.seq === undefined && table.rows.length > 1 && table.rows[0].cells.every((c) => !/[0-9０-９]/.test(c.norm)) ? table.rows[0] : undefined);
    if (!header) continue;
    let rows = 0;
    if (table.seq !== undefined) {
      if (!header.cells.some((c, k) => k !== table.seq && c.norm.includes(m.noun))) continue;
      for (const row of table.rows) if (!row.isHeader && !table.isTotal(row) && seqValue(row, table.seq)) rows++;
    } else {
      // A table with no 序号 column: its first column names what is counted (工作组 under 下设5个专项工作组：), one row
      // each; a row with that cell empty goes on from the row above, one naming again the item above (a merged cell
      // printed on each of its rows) is another row of it, and one of fewer cells a wrapped cell's words (…必要时调集 /
      // 3 支专业扑火队伍增援): then the rows are not the items.
      const first = header.cells[0]?.norm.replace(/名称$/, '') ?? '';
      const body = table.rows.filter((r) => r !== header && !r.isHeader && !table.isTotal(r));
      const names = body.map((r) => r.cells[0]?.norm ?? '');
      const items = names.every((n) => n) && new Set(names).size === names.length && body.every((r) => r.cells.length >= header.cells.length);
      if (first.length < 2 || !m.counted.endsWith(first) || !items) continue;
      rows = body.length;
    }
    const value = numeralValue(m.numeral);
    if (rows === 0 || value === rows) continue;
    const at = from + m.at;
    const measureEnd = p.text.indexOf(m.measure, at + m.numeral.length) + m.measure.length;
    ctx.report({
      message: `称${m.said}，下表实际列出${rows}${m.measure} (announces ${value} items, the table under it lists ${rows})`,
      range: sourceRange(p, at, measureEnd),
      related: [{ range: { start: table.rows[0].range.start, end: table.rows.at(-1)!.range.end }, message: '所计条目 (the items counted)' }],
      suggestions: [{ title: `改为${rows} (use ${rows})`, edits: [{ range: sourceRange(p, at, at + m.numeral.length), text: writtenLike(m.numeral, rows) }] }],
    });
  }
}
