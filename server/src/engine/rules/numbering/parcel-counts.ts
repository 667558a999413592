// numbering/totals: "决定以挂牌方式出让3宗国有建设用地使用权" in a 出让公告 whose table lists the parcels one a row
// (宗地编号 | 位置 | 面积 …): the count against the rows that carry a parcel number.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { isTableRow, numeralValue } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { logicalTables } from './tables';

const PARCEL_NUMBER = /^(?:宗地|地块)(?:编号|代码)$/;
/** 出让3宗, 挂牌出让3宗, 本次共3宗: the parcels offered. A part (其中2宗) or a rough count (3宗以上) is none. */
const STATED = /(?:出让|挂牌|拍卖|招标|本次|共)[^，,。；;0-9０-９其]{0,10}?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[ \t]*宗(?!以上|以下|左右)/dg;

export function checkParcelCounts(ctx: RuleContext, doc: GazetteDocument): void {
  const tables = logicalTables(doc).flatMap((t) => {
    const header = t.rows.find((r) => r.cells.some((c) => PARCEL_NUMBER.test(c.norm)));
    if (!header) return [];
    const col = header.cells.findIndex((c) => PARCEL_NUMBER.test(c.norm));
    const rows = t.rows.filter((r) => r !== header && !r.isHeader && !t.isTotal(r) && (r.cells[col]?.norm ?? '') !== '' && !PARCEL_NUMBER.test(r.cells[col].norm));
    return [{ rows, col, range: { start: t.rows[0].range.start, end: t.rows.at(-1)!.range.end } }];
  });
  // One table of parcels: which one a count means is plain.
  if (tables.length !== 1 || tables[0].rows.length === 0) return;
  // A parcel of two uses may take a row each under its one number.
  const listed = new Set(tables[0].rows.map((r) => r.cells[tables[0].col].norm.replace(/[\s\u3000]/g, ''))).size;
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!p.text.includes('宗') || isTableRow(p.text) || p.range.start > tables[0].range.start) continue;
    for (const m of p.text.matchAll(STATED)) {
      const value = numeralValue(m[1]);
      if (!Number.isFinite(value) || value === listed) continue;
      const at = m.indices![1][0];
      // As the text says it: parcels offered (出让3宗), or taken, or just counted (征收…共4宗).
      const offered = /出让|挂牌|拍卖|招标/.test(m[0]);
      const stated = offered ? `出让${m[1]}` : m[0].startsWith('共') ? `共${m[1]}` : m[1];
      ctx.report({
        message: `称${stated}宗，表中列出${listed}宗 (the text ${offered ? 'offers' : 'counts'} ${m[1]} parcels, the table lists ${listed})`,
        range: sourceRange(p, at, m.index! + m[0].length),
        related: [{ range: tables[0].range, message: '所计宗地 (the parcels counted)' }],
      });
    }
  }
}
