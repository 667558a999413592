// 市政府决定对18家企业兑现…奖励资金 over an attachment that lists the firms (序号 / 企业名称 / …, a 合计 row), 共10个“一件事”
// over a list whose header names them (“一件事”名称): the number the text states against the rows that name them.
import type { GazetteDocument } from '../../model';
import { halfWidthDigits, isTableRow } from '../../parse/text';
import { sourceRange } from '../../parse/paragraphs';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { logicalTables, seqValue } from './tables';
import { slipsAmong } from './table-counts';

/** A header cell naming the bodies a row each: 企业名称, 单位名称 (企业, 单位 is what the text counts them as). */
const ENTITY_COLUMN = /^(企业|单位|机构|学校|医院)名称$/;
/** A count of those bodies: 18家企业; not an ordinal (第3家), a rate (每5家), part of a larger figure or given roughly. */
const STATED = /(?<![0-9０-９.．第每前近约超逾])([0-9０-９]{1,4})[ \t]*(家|个|所)[ \t]*(企业|单位|机构|学校|医院)/g;
const ROUGH_AFTER = /^[ \t]*(?:以上|以下|左右)/;

/**
 * A header cell naming in quotes what each row is (“一件事”名称): the text counts them by that name, 共10个“一件事”. The
 * quoted name says the table holds them all, a 合计 row or not.
 */
const QUOTED_COLUMN = /^(“[^“”]{1,12}”)名称$/;
/** 共10个“一件事”: with 共, a count of the whole list; without, it may count some (已上线运行的7个“一件事”). */
const QUOTED_STATED = /共[ \t]*([0-9０-９]{1,4})[ \t]*(个|项|件)[ \t]*(“[^“”]{1,12}”)/g;
/** Any count by a quoted name, with 共 or not (首批2个“一件事”, 新增3个“一件事”). */
const QUOTED_COUNT = /([0-9０-９]{1,4})[ \t]*(?:个|项|件)[ \t]*(“[^“”]{1,12}”)/g;
/**
 * Words of a total over more than one list (两批共5个, 累计推出, 在首批…基础上, 计划推出): a 共 in such a sentence counts
 * the table's rows with others.
 */
const OVER_MORE = /累计|(?<!第)[两二三四五多各历]批|基础上|加上|连同|计划|截至|先后/;

export function checkListedEntities(ctx: RuleContext, doc: GazetteDocument): void {
  const lists = logicalTables(doc).flatMap((t) => {
    if (t.seq === undefined) return [];
    const header = t.rows.find((r) => r.isHeader);
    const quoted = header?.cells.findIndex((c) => QUOTED_COLUMN.test(c.norm)) ?? -1;
    const column = quoted >= 0 || !t.rows.some((r) => t.isTotal(r)) ? quoted : (header?.cells.findIndex((c) => ENTITY_COLUMN.test(c.norm)) ?? -1);
    if (!header || column < 0) return [];
    const noun = (quoted >= 0 ? QUOTED_COLUMN : ENTITY_COLUMN).exec(header.cells[column].norm)![1];
    // The bodies named, each once: a firm may have a row for each of its projects (项目名称).
    const names = new Set<string>();
    for (const row of t.rows) if (!row.isHeader && !t.isTotal(row) && seqValue(row, t.seq) && row.cells[column]?.norm) names.add(row.cells[column].norm);
    const rows = names.size;
    return rows > 0 ? [{ noun, rows, range: { start: t.rows[0].range.start, end: t.rows[t.rows.length - 1].range.end } }] : [];
  });
  // One such list: which one a count means is plain.
  if (lists.length !== 1) return;
  const list = lists[0];
  const stated: { value: number; written: string; measure: string; range: { start: number; end: number } }[] = [];
  const quoted = list.noun.startsWith('“');
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (isTableRow(p.text) || !p.text.includes(list.noun)) continue;
    // The list counted anywhere (新增3个“一件事”): a 共 elsewhere counts it with others.
    if (quoted && [...p.text.matchAll(QUOTED_COUNT)].some((m) => m[2] === list.noun && Number(halfWidthDigits(m[1])) === list.rows)) return;
    for (const m of p.text.matchAll(quoted ? QUOTED_STATED : STATED)) {
      if (m[3] !== list.noun || ROUGH_AFTER.test(p.text.slice(m.index! + m[0].length)) || afterPart(p.text, m.index!)) continue;
      if (quoted && overMore(p.text, m.index!, m.index! + m[0].length, list.noun)) continue;
      const value = Number(halfWidthDigits(m[1]));
      const at = m.index! + m[0].indexOf(m[1]);
      stated.push({ value, written: m[1], measure: m[2], range: sourceRange(p, at, at + m[1].length) });
    }
  }
  for (const s of slipsAmong(stated, list.rows)) {
    ctx.report({
      message: `正文称${s.written}${s.measure}${list.noun}，附件表列出${list.rows}${s.measure} (the text counts ${s.value}, the table lists ${list.rows})`,
      range: s.range,
      related: [{ range: list.range, message: '所计条目 (the items counted)' }],
    });
  }
}

/** Whether a 其中 stands before the position in its sentence: a count there is a part. */
function afterPart(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && text[start - 1] !== '。' && at - start < 200) start--;
  return text.slice(start, at).includes('其中');
}

/**
 * Whether the sentence holding a count (from `at` to `end`) counts more than one list: a word of a total over several,
 * or another count by the same name (在首批2个“一件事”基础上…共5个“一件事”).
 */
function overMore(text: string, at: number, end: number, noun: string): boolean {
  const from = Math.max(text.lastIndexOf('。', at) + 1, at - 200);
  const stop = text.indexOf('。', end);
  const sentence = text.slice(from, stop < 0 ? Math.min(text.length, end + 200) : stop);
  const counts = [...sentence.matchAll(QUOTED_COUNT)].filter((m) => m[2] === noun);
  return OVER_MORE.test(sentence) || counts.length > 1;
}
