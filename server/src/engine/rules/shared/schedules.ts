// 附表N: a table printed with a document or its attachment, labelled on a line of its own (附表2 or
// 附表2：标题), and referred to in the text (见附表2). Found by the lines of the document.
import type { GazetteDocument, Issue, Range } from '../../model';
import { content, halfWidthDigits, prefixLength } from '../../parse/text';
import { lineIndexAt } from './locate';

export interface ScheduleLabel {
  number: number;
  /** The digits of the label. */
  range: Range;
  part: number;
}

const LABEL = /^附表[ \t]*([0-9０-９]{1,2})(?=[ \t]*(?:[:：]|$))/;
const REFERENCE = /见附表[ \t]*([0-9０-９]{1,2})/g;

/** The 附表 labels of a document, in order. */
export function scheduleLabels(issue: Issue, doc: GazetteDocument): ScheduleLabel[] {
  const out: ScheduleLabel[] = [];
  const lines = issue.lines;
  const partOf = (at: number) => Math.max(0, doc.parts.findIndex((p) => p.range.start <= at && at < p.range.end));
  for (let i = lineIndexAt(lines, doc.range.start); i < lines.length && lines[i].start < doc.range.end; i++) {
    const text = lines[i].text;
    if (!text.includes('附表')) continue;
    const m = LABEL.exec(content(text));
    if (!m) continue;
    const start = lines[i].start + prefixLength(text) + m[0].indexOf(m[1]);
    out.push({ number: Number(halfWidthDigits(m[1])), range: { start, end: start + m[1].length }, part: partOf(lines[i].start) });
  }
  return out;
}

/** 见附表N in the document's text: the number and where the reference is. */
export function scheduleReferences(text: string, doc: GazetteDocument): { number: number; range: Range }[] {
  const out: { number: number; range: Range }[] = [];
  const body = text.slice(doc.range.start, doc.range.end);
  if (!body.includes('见附表')) return out;
  REFERENCE.lastIndex = 0;
  for (let m; (m = REFERENCE.exec(body)); ) {
    const start = doc.range.start + m.index;
    out.push({ number: Number(halfWidthDigits(m[1])), range: { start, end: start + m[0].length } });
  }
  return out;
}
