// doc-number/issuer-code: one issuing organ, one 机关代字 — 嘉政发 among the
// 嘉政办发 of 嘉兴市人民政府办公室 is a slip; and an organ's office (办公室/办公厅)
// writes 办 in its code where the organ itself does not.
import type { DocNumber } from '../../model';
import type { Rule } from '../types';
import { collectRefs, organOf } from './refs';
import { addTo } from '../../arrays';
import { shownNumber } from '../../parse/docNumber';

const OFFICE = /办公室$|办公厅$/;
/**
 * The series a code ends in: 嘉政办发 and 嘉政办函 (letters) are two series of one organ's code 嘉政办; 沪府规 of 沪府;
 * so are 临政通 (通告), 临政复 (批复), 临政秘, 临政令, 临政任 and 临政干 (任免), 临政报 (报告).
 */
const SERIES = /[发函字电规通复秘令任干告报]$/;

function stemOf(code: string): string {
  return code.replace(SERIES, '');
}

const rule: Rule = {
  id: 'doc-number/issuer-code',
  category: 'doc-number',
  defaultSeverity: 'warning',
  description: '同一发文机关使用同一机关代字 (one issuing organ, one issuer code)',
  fixable: true,
  check(ctx) {
    const docs = collectRefs(ctx.issue).docs.map((d) => ({ number: d.number, organ: organOf(d.doc) }));
    const byOrgan = new Map<string, DocNumber[]>();
    for (const d of docs) if (d.organ) addTo(byOrgan, d.organ, d.number);
    // The usual code of each organ, series aside: a strict majority of at least two of its documents.
    const usual = new Map<string, string>();
    for (const [organ, numbers] of byOrgan) {
      const counts = new Map<string, number>();
      for (const n of numbers) counts.set(stemOf(n.issuer), (counts.get(stemOf(n.issuer)) ?? 0) + 1);
      const [stem, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
      if (n >= 2 && n * 2 > numbers.length) usual.set(organ, stem);
    }
    for (const d of docs) {
      if (!d.organ) continue;
      const stem = usual.get(d.organ);
      const own = d.number.issuer;
      // The organ's code and one more character is a series of its own (青政干 for 干部任免 beside 青政发).
      const anotherSeries = stem !== undefined && own.length === stem.length + 1 && own.startsWith(stem);
      if (stem && stem !== stemOf(own) && !anotherSeries) {
        const same = byOrgan.get(d.organ)!.find((n) => stemOf(n.issuer) === stem)!;
        // The organ's code in this document's own series: 嘉政函 among 嘉政办发 becomes 嘉政办函.
        const want = stem + (SERIES.exec(own)?.[0] ?? '');
        ctx.report({
          message: `${d.organ}的其他文件多用机关代字“${same.issuer}”，此处为“${own}” (the organ's other documents use the issuer code ${same.issuer})`,
          range: d.number.issuerRange,
          related: [{ range: same.range, message: `同一机关的文件：${shownNumber(same)} (a document of the same organ)` }],
          fix: { title: `改为“${want}” (use ${want})`, edits: [{ range: d.number.issuerRange, text: want }] },
        });
        continue;
      }
      if (stem) continue;
      // A lone document using the code another organ of the issue uses for itself.
      for (const [organ, organStem] of usual) {
        if (organ === d.organ || organStem !== stemOf(own)) continue;
        if (OFFICE.test(organ) === OFFICE.test(d.organ)) continue;
        ctx.report({
          message: `机关代字“${own}”是${organ}的代字，本文件由${d.organ}发布 (the issuer code belongs to another organ of this issue)`,
          range: d.number.issuerRange,
          related: [{ range: byOrgan.get(organ)![0].range, message: `${organ}的文件 (a document of that organ)` }],
        });
      }
    }
  },
};

export default rule;
