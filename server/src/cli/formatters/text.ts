// Human-readable output grouped per file, like ESLint's "stylish".
import * as path from 'node:path';
import type { LintResult } from '../results';
import { totals } from '../results';
import { maxOf } from '../../engine/arrays';

export interface TextOptions {
  color: boolean;
  cwd: string;
}

const ansi = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const styles = {
  red: ansi('31'),
  yellow: ansi('33'),
  dim: ansi('2'),
  underline: ansi('4'),
  boldRed: ansi('1;31'),
  boldYellow: ansi('1;33'),
};
const plain = (s: string) => s;

export function formatText(results: readonly LintResult[], options: TextOptions): string {
  const c = options.color ? styles : { red: plain, yellow: plain, dim: plain, underline: plain, boldRed: plain, boldYellow: plain };
  let out = '';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out += `\n${c.underline(displayPath(result.filePath, options.cwd))}\n`;
    const rows = result.messages.map((m) => {
      const cells = [`${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', m.message.replace(/(?<!\s)\s*\r?\n\s*/g, ' ')];
      return { cells, widths: cells.map(displayWidth) };
    });
    const widths = [0, 1, 2].map((i) => maxOf(rows.map((r) => r.widths[i])));
    rows.forEach(({ cells, widths: own }, i) => {
      const m = result.messages[i];
      const pad = (k: number) => cells[k] + ' '.repeat(Math.max(0, widths[k] - own[k]));
      out += '  ' + c.dim(pad(0)) + '  ' + (m.severity === 2 ? c.red : c.yellow)(pad(1)) + '  ' + pad(2) + '  ' + c.dim(m.ruleId) + '\n';
    });
  }
  const t = totals(results);
  const problems = t.errors + t.warnings;
  if (problems === 0) return out;
  const summary = c[t.errors > 0 ? 'boldRed' : 'boldYellow'];
  out += '\n' + summary(`✖ ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')})`) + '\n';
  if (t.fixableErrors + t.fixableWarnings > 0) {
    out +=
      summary(
        `  ${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
      ) + '\n';
  }
  return out + '\n';
}

function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const rel = path.relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Terminal columns: East Asian wide and fullwidth characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
