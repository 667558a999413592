// References: every place of the workspace where a document's number key or title is printed, or a
// unit is named in a task's annotation; for an attachment, every place of its document naming it; for a note (①, [1]),
// its markers in the text.
import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysis';
import { linesOf, toLspRange, toOffset } from './convert';
import type { Issue, Range } from '../engine';
import { attachmentNumberOf, attachmentPlaces, documentReference, locate, occurrencesIn, referredDocuments, titlesOf, unitPlaces, type Occurrence } from './locate';
import { canonicalUri, type WorkspaceFiles } from './workspaceFiles';
import { append } from '../engine/arrays';

export class ReferencesProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly workspace: WorkspaceFiles,
  ) {}

  provide(doc: TextDocument, position: Position, includeDeclaration: boolean): Location[] {
    const analysis = this.cache.get(doc);
    const target = locate(analysis.issue, toOffset(analysis.lines, position));
    const here = (ranges: Range[]) => ranges.map((r) => ({ uri: doc.uri, range: toLspRange(analysis.lines, r) }));
    const attachment = target && attachmentNumberOf(target);
    if (attachment) {
      const { all, printed } = attachmentPlaces(attachment.document, attachment.number);
      return here(includeDeclaration ? all : all.filter((r) => !printed.includes(r)));
    }
    if (target?.kind === 'unit') return this.unitReferences(doc.uri, analysis.issue, target.unit.name);
    if (target?.kind === 'note') {
      const { note, markers } = target.places;
      return here([...(includeDeclaration && note ? [note.label] : []), ...markers].sort((a, b) => a.start - b.start));
    }
    const ref = target && documentReference(target);
    if (!target || !ref || (!ref.key && !ref.title)) return [];
    const targets = referredDocuments(this.workspace, doc.uri, analysis.issue, target, ref);
    const key = ref.key ?? targets.find((t) => t.document.number)?.document.number?.key;
    const titles = [...new Set([...(ref.title ? [ref.title] : []), ...targets.flatMap((t) => titlesOf(t.document))])];
    // The declaration is the document's own title and 发文字号 line.
    const declarations = new Set(
      targets.flatMap((t) => [t.document.title.range, t.document.number?.range].filter(Boolean).map((r) => `${canonicalUri(t.uri)}#${r!.start}`)),
    );
    const occurrences: Occurrence[] = [];
    const documentsIn = (issue: Issue) => targets.filter((t) => t.issue === issue).map((t) => t.document);
    for (const [uri, issue] of this.workspace.entries()) append(occurrences, occurrencesIn(uri, issue, key, titles, documentsIn(issue)));
    if (!this.workspace.issue(doc.uri)) append(occurrences, occurrencesIn(doc.uri, analysis.issue, key, titles, documentsIn(analysis.issue)));
    return occurrences
      .filter((o) => includeDeclaration || !declarations.has(`${canonicalUri(o.uri)}#${o.range.start}`))
      .map((o) => ({ uri: o.uri, range: toLspRange(linesOf(o.issue), o.range) }));
  }

  /** Every annotation of the workspace naming the unit. */
  private unitReferences(uri: string, issue: Issue, name: string): Location[] {
    const issues = [...this.workspace.entries()];
    if (!this.workspace.issue(uri)) issues.push([uri, issue]);
    return issues.flatMap(([u, i]) => unitPlaces(i, name).map((r) => ({ uri: u, range: toLspRange(linesOf(i), r) })));
  }
}
