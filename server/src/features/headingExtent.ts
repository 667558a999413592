// How far a heading reaches in the outline and in folding: to the end of its block, but not over what
// closes the document after its last heading (the 附件说明, the 落款, the 版记).
import type { GazetteDocument, Heading, Range } from '../engine';

/** A line of the 版记: 抄送：…, 抄报：…, 分送：…. */
const IMPRINT = /^[ \t\u3000]*(?:抄送|抄报|分送)[ \t\u3000]*[：:]/gm;

/** Where each 版记 line of a document starts, found once per document. */
const imprints = new WeakMap<GazetteDocument, number[]>();

function imprintsOf(text: string, d: GazetteDocument): number[] {
  let found = imprints.get(d);
  if (!found) {
    found = [];
    const body = text.slice(d.range.start, d.range.end);
    if (/抄送|抄报|分送/.test(body)) for (const m of body.matchAll(IMPRINT)) found.push(d.range.start + m.index!);
    imprints.set(d, found);
  }
  return found;
}

export function headingExtent(text: string, d: GazetteDocument, h: Heading): Range {
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
  closes(imprintsOf(text, d).find((at) => at >= h.range.end));
  // Not the blank lines before what closes it.
  while (end > h.range.end && /\s/.test(text[end - 1])) end--;
  return { start: h.range.start, end };
}
