// Document highlights: what the cursor is on, everywhere this file prints it — a document's number
// and titles (its own title and 发文字号 line as the write), a unit's name in the annotations, an
// attachment's number in 见附件N, the 附件说明 and the printed label.
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GazetteDocument, Range } from '../engine';
import type { AnalysisCache } from './analysis';
import { toLspRange, toOffset } from './convert';
import { documentReference, locate, occurrencesIn, resolveDocuments, titlesOf } from './locate';
import type { WorkspaceFiles } from './workspaceFiles';

export class DocumentHighlightsProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly workspace: WorkspaceFiles,
  ) {}

  provide(doc: TextDocument, position: Position): DocumentHighlight[] {
    const { issue, lines } = this.cache.get(doc);
    const target = locate(issue, toOffset(lines, position));
    if (!target) return [];
    const highlight = (ranges: Range[], writes: Range[] = []): DocumentHighlight[] =>
      ranges.map((r) => ({ range: toLspRange(lines, r), kind: writes.some((w) => w.start === r.start) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
    switch (target.kind) {
      case 'unit': {
        const name = target.unit.name;
        const ranges = issue.documents.flatMap((d) => d.tasks.flatMap((t) => t.annotations.flatMap((a) => a.units.filter((u) => u.name === name).map((u) => u.range))));
        return highlight(ranges);
      }
      case 'attachment-ref':
      case 'attachment-decl': {
        const d = target.document;
        const n = target.kind === 'attachment-ref' ? target.ref.number : target.decl.number;
        return n === undefined ? [] : highlight(...attachmentPlaces(d, n));
      }
      default: {
        const ref = documentReference(target);
        if (!ref || (!ref.key && !ref.title)) return [];
        // The documents of this file the target names, for their titles and number.
        const here = resolveDocuments(this.workspace, doc.uri, issue, ref).filter((t) => t.issue === issue);
        const key = ref.key ?? here.find((t) => t.document.number)?.document.number?.key;
        const titles = [...new Set([...(ref.title ? [ref.title] : []), ...here.flatMap((t) => titlesOf(t.document))])];
        const writes = here.flatMap((t) => [t.document.title.range, ...(t.document.number ? [t.document.number.range] : [])]);
        return highlight(occurrencesIn(doc.uri, issue, key, titles).map((o) => o.range), writes);
      }
    }
  }
}

/** 见附件N, the 附件说明's line and the printed 附件N of one document: the printed label is the write. */
function attachmentPlaces(d: GazetteDocument, n: number): [Range[], Range[]] {
  const printed = d.attachments.filter((a) => a.number === n).map((a) => a.labelRange);
  const declared = d.attachmentDecls.filter((a) => a.number === n).map((a) => a.numberRange ?? a.range);
  const refs = d.attachmentRefs.filter((r) => r.number === n).map((r) => r.range);
  return [[...refs, ...declared, ...printed].sort((a, b) => a.start - b.start), printed];
}
