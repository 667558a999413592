// Workspace symbols: every document of every indexed issue, by title or number.
import * as path from 'path';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { normalize } from '../engine/parse/text';
import { linesOf, toLspRange } from './convert';
import { documentName } from './documentSymbols';
import { uriToPath, type WorkspaceFiles } from './workspaceFiles';

const LIMIT = 1000;

export class WorkspaceSymbolsProvider {
  constructor(private readonly workspace: WorkspaceFiles) {}

  provide(query: string): SymbolInformation[] {
    const q = normalize(query).toLowerCase();
    const out: SymbolInformation[] = [];
    for (const [uri, issue] of this.workspace.entries()) {
      const file = path.basename(uriToPath(uri) ?? uri);
      for (const d of issue.documents) {
        const key = d.number?.key ?? '';
        if (q && !fuzzy(q, d.title.norm.toLowerCase()) && !key.toLowerCase().includes(q) && !fuzzy(q, normalize(d.number?.raw ?? '').toLowerCase())) {
          continue;
        }
        out.push({
          name: documentName(d),
          kind: SymbolKind.File,
          location: { uri, range: toLspRange(linesOf(issue), d.title.range) },
          containerName: [d.number?.raw.replace(/\s+/g, ''), file].filter(Boolean).join(' · '),
        });
        if (out.length >= LIMIT) return out;
      }
    }
    return out;
  }
}

/** Every character of the query, in order. */
function fuzzy(query: string, target: string): boolean {
  let i = 0;
  for (const c of target) if (c === query[i]) i++;
  return i === query.length;
}
