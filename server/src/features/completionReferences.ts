// Completion of what a text refers to: after 《, the titles of the documents of the issue and the
// workspace (with the 发文字号 after a document's, as a citation gives it); after 附件, the numbers of the
// attachments the document declares.
import { CompletionItemKind, type CompletionItem, type Range as LspRange } from 'vscode-languageserver';
import { attachmentName, type GazetteDocument, type Issue } from '../engine';
import type { Analysis } from './analysis';
import { shorten } from './convert';
import { documentAt } from './locate';
import type { WorkspaceFiles } from './workspaceFiles';

/** 《 and what was typed of the title since; nothing typed may hold 》 or break the line. */
const CITATION_CONTEXT = /《([^《》\r\n]{0,60})$/;
/** A 》 right after the cursor, and a 发文字号 after it: （某政办发〔2024〕41号）. */
const CLOSED_AFTER = /^》([（(][^（()）\r\n]{1,30}号[)）])?/;
/** 附件 (见附件, 详见附件) and the digits typed after it. */
const ATTACHMENT_CONTEXT = /附件[ \t]*(\d{0,2})$/;
/** Enough items for a workspace of many issues. */
const MAX_TITLES = 200;

/** Inside 《…: titles to cite, the issue's first; undefined when the cursor is not after a 《. */
export function citationItems(analysis: Analysis, workspace: WorkspaceFiles, prefix: string, offset: number, at: (start: number) => LspRange): CompletionItem[] | undefined {
  const m = CITATION_CONTEXT.exec(prefix);
  if (!m) return undefined;
  const here = documentAt(analysis.issue, offset);
  // A 》 the editor closed the 《 with (or one already typed) is replaced, not doubled; a 发文字号 already after
  // it is not given again.
  const closing = CLOSED_AFTER.exec(analysis.text.slice(offset, offset + 40));
  const range = closing ? { start: at(offset - m[1].length).start, end: analysis.lines.position(offset + 1) } : at(offset - m[1].length);
  const numbered = !!closing?.[1];
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (title: string, detail: string, newText: string, rank: number) => {
    if (!title || seen.has(title) || items.length >= MAX_TITLES) return;
    seen.add(title);
    items.push({ label: title, kind: CompletionItemKind.Reference, detail, textEdit: { range, newText }, filterText: title, sortText: `${rank}${String(items.length).padStart(4, '0')}` });
  };
  const addDocument = (d: GazetteDocument, where: string, rank: number) => {
    // A document's own title is not cited in it; the plan it issues is (现将《…方案》印发给你们).
    if (d !== here) {
      const number = d.number && !numbered ? `（${d.number.issuer}〔${d.number.year}〕${Number(d.number.serial)}号）` : '';
      add(d.title.text, [d.number?.raw.replace(/\s+/g, ''), where].filter(Boolean).join(' '), `${d.title.text}》${number}`, rank);
    }
    for (const p of d.parts) if (p.kind === 'attached' && p.title) add(p.title.text, `${shorten(d.title.text, 30)} 印发 ${where}`, `${p.title.text}》`, rank);
  };
  const interpreted = (d: GazetteDocument) => d.kind === 'interpretation' || d.kind === 'appointments';
  for (const d of analysis.issue.documents) if (!interpreted(d)) addDocument(d, '本期', 0);
  for (const [uri, issue] of workspace.entries()) {
    if (issue === analysis.issue || uri === analysis.uri) continue;
    for (const d of issue.documents) if (!interpreted(d)) addDocument(d, fileName(uri), 1);
  }
  return items;
}

/** After 附件: the attachments the document declares or prints, by number. */
export function attachmentItems(issue: Issue, prefix: string, offset: number, at: (start: number) => LspRange): CompletionItem[] | undefined {
  const m = ATTACHMENT_CONTEXT.exec(prefix);
  const d = m && documentAt(issue, offset);
  if (!m || !d) return undefined;
  const numbered = new Map<string, string>();
  for (const a of d.attachmentDecls) if (a.number !== undefined) numbered.set(label(a.number, a.sub), a.title.text);
  for (const a of d.attachments) if (a.number !== undefined && !numbered.has(label(a.number, a.sub))) numbered.set(label(a.number, a.sub), a.title?.text ?? attachmentName(a));
  if (numbered.size < 2) return undefined;
  const range = at(offset - m[1].length);
  return [...numbered].map(([n, title], i) => ({
    label: n,
    kind: CompletionItemKind.Reference,
    detail: `附件${n} ${shorten(title, 40)}`,
    textEdit: { range, newText: n },
    filterText: n,
    sortText: String(i).padStart(3, '0'),
  }));
}

function label(n: number, sub: number | undefined): string {
  return sub === undefined ? String(n) : `${n}-${sub}`;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
