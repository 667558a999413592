// GitHub Actions workflow commands: one annotation per problem.
import * as path from 'node:path';
import type { LintResult } from '../results';

export function formatGithub(results: readonly LintResult[], cwd: string): string {
  let out = '';
  for (const r of results) {
    const file = path.isAbsolute(r.filePath) ? path.relative(cwd, r.filePath).split(path.sep).join('/') : r.filePath;
    for (const m of r.messages) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(',');
      out += `::${m.severity === 2 ? 'error' : 'warning'} ${props}::${escapeData(m.message)}\n`;
    }
  }
  return out;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
