// Suppressing findings without touching the printed text: a suppressions file
// keyed by rule id and the finding's own text (so it survives edits), and, for
// Markdown drafts, HTML comments (<!-- gazette-lint-disable-next-line rule -->).
import type { Range } from './model';
import type { Finding } from './rules/types';
import { normalize } from './parse/text';
import { addTo } from './arrays';

export interface Suppression {
  /** Rule id, e.g. "typography/english-and". */
  rule: string;
  /** Path of the file, relative to the suppressions file; absent = every file. */
  file?: string;
  /** The text the finding covers (whitespace-insensitive); absent = the whole rule in that file. */
  text?: string;
  /**
   * What its line holds right before and after it (a few characters,
   * whitespace-insensitive): 实验学校 + and + 示范学校 suppresses that "and",
   * not every one of the file. Optional, as in entries written by hand.
   */
  before?: string;
  after?: string;
  /**
   * Which of the findings that text and context fit, counted from 1 in the file's order, when
   * more than one does (the same sentence printed twice); absent = every one.
   */
  occurrence?: number;
  /** How many characters of context the entry was recorded with, when more than a few (read across lines). */
  context?: number;
}

export interface SuppressedFinding {
  finding: Finding;
  /** By the suppressions file, or by a comment in the draft. */
  kind: 'file' | 'directive';
  /** The entry of the suppressions file that matched. */
  entry?: Suppression;
}

export interface SuppressionResult {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Suppressions for this file that matched nothing (stale entries). */
  unused: Suppression[];
}

const squash = (s: string) => s.replace(/\s+/g, '');
/** Characters of context recorded on each side of a finding's text. */
const CONTEXT = 4;

/** Context recorded, at most, when a few characters do not tell a finding from another: lines around it too. */
const WIDE_CONTEXT = [12, 24, 48];

interface Around {
  before: string;
  covered: string;
  after: string;
}

/**
 * What a finding covers, squashed, and the squashed text on each side: the rest of its line, wide enough
 * for `wanted` characters once spaces are squashed out; past the line's ends when more than CONTEXT are wanted.
 */
function surroundings(text: string, finding: Finding, wanted = CONTEXT): Around {
  const { start, end } = finding.range;
  const wide = wanted > CONTEXT;
  const lineStart = wide ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = wide ? text.length : (text.indexOf('\n', end) + 1 || text.length + 1) - 1;
  const reach = 4 * wanted;
  return {
    before: squash(text.slice(Math.max(lineStart, start - reach), start)),
    covered: squash(text.slice(start, end)),
    after: squash(text.slice(end, Math.min(lineEnd, end + reach))),
  };
}

/**
 * The key a "ignore this finding" action records for a finding. Given the file's findings, a key
 * that would fit others too (a sentence printed twice) takes more of the text around it, across lines;
 * where even that repeats (a paragraph printed twice), it records which of them it is.
 */
export function suppressionFor(text: string, finding: Finding, file?: string, findings: readonly Finding[] = []): Suppression {
  const sameRule = inFileOrder(findings).filter((f) => f.ruleId === finding.ruleId);
  const fitting = (key: Suppression) => sameRule.filter((f) => matches(key, (n) => surroundings(text, f, n)));
  let key = keyWith(text, finding, file, CONTEXT);
  for (const wanted of WIDE_CONTEXT) {
    if (fitting(key).length <= 1) return key;
    key = keyWith(text, finding, file, wanted);
  }
  const all = fitting(key);
  const at = all.findIndex((f) => f.range.start === finding.range.start && f.range.end === finding.range.end);
  if (all.length > 1 && at >= 0) key.occurrence = at + 1;
  return key;
}

function keyWith(text: string, finding: Finding, file: string | undefined, wanted: number): Suppression {
  const { before, covered, after } = surroundings(text, finding, wanted);
  const key: Suppression = { rule: finding.ruleId, file, text: covered };
  if (before) key.before = before.slice(-wanted);
  if (after) key.after = after.slice(0, wanted);
  if (wanted > CONTEXT) key.context = wanted;
  return key;
}

function inFileOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** The context is compared with punctuation folded to one width: a width fix next to the finding keeps it suppressed. */
function matches(s: Suppression, around: (wanted: number) => Around): boolean {
  if (s.text === undefined) return true;
  // An entry recorded with more context than CONTEXT is compared with as much (read across lines); one
  // written by hand with long sides, with as much as it holds.
  const wanted = s.context ?? Math.max(CONTEXT, s.before?.length ?? 0, s.after?.length ?? 0);
  const a = around(wanted);
  return (
    squash(s.text) === a.covered &&
    (s.before === undefined || normalize(a.before).endsWith(normalize(s.before))) &&
    (s.after === undefined || normalize(a.after).startsWith(normalize(s.after)))
  );
}

/** Filters findings through the suppressions that apply to `file` and the inline comments of `text`. */
export function applySuppressions(
  text: string,
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  file?: string,
): SuppressionResult {
  const relevant = suppressions.filter((s) => s.file === undefined || s.file === file);
  const byRule = new Map<string, Suppression[]>();
  for (const s of relevant) addTo(byRule, s.rule, s);
  const used = new Set<Suppression>();
  const inline = inlineDisables(text);
  // An entry for the nth of several fitting findings counts them in the file's order.
  const seen = new Map<Suppression, number>();
  const matched = new Map<Finding, Suppression>();
  for (const f of inFileOrder(findings)) {
    const mine = byRule.get(f.ruleId);
    if (!mine) continue;
    const read = new Map<number, Around>();
    const around = (wanted: number) => read.get(wanted) ?? read.set(wanted, surroundings(text, f, wanted)).get(wanted)!;
    let match: Suppression | undefined;
    for (const s of mine) {
      if (!matches(s, around)) continue;
      const n = (seen.get(s) ?? 0) + 1;
      seen.set(s, n);
      if (s.occurrence === undefined || s.occurrence === n) match ??= s;
    }
    if (match) matched.set(f, match);
  }
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const match = matched.get(f);
    if (match) used.add(match);
    if (match) suppressed.push({ finding: f, kind: 'file', entry: match });
    else if (inline(f)) suppressed.push({ finding: f, kind: 'directive' });
    else kept.push(f);
  }
  return { kept, suppressed, unused: relevant.filter((s) => !used.has(s)) };
}

// The rule list is split on spaces below, so the pattern does not trim it: runs of
// spaces on both sides of a lazy run made a long comment cost its length cubed.
// A comment left open is read for 2000 characters at most.
const COMMENT = /<!--\s*gazette-lint-disable(-next-line)?([^>]{0,2000}?)-->/g;

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

/**
 * Suppressions through the passes of a fix. An entry names its finding in the text as it was: once a fix
 * has changed another finding (counted by an entry's occurrence) or the text around it (its context), the
 * entry could name another finding, or none. So the first pass, on the text as it was, records which
 * findings the entries hold, and later passes hold them wherever the fixes moved them.
 */
export class SuppressionsThroughFixes {
  private held = new Set<string>();
  private first = true;

  constructor(
    private readonly suppressions: readonly Suppression[],
    private readonly file?: string,
  ) {}

  /** The findings the suppressions leave; `original` maps a range of `text` back to the text as it was. */
  kept(text: string, findings: readonly Finding[], original: (range: Range) => Range | undefined): Finding[] {
    const key = (ruleId: string, r: Range) => `${ruleId}|${r.start}|${r.end}`;
    if (this.first) {
      this.first = false;
      const result = applySuppressions(text, findings, this.suppressions, this.file);
      // Every finding an entry held: a fix nearby may change the context an entry names it by.
      for (const s of result.suppressed) if (s.entry) this.held.add(key(s.finding.ruleId, s.finding.range));
      return result.kept;
    }
    const plain = this.suppressions.filter((s) => s.occurrence === undefined);
    return applySuppressions(text, findings, plain, this.file).kept.filter((f) => {
      const was = original(f.range);
      return !was || !this.held.has(key(f.ruleId, was));
    });
  }
}
