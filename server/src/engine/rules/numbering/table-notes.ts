// 注：以上10件民生实事项目由…票决产生。: a count, in the line right under a numbered table, of the rows above it.
import type { GazetteDocument, Line } from '../../model';
import { isBlank, isPageArtifactLine, numeralValue, prefixLength } from '../../parse/text';
import { lineIndexAt } from '../shared/locate';
import type { RuleContext } from '../types';
import { logicalTables, seqValue } from './tables';

/** 以上10件, 上述12项, 上表所列8个, perhaps after 注： — the number right after the word that points up. */
const ABOVE = /^(?:注[ \t\u3000]*[：:][ \t\u3000]*)?(?:以上|上述|上表(?:所列)?)[ \t\u3000]*(?:共[ \t\u3000]*)?([0-9]{1,4}|[一两二三四五六七八九十百]{1,4})[ \t\u3000]*(项|件|个|家|所|名|条)/;

export function checkTableAboveClaims(ctx: RuleContext, doc: GazetteDocument): void {
  for (const t of logicalTables(doc)) {
    if (t.seq === undefined) continue;
    const last = t.rows[t.rows.length - 1];
    const line = firstLineAfter(ctx.issue.lines, last.range.end, doc.range.end);
    if (!line) continue;
    const lead = prefixLength(line.text);
    const m = ABOVE.exec(line.text.slice(lead));
    if (!m) continue;
    let rows = 0;
    for (const row of t.rows) if (!row.isHeader && !t.isTotal(row) && seqValue(row, t.seq)) rows++;
    const value = numeralValue(m[1]);
    if (rows === 0 || value === rows) continue;
    const claimStart = line.start + lead + m.index + m[0].lastIndexOf(m[1], m[0].length - m[2].length - 1);
    ctx.report({
      message: `表下称以上${m[1]}${m[2]}，表中实际列出${rows}${m[2]} (the note under the table counts ${value} items, ${rows} are listed)`,
      range: { start: claimStart, end: claimStart + m[1].length },
      related: [{ range: { start: t.rows[0].range.start, end: last.range.end }, message: '所计条目 (the items counted)' }],
      suggestions: /^\d+$/.test(m[1]) ? [{ title: `改为${rows} (use ${rows})`, edits: [{ range: { start: claimStart, end: claimStart + m[1].length }, text: String(rows) }] }] : undefined,
    });
  }
}

/** The first line after the one holding `from` that is neither blank nor a page's footer, within three lines. */
function firstLineAfter(lines: readonly Line[], from: number, to: number): Line | undefined {
  const first = lineIndexAt(lines, from) + 1;
  for (let k = first; k < lines.length && k < first + 3 && lines[k].start < to; k++) {
    if (!isBlank(lines[k].text) && !isPageArtifactLine(lines[k].text)) return lines[k];
  }
  return undefined;
}
