// A numbered table's counts: 合计 共41项 and a group's 类别 (共6项) over its rows, the parts after a 合计's 其中 over
// its groups, and 见下表（共8项） over the table right under the sentence.
import type { GazetteDocument, Range, TableRow } from '../../model';
import { halfWidthDigits, isBlank, normalize } from '../../parse/text';
import type { RuleContext } from '../types';
import { logicalTables, seqValue } from './tables';
import { inside } from '../shared/locate';
import { claimReport } from './count-report';

interface Group {
  name: string;
  opener: TableRow;
  count: number;
  last?: TableRow;
}

export function checkTables(ctx: RuleContext, doc: GazetteDocument): void {
  for (const t of logicalTables(doc)) {
    if (t.seq === undefined) continue;
    const groups: Group[] = [];
    let total = 0;
    let current: Group | undefined;
    for (const row of t.rows) {
      if (row.isHeader || t.isTotal(row)) continue;
      const name = t.groupName(row);
      if (name !== undefined && name !== current?.name) groups.push((current = { name, opener: row, count: 0 }));
      if (!seqValue(row, t.seq)) continue;
      total++;
      if (current) {
        current.count++;
        current.last = row;
      }
    }
    const claims = doc.counts.filter((c) => c.table !== undefined && t.rows.some((r) => inside(c.range, r.range)));
    for (const claim of claims) {
      const row = t.rows.find((r) => inside(claim.range, r.range))!;
      const cell = row.cells.findIndex((c) => inside(claim.range, { start: c.range.start, end: c.range.end + 1 }));
      const measure = measureOf(ctx, claim);
      if (t.isTotal(row)) {
        // 合计 共50家 under 30家, 20家: the sum of a column of figures (numbering/sums' to check), not a count of rows.
        if (claim.value !== total && !(cell >= 0 && cell !== t.seq && figuresIn(t.rows, cell, t.seq))) claimReport(ctx, claim, total, '合计', undefined, measure);
        checkBreakdown(ctx, row, groups);
        continue;
      }
      const group = groups.find((g) => g.opener === row);
      if (group && cell >= 0 && (cell < t.seq || row.cells.length === 1 || (cell === t.seq && !seqValue(row, t.seq))) && group.count > 0 && claim.value !== group.count) {
        claimReport(ctx, claim, group.count, `“${group.name}”`, { start: row.range.start, end: (group.last ?? row).range.end }, measure);
      }
    }
  }
}

/** The measure word of a count (共4件, 共3家), as the message repeats it; 项 for 类 and the like. */
function measureOf(ctx: RuleContext, claim: { range: Range }): string {
  const unit = ctx.text[claim.range.end - 1];
  return '个条件家'.includes(unit) ? unit : '项';
}

/** Whether most numbered rows hold a figure (30, 30家) in column `col`. */
function figuresIn(rows: readonly TableRow[], col: number, seq: number): boolean {
  const cells = rows.filter((r) => seqValue(r, seq)).map((r) => r.cells[col]?.norm ?? '');
  return cells.filter((c) => /^[0-9０-９][0-9０-９,.]*[\u4e00-\u9fff]{0,2}$/.test(c)).length * 2 > cells.length;
}

const NOT_NAME = /[,，;；、。:：\s0-9０-９]/;

/** 合计 共41项，其中重要指标1项，对外大通道建设6项 …: each named part against its group. */
function checkBreakdown(ctx: RuleContext, row: TableRow, groups: Group[]): void {
  for (const cell of row.cells) {
    const at = cell.text.indexOf('其中');
    if (at < 0) continue;
    // A name of at most 30 characters: a name that may end in spaces, before spaces, splits a long run every way.
    const re = /([^,，;；、。:：\s0-9０-９][^,，;；、。:：0-9０-９]{0,29}?)\s*([0-9０-９]{1,4})\s*[项个条件家]/g;
    let from = at + 2;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(cell.text))) {
      // Past where the search resumed, a match starts a name: in a longer name it found the name's tail.
      const startsName = m.index === from || NOT_NAME.test(cell.text[m.index - 1]);
      from = re.lastIndex;
      if (!startsName) continue;
      const name = normalize(m[1]);
      const group = groups.find((g) => g.name === name);
      const value = Number(halfWidthDigits(m[2]));
      if (!group || value === group.count) continue;
      const start = cell.range.start + m.index + m[0].lastIndexOf(m[2]);
      claimReport(ctx, { value, range: { start, end: start + m[2].length } }, group.count, `合计中“${group.name}”`, group.opener.range);
    }
  }
}

/** 见下表（共8项）, 如下表所列（共8项）: a count of the table right under the sentence. */
const TABLE_BELOW = /(?:见|如|详见)下表[^。；;]{0,8}$/;

export function checkTableBelowClaims(ctx: RuleContext, doc: GazetteDocument): void {
  const claims = doc.counts.filter((c) => c.table === undefined);
  if (claims.length === 0) return;
  const tables = logicalTables(doc).filter((t) => t.seq !== undefined);
  for (const claim of claims) {
    const before = ctx.text.slice(Math.max(doc.range.start, claim.range.start - 16), claim.range.start).replace(/[(（][ \t]*$/, '');
    if (!TABLE_BELOW.test(before)) continue;
    // The next table, with at most its caption between.
    const table = tables.find((t) => t.rows[0].range.start > claim.range.end);
    if (!table || ctx.text.slice(claim.range.end, table.rows[0].range.start).split('\n').filter((l) => !isBlank(l)).length > 2) continue;
    let rows = 0;
    for (const row of table.rows) if (!row.isHeader && !table.isTotal(row) && seqValue(row, table.seq!)) rows++;
    if (rows > 0 && rows !== claim.value) claimReport(ctx, claim, rows, '下表', { start: table.rows[0].range.start, end: table.rows.at(-1)!.range.end }, ctx.text[claim.range.end - 1]);
  }
}
