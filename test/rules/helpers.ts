// Shared helpers for rule tests: run one rule on a text, apply its fixes.
import { strict as assert } from 'node:assert';
import { analyze, applyFixes, lintIssue, parseIssue, ruleById, type Finding, type WorkspaceIndex } from '../../server/src/engine';
import { corpus, lineOf, type CORPUS } from '../corpus';

/** Findings of one rule (every severity, hints included) on a text. */
export function run(ruleId: string, text: string, workspace?: WorkspaceIndex): Finding[] {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return lintIssue(parseIssue(text), { rules: [rule], workspace });
}

/** 1-based start lines of the findings. */
export function lines(text: string, findings: readonly Finding[]): number[] {
  return findings.map((f) => lineOf(text, f.range.start));
}

/** Applies every fix of the rule once. */
export function fixed(ruleId: string, text: string): string {
  return applyFixes(text, run(ruleId, text)).text;
}

/** Applies the first suggestion of every finding of the rule (what the editor offers, not --fix). */
export function suggested(ruleId: string, text: string): string {
  return applyFixes(text, run(ruleId, text).map((f) => ({ ...f, fix: f.suggestions?.[0] }))).text;
}

/** What a document of a test prints, line by line: its heading, its paragraphs (indented, a blank line after each), its 落款. */
export interface DocumentParts {
  title: string;
  number: string;
  /** The 主送机关, if it has one. */
  to?: string;
  paragraphs: readonly string[];
  signer: string;
  date: string;
  /** Lines after the date (an attachment). */
  after?: readonly string[];
}

/** A document as a draft prints it: title, number, 主送, indented paragraphs each followed by a blank line, 落款. */
export function documentText(d: DocumentParts): string {
  return [
    d.title, '', d.number, '', ...(d.to ? [d.to, ''] : []),
    ...d.paragraphs.flatMap((t) => [`　　${t}`, '']),
    d.signer, '', d.date, '', ...(d.after ?? []),
  ].join('\n');
}

/**
 * A text with each indented line longer than `width` hard-wrapped at `width` characters, indent counted, as a narrow
 * page's PDF leaves it: the lines after the first unindented, none starting with a closing mark (kept at the line's end).
 */
export function hardWrapped(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (!line.startsWith('　　') || line.length <= width) return [line];
      const out: string[] = [];
      for (let rest = line; rest; ) {
        let k = Math.min(width, rest.length);
        while (k < rest.length && '，。；：、）》”'.includes(rest[k])) k++;
        out.push(rest.slice(0, k));
        rest = rest.slice(k);
      }
      return out;
    })
    .join('\n');
}

/** Replaces the first occurrence of `from` (which must exist) in text. */
export function inject(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`excerpt not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** A corpus file with replacements on given lines: [line (1-based), from, to]; each `from` must be on its line. */
export function edit(name: keyof typeof CORPUS, ...changes: [number, string, string][]): string {
  const all = corpus(name).split('\n');
  for (const [line, from, to] of changes) {
    if (!all[line - 1].includes(from)) throw new Error(`${name}:${line} has no ${from}`);
    all[line - 1] = all[line - 1].replace(from, to);
  }
  return all.join('\n');
}

/** Errors and warnings: what the command line reports. */
export function reported(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/** The text gets no error or warning (the messages are shown when it does). */
export function assertClean(text: string): void {
  assert.deepEqual(reported(analyze(text).findings).map((f) => `${f.ruleId}: ${f.message}`), []);
}

/** The rules with an error or warning once `from` is replaced by `to` in the text. */
export function reportedRulesAfter(text: string, from: string, to: string): string[] {
  return reported(analyze(inject(text, from, to)).findings).map((f) => f.ruleId);
}

/**
 * One test per case [what, from, to, rule]: with `from` replaced by `to`, the text has an error or
 * warning of a rule whose id starts with `rule`.
 */
export function itCatches(text: string, cases: readonly [string, string, string, string][]): void {
  for (const [what, from, to, rule] of cases) {
    it(`catches ${what}`, () => {
      const found = reportedRulesAfter(text, from, to);
      assert.ok(found.some((id) => id.startsWith(rule)), `${rule} not reported; got ${found.join(', ') || 'nothing'}`);
    });
  }
}
