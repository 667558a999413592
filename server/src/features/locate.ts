// What is at an offset of an issue, and which document a number or title refers to.
// Shared by hover, definition, references and rename.
import {
  aliasAt,
  aliasesOf,
  decreeNumberAfter,
  documentOfNumberlessEntry,
  entryMayName,
  type Attachment,
  type Alias,
  type AttachmentDecl,
  type AttachmentRef,
  type Citation,
  type DirectoryRow,
  type DocNumber,
  type GazetteDocument,
  type Heading,
  type Issue,
  type Range,
  type TextSpan,
  type TocEntry,
  type Unit,
  type UnitAnnotation,
} from '../engine';
import { notesOf, pairedStyles, type NoteMark } from '../engine/rules/shared/notes';
import { contains } from './convert';
import { canonicalUri, type WorkspaceFiles } from './workspaceFiles';

export type Target =
  | { kind: 'number'; number: DocNumber }
  | { kind: 'attachment-ref'; ref: AttachmentRef; document: GazetteDocument }
  | { kind: 'attachment-decl'; decl: AttachmentDecl; document: GazetteDocument }
  /** The printed label of an attachment (附件1 alone on its line). */
  | { kind: 'attachment'; attachment: Attachment; document: GazetteDocument }
  | { kind: 'unit'; unit: Unit; annotation: UnitAnnotation; document: GazetteDocument }
  | { kind: 'heading'; heading: Heading; index: number; document: GazetteDocument }
  | { kind: 'citation'; citation: Citation }
  /** A short name the document declared (以下简称《若干措施》): it names the document the full title names. */
  | { kind: 'alias'; alias: Alias; range: Range }
  /** （市政府令第12号） after a citation: the decree of this issue it names, if printed. */
  | { kind: 'decree-number'; range: Range; serial: string; decree?: GazetteDocument }
  | { kind: 'toc-entry'; entry: TocEntry }
  | { kind: 'directory-row'; row: DirectoryRow }
  /** The 发文目录's heading: named by the 目录's entry of it. */
  | { kind: 'directory-heading'; heading: TextSpan }
  | { kind: 'title'; document: GazetteDocument }
  /** A note under 注释： or a marker in the text that goes with one (①, [1]): `places` are its note and markers. */
  | { kind: 'note'; mark: NoteMark; document: GazetteDocument; places: NotePlaces };

/** A note (its label, and its lines) and the markers of the text that go with it. */
export interface NotePlaces {
  note?: { label: Range; range: Range };
  markers: Range[];
}

export function documentAt(issue: Issue, offset: number): GazetteDocument | undefined {
  return issue.documents.find((d) => contains(d.range, offset));
}

/** The most specific element at an offset. */
export function locate(issue: Issue, offset: number): Target | undefined {
  const number = issue.numbers.find((n) => contains(n.range, offset));
  if (number) return { kind: 'number', number };
  const document = documentAt(issue, offset);
  if (document) {
    const ref = document.attachmentRefs.find((r) => contains(r.range, offset));
    if (ref) return { kind: 'attachment-ref', ref, document };
    // A line of the 附件说明, unless a 《title》 cited on it is what is pointed at.
    const decl = document.attachmentDecls.find((a) => contains(a.range, offset));
    if (decl && !issue.citations.some((c) => contains(c.range, offset))) return { kind: 'attachment-decl', decl, document };
    const attachment = document.attachments.find((a) => contains(a.labelRange, offset));
    if (attachment) return { kind: 'attachment', attachment, document };
    for (const task of document.tasks) {
      for (const annotation of task.annotations) {
        if (!contains(annotation.range, offset)) continue;
        const unit = annotation.units.find((u) => contains(u.range, offset));
        if (unit) return { kind: 'unit', unit, annotation, document };
      }
    }
    const note = noteAt(issue, document, offset);
    if (note) return note;
    const index = document.headings.findIndex((h) => contains(h.labelRange, offset));
    if (index >= 0) return { kind: 'heading', heading: document.headings[index], index, document };
  }
  const alias = aliasAt(issue, offset);
  if (alias) return { kind: 'alias', ...alias };
  const citation = issue.citations.find((c) => contains(c.range, offset));
  if (citation) return { kind: 'citation', citation };
  const decree = decreeNumberAt(issue, offset);
  if (decree) return decree;
  const entry = issue.toc?.entries.find((e) => contains(e.range, offset));
  if (entry) return { kind: 'toc-entry', entry };
  const row = issue.directory?.rows.find((r) => contains(r.range, offset));
  if (row) return { kind: 'directory-row', row };
  if (issue.directory && contains(issue.directory.heading.range, offset)) return { kind: 'directory-heading', heading: issue.directory.heading };
  if (document && (contains(document.title.range, offset) || (document.preTitle && contains(document.preTitle.range, offset)))) {
    return { kind: 'title', document };
  }
  // The printed title of a plan the notice issues names the notice's document, as its citations do.
  if (document?.parts.some((p) => p.kind === 'attached' && p.title && contains(p.title.range, offset))) return { kind: 'title', document };
  return undefined;
}

