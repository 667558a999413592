// Where each printed document's number appears in the issue: its own 发文字号
// line, its TOC entry, its 发文目录 row and the citations of it, matched by title.
import type { Citation, DirectoryRow, DocNumber, GazetteDocument, Issue, TocEntry } from '../../model';
import type { Edit } from '../types';
import { memoizeText } from '../shared/memo';
import { citedTitle } from '../shared/aliases';

export interface DocRefs {
  doc: GazetteDocument;
  number: DocNumber;
  toc: TocEntry[];
  directory: DirectoryRow[];
  citations: Citation[];
}

export interface IssueRefs {
  docs: DocRefs[];
  /** TOC entries and 发文目录 rows that name no printed document. */
  otherToc: TocEntry[];
  otherRows: DirectoryRow[];
  /** Citations with a number whose title names no printed document. */
  otherCitations: Citation[];
}

/** A title for matching: no whitespace, quotes, brackets or punctuation. */
export const titleKey = memoizeText((norm: string): string =>
  norm.replace(/[\s"'“”‘’《》〈〉「」『』()（）〔〕[\]［］【】{},，、.．。:：;；!！?？·•*_~～\-—–]/g, ''),
);

/** The titles a document goes by: its own, the plan it issues (printed before or after it). */
export function titlesOf(doc: GazetteDocument): string[] {
  const out = [doc.title.norm];
  if (doc.preTitle) out.push(doc.preTitle.norm);
  for (const p of doc.parts) if (p.kind === 'attached' && p.title) out.push(p.title.norm);
  return [...new Set(out.map(titleKey).filter((t) => t.length >= 6))];
}

export function collectRefs(issue: Issue): IssueRefs {
  const byTitle = new Map<string, DocRefs>();
  const docs: DocRefs[] = [];
  for (const doc of issue.documents) {
    if (!doc.number || doc.kind !== 'document') continue;
    const refs: DocRefs = { doc, number: doc.number, toc: [], directory: [], citations: [] };
    docs.push(refs);
    for (const t of titlesOf(doc)) if (!byTitle.has(t)) byTitle.set(t, refs);
  }
  const out: IssueRefs = { docs, otherToc: [], otherRows: [], otherCitations: [] };
  for (const e of issue.toc?.entries ?? []) {
    if (!e.number) continue;
    const d = byTitle.get(titleKey(e.title.norm));
    if (d) d.toc.push(e);
    else out.otherToc.push(e);
  }
  for (const r of issue.directory?.rows ?? []) {
    if (!r.number) continue;
    const d = r.title ? byTitle.get(titleKey(r.title.norm)) : undefined;
    if (d) d.directory.push(r);
    else out.otherRows.push(r);
  }
  for (const c of issue.citations) {
    if (!c.number) continue;
    // A short name (以下简称《若干措施》) cites the title it stands for.
    const d = byTitle.get(titleKey(citedTitle(issue, c)));
    // A document does not cite itself by its own title: that is its title line.
    if (d && !(c.range.start >= d.doc.title.range.start && c.range.end <= d.doc.title.range.end)) d.citations.push(c);
    else if (!d) out.otherCitations.push(c);
  }
  return out;
}

/** Same issuer, year and serial (brackets, spaces, 第 and leading zeros aside). */
export function sameNumber(a: DocNumber, b: DocNumber): boolean {
  return a.issuer === b.issuer && Number(a.year) === Number(b.year) && Number(a.serial) === Number(b.serial);
}

/** Identity of a number for grouping: issuer, year and serial as numbers. */
export function numberKey(n: DocNumber): string {
  return `${n.issuer}〔${Number(n.year)}〕${Number(n.serial)}`;
}

/** What differs between two numbers, in words: 序号, 年份, 机关代字. */
export function differences(a: DocNumber, b: DocNumber): { zh: string; en: string } {
  const parts = [
    a.issuer !== b.issuer && ['机关代字', 'issuer code'],
    Number(a.year) !== Number(b.year) && ['年份', 'year'],
    Number(a.serial) !== Number(b.serial) && ['序号', 'serial'],
  ].filter((p): p is string[] => !!p);
  const zh = parts.map((p) => p[0]);
  const en = parts.map((p) => p[1]);
  return { zh: zh.join('、'), en: en.join(' and ') };
}

/** Edits that make `from` read like `to`, keeping its own brackets and spacing. */
export function editsToMatch(from: DocNumber, to: DocNumber): Edit[] {
  const edits: Edit[] = [];
  if (from.issuer !== to.issuer) edits.push({ range: from.issuerRange, text: to.issuer });
  if (Number(from.year) !== Number(to.year)) edits.push({ range: from.yearRange, text: to.year });
  if (Number(from.serial) !== Number(to.serial)) edits.push({ range: from.serialRange, text: String(Number(to.serial)) });
  return edits;
}

export const ROLE_NAME: Record<string, { zh: string; en: string }> = {
  document: { zh: '正文', en: 'the document line' },
  toc: { zh: '目录', en: 'the table of contents' },
  directory: { zh: '发文目录', en: 'the list of documents issued' },
  citation: { zh: '引用处', en: 'the citation' },
  interpretation: { zh: '政策解读', en: 'the policy interpretation' },
};

/** The issuing organ: the signature, else the title up to 关于/印发/转发. */
export function organOf(doc: GazetteDocument): string | undefined {
  const sig = doc.signature?.organ?.norm;
  if (sig) return sig;
  const m = /^(.{2,30}?)(?:关于|印发|转发|批转)/.exec(doc.title.norm);
  return m ? m[1] : undefined;
}

/** Year of the issue: the masthead, else the 发文目录 heading (2018 年 12 月份…发文目录). */
export function issueYear(issue: Issue): number | undefined {
  return issue.masthead?.publicationDate?.year ?? issue.masthead?.year ?? directoryMonth(issue)?.year;
}

/** The month the 发文目录 covers, from its heading. */
export function directoryMonth(issue: Issue): { year: number; month?: number } | undefined {
  const m = issue.directory ? /(\d{4})年(?:(\d{1,2})月)?/.exec(issue.directory.heading.norm) : null;
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined } : undefined;
}
