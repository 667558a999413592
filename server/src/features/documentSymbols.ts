// Outline: 目录 with its sections and entries, each document with its heading tree,
// attached plans and attachments, and the 发文目录.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { attachmentName, forwards, shownLabel, type GazetteDocument, type Heading, type Issue, type LineIndex, type Range, type TocEntry } from '../engine';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysis';
import { shorten, toLspRange } from './convert';
import { closersOf, endBefore, headingExtent, withoutPageBreak } from './headingExtent';
import { questionsOf } from './questions';

export class DocumentSymbolsProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provide(doc: TextDocument): DocumentSymbol[] {
    const { issue, lines } = this.cache.get(doc);
    return issueSymbols(issue, lines);
  }
}

export function issueSymbols(issue: Issue, lines: LineIndex): DocumentSymbol[] {
  const make = (name: string, kind: SymbolKind, range: Range, selection: Range, detail?: string, children: DocumentSymbol[] = []) =>
    symbol(lines, name, kind, range, selection, detail, children);
  const out: DocumentSymbol[] = [];
  if (issue.masthead?.name) {
    const m = issue.masthead;
    const detail = [m.issueNo && `第${m.issueNo.value}期`, m.totalNo && `总第${m.totalNo.value}期`].filter(Boolean).join(' ');
    out.push(make(m.name!.text, SymbolKind.Namespace, m.range, m.name!.range, detail || undefined));
  }
  if (issue.toc) {
    const toc = issue.toc;
    const sections = toc.sections.map((s, i) => {
      const end = toc.sections[i + 1]?.range.start ?? toc.range.end;
      const entries = toc.entries.filter((e) => e.range.start >= s.range.start && e.range.start < end);
      const last = entries.length ? entries[entries.length - 1].range.end : s.range.end;
      return make(s.name, SymbolKind.Package, { start: s.range.start, end: last }, s.range, undefined, entries.map(entrySymbol));
    });
    const loose = toc.entries.filter((e) => !toc.sections.some((s, i) => e.range.start >= s.range.start && e.range.start < (toc.sections[i + 1]?.range.start ?? toc.range.end)));
    out.push(make('目录', SymbolKind.Namespace, toc.range, toc.headerRange, `${toc.entries.length} 篇`, [...loose.map(entrySymbol), ...sections]));
  }
  function entrySymbol(e: TocEntry): DocumentSymbol {
    const detail = [e.number?.raw.replace(/\s+/g, ''), e.page !== undefined ? `第${e.page}页` : ''].filter(Boolean).join(' ');
    return make(shorten(e.title.text, 60) || '(无标题)', SymbolKind.Key, e.range, e.title.range, detail || undefined);
  }
  // A document a 转发 notice forwards, printed after it, is shown under the notice.
  issue.documents.forEach((d, k) => {
    const symbol = documentSymbol(d, issue, lines);
    const notice = out[out.length - 1];
    if (k > 0 && forwards(issue, issue.documents[k - 1], d) && notice) {
      notice.children!.push(symbol);
      notice.range = { start: notice.range.start, end: symbol.range.end };
    } else out.push(symbol);
  });
  if (issue.directory) {
    const dir = issue.directory;
    const rows = dir.rows.map((r) =>
      make(r.number ? r.number.raw.replace(/\s+/g, '') : shorten(r.title?.text ?? '', 40) || '(空行)', SymbolKind.Constant, r.range, r.number?.range ?? r.range, r.title ? shorten(r.title.text, 60) : undefined),
    );
    out.push(make(shorten(dir.heading.text, 60) || '发文目录', SymbolKind.Namespace, dir.range, dir.heading.range, `${dir.rows.length} 件`, rows));
  }
  return out;
}

function documentSymbol(d: GazetteDocument, issue: Issue, lines: LineIndex): DocumentSymbol {
  const headingSymbols = d.headings.map((h) => symbol(lines, headingName(h), SymbolKind.String, headingExtent(lines.text, d, h), h.labelRange));
  // Nest by parent; roots go to the part they belong to.
  const roots = new Map<number, DocumentSymbol[]>();
  d.headings.forEach((h, i) => {
    const parent = h.parent >= 0 && h.parent < i ? headingSymbols[h.parent] : undefined;
    if (parent) parent.children!.push(headingSymbols[i]);
    else {
      const list = roots.get(h.part) ?? [];
      list.push(headingSymbols[i]);
      roots.set(h.part, list);
    }
  });
  insertedArticles(d, lines, headingSymbols, roots);
  addQuestions(d, issue, lines, headingSymbols, roots);
  const children: DocumentSymbol[] = [...(roots.get(0) ?? [])];
  const attachmentParts = new Set(d.attachments.map((a) => a.part));
  d.parts.forEach((part, i) => {
    if (i === 0 || part.kind !== 'attached' || attachmentParts.has(i)) return;
    const title = part.title;
    children.push(symbol(lines, title ? shorten(title.text, 60) : '附文', SymbolKind.Module, withoutPageBreak(lines.text, part.range), title?.range ?? part.range, '印发', roots.get(i)));
  });
  for (const a of d.attachments) {
    const name = attachmentName(a);
    children.push(
      symbol(lines, a.title ? `${name} ${shorten(a.title.text, 50)}` : name, SymbolKind.Object, withoutPageBreak(lines.text, a.range), a.labelRange, undefined, roots.get(a.part)),
    );
  }
  const name = documentName(d);
  const detail = d.number ? d.number.raw.replace(/\s+/g, '') : kindLabel(d);
  return symbol(lines, name, SymbolKind.File, withoutPageBreak(lines.text, d.range), d.title.range, detail, children);
}

