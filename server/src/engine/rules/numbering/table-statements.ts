// numbering/totals: "本目录共包括工程建设项目招标投标、…、其他公共资源交易5大类12项。" in the paragraph right over a
// numbered table: its items against the table's numbered rows, its classes against the classes the table names.
import type { GazetteDocument, TableRow } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { numeralValue, writtenLike } from '../../parse/text';
import { onlyBreaksBetween, paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { logicalTables, seqValue, type LogicalTable } from './tables';

const NUMERAL = '[一两二三四五六七八九十]{1,3}|[0-9０-９]{1,3}';
/** 共…5大类12项 within one sentence: how many classes, how many items. */
const CLASSES_AND_ITEMS = new RegExp(`共[^。；;]{0,80}?(${NUMERAL})[ \\t]*(大类|类)[ \\t]*(${NUMERAL})[ \\t]*(项|个|条|种)`, 'd');

export function checkTableStatements(ctx: RuleContext, doc: GazetteDocument): void {
  const tables = logicalTables(doc).filter((t) => t.seq !== undefined);
  if (tables.length === 0) return;
  // The table after each statement, found by moving on (paragraphs and tables come in order).
  let next = 0;
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (!p.text.includes('类') || !p.text.includes('共')) continue;
    const m = CLASSES_AND_ITEMS.exec(p.text);
    if (!m) continue;
    while (next < tables.length && tables[next].rows[0].range.start < p.range.end) next++;
    if (next === tables.length) break;
    const table = tables[next];
    // The table right under it: nothing but blank lines or a page's footer between.
    if (!onlyBreaksBetween(ctx.text, p.range.end, table.rows[0].range.start)) continue;
    const body = table.rows.filter((r) => !r.isHeader && !table.isTotal(r) && seqValue(r, table.seq!));
    if (body.length === 0) continue;
    const related = [{ range: { start: table.rows[0].range.start, end: table.rows.at(-1)!.range.end }, message: '所计条目 (the items counted)' }];
    const classesAt = m.indices![1][0];
    const itemsAt = m.indices![3][0];
    const items = numeralValue(m[3]);
    const stated = numeralValue(m[1]);
    const classes = classesOf(table, body);
    // Rows that number the classes (1 工程建设项目招标投标 施工、货物…) list the items inside them: not counted.
    const rowsAreClasses = body.length === stated || classes === body.length;
    if (items !== body.length && !rowsAreClasses) {
      ctx.report({
        message: `称${m[1]}${m[2]}${m[3]}${m[4]}，下表实际列出${body.length}${m[4]} (states ${items} items, the table under it lists ${body.length})`,
        range: sourceRange(p, itemsAt, m.indices![4][1]),
        related,
        suggestions: [{ title: `改为${body.length} (use ${body.length})`, edits: [{ range: sourceRange(p, itemsAt, itemsAt + m[3].length), text: writtenLike(m[3], body.length) }] }],
      });
    }
    if (classes !== undefined && classes !== stated) {
      ctx.report({
        message: `称${m[1]}${m[2]}，下表实际分为${classes}类 (states ${stated} classes, the table under it has ${classes})`,
        range: sourceRange(p, classesAt, m.indices![2][1]),
        related,
        suggestions: [{ title: `改为${classes} (use ${classes})`, edits: [{ range: sourceRange(p, classesAt, classesAt + m[1].length), text: writtenLike(m[1], classes) }] }],
      });
    }
  }
}

/** A column of class names: 类别, 项目类别, 类型, 大类, 类别名称 (not 小类, 类别代码). */
const CLASS_COLUMN = /^(?:[\u4e00-\u9fff]{0,2}(?:类别|类型)|大类|分类|门类|种类)(?:名称)?$/;

/**
 * How many classes a table names: the names in its column headed 类别 (类型, 大类…), a name merged over the rows
 * under it written once; else the groups its rows open (一、产业项目); undefined when it names none, or when a row
 * has fewer cells than the header (a merged name left no cell: which name is in which column is not known).
 */
function classesOf(table: LogicalTable, body: TableRow[]): number | undefined {
  const header = table.rows.find((r) => r.isHeader);
  const column = header?.cells.findIndex((c, k) => k !== table.seq && CLASS_COLUMN.test(c.norm.replace(/\s/g, ''))) ?? -1;
  const names = new Set<string>();
  if (column >= 0) {
    if (body.some((r) => r.cells.length < header!.cells.length)) return undefined;
    for (const r of body) if (r.cells[column]?.norm) names.add(r.cells[column].norm);
  } else {
    for (const r of table.rows) {
      const name = table.groupName(r);
      if (name) names.add(name);
    }
  }
  return names.size > 0 ? names.size : undefined;
}
