// Document highlights: what the cursor is on, everywhere this file prints it — a document's number
// and titles (its own title and 发文字号 line as the write), a unit's name in the annotations, an
// attachment's number in 见附件N, the 附件说明 and the printed label, a note's label and its markers.
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../engine';
import type { AnalysisCache } from './analysis';
import { toLspRange, toOffset } from './convert';
import { attachmentNumberOf, attachmentPlaces, documentReference, locate, occurrencesIn, referredDocuments, titlesOf, unitPlaces } from './locate';
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
      case 'unit':
        return highlight(unitPlaces(issue, target.unit.name));
      case 'note': {
        const { note, markers } = target.places;
        return highlight([...(note ? [note.label] : []), ...markers].sort((a, b) => a.start - b.start), note ? [note.label] : []);
      }
      case 'attachment-ref':
      case 'attachment-decl':
      case 'attachment': {
        const { document, number } = attachmentNumberOf(target)!;
        const { all, printed } = attachmentPlaces(document, number);
        return highlight(all, printed);
      }
      default: {
        const ref = documentReference(target);
        if (!ref || (!ref.key && !ref.title)) return [];
        // The documents of this file the target names, for their titles and number.
        const here = referredDocuments(this.workspace, doc.uri, issue, target, ref).filter((t) => t.issue === issue);
        const key = ref.key ?? here.find((t) => t.document.number)?.document.number?.key;
        const titles = [...new Set([...(ref.title ? [ref.title] : []), ...here.flatMap((t) => titlesOf(t.document))])];
        const writes = here.flatMap((t) => [t.document.title.range, ...(t.document.number ? [t.document.number.range] : [])]);
        const documents = here.map((t) => t.document);
        return highlight(occurrencesIn(doc.uri, issue, key, titles, documents).map((o) => o.range), writes);
      }
    }
  }
}

