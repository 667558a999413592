// The properties every input must satisfy, shared by the reliability tests and scripts/fuzz.ts.
// Each check throws an Error describing the first violation.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { allRules, applyFixes, DocumentFindingsCache, fixAll, lintIssue, parseIssue, type Edit, type Finding, type Issue, type Range, type WorkspaceIndex } from '../../server/src/engine';
import { parseIssueIncremental } from '../../server/src/engine/parse/incremental';
import { inlineDisables } from '../../server/src/engine/suppressions';

export interface Analysis {
  issue: Issue;
  findings: Finding[];
  cpuMs: number;
}

const ruleIds = new Set(allRules.map((r) => r.id));
/** RELIABILITY_SKIP_RULES=id,id leaves known-bad rules out, to look past them while they are fixed. */
const skipped = new Set((process.env.RELIABILITY_SKIP_RULES ?? '').split(',').filter(Boolean));
const rules = allRules.filter((r) => !skipped.has(r.id));

/**
 * Parses and lints with every rule, then drops what inline comments disable (as the
 * command line and the editor do); a rule that throws is an error naming the rule.
 */
export function analyze(text: string, workspace?: WorkspaceIndex, uri?: string): Analysis {
  const errors: string[] = [];
  const before = process.cpuUsage();
  const issue = parseIssue(text);
  const disabled = inlineDisables(text);
  const findings = lintIssue(issue, {
    rules,
    workspace,
    uri,
    onRuleError: (rule, error) => errors.push(`${rule.id} threw: ${error instanceof Error ? error.stack : String(error)}`),
  }).filter((f) => !disabled(f));
  const used = process.cpuUsage(before);
  if (errors.length) throw new Error(errors.join('\n'));
  return { issue, findings, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Edits applied one after another as the language server receives them (half of them
 * at a heading label, where numbering rules look): after each, the incremental analysis
 * (parseIssueIncremental, lint with a DocumentFindingsCache) equals a fresh analysis.
 * An edit is [where (0-1), characters removed, text inserted].
 */
export function checkEditing(text: string, edits: [number, number, string][], workspace?: WorkspaceIndex, uri?: string): void {
  const errors: string[] = [];
  const cache = new DocumentFindingsCache();
  const lint = (issue: Issue) => lintIssue(issue, { rules, workspace, uri, cache, onRuleError: (rule, error) => errors.push(`${rule.id} threw: ${error instanceof Error ? error.stack : String(error)}`) });
  let issue = parseIssueIncremental(text);
  lint(issue);
  edits.forEach(([where, remove, insert], k) => {
    const labels = issue.documents.flatMap((d) => d.headings.map((h) => h.labelRange.start));
    const at = where < 0.5 && labels.length ? labels[Math.floor(where * 2 * labels.length)] : Math.floor((where < 0.5 ? where * 2 : (where - 0.5) * 2) * (text.length + 1));
    text = text.slice(0, at) + insert + text.slice(at + remove);
    issue = parseIssueIncremental(text, issue);
    const found = lint(issue);
    if (errors.length) throw new Error(`edit ${k} ${JSON.stringify([at, remove, insert])}: ${errors.join('\n')}`);
    const expected = analyze(text, workspace, uri).findings;
    const a = found.map((f) => JSON.stringify(f));
    const b = expected.map((f) => JSON.stringify(f));
    const diff = a.findIndex((x, i) => x !== b[i]);
    if (diff >= 0 || a.length !== b.length) {
      const i = diff >= 0 ? diff : Math.min(a.length, b.length);
      throw new Error(`edit ${k} ${JSON.stringify([at, remove, insert])}: incremental finding ${i} is ${a[i] ?? 'missing'}, a fresh analysis gives ${b[i] ?? 'nothing'}`);
    }
  });
}

/** CPU time allowed for one analysis: generous (the corpus runs at ~0.1 ms per 1000 characters), but a quadratic scan of a long line exceeds it. */
export function timeBudgetMs(text: string): number {
  return 150 + (2 * text.length) / 1000;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU ms of the parser and of each rule on a text, slowest first. */
export function profile(text: string, workspace?: WorkspaceIndex, uri?: string): { name: string; ms: number }[] {
  let t = cpuNow();
  const issue = parseIssue(text);
  const out = [{ name: 'parseIssue', ms: cpuNow() - t }];
  for (const rule of rules) {
    t = cpuNow();
    lintIssue(issue, { rules: [rule], workspace, uri, onRuleError: () => undefined });
    out.push({ name: rule.id, ms: cpuNow() - t });
  }
  return out.sort((a, b) => b.ms - a.ms);
}

/** Past this multiple of the budget a first measure is no one-off pause. */
const PAUSE_FACTOR = 4;

export function checkTime(text: string, a: Analysis, workspace?: WorkspaceIndex, uri?: string): void {
  const budget = timeBudgetMs(text);
  if (a.cpuMs <= budget) return;
  // Measure again, per part, to name the culprit (and to rule out a one-off pause). What rules
  // derive from a text alone is kept by the text, so the second run can be cheaper: far past the
  // budget the first measure stands.
  const parts = profile(text, workspace, uri);
  const total = parts.reduce((n, p) => n + p.ms, 0);
  if (total <= budget && a.cpuMs <= PAUSE_FACTOR * budget) return;
  const worst = parts.slice(0, 3).map((p) => `${p.name} ${p.ms.toFixed(0)} ms`).join(', ');
  throw new Error(`analysis took ${a.cpuMs.toFixed(0)} ms of CPU for ${text.length} characters, ${total.toFixed(0)} ms measured again (budget ${budget.toFixed(0)} ms): ${worst}`);
}

function inside(r: Range | undefined, length: number): boolean {
  return !!r && Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= length;
}

const show = (f: Finding) => `${f.ruleId} [${f.range.start},${f.range.end}) ${f.message}`;

/** Every finding, related location and edit lies inside the text; findings are sorted. */
export function checkFindings(text: string, findings: readonly Finding[]): void {
  let prev: Finding | undefined;
  for (const f of findings) {
    if (!ruleIds.has(f.ruleId)) throw new Error(`unknown rule id ${f.ruleId}`);
    if (!f.message) throw new Error(`empty message: ${show(f)}`);
    if (!inside(f.range, text.length)) throw new Error(`range outside the text (length ${text.length}): ${show(f)}`);
    for (const r of f.related ?? []) {
      if (!r.uri && !inside(r.range, text.length)) throw new Error(`related range [${r.range.start},${r.range.end}) outside the text: ${show(f)}`);
    }
    for (const fix of [f.fix, ...(f.suggestions ?? [])]) {
      if (!fix) continue;
      const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
      edits.forEach((e, i) => {
        if (!inside(e.range, text.length)) throw new Error(`edit [${e.range.start},${e.range.end}) outside the text: ${show(f)}`);
        if (typeof e.text !== 'string') throw new Error(`edit without text: ${show(f)}`);
        if (i > 0 && e.range.start < edits[i - 1].range.end) throw new Error(`overlapping edits in one fix: ${show(f)}`);
      });
    }
    if (prev && (f.range.start < prev.range.start || (f.range.start === prev.range.start && f.range.end < prev.range.end))) {
      throw new Error(`findings out of order: ${show(prev)} before ${show(f)}`);
    }
    prev = f;
  }
}

/** Every { start, end } range anywhere in the parsed model lies inside the text. */
export function checkModelRanges(issue: Issue): void {
  const length = issue.text.length;
  const seen = new Set<object>();
  const walk = (value: unknown, path: string): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && !inside(o as unknown as Range, length)) {
      throw new Error(`model range ${path} = [${o.start},${o.end}) outside the text (length ${length})`);
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else for (const k of Object.keys(o)) if (k !== 'text' || typeof o[k] !== 'string') walk(o[k], `${path}.${k}`);
  };
  walk({ ...issue, text: undefined, lines: undefined }, 'issue');
  issue.lines.forEach((l, i) => {
    if (!inside(l, length) || issue.text.slice(l.start, l.end) !== l.text) throw new Error(`line ${i} does not match the text`);
  });
}

/**
 * Where an offset of the old text lands after the edits. Inside a replaced span it
 * goes to the replacement's start (`start`) or end (`end`); an insertion right at a
 * range's end is taken into the range.
 */
export function mapOffset(offset: number, edits: readonly Edit[], side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    const before = e.range.end < offset || (e.range.end === offset && (side === 'end' || e.range.start < e.range.end));
    if (before) delta += e.text.length - (e.range.end - e.range.start);
    else if (e.range.start < offset) return e.range.start + delta + (side === 'end' ? e.text.length : 0);
    else break;
  }
  return offset + delta;
}

/** Disjoint edits applied in text order (insertions at one point in their listed order). */
export function applyByHand(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    parts.push(text.slice(pos, e.range.start), e.text);
    pos = e.range.end;
  }
  return parts.join('') + text.slice(pos);
}

