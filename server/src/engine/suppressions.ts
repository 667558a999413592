// Suppressing findings without touching the printed text: a suppressions file
// keyed by rule id and the finding's own text (so it survives edits), and, for
// Markdown drafts, HTML comments (<!-- gazette-lint-disable-next-line rule -->).
import type { Finding } from './rules/types';

export interface Suppression {
  /** Rule id, e.g. "typography/english-and". */
  rule: string;
  /** Path of the file, relative to the suppressions file; absent = every file. */
  file?: string;
  /** The text the finding covers (whitespace-insensitive); absent = the whole rule in that file. */
  text?: string;
}

export interface SuppressionResult {
  kept: Finding[];
  suppressed: Finding[];
  /** Suppressions for this file that matched nothing (stale entries). */
  unused: Suppression[];
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The key a "ignore this finding" action records for a finding. */
export function suppressionFor(text: string, finding: Finding, file?: string): Suppression {
  return { rule: finding.ruleId, file, text: squash(text.slice(finding.range.start, finding.range.end)) };
}

/** Filters findings through the suppressions that apply to `file` and the inline comments of `text`. */
export function applySuppressions(
  text: string,
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  file?: string,
): SuppressionResult {
  const relevant = suppressions.filter((s) => s.file === undefined || s.file === file);
  const used = new Set<Suppression>();
  const inline = inlineDisables(text);
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const covered = squash(text.slice(f.range.start, f.range.end));
    const match = relevant.find((s) => s.rule === f.ruleId && (s.text === undefined || s.text === covered));
    if (match) used.add(match);
    if (match || inline(f)) suppressed.push(f);
    else kept.push(f);
  }
  return { kept, suppressed, unused: relevant.filter((s) => !used.has(s)) };
}

const COMMENT = /<!--\s*gazette-lint-disable(-next-line)?\s*([^>]*?)\s*-->/g;

/**
 * Inline comments: `<!-- gazette-lint-disable-next-line rule-a, rule-b -->` silences those rules
 * (or all, when none is named) on the next line; `<!-- gazette-lint-disable rule -->` for the file.
 */
export function inlineDisables(text: string): (f: Finding) => boolean {
  if (!text.includes('gazette-lint-disable')) return () => false;
  const fileRules = new Set<string>();
  const lineRules: { start: number; end: number; rules: Set<string> }[] = [];
  COMMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT.exec(text))) {
    const rules = new Set(m[2].split(/[\s,]+/).filter(Boolean));
    if (!m[1]) {
      if (rules.size === 0) fileRules.add('*');
      for (const r of rules) fileRules.add(r);
      continue;
    }
    const lineEnd = text.indexOf('\n', m.index + m[0].length);
    if (lineEnd < 0) continue;
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    lineRules.push({ start: lineEnd + 1, end: nextEnd < 0 ? text.length : nextEnd, rules });
  }
  const matches = (rules: Set<string>, id: string) => rules.size === 0 || rules.has(id) || rules.has('*');
  return (f) =>
    (fileRules.size > 0 && matches(fileRules, f.ruleId)) ||
    lineRules.some((l) => f.range.start >= l.start && f.range.start <= l.end && matches(l.rules, f.ruleId));
}
