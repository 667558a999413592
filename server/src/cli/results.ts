// Engine findings -> ESLint-shaped results, the common input of every formatter.
import { LineIndex } from '../engine/lineIndex';
import type { Edit, Finding, Fix } from '../engine/rules/types';
import type { SuppressedFinding } from '../engine/suppressions';

export interface EslintFix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  ruleId: string;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  message: string;
  /** 1-based; columns count UTF-16 code units. endColumn is exclusive, as in ESLint. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: EslintFix;
  suggestions?: { desc: string; fix: EslintFix }[];
  /** In suppressedMessages: what suppressed it (the suppressions file or a comment in the draft). */
  suppressions?: { kind: 'file' | 'directive'; justification: string }[];
}

export interface LintResult {
  /** Absolute path, or "<stdin>". */
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, with --fix or --fix-dry-run, when fixes changed it. */
  output?: string;
  usedDeprecatedRules: never[];
}

/** Findings the command line reports: errors and warnings (info and hint are editor-only). */
export function reportable(findings: readonly Finding[], quiet: boolean): Finding[] {
  return findings.filter((f) => f.severity === 'error' || (f.severity === 'warning' && !quiet));
}

export function toLintResult(
  filePath: string,
  text: string,
  findings: readonly Finding[],
  output?: string,
  suppressed: readonly SuppressedFinding[] = [],
): LintResult {
  const lines = new LineIndex(text);
  const messages: LintMessage[] = [];
  for (const f of findings) {
    const message = toMessage(f, text, lines);
    if (message) messages.push(message);
  }
  const suppressedMessages: LintMessage[] = [];
  for (const s of suppressed) {
    const message = toMessage(s.finding, text, lines);
    if (message) suppressedMessages.push({ ...message, suppressions: [{ kind: s.kind, justification: '' }] });
  }
  const count = (severity: 1 | 2, fixable: boolean) =>
    messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    filePath,
    messages,
    suppressedMessages,
    errorCount: count(2, false),
    fatalErrorCount: 0,
    warningCount: count(1, false),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    ...(output !== undefined ? { output } : {}),
    usedDeprecatedRules: [],
  };
}

/** An error or warning as ESLint reports it (info and hint are editor-only: undefined). */
function toMessage(f: Finding, text: string, lines: LineIndex): LintMessage | undefined {
  if (f.severity !== 'error' && f.severity !== 'warning') return undefined;
  const start = lines.position(f.range.start);
  const end = lines.position(f.range.end);
  const message: LintMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
  if (f.fix && f.fix.edits.length > 0) message.fix = mergeEdits(text, f.fix);
  if (f.suggestions?.length) {
    message.suggestions = f.suggestions.filter((s) => s.edits.length > 0).map((s) => ({ desc: s.title, fix: mergeEdits(text, s) }));
  }
  return message;
}

/** ESLint fixes are one replacement: span the edits and rebuild the text between them. */
export function mergeEdits(text: string, fix: Fix): EslintFix {
  const edits: Edit[] = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
  const start = edits[0].range.start;
  let pos = start;
  let out = '';
  for (const e of edits) {
    out += text.slice(pos, e.range.start) + e.text;
    pos = Math.max(pos, e.range.end);
  }
  return { range: [start, pos], text: out };
}

export interface Totals {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
}

export function totals(results: readonly LintResult[]): Totals {
  const t = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const r of results) {
    t.errors += r.errorCount;
    t.warnings += r.warningCount;
    t.fixableErrors += r.fixableErrorCount;
    t.fixableWarnings += r.fixableWarningCount;
  }
  return t;
}