/** A note or a marker of a document's notes at the offset, where its notes and markers go together (see notesOf). */
function noteAt(issue: Issue, document: GazetteDocument, offset: number): Target | undefined {
  // Cheap first: the offset is on or right after a circled number or a bracketed one.
  if (!/[\u2460-\u2473\[\]［］0-9]/.test(issue.text.slice(Math.max(0, offset - 1), offset + 1))) return undefined;
  const found = notesOf(issue, document);
  const styles = pairedStyles(found);
  const mark = [...found.markers, ...found.notes].find((m) => styles.includes(m.style) && contains(m.range, offset));
  if (!mark) return undefined;
  const same = (m: NoteMark) => m.style === mark.style && m.value === mark.value;
  const k = found.notes.findIndex(same);
  const places = { note: k >= 0 ? { label: found.notes[k].range, range: found.noteRanges[k] } : undefined, markers: found.markers.filter(same).map((m) => m.range) };
  return { kind: 'note', mark, document, places };
}

/** A decree's number printed after a citation (《…办法》（市政府令第12号）), if the offset is on one. */
function decreeNumberAt(issue: Issue, offset: number): Target | undefined {
  for (const c of issue.citations) {
    if (c.range.end > offset || c.range.end < offset - 40) continue;
    const cited = decreeNumberAfter(issue, c);
    if (cited && contains(cited.range, offset)) return { kind: 'decree-number', ...cited };
  }
  return undefined;
}

/** The number key and title a target refers to, when it refers to a document. */
export function documentReference(target: Target): { key?: string; title?: string } | undefined {
  switch (target.kind) {
    case 'number':
      return { key: target.number.key };
    case 'citation':
      return { key: target.citation.number?.key, title: target.citation.title.norm };
    case 'alias':
      return { key: target.alias.citation.number?.key, title: target.alias.citation.title.norm };
    case 'toc-entry':
      return { key: target.entry.number?.key, title: target.entry.title.norm };
    case 'directory-row':
      return { key: target.row.number?.key, title: target.row.title?.norm };
    case 'title':
      return { key: target.document.number?.key, title: target.document.title.norm };
    case 'directory-heading':
      return { title: target.heading.norm };
    default:
      return undefined;
  }
}

export interface DocumentTarget {
  uri: string;
  issue: Issue;
  document: GazetteDocument;
}

/** Titles a document is known by: its title, a title printed before it, its attached plans. */
export function titlesOf(document: GazetteDocument): string[] {
  const titles = [document.title.norm];
  if (document.preTitle) titles.push(document.preTitle.norm);
  for (const part of document.parts) if (part.kind === 'attached' && part.title) titles.push(part.title.norm);
  return titles.filter((t) => t.length > 0);
}

/**
 * The documents a target refers to: a 目录 entry without a number (政策解读, a decree) as the 目录
 * check matches it, anything else by its number key or title (see resolveDocuments).
 */
export function referredDocuments(workspace: WorkspaceFiles, uri: string, issue: Issue, target: Target, ref: { key?: string; title?: string }): DocumentTarget[] {
  if (target.kind === 'toc-entry' && !target.entry.number) {
    const d = documentOfNumberlessEntry(issue, target.entry);
    if (d) return [{ uri, issue, document: d }];
  }
  return resolveDocuments(workspace, uri, issue, ref);
}

/** Documents a number key or title refers to: this file first, then the workspace. */
export function resolveDocuments(
  workspace: WorkspaceFiles,
  uri: string,
  issue: Issue,
  ref: { key?: string; title?: string },
): DocumentTarget[] {
  const local = issue.documents.filter((d) =>
    ref.key ? d.number?.key === ref.key : ref.title ? titlesOf(d).includes(ref.title) : false,
  );
  if (local.length) return local.map((document) => ({ uri, issue, document }));
  const self = canonicalUri(uri);
  const found = ref.key ? workspace.index.findByNumber(ref.key) : ref.title ? workspace.index.findByTitle(ref.title) : [];
  const byTitle = found.length === 0 && ref.key && ref.title ? workspace.index.findByTitle(ref.title) : [];
  const out: DocumentTarget[] = [];
  for (const item of [...found, ...byTitle]) {
    if (canonicalUri(item.uri) === self) continue;
    const other = workspace.index.get(item.uri);
    if (other) out.push({ uri: workspace.editorUri(item.uri), issue: other, document: item.document });
  }
  if (out.length === 0 && ref.key && ref.title) {
    // A number printed wrongly (a typo) still resolves by its title in this file.
    const byLocalTitle = issue.documents.filter((d) => titlesOf(d).includes(ref.title!));
    return byLocalTitle.map((document) => ({ uri, issue, document }));
  }
  return out;
}