/** Up to max fixable findings, taking each rule in turn so that a frequent rule does not crowd out the others. */
function pickFixable(findings: readonly Finding[], max: number): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0) continue;
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const picked: Finding[] = [];
  for (let round = 0; picked.length < max; round++) {
    let any = false;
    for (const list of byRule.values()) {
      // Spread over the text: the first, the last, then the middle ones.
      const k = round === 0 ? 0 : round === 1 ? list.length - 1 : Math.floor((list.length * (round - 1)) / (round + 1));
      if (round >= list.length || picked.length >= max) continue;
      picked.push(list[k]);
      any = true;
    }
    if (!any) break;
  }
  return [...new Set(picked)];
}

export interface FixCheckOptions {
  /** At most this many findings get the apply-and-relint check (spread over the text). */
  maxFixes?: number;
  /** Skip the fixAll convergence check. */
  skipFixAll?: boolean;
}

/**
 * Quick fixes: each fix stays inside its finding, changes the text, and makes the
 * finding go away; fixAll converges and applying fixes again changes nothing.
 */
export function checkFixes(text: string, findings: readonly Finding[], lint: (text: string) => Finding[], options: FixCheckOptions = {}): void {
  for (const f of pickFixable(findings, options.maxFixes ?? 12)) {
    const edits = f.fix!.edits;
    for (const e of edits) {
      if (e.range.start < f.range.start || e.range.end > f.range.end) {
        throw new Error(`fix edits [${e.range.start},${e.range.end}) outside the finding's range: ${show(f)}`);
      }
    }
    const once = applyFixes(text, [f]);
    if (once.applied !== 1) throw new Error(`fix not applied alone: ${show(f)}`);
    if (once.text !== applyByHand(text, edits)) throw new Error(`applyFixes changed text outside the edits: ${show(f)}`);
    if (once.text === text) throw new Error(`fix changes nothing: ${show(f)}`);
    const start = mapOffset(f.range.start, edits, 'start');
    const end = mapOffset(f.range.end, edits, 'end');
    const again = lint(once.text).find((g) => g.ruleId === f.ruleId && g.message === f.message && g.range.start === start && g.range.end === end);
    if (again) throw new Error(`finding still there after its fix "${f.fix!.title}": ${show(f)}\n  fixed text around it: ${JSON.stringify(once.text.slice(Math.max(0, start - 20), end + 20))}`);
  }
  if (options.skipFixAll) return;
  const all = fixAll(text, lint);
  // What an editor applies: the edits of the original text, sorted and disjoint, give the fixed text.
  all.edits.forEach((e, i) => {
    if (e.range.start > e.range.end || (i > 0 && e.range.start < all.edits[i - 1].range.end)) throw new Error(`fixAll's edits overlap or are out of order at ${i}`);
  });
  if (applyByHand(text, all.edits) !== all.text) throw new Error(`fixAll's edits (${all.passes} passes) do not give its text`);
  const again = applyFixes(all.text, lint(all.text));
  if (again.text !== all.text) {
    const left = lint(all.text).filter((f) => f.fix && f.fix.edits.length > 0);
    throw new Error(
      `fixes not idempotent: after fixAll (${all.passes} passes, ${all.applied} fixes) another pass applied ${again.applied} more: ` +
        left.slice(0, 3).map(show).join('; '),
    );
  }
}

