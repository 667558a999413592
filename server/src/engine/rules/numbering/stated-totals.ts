// A figure the text states for the whole (总投资606.0亿元) against the 合计 row of the column its document's table
// names so (总投资（亿元）): the same name and unit, in the same document. Quiet where the column or its total is not
// one (two tables or columns of that name, two 合计 rows), where the text's figure is a part (其中…, 年度计划投资 for
// 计划投资) or rough (约, 以上, 左右), and where the table's total does not add up itself (that row is reported).
// A table of numbered rows with no 合计 row: a column of counts (涉及事项（项）) against a figure the text ties to the
// whole list in the sentence that counts its rows (共10个“一件事”，涉及政务服务事项58项): the sum of the column. Not
// where the rows may share what the column counts (部门, 单位, 企业: a figure for the list may count each once),
// nor where the table names those things row by row (a 事项名称 column: the text may count the distinct ones).
import type { GazetteDocument, Line, Range, TableCell, TableRow } from '../../model';
import type { RuleContext } from '../types';
import { halfWidthDigits, isTableRow } from '../../parse/text';
import { sourceRange } from '../../parse/paragraphs';
import { lineIndexAt, paragraphsIn } from '../shared/locate';
import { logicalTables, seqValue } from './tables';
import { decimalsOf, scaled } from './decimals';
import { UNITS } from './figures';
import { append } from '../../arrays';
import type { LogicalTable } from './tables';

/** A column named with its unit: 总投资（亿元）, 征收面积(公顷). */
const NAMED_COLUMN = /^([\u4e00-\u9fff]{2,12})[(（]([\u4e00-\u9fff]{1,5})[)）]$/;
const GRAND_TOTAL = /^(?:合计|总计)$/;
const FIGURE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
/** A figure in running text and what follows it, read against each column's unit. */
const STATED = /(?<![0-9.．,])([0-9]{1,9}(?:\.[0-9]{1,6})?)[ \t]*([\u4e00-\u9fff]{1,5})/g;
/** Words between a name and its figure (总投资为606.0亿元, 总投资达606.0亿元). */
const LINK = /(?:为|达到|达|共计|共|合计|累计)?[ \t]*$/;
/** A figure given roughly: 约606亿元, 超过600亿元, 600亿元以上, 600亿元左右. */
const ROUGH_BEFORE = /(?:约|近|超过|逾|不少于|不足|不到|多于|超)$/;
const ROUGH_AFTER = /^(?:以上|以下|左右|余|多)/;
/** A character a name may follow and still name the whole: not a word it would be part of (年度计划投资). */
const WORD_CHAR = /[\u4e00-\u9fffA-Za-z]/;

interface Column {
  name: string;
  unit: string;
  total: { figure: string; range: Range };
  /** The table's numbered rows (its items), if it numbers them. */
  items?: number;
  /** For a table with no 合计 row: the total is the sum of the column's numbered rows. */
  summed?: boolean;
}

export function checkStatedTotals(ctx: RuleContext, doc: GazetteDocument, unsound: ReadonlySet<number>): void {
  const columns = namedTotals(doc, ctx.issue.lines).filter((c) => !unsound.has(c.total.range.start));
  if (columns.length === 0) return;
  // Each statement with the words that name its figure (the column's name, or the text's own: 涉及政务服务事项).
  const statements = new Map<Column, { words: string; figure: string; range: Range }[]>();
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    if (isTableRow(p.text)) continue;
    const isPart = partPositions(p.text);
    const countsAt = sentenceCounts(p.text);
    for (const m of p.text.matchAll(STATED)) {
      const before = p.text.slice(Math.max(0, m.index! - 24), m.index!);
      for (const c of columns) {
        if (!m[2].startsWith(c.unit) || isPart(m.index!)) continue;
        const words = c.summed ? tiedToList(p.text, m.index!, c) : namesWhole(before, c.name) ? c.name : undefined;
        if (words === undefined) continue;
        const end = m.index! + m[0].length - m[2].length + c.unit.length;
        if (ROUGH_AFTER.test(p.text.slice(end))) continue;
        // A sentence that counts other items than the table lists (共安排项目300个 over a first batch's table) states another whole.
        if (c.items !== undefined && countsOtherItems(countsAt(m.index!), c.items)) continue;
        if (!statements.has(c)) statements.set(c, []);
        statements.get(c)!.push({ words, figure: m[1], range: sourceRange(p, m.index!, end) });
      }
    }
  }
  for (const [c, stated] of statements) {
    // One statement that agrees: the others are of something else (a year before, a part).
    if (stated.some((s) => agrees(s.figure, c.total.figure))) continue;
    for (const s of stated) {
      if (c.summed) {
        ctx.report({
          message: `正文称${s.words}${s.figure}${c.unit}，附件表“${c.name}（${c.unit}）”一列${c.items}行之和为${c.total.figure}${c.unit} (the text states ${s.figure}, the column's ${c.items} rows add up to ${c.total.figure})`,
          range: s.range,
          related: [{ range: c.total.range, message: '表中该列 (the table\'s column)' }],
        });
        continue;
      }
      ctx.report({
        message: `正文称${c.name}${s.figure}${c.unit}，附件表“合计”为${c.total.figure}${c.unit} (the text states ${s.figure}, the table's total is ${c.total.figure})`,
        range: s.range,
        related: [{ range: c.total.range, message: '表中合计 (the table\'s total)' }],
      });
    }
  }
}