/** A document's name in menus: its title, shortened. */
export function documentName(d: GazetteDocument): string {
  return shorten(d.title.text, 80) || '(无标题)';
}

/**
 * Puts each inserted article (第十六条之一) after the article it follows, as its sibling, with the items
 * numbered under it; the article before it ends where it starts (see ./headingExtent).
 */
function insertedArticles(d: GazetteDocument, lines: LineIndex, headingSymbols: DocumentSymbol[], roots: Map<number, DocumentSymbol[]>): void {
  const { inserted } = closersOf(lines.text, d);
  inserted.forEach((a, k) => {
    // The article it follows: the last one before it whose block (unclipped) runs over it.
    let i = d.headings.length - 1;
    while (i >= 0 && !(d.headings[i].kind === 'article' && d.headings[i].range.start < a.at && headingExtent(lines.text, d, d.headings[i], { inserted: false }).end > a.at)) i--;
    if (i < 0) return;
    const h = d.headings[i];
    const host = headingSymbols[i];
    const name = a.text ? `${a.label} ${shorten(a.text.split(/[。；;]/)[0], 40)}` : a.label;
    const at = toLspRange(lines, { start: a.at, end: a.at }).start;
    // What the host holds from this line on (the items under this article, or an 之一 before this 之二) is the inserted article's.
    const moved = host.children!.filter((c) => comesAfter(c.range.start, at));
    const blockEnd = headingExtent(lines.text, d, h, { inserted: false }).end;
    const end = Math.min(blockEnd, inserted[k + 1] ? endBefore(lines.text, inserted[k + 1].at) : blockEnd);
    const symbolOf = symbol(lines, name, SymbolKind.String, { start: a.at, end }, { start: a.labelAt, end: a.labelAt + a.label.length }, undefined, moved);
    host.children = host.children!.filter((c) => !moved.includes(c));
    const siblings = h.parent >= 0 && h.parent < i ? headingSymbols[h.parent].children! : roots.get(h.part)!;
    siblings.splice(siblings.indexOf(host) + 1, 0, symbolOf);
    // A later 之二 is inserted after this one.
    headingSymbols[i] = symbolOf;
  });
}

/** The questions of a 政策解读 written as questions and answers, each over its answer, in the heading or part they are in. */
function addQuestions(d: GazetteDocument, issue: Issue, lines: LineIndex, headingSymbols: DocumentSymbol[], roots: Map<number, DocumentSymbol[]>): void {
  const touched = new Set<DocumentSymbol[]>();
  for (const q of questionsOf(issue, d)) {
    const name = shorten(q.text.replace(/\*\*/g, ''), 40);
    const siblings = q.parent >= 0 ? headingSymbols[q.parent].children! : roots.get(q.part) ?? [];
    siblings.push(symbol(lines, name, SymbolKind.String, q.extent, q.labelRange));
    if (q.parent < 0) roots.set(q.part, siblings);
    touched.add(siblings);
  }
  for (const siblings of touched) siblings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function comesAfter(p: { line: number; character: number }, q: { line: number; character: number }): boolean {
  return p.line > q.line || (p.line === q.line && p.character >= q.character);
}

function headingName(h: Heading): string {
  // A run-in heading ("(一)规范调查行为。各地要…") is named by its first sentence.
  const text = shorten(h.text.split(/[。；;]/)[0], 40);
  const label = shownLabel(h);
  return text ? `${label}${label.endsWith(' ') || !h.spaceAfter ? '' : ' '}${text}` : label;
}

function kindLabel(d: GazetteDocument): string | undefined {
  if (d.kind === 'announcement') return d.title.norm.includes('通告') ? '通告' : '公告';
  return d.kind === 'interpretation' ? '政策解读' : d.kind === 'appointments' ? '人事任免' : d.kind === 'decree' ? '政府令' : undefined;
}

/** A DocumentSymbol whose selection lies inside its range, as the protocol requires. */
function symbol(
  lines: LineIndex,
  name: string,
  kind: SymbolKind,
  range: Range,
  selection: Range,
  detail?: string,
  children: DocumentSymbol[] = [],
): DocumentSymbol {
  const start = Math.min(range.start, selection.start);
  const end = Math.max(range.end, selection.end);
  return {
    name: name || '?',
    detail,
    kind,
    range: toLspRange(lines, { start, end }),
    selectionRange: toLspRange(lines, selection),
    children: [...children],
  };
}
