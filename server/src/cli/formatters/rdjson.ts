// reviewdog's Diagnostic Format (rdjson): https://github.com/reviewdog/reviewdog/tree/master/proto/rdf
// Columns there count UTF-8 bytes, so positions are recomputed from the source text.
import * as path from 'node:path';
import { LineIndex } from '../../engine';
import type { LintResult } from '../results';

export interface RdjsonOptions {
  cwd: string;
  /** Source text of each file, to turn offsets and UTF-16 columns into UTF-8 byte columns. */
  sources: ReadonlyMap<string, string>;
  docsUri: (ruleId: string) => string | undefined;
}

export function formatRdjson(results: readonly LintResult[], options: RdjsonOptions): string {
  const diagnostics = [];
  for (const r of results) {
    const file = path.isAbsolute(r.filePath) ? path.relative(options.cwd, r.filePath).split(path.sep).join('/') : r.filePath;
    const text = options.sources.get(r.filePath) ?? '';
    const index = new LineIndex(text);
    const lineText = (line: number) => text.slice(index.lineStart(line - 1), line < index.lineCount ? index.lineStart(line) : text.length);
    const pos = (line: number, column: number) => ({ line, column: Buffer.byteLength(lineText(line).slice(0, column - 1), 'utf8') + 1 });
    const fromOffset = (offset: number) => {
      const p = index.position(offset);
      return pos(p.line + 1, p.character + 1);
    };
    for (const m of r.messages) {
      const url = options.docsUri(m.ruleId);
      diagnostics.push({
        message: m.message,
        location: { path: file, range: { start: pos(m.line, m.column), end: pos(m.endLine, m.endColumn) } },
        severity: m.severity === 2 ? 'ERROR' : 'WARNING',
        code: url ? { value: m.ruleId, url } : { value: m.ruleId },
        ...(m.fix ? { suggestions: [{ range: { start: fromOffset(m.fix.range[0]), end: fromOffset(m.fix.range[1]) }, text: m.fix.text }] } : {}),
      });
    }
  }
  return JSON.stringify({ source: { name: 'gazette-lint' }, diagnostics }, null, 2) + '\n';
}