/** The text before a figure ends with the column's name, not as the end of a longer word, and not given roughly. */
function namesWhole(before: string, name: string): boolean {
  const link = LINK.exec(before)!;
  const head = before.slice(0, link.index);
  if (!head.endsWith(name)) return false;
  const ahead = head.slice(0, head.length - name.length);
  return !WORD_CHAR.test(ahead.slice(-1)) && !ROUGH_BEFORE.test(before.slice(link.index).replace(/[ \t]/g, ''));
}

/**
 * Whether a position stands after a 其中 in its sentence (its parts may run on over semicolons), a figure there
 * detailing a part of the whole; asked in increasing positions, the text read once.
 */
function partPositions(text: string): (at: number) => boolean {
  let k = 0;
  let inPart = false;
  return (at) => {
    for (; k < at; k++) {
      if (text[k] === '。' || text[k] === '！') inPart = false;
      else if (text.startsWith('其中', k)) inPart = true;
    }
    return inPart;
  };
}

/** The figures agree: exactly, or the text's rounded to fewer decimals than the table's (606亿元 for 605.8). */
function agrees(stated: string, total: string): boolean {
  const scale = Math.max(decimalsOf(stated), decimalsOf(total));
  const gap = Math.abs(scaled(stated, scale) - scaled(total, scale));
  return gap * 2 <= (decimalsOf(stated) < decimalsOf(total) ? 10 ** (scale - decimalsOf(stated)) : 0);
}

/**
 * Each column named with its unit in one of the document's tables (总投资（亿元）, or 总投资 under a caption's 单位：亿元),
 * and that table's one 合计 or 总计 row's figure.
 */