/**
 * applyFixes on arbitrary fixes: the applied ones never overlap, and the result is
 * exactly those fixes' edits applied; a fix is skipped only when it overlaps an earlier one.
 */
export function checkApplyFixes(text: string, findings: readonly Finding[]): void {
  const result = applyFixes(text, findings);
  // Reference: take fixes by their first edit's start, each spanning first start .. last end,
  // when disjoint from the ones already taken (two insertions at one point clash too).
  const fixes = findings
    .filter((f) => f.fix && f.fix.edits.length > 0)
    .map((f) => [...f.fix!.edits].sort((a, b) => a.range.start - b.range.start))
    .filter((edits) => edits.every((e, i) => i === 0 || e.range.start >= edits[i - 1].range.end))
    .sort((a, b) => a[0].range.start - b[0].range.start);
  const taken: Edit[][] = [];
  for (const edits of fixes) {
    const clash = taken.some((t) =>
      t.some((a) => edits.some((b) => (a.range.start < b.range.end && b.range.start < a.range.end) || (a.range.start === b.range.start && (a.range.start === a.range.end || b.range.start === b.range.end)))) ||
      (edits[0].range.start < Math.max(...t.map((e) => e.range.end))),
    );
    if (!clash) taken.push(edits);
  }
  const flat = taken.flat();
  for (let i = 0; i < flat.length; i++) {
    for (let j = i + 1; j < flat.length; j++) {
      const a = flat[i].range;
      const b = flat[j].range;
      if (a.start < b.end && b.start < a.end) throw new Error('reference took overlapping edits');
    }
  }
  if (result.applied !== taken.length) throw new Error(`applyFixes applied ${result.applied} fixes, expected ${taken.length}`);
  if (result.text !== applyByHand(text, flat)) throw new Error('applyFixes result differs from applying the non-overlapping fixes');
}

