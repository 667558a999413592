// Tables as the numbering rules see them: pieces of one table split by a page
// break (a running header between them, the header row repeated) joined again.
import type { GazetteDocument, Range, TableRow } from '../../model';
import { memoize } from '../shared/memo';
import { append } from '../../arrays';
import { halfWidthDigits } from '../../parse/text';
import { GROUP_LABEL, isTotalRow } from '../../parse/tables';

export interface LogicalTable {
  rows: TableRow[];
  /** The document part it is printed in (see DocumentPart). */
  part: number;
  /** Column of 序号, if any. */
  seq?: number;
  /** Last 序号 of the previous table of the same part, if any. */
  prevLast?: number;
  isTotal(row: TableRow): boolean;
  /** The group (类别) a row opens: the text left of 序号 without its count; undefined when empty. */
  groupName(row: TableRow): string | undefined;
}

const GROUP_COUNT = /(?:[(（]\s*共?|(?<!\s)\s*共)\s*[0-9０-９]+\s*[项个条类件家]\s*[)）]?/g;

/** A group's label in a 序号 cell, before the group's name: 一、产业项目, （二）基础设施. */
const NAMED_GROUP = new RegExp(`${GROUP_LABEL.source}[ \\t\\u3000]*[^\\s0-9０-９]`);

export const logicalTables = memoize(buildTables);

function buildTables(doc: GazetteDocument): LogicalTable[] {
  const out: (LogicalTable & { header?: string })[] = [];
  for (const t of doc.tables) {
    const header = t.header ? t.header.cells.map((c) => c.norm).join('|') : undefined;
    const prev = out[out.length - 1];
    const seq = t.columns.seq;
    const lastSeq = prev && prev.part === t.part ? lastValue(prev) : undefined;
    // The same header, and the 序号 running on: one table cut by a page break.
    if (prev && lastSeq !== undefined && header !== undefined && header === prev.header && firstValue(t.rows, seq) === lastSeq + 1) {
      append(prev.rows, t.rows);
      continue;
    }
    out.push({
      rows: [...t.rows],
      seq,
      part: t.part,
      header,
      prevLast: lastSeq,
      isTotal: isTotalRow,
      groupName(row) {
        // A row of one cell in a wider table names a group across it (一、民间文学（共2项）).
        if (seq !== undefined && row.cells.length === 1 && (t.header?.cells.length ?? 0) > 1) return row.cells[0].norm.replace(GROUP_COUNT, '') || undefined;
        // A group's label in the 序号 column (一、产业项目（5个）, its subtotals beside it) names the group too.
        if (seq !== undefined && NAMED_GROUP.test(row.cells[seq]?.norm ?? '')) return row.cells[seq].norm.replace(GROUP_COUNT, '');
        if (seq === undefined || seq === 0) return undefined;
        const left = row.cells.slice(0, seq).map((c) => c.norm.replace(GROUP_COUNT, '')).join('');
        return left || undefined;
      },
    });
  }
  return out;
}

function lastValue(t: LogicalTable): number | undefined {
  if (t.seq === undefined) return undefined;
  for (let i = t.rows.length - 1; i >= 0; i--) {
    const v = seqValue(t.rows[i], t.seq);
    if (v) return v.value;
  }
  return undefined;
}

function firstValue(rows: TableRow[], seq: number | undefined): number | undefined {
  if (seq === undefined) return undefined;
  for (const r of rows) {
    const v = seqValue(r, seq);
    if (v) return v.value;
  }
  return undefined;
}

/** The 序号 of a row: digits alone in the cell. */
export function seqValue(row: TableRow, seq: number): { value: number; range: Range } | undefined {
  const cell = row.cells[seq];
  if (!cell) return undefined;
  const m = /^([ \t\u3000]*)([0-9０-９]{1,3})[.．、]?[ \t\u3000]*$/.exec(cell.text);
  if (!m) return undefined;
  const start = cell.range.start + m[1].length;
  return { value: Number(halfWidthDigits(m[2])), range: { start, end: start + m[2].length } };
}

/** The group's count claim in its opening row, e.g. "对外大通道建设 (共6项)". */
export function groupCountText(name: string): string {
  return name.replace(GROUP_COUNT, '');
}
