// How far a heading reaches in the outline and in folding: to the end of its block, but not over what
// closes the document after its last heading (the 附件说明, the 落款, the 版记), nor, for an article and
// the items under it, over an article an amendment inserted after it (第十六条之一), nor over the page
// number and running header a page break left below its last line.
import { INSERTED_ARTICLE, type GazetteDocument, type Heading, type Range } from '../engine';
import { isPageArtifactLine } from '../engine/parse/text';

/** A line of the 版记: 抄送：…, 抄报：…, 分送：…. */
const IMPRINT = /^[ \t\u3000]*(?:抄送|抄报|分送)[ \t\u3000]*[：:]/gm;

interface Closers {
  /** Where each 版记 line starts. */
  imprints: number[];
  /** Where each inserted article's line starts, with its label and text. */
  inserted: { at: number; label: string; labelAt: number; text: string }[];
}

/** Found once per document. */
const closers = new WeakMap<GazetteDocument, Closers>();

export function closersOf(text: string, d: GazetteDocument): Closers {
  let found = closers.get(d);
  if (!found) {
    found = { imprints: [], inserted: [] };
    const body = text.slice(d.range.start, d.range.end);
    if (/抄送|抄报|分送/.test(body)) for (const m of body.matchAll(IMPRINT)) found.imprints.push(d.range.start + m.index!);
    if (body.includes('条之') && d.headings.some((h) => h.kind === 'article')) {
      for (const m of body.matchAll(INSERTED_ARTICLE)) {
        const at = d.range.start + m.index!;
        found.inserted.push({ at, label: m[1], labelAt: at + m[0].indexOf(m[1]), text: m[4] });
      }
    }
    closers.set(d, found);
  }
  return found;
}

/** Headings an inserted article ends: articles and what is numbered under them, not chapters or sections. */
const ABOVE_ARTICLES = new Set(['division', 'chapter', 'section']);

export function headingExtent(text: string, d: GazetteDocument, h: Heading, { inserted = true } = {}): Range {
  let end = Math.max(h.range.end, h.blockEnd);
  // From the start of the line it is on: a 附件说明's range leaves out its 附件：.
  const closes = (at: number | undefined) => {
    if (at !== undefined && at >= h.range.end && at < end) end = Math.max(h.range.end, text.lastIndexOf('\n', at - 1) + 1);
  };
  if (h.part === 0) {
    closes(d.attachmentDecls.find((a) => a.range.start >= h.range.end)?.range.start);
    closes(d.signature?.organ?.range.start);
    closes(d.signature?.date?.range.start);
  }
  const found = closersOf(text, d);
  closes(found.imprints.find((at) => at >= h.range.end));
  if (inserted && !ABOVE_ARTICLES.has(h.kind)) closes(found.inserted.find((a) => a.at >= h.range.end)?.at);
  return { start: h.range.start, end: endBeforePageBreak(text, end, h.range.end) };
}

/** A document, part or attachment without the page number and running header after its last line. */
export function withoutPageBreak(text: string, range: Range): Range {
  return { start: range.start, end: endBeforePageBreak(text, range.end, range.start) };
}

/** Where the text before `at` ends, without the page number and running header lines above `at` (— 5 — / 某市人民政府公报　2024年第8期). */
function endBeforePageBreak(text: string, at: number, floor: number): number {
  let end = endBefore(text, at, floor);
  for (let lines = 0; lines < 6 && end > floor; lines++) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart <= floor || !isPageArtifactLine(text.slice(lineStart, end))) break;
    end = endBefore(text, lineStart, floor);
  }
  return end;
}

/** Where the text before `at` ends, without the blank lines and spaces above `at` (not before `floor`). */
export function endBefore(text: string, at: number, floor = 0): number {
  let end = at;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  return end;
}
