// The suppressions file (.gazettelint-suppressions.json) beside the configuration:
// findings a proofreader chose to accept, keyed by rule id and the finding's text.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Suppression } from '../engine';
import type { LoadedConfig } from './config';

export const SUPPRESSIONS_FILE = '.gazettelint-suppressions.json';

export class SuppressionsError extends Error {}

/** Where a draft's suppressions live: beside its configuration file, else beside the draft. */
export function suppressionsFileFor(filePath: string, config?: LoadedConfig): string {
  return path.join(config?.file ? path.dirname(config.file) : path.dirname(filePath), SUPPRESSIONS_FILE);
}

/** The key of a draft inside a suppressions file: its path relative to that file, with '/'. */
export function suppressionKey(suppressionsFile: string, filePath: string): string {
  return path.relative(path.dirname(suppressionsFile), filePath).split(path.sep).join('/');
}

/** Reads a suppressions file; a missing file is an empty list, a malformed one an error naming it. */
export function readSuppressions(file: string): Suppression[] {
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SuppressionsError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const list = (data as { suppressions?: unknown })?.suppressions;
  if (!Array.isArray(list)) throw new SuppressionsError(`${file}: suppressions: must be an array`);
  return list.map((s, i) => {
    const optional = (v: unknown) => v === undefined || typeof v === 'string';
    const ok = s && typeof s === 'object' && typeof s.rule === 'string' && optional(s.file) && optional(s.text) && optional(s.before) && optional(s.after);
    if (!ok) throw new SuppressionsError(`${file}: suppressions[${i}]: needs "rule" and optional "file", "text", "before", "after" strings`);
    for (const field of ['occurrence', 'context'] as const) {
      if (s[field] !== undefined && !(Number.isInteger(s[field]) && s[field] >= 1)) {
        throw new SuppressionsError(`${file}: suppressions[${i}]: "${field}" must be a whole number from 1`);
      }
    }
    return { rule: s.rule, file: s.file, text: s.text, before: s.before, after: s.after, occurrence: s.occurrence, context: s.context };
  });
}

/** Adds an entry (once) and writes the file atomically, sorted so diffs stay small. */
export function addSuppression(file: string, entry: Suppression): void {
  const list = readSuppressions(file);
  const same = (a: Suppression) =>
    a.rule === entry.rule && a.file === entry.file && a.text === entry.text && a.before === entry.before && a.after === entry.after &&
    a.occurrence === entry.occurrence && a.context === entry.context;
  if (!list.some(same)) list.push(entry);
  const key = (a: Suppression) => `${a.text ?? ''}\u0000${a.before ?? ''}\u0000${a.after ?? ''}\u0000${String(a.occurrence ?? 0).padStart(6, '0')}`;
  list.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.rule.localeCompare(b.rule) || key(a).localeCompare(key(b)));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ suppressions: list.map(clean) }, null, 2) + '\n');
  renameSync(tmp, file);
}

function clean(s: Suppression): Suppression {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as Suppression;
}