export interface Occurrence {
  uri: string;
  issue: Issue;
  range: Range;
  what: 'number' | 'title';
  /** For numbers, where it is printed. */
  role?: DocNumber['role'];
}

/**
 * Every place of one issue where a number key or one of the titles is printed, and the 目录 entries
 * without a number that name one of `documents` in words of their own (市政府人事任免(2018年12月份)); with titles,
 * the short names declared for them too (以下简称《若干措施》 and each 《若干措施》 after it).
 */
export function occurrencesIn(uri: string, issue: Issue, key: string | undefined, titles: string[], documents: GazetteDocument[] = []): Occurrence[] {
  const out: Occurrence[] = [];
  if (key) {
    for (const n of issue.numbers) if (n.key === key) out.push({ uri, issue, range: n.range, what: 'number', role: n.role });
  }
  if (titles.length) {
    const wanted = new Set(titles);
    const add = (span: { norm: string; range: Range } | undefined) => {
      if (span && wanted.has(span.norm)) out.push({ uri, issue, range: span.range, what: 'title' });
    };
    for (const d of issue.documents) {
      add(d.title);
      add(d.preTitle);
      for (const part of d.parts) if (part.kind === 'attached') add(part.title);
    }
    for (const e of issue.toc?.entries ?? []) add(e.title);
    for (const c of issue.citations) add(c.title);
    for (const r of issue.directory?.rows ?? []) add(r.title);
    add(issue.directory?.heading);
    for (const alias of aliasesOf(issue)) {
      const c = alias.citation;
      if (wanted.has(c.title.norm) || (key && c.number?.key === key)) for (const range of alias.mentions) out.push({ uri, issue, range, what: 'title' });
    }
  }
  if (documents.length) {
    for (const e of issue.toc?.entries ?? []) {
      // Only an entry that may name one of them is matched against the whole issue.
      if (e.number || !documents.some((d) => entryMayName(e, d))) continue;
      const d = documentOfNumberlessEntry(issue, e);
      if (d && documents.includes(d)) out.push({ uri, issue, range: e.title.range, what: 'title' });
    }
  }
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.range.start - b.range.start)
    .filter((o) => {
      const k = `${o.range.start}:${o.range.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/** The attachment number a target is about: 见附件N, a line of the 附件说明 or a printed label. */
export function attachmentNumberOf(target: Target): { document: GazetteDocument; number?: number } | undefined {
  if (target.kind === 'attachment-ref') return { document: target.document, number: target.ref.number };
  if (target.kind === 'attachment-decl') return { document: target.document, number: target.decl.number };
  if (target.kind === 'attachment') return { document: target.document, number: target.attachment.number };
  return undefined;
}

/**
 * 见附件N, the 附件说明's line and the printed 附件N of one document, and the printed labels among them.
 * A document with one attachment may leave it unnumbered anywhere (见附件, 附件：…): all of them are it.
 */
export function attachmentPlaces(d: GazetteDocument, n: number | undefined): { all: Range[]; printed: Range[] } {
  const single = d.attachments.length <= 1 && d.attachmentDecls.length <= 1;
  const key = (k: number | undefined) => (single ? k ?? 1 : k);
  const wanted = key(n);
  if (wanted === undefined) return { all: [], printed: [] };
  const same = (x: { number?: number }) => key(x.number) === wanted;
  const printed = d.attachments.filter(same).map((a) => a.labelRange);
  const declared = d.attachmentDecls.filter(same).map((a) => a.numberRange ?? a.range);
  const refs = d.attachmentRefs.filter(same).map((r) => r.range);
  return { all: [...refs, ...declared, ...printed].sort((a, b) => a.start - b.start), printed };
}

/** Every unit annotation of an issue naming that unit. */
export function unitPlaces(issue: Issue, name: string): Range[] {
  return issue.documents.flatMap((d) => d.tasks.flatMap((t) => t.annotations.flatMap((a) => a.units.filter((u) => u.name === name).map((u) => u.range))));
}
