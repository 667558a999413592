// Links: <http://…> autolinks left by converters, and bare http(s) addresses.
import type { DocumentLink } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysis';
import { toLspRange } from './convert';
import { trimEndChars } from '../engine/parse/text';

const AUTOLINK = /<(https?:\/\/[^\s<>]+)>|(https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+;=%]+)/g;

export class DocumentLinksProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provide(doc: TextDocument): DocumentLink[] {
    const { text, lines } = this.cache.get(doc);
    const out: DocumentLink[] = [];
    for (const m of text.matchAll(AUTOLINK)) {
      const target = trimEndChars(m[1] ?? m[2], '.,;:!?)');
      const start = m.index! + (m[1] ? 1 : 0);
      out.push({ range: toLspRange(lines, { start, end: start + target.length }), target });
    }
    return out;
  }
}
