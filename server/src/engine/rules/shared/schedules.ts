// 附表N: a table printed with a document or its attachment, labelled on a line of its own (附表2 or
// 附表2：标题), and referred to in the text (见附表2). Found by the lines of the document.
import type { GazetteDocument, Issue, Range } from '../../model';
import { content, contentEnd, halfWidthDigits, isBlank, isTableRow, normalize, prefixLength } from '../../parse/text';
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

/** A 附表 named with its title: in the list under the text (附表：1．title), or printed (附表1 / its title). */
export interface ScheduleTitle {
  number?: number;
  norm: string;
  range: Range;
}

const DECLARATION = /^附表[ \t]*[:：][ \t]*/;
const ITEM = /^([0-9０-９]{1,2})[.．、][ \t]*/;
const LABEL_ALONE = /^附表[ \t]*([0-9０-９]{1,2})?$/;
const OMITTED = /[(（](?:略|另发|另行印发)[)）]$/;

/**
 * The 附表 a document lists under its text (附表：title, or 附表：1．title / 2．title a line each) and those it
 * prints under a label line of their own (附表, 附表2) with the title on the next line.
 */
export function scheduleTitles(issue: Issue, doc: GazetteDocument): { declared: ScheduleTitle[]; printed: ScheduleTitle[] } {
  const declared: ScheduleTitle[] = [];
  const printed: ScheduleTitle[] = [];
  const lines = issue.lines;
  const titleOf = (i: number, from: number): ScheduleTitle => {
    const start = lines[i].start + from;
    const raw = lines[i].text.slice(from).trimEnd();
    return { norm: normalize(raw), range: { start, end: start + raw.length } };
  };
  const last = lineIndexAt(lines, Math.max(doc.range.start, doc.range.end - 1));
  for (let i = lineIndexAt(lines, doc.range.start); i <= last; i++) {
    const text = lines[i].text;
    if (!text.includes('附表') || isTableRow(text)) continue;
    const at = prefixLength(text);
    const body = content(text);
    const decl = DECLARATION.exec(body);
    if (decl) {
      // 附表：title, or 附表：1．title then 2．title … a line each under it.
      let k = i;
      let from = at + decl[0].length;
      if (!ITEM.test(text.slice(from))) declared.push(titleOf(i, from));
      for (let n = 1; k <= last; n++, k++, from = k <= last ? prefixLength(lines[k].text) : 0) {
        const m = ITEM.exec(lines[k].text.slice(from));
        if (!m || Number(halfWidthDigits(m[1])) !== n) break;
        declared.push({ number: n, ...titleOf(k, from + m[0].length) });
      }
      continue;
    }
    const label = LABEL_ALONE.exec(body);
    if (!label) continue;
    let t = i + 1;
    while (t <= last && isBlank(lines[t].text)) t++;
    const title = t <= last ? printedTitle(issue, t, last) : undefined;
    if (title) printed.push({ number: label[1] ? Number(halfWidthDigits(label[1])) : undefined, ...title });
  }
  for (const d of [...declared, ...printed]) d.norm = d.norm.replace(OMITTED, '');
  for (const d of declared) joinWrappedTitle(issue, d, printed);
  return { declared, printed };
}

/** A line under the title, not of it: 单位：万元, 填报单位：…, a sentence. */
const NOT_TITLE = /[:：]|[。；;]$/;
/** The lines a printed title may wrap over. */
const TITLE_LINES = 3;

/** The title printed from line `from` on, over the lines a PDF wrapped it on, up to a blank line or the table. */
function printedTitle(issue: Issue, from: number, last: number): { norm: string; range: Range } | undefined {
  const lines = issue.lines;
  let norm = '';
  let end = from;
  for (let k = from; k <= last && k < from + TITLE_LINES; k++) {
    const text = lines[k].text;
    if (isBlank(text) || isTableRow(text) || NOT_TITLE.test(content(text))) break;
    norm += normalize(content(text));
    end = k;
  }
  if (!norm || norm.length > 60) return undefined;
  const start = lines[from].start + prefixLength(lines[from].text);
  return { norm, range: { start, end: lines[end].start + lines[end].text.trimEnd().length } };
}

/**
 * A declared title a hard wrap broke (附表：2025年市政府民生实事 / 项目责任分解表): joined with the line under it
 * where the two make a printed title whole. Only then: the line under a one-line title may be the 落款.
 */
function joinWrappedTitle(issue: Issue, d: ScheduleTitle, printed: readonly ScheduleTitle[]): void {
  const lines = issue.lines;
  const k = lineIndexAt(lines, d.range.start) + 1;
  if (k >= lines.length || isBlank(lines[k].text) || isTableRow(lines[k].text)) return;
  const rest = normalize(content(lines[k].text));
  const whole = d.norm + rest;
  if (rest === '' || !printed.some((p) => p.norm === whole && (d.number === undefined || p.number === d.number))) return;
  d.norm = whole;
  d.range = { start: d.range.start, end: lines[k].start + contentEnd(lines[k].text, prefixLength(lines[k].text), true) };
}
