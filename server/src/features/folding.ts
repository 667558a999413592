// Folding: the TOC, each document, its headings (to the end of their block, see ./headingExtent) and a 政策解读's
// questions (over their answers), attachments, 发文目录;
// none over the page number and running header a page break left after its last line.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../engine';
import type { AnalysisCache } from './analysis';
import { lineSpan } from './convert';
import { headingExtent, withoutPageBreak } from './headingExtent';
import { questionsOf } from './questions';

export class FoldingProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provide(doc: TextDocument): FoldingRange[] {
    const { issue, lines } = this.cache.get(doc);
    const out: FoldingRange[] = [];
    const seen = new Set<string>();
    const add = (range: Range, kind?: FoldingRangeKind) => {
      const { startLine, endLine } = lineSpan(lines, range.start, range.end);
      const key = `${startLine}:${endLine}`;
      if (endLine <= startLine || seen.has(key)) return;
      seen.add(key);
      out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
    };
    if (issue.masthead) add(issue.masthead.range, FoldingRangeKind.Region);
    if (issue.toc) add(issue.toc.range, FoldingRangeKind.Region);
    for (const d of issue.documents) {
      add(withoutPageBreak(issue.text, d.range), FoldingRangeKind.Region);
      d.parts.forEach((p, i) => i > 0 && add(withoutPageBreak(issue.text, p.range)));
      for (const h of d.headings) add(headingExtent(issue.text, d, h));
      for (const q of questionsOf(issue, d)) add(q.extent);
      for (const a of d.attachments) add(withoutPageBreak(issue.text, a.range));
      for (const t of d.tables) add(t.range);
    }
    if (issue.directory) add(issue.directory.range, FoldingRangeKind.Region);
    if (issue.colophon) add(issue.colophon, FoldingRangeKind.Region);
    return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  }
}