/** A short, readable picture of a text: long runs of one character collapsed. */
export function preview(text: string, max = 240): string {
  const collapsed = text.replace(/(.)\1{7,}/gsu, (run, ch: string) => `${ch}{×${run.length / ch.length}}`);
  return JSON.stringify(collapsed.length > max ? collapsed.slice(0, max) + '…' : collapsed);
}

export const FAILURE_DIR = path.resolve(__dirname, '../../.cache/reliability');

/**
 * Runs a property; on failure returns a compact report: the failing input summarised,
 * and written whole to .cache/reliability/<name>.json (replay: npm run fuzz -- --replay FILE).
 */
export function checkProperty<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => void, params: fc.Parameters<[T]>): string | undefined {
  const details = fc.check(fc.property(arb, check), { interruptAfterTimeLimit: 20_000, ...params });
  if (!details.failed) return undefined;
  const value = details.counterexample?.[0];
  const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  mkdirSync(FAILURE_DIR, { recursive: true });
  const file = path.join(FAILURE_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify({ name, seed: details.seed, path: details.counterexamplePath, value }, null, 1));
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return (
    `${name}: property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks}x)\n` +
    `  ${error.split('\n').join('\n  ')}\n` +
    texts.map((t) => `  input (${t.length} chars): ${preview(t)}`).join('\n') +
    `\n  full input: ${path.relative(process.cwd(), file)}`
  );
}

/** checkProperty that throws its report. */
export function assertProperty<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => void, params: fc.Parameters<[T]>): void {
  const report = checkProperty(name, arb, check, params);
  if (report) throw new Error(report);
}
