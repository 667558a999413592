// Where a declared attachment is printed when no label marks it.
import type { AttachmentDecl, GazetteDocument, Issue } from '../../model';
import { content, normalize } from '../../parse/text';
import { lineAt } from '../structure/util';

/** The line where a declared attachment's title is printed after the 落款, or -1. */
export function printedTitleLine(issue: Issue, d: GazetteDocument, decl: AttachmentDecl): number {
  const sig = d.signature?.date;
  if (!sig) return -1;
  const lines = issue.lines;
  const from = lineAt(issue, sig.range.end) + 1;
  const to = lineAt(issue, d.range.end);
  for (let i = from; i <= to; i++) {
    // A title may wrap over two lines.
    if (d.attachmentDecls.some((a) => lines[i].start < a.range.end && a.range.start < lines[i].end)) continue;
    const one = normalize(content(lines[i].text));
    if (!one || !decl.title.norm.startsWith(one)) continue;
    const two = i + 1 <= to ? one + normalize(content(lines[i + 1].text)) : one;
    if (one === decl.title.norm || two === decl.title.norm) return i;
  }
  return -1;
}