function namedTotals(doc: GazetteDocument, lines: readonly Line[]): Column[] {
  const found: Column[] = [];
  const seen = new Map<string, number>();
  for (const t of logicalTables(doc)) {
    if (t.rows.length === 0) continue;
    const caption = captionUnit(lines, t.rows[0].range.start);
    const named = (cell: TableCell): { name: string; unit: string } | undefined => {
      const m = NAMED_COLUMN.exec(cell.norm);
      if (m) return { name: m[1], unit: m[2] };
      return caption && PLAIN_COLUMN.test(cell.norm) ? { name: cell.norm, unit: caption } : undefined;
    };
    // Most rows are neither: a look at their cells' characters rules them out.
    const header = t.rows.find((r) => r.cells.some((c) => (caption || /[(（]/.test(c.norm)) && named(c)) && !r.cells.some((c) => isFigure(c)));
    const totals = header ? t.rows.filter((r) => r.cells.some((c) => c.norm.includes('计')) && isGrandTotal(r)) : [];
    header?.cells.forEach((cell) => {
      const n = named(cell);
      if (n) seen.set(`${n.name}|${n.unit}`, (seen.get(`${n.name}|${n.unit}`) ?? 0) + 1);
    });
    if (!header || totals.length > 1) continue;
    const items = t.seq === undefined ? undefined : t.rows.filter((r) => r !== header && !t.isTotal(r) && seqValue(r, t.seq!)).length;
    if (totals.length === 0) {
      append(found, summedColumns(t, header, named));
      continue;
    }
    header.cells.forEach((cell, k) => {
      const n = named(cell);
      const total = totals[0].cells[k];
      if (n && total && isFigure(total)) found.push({ ...n, total: { figure: plain(total), range: total.range }, items });
    });
  }
  // A name and unit two columns share: which one the text means is not known.
  return found.filter((c) => seen.get(`${c.name}|${c.unit}`) === 1);
}

/** A column's name alone, its unit given by the table's caption. */
const PLAIN_COLUMN = /^[\u4e00-\u9fff]{2,12}$/;
/**
 * A caption's unit for the whole table: 单位：亿元 on its own line, closing the title's line (…计划表　单位：亿元) or the
 * lead-in over the table (…情况如下（单位：万元）：), as 金额单位：万元 too. Units of measure and of things counted only
 * (those a table's cells are written with too: 万千瓦时, 万吨).
 */
const CAPTION_UNIT = new RegExp(`(?:^|[\\s（(])(?:计量|金额)?单位[:：][ \\t\\u3000]?((?:亿|万|千)?(?:元|吨|亩|公顷|平方米|立方米|平方公里|公里|千瓦时|千瓦|人|户|个|项|件|家|所|辆|台|套|次)|${UNITS})[)）]?[：:]?$`);
/** Lines above a table that may hold its caption: its title, the unit's line, the lead-in, blank lines aside. */
const CAPTION_LINES = 3;

export function captionUnit(lines: readonly Line[], at: number): string | undefined {
  let seen = 0;
  for (let j = lineIndexAt(lines, at) - 1; j >= 0 && seen < CAPTION_LINES; j--) {
    const text = lines[j].text.trim();
    if (text === '') continue;
    // Another table's row: the caption, if any, is that table's.
    if (isTableRow(lines[j].text)) return undefined;
    seen++;
    const m = CAPTION_UNIT.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

function isGrandTotal(row: TableRow): boolean {
  const first = row.cells.findIndex(isFigure);
  return first > 0 && row.cells.slice(0, first).some((c) => GRAND_TOTAL.test(c.norm.replace(/\s/g, '')));
}

function plain(cell: TableCell): string {
  return halfWidthDigits(cell.norm.replace(/[\s\u3000,]/g, ''));
}

function isFigure(cell: TableCell): boolean {
  return FIGURE.test(halfWidthDigits(cell.norm.replace(/[\s\u3000]/g, '')));
}

/** A count of items (项目300个, 12项). */
const ITEMS_COUNTED = /(?<![0-9.．])([0-9]{1,5})[ \t]*(?:个|项|件|家)/g;

/**
 * The counts of items in the sentence (between full stops) a position is in, asked in increasing positions: each
 * sentence read once.
 */
function sentenceCounts(text: string): (at: number) => number[] {
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '。' || text[i] === '；') stops.push(i);
  let k = 0;
  let read = -1;
  let counts: number[] = [];
  return (at) => {
    while (k < stops.length && stops[k] < at) k++;
    if (k !== read) {
      read = k;
      const sentence = text.slice(k > 0 ? stops[k - 1] + 1 : 0, k < stops.length ? stops[k] : text.length);
      counts = [...sentence.matchAll(ITEMS_COUNTED)].map((m) => Number(m[1]));
    }
    return counts;
  };
}

/** Counts of items, none of them the table's number of items. */
function countsOtherItems(counts: readonly number[], items: number): boolean {
  return counts.length > 0 && !counts.includes(items);
}

/** Units of things counted one by one, whose column adds up to the list's whole. */
const COUNTED = /^(?:项|个|件|条|所|处|类)$/;
/** Things the rows of a list may share (one 部门 leads several rows): their sum is no count of them. */
const SHARED = /(?:部门|单位|机构|企业|主体|地区|区县|县区|乡镇|街道|社区|村|人员|人)$/;
const ROW_COUNT = /共[ \t]*([0-9]{1,4})[ \t]*[个项件条类]/g;

/**
 * A table with no 合计 row: each column of counts (涉及事项（项）) in every numbered row, its sum as the total.
 * None where the table names the things counted in a column of their own (事项名称, 涉及事项 without a unit).
 */
function summedColumns(t: LogicalTable, header: TableRow, named: (cell: TableCell) => { name: string; unit: string } | undefined): Column[] {
  if (t.seq === undefined) return [];
  const rows = t.rows.filter((r) => r !== header && !r.isHeader && seqValue(r, t.seq!));
  if (rows.length < 2) return [];
  const out: Column[] = [];
  header.cells.forEach((cell, k) => {
    const n = named(cell);
    if (!n || !COUNTED.test(n.unit) || SHARED.test(n.name)) return;
    const noun = n.name.slice(-2);
    if (header.cells.some((other, j) => j !== k && other.norm.includes(noun) && !named(other))) return;
    let sum = 0;
    for (const r of rows) {
      const c = r.cells[k];
      // A blank or a figure with decimals: no count the text can be held to.
      if (!c || !/^[0-9]{1,5}$/.test(plain(c))) return;
      sum += Number(plain(c));
    }
    out.push({ ...n, total: { figure: String(sum), range: cell.range }, items: rows.length, summed: true });
  });
  return out;
}

/**
 * The words naming the figure at `at` where it is the list's whole: its sentence counts the table's rows before it (共10个“一件事”), and the words
 * just before it (back to a comma) end with the column's noun and hold its name's characters in order (涉及政务服务事项
 * for 涉及事项).
 */
function tiedToList(text: string, at: number, c: Column): string | undefined {
  // The words first, a look at the few characters before the figure; the sentence only where they name the column.
  const near = text.slice(Math.max(0, at - c.name.length - 12), at);
  const clause = near.slice(Math.max(...CLAUSE_BREAKS.map((p) => near.lastIndexOf(p))) + 1);
  const words = clause.slice(0, clause.length - LINK.exec(clause)![0].length);
  if (words.length > c.name.length + 8 || !words.endsWith(c.name.slice(-2)) || !inOrder(c.name, words)) return undefined;
  const sentenceStart = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
  return [...text.slice(sentenceStart, at).matchAll(ROW_COUNT)].some((m) => Number(m[1]) === c.items) ? words : undefined;
}

const CLAUSE_BREAKS = ['。', '；', '，', ',', '、', '：', '（'];

/** Every character of `name` found in `words`, in order. */
function inOrder(name: string, words: string): boolean {
  let k = 0;
  for (const ch of words) if (ch === name[k]) k++;
  return k === name.length;
}
