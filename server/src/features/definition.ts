// Go to definition: a number, TOC entry, 发文目录 row or citation → the document
// (this file or another of the workspace), or the plan it issues when that is the title cited; 见附件N or a line of the 附件说明 → that
// attachment; a decree's number after a citation (（市政府令第12号）) → that decree; the 目录's entry of the 发文目录 → its heading; a 政策解读's title → the
// document it interprets; a short name (以下简称《若干措施》) → the document its full title names, else that title;
// a note's marker (①, [1]) → the note under 注释：, the note → its markers.
import type { Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fullTitle, type AttachmentDecl, type AttachmentRef, type GazetteDocument, type Range } from '../engine';
import type { AnalysisCache } from './analysis';
import { linesOf, toLspRange, toOffset } from './convert';
import { documentReference, locate, referredDocuments } from './locate';
import type { WorkspaceFiles } from './workspaceFiles';

export class DefinitionProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly workspace: WorkspaceFiles,
  ) {}

  provide(doc: TextDocument, position: Position): Location[] {
    const analysis = this.cache.get(doc);
    const target = locate(analysis.issue, toOffset(analysis.lines, position));
    if (!target) return [];
    const here = (range: Range | undefined): Location[] => (range ? [{ uri: doc.uri, range: toLspRange(analysis.lines, range) }] : []);
    if (target.kind === 'attachment-ref') return here(attachmentTarget(target.document, target.ref));
    if (target.kind === 'attachment-decl') return here(printedAttachment(target.document, target.decl));
    if (target.kind === 'attachment') return here(target.attachment.title?.range ?? target.attachment.labelRange);
    if (target.kind === 'decree-number') return here(target.decree?.title.range);
    // A marker → its note; the note → the markers.
    if (target.kind === 'note') {
      const { note, markers } = target.places;
      const onNote = note && note.label.start === target.mark.range.start;
      return onNote ? markers.flatMap((r) => here(r)) : here(note?.range);
    }
    const directory = analysis.issue.directory;
    if (target.kind === 'toc-entry' && !target.entry.number && directory && target.entry.title.norm.endsWith('发文目录')) return here(directory.heading.range);
    // A 政策解读's title (关于《X》的解读) → X.
    const interpretation = target.kind === 'title' && target.document.kind === 'interpretation' ? target.document : undefined;
    const named = interpretation && /《([^《》]+)》/.exec(interpretation.title.norm)?.[1];
    // 《若干措施》政策解读, where the piece declares the short name: the title it stands for.
    const subject = named && fullTitle(analysis.issue, named, interpretation.range.start);
    const ref = subject ? { title: subject } : documentReference(target);
    if (!ref || (!ref.key && !ref.title)) return [];
    const documents = referredDocuments(this.workspace, doc.uri, analysis.issue, target, ref);
    // A short name of a document printed nowhere: the full title it stands for.
    if (documents.length === 0 && target.kind === 'alias') return here(target.alias.citation.title.range);
    return documents.map((t) => ({
      uri: t.uri,
      range: toLspRange(
        linesOf(t.issue),
        (target.kind === 'toc-entry' && namedPart(target.entry.title.norm, t.document)) || (ref.title && attachedPart(ref.title, t.document)) || t.document.title.range,
      ),
    }));
  }
}

/**
 * The title of the part of a decree a 目录 entry names by its rules' title (某市城市供水管理办法（市政府令第16号修改）:
 * the rules republished after the 修改决定), if the entry names one.
 */
function namedPart(entry: string, d: GazetteDocument): Range | undefined {
  if (d.kind !== 'decree') return undefined;
  const name = entry.replace(/[【】]/g, '').replace(/\([^()]*令[^()]*\)$/, '');
  return d.parts.find((p) => p.kind === 'attached' && p.title && name.length >= 4 && (p.title.norm === name || p.title.norm.startsWith(name)))?.title?.range;
}

/** The title of the plan or rules a document issues, when that is the title cited (现将《某市…方案》印发给你们). */
function attachedPart(title: string, d: GazetteDocument): Range | undefined {
  if (d.title.norm === title || d.preTitle?.norm === title) return undefined;
  return d.parts.find((p) => p.kind === 'attached' && p.title?.norm === title)?.title?.range;
}

/** The printed attachment with that number, else its line in the 附件说明. */
export function attachmentTarget(d: GazetteDocument, ref: AttachmentRef): Range | undefined {
  const n = ref.number;
  // 见附件1-2 goes to 附件1-2; 见附件1, where 附件1-1 and 附件1-2 are printed, to the first of them.
  const same = (a: { number?: number; sub?: number }) => a.number === n && (ref.sub === undefined || a.sub === ref.sub);
  const printed = d.attachments.find(same) ?? (n === undefined || n === 1 ? single(d.attachments) : undefined);
  if (printed) return printed.title?.range ?? printed.labelRange;
  const declared = d.attachmentDecls.find(same) ?? (n === undefined || n === 1 ? single(d.attachmentDecls) : undefined);
  return declared?.title.range ?? declared?.range;
}

/** The attachment a line of the 附件说明 declares: by its number (and sub-number), else by its title. */
function printedAttachment(d: GazetteDocument, decl: AttachmentDecl): Range | undefined {
  const printed =
    d.attachments.find((a) => decl.number !== undefined && a.number === decl.number && a.sub === decl.sub) ??
    d.attachments.find((a) => a.title?.norm === decl.title.norm) ??
    (d.attachmentDecls.length === 1 ? single(d.attachments) : undefined);
  return printed ? printed.title?.range ?? printed.labelRange : undefined;
}

function single<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
