// JUnit XML, as CI dashboards read it: one <testsuite> per file, one failing
// <testcase> per problem, one passing <testcase> for a clean file.
import * as path from 'node:path';
import type { LintResult } from '../results';

export function formatJunit(results: readonly LintResult[], cwd: string): string {
  const tests = results.reduce((n, r) => n + Math.max(1, r.messages.length), 0);
  const failures = results.reduce((n, r) => n + r.messages.length, 0);
  let out = '<?xml version="1.0" encoding="utf-8"?>\n';
  out += `<testsuites name="gazette-lint" tests="${tests}" failures="${failures}">\n`;
  for (const r of results) {
    const file = path.isAbsolute(r.filePath) ? path.relative(cwd, r.filePath).split(path.sep).join('/') : r.filePath;
    out += `  <testsuite name="${esc(file)}" tests="${Math.max(1, r.messages.length)}" failures="${r.messages.length}" errors="0">\n`;
    if (r.messages.length === 0) out += `    <testcase name="${esc(file)}" classname="gazette-lint"/>\n`;
    for (const m of r.messages) {
      const where = `${file}:${m.line}:${m.column}`;
      out += `    <testcase name="${esc(`${m.ruleId} ${where}`)}" classname="${esc(file)}">\n`;
      out += `      <failure type="${m.severity === 2 ? 'error' : 'warning'}" message="${esc(m.message)}">${esc(`${where} ${m.ruleId}: ${m.message}`)}</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return out + '</testsuites>\n';
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // characters XML 1.0 cannot hold
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
