// Command-line arguments: parsed and checked before any file is touched.
import { parseArgs } from 'node:util';
import { parseSeverity } from '../engine/config';
import type { Rule, SeveritySetting } from '../engine/rules/types';

/** 20 MB: a whole year of issues is a few MB; anything bigger is not a draft. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export const FORMATS = ['text', 'json', 'sarif', 'github', 'rdjson', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  inputs: string[];
  format: FormatName;
  config?: string;
  rules: Record<string, SeveritySetting>;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  maxWarnings?: number;
  /** Files larger than this many bytes are skipped with a warning (no gazette issue is that big). */
  maxFileSize: number;
  stdinFilename?: string;
  /** undefined: colour on a terminal only. */
  color?: boolean;
  exitZero: boolean;
  /** Report suppressions-file entries that no longer match anything. */
  reportUnusedSuppressions: boolean;
  help: boolean;
  version: boolean;
}

/** Bad usage: the CLI prints the message and exits with 2. */
export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[], rules: readonly Rule[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'exit-zero': { type: 'boolean' },
        'report-unused-suppressions': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  const options: CliOptions = {
    inputs: parsed.positionals,
    format: 'text',
    config: v.config,
    rules: {},
    fix: !!v.fix,
    fixDryRun: !!v['fix-dry-run'],
    quiet: !!v.quiet,
    stdinFilename: v['stdin-filename'],
    color: v['no-color'] ? false : v.color ? true : undefined,
    exitZero: !!v['exit-zero'],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    reportUnusedSuppressions: !!v['report-unused-suppressions'],
    help: !!v.help,
    version: !!v.version,
  };
  if (options.help || options.version) return options;

  if (v.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(v.format)) {
      throw new UsageError(`unknown format "${v.format}" (use ${FORMATS.join(', ')})`);
    }
    options.format = v.format as FormatName;
  }
  const known = new Set(rules.map((r) => r.id));
  for (const spec of v.rule ?? []) {
    const at = spec.lastIndexOf(':');
    const id = at > 0 ? spec.slice(0, at).trim() : '';
    const level = at > 0 ? spec.slice(at + 1).trim() : '';
    if (!id || !level) throw new UsageError(`--rule "${spec}": expected <rule-id>:off|warn|error`);
    if (!known.has(id)) throw new UsageError(`--rule "${spec}": unknown rule "${id}"${suggest(id, known)} (see --help for the rule list)`);
    const severity = parseSeverity(level);
    if (!severity) throw new UsageError(`--rule "${spec}": unknown level "${level}" (use off, warn or error)`);
    options.rules[id] = severity;
  }
  if (v['max-file-size'] !== undefined) {
    const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb)?$/i.exec(v['max-file-size']);
    if (!m) throw new UsageError(`--max-file-size "${v['max-file-size']}": expected a size such as 20MB or 500KB`);
    const unit = (m[2] ?? 'mb').toLowerCase()[0] === 'k' ? 1024 : 1024 * 1024;
    options.maxFileSize = Math.round(Number(m[1]) * unit);
  }
  if (v['max-warnings'] !== undefined) {
    const n = v['max-warnings'];
    if (!/^\d+$/.test(n)) throw new UsageError(`--max-warnings "${n}": expected a whole number of 0 or more`);
    options.maxWarnings = Number(n);
  }
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (options.inputs.length === 0) throw new UsageError('no input: give files, directories, globs, or - to read stdin');
  const stdinCount = options.inputs.filter((i) => i === '-').length;
  if (stdinCount > 1) throw new UsageError('- (stdin) can be given only once');
  if (stdinCount && options.fix) throw new UsageError('--fix cannot write to stdin; use --fix-dry-run --format json to get the fixed text');
  if (options.stdinFilename !== undefined && !stdinCount) throw new UsageError('--stdin-filename needs - among the inputs');
  return options;
}

/** ' (did you mean "x"?)' for a near miss. */
function suggest(id: string, known: Set<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(id, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best && bestDistance <= Math.max(2, Math.floor(id.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
