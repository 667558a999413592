// Diagnostics as the user types: debounced, and a newer version supersedes a pending run.
import * as fs from 'fs';
import * as path from 'path';
import { PerformanceObserver } from 'perf_hooks';
import { pathToFileURL } from 'url';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type PublishDiagnosticsParams,
  type TextDocuments,
} from 'vscode-languageserver';
import type { Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineIndex, type Finding, type Severity } from '../engine';
import type { Analysis, AnalysisCache } from './analysis';
import { checkConfigText, type ConfigProblem } from './configFile';
import { linesOf, toLspRange } from './convert';
import { localize } from '../engine/lint';
import type { Locale } from './settings';
import type { ConfigFileReport, ConfigurationService } from './settings';
import { canonicalUri, INDEX_WAIT_MS, type WorkspaceFiles } from './workspaceFiles';
import { sameDiagnostics } from './sameDiagnostics';

export const SOURCE = 'gazette-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const docUrls = new Map<string, string>();

/** docs/rules/<category>/<name>.md inside the installed package. */
export function ruleDocUrl(ruleId: string): string {
  let url = docUrls.get(ruleId);
  if (url === undefined) {
    url = pathToFileURL(path.resolve(__dirname, '..', 'docs', 'rules', ...ruleId.split('/')) + '.md').href;
    // Rule ids are a fixed set; anything else is not worth keeping.
    if (docUrls.size < 1000) docUrls.set(ruleId, url);
  }
  return url;
}

export function toDiagnostic(finding: Finding, analysis: Analysis, locale: Locale, workspace: WorkspaceFiles): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(analysis.lines, finding.range),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId) },
    source: SOURCE,
    message: localize(finding.message, locale),
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r): DiagnosticRelatedInformation => {
      const other = r.uri ? workspace.issue(r.uri) : undefined;
      const lines = r.uri ? (other ? linesOf(other) : new LineIndex('')) : analysis.lines;
      return {
        location: { uri: r.uri ? workspace.editorUri(r.uri) : analysis.uri, range: toLspRange(lines, r.range) },
        message: localize(r.message, locale),
      };
    });
  }
  const tags = (finding.tags ?? []).filter((t) => t === DiagnosticTag.Unnecessary || t === DiagnosticTag.Deprecated);
  if (tags.length) diagnostic.tags = tags as DiagnosticTag[];
  return diagnostic;
}

export function configProblemToDiagnostic(problem: ConfigProblem, lines: LineIndex): Diagnostic {
  return {
    range: toLspRange(lines, problem.range),
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: problem.message,
  };
}

/** Wait after the last keystroke before checking, unless gazette.diagnostics.debounceMs says otherwise. */
export const DEFAULT_DEBOUNCE_MS = 150;
const MAX_DEBOUNCE_MS = 10_000;
/** A slow document waits as long as its last check took, up to this, so typing stays responsive. */
const MAX_COST_DELAY_MS = 1000;

/**
 * gazette.diagnostics.debounceMs from a "gazette" settings section ({diagnostics: {debounceMs}})
 * or from initializationOptions (that shape, {gazette: …}, or a flat debounceMs); undefined when absent or invalid.
 */
export function readDebounce(value: unknown): number | undefined {
  const o = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  const section = o(value);
  if (!section) return undefined;
  const candidates = [o(section.diagnostics)?.debounceMs, section['diagnostics.debounceMs'], section.debounceMs, o(o(section.gazette)?.diagnostics)?.debounceMs];
  const ms = candidates.find((c) => c !== undefined && c !== null);
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? Math.min(Math.round(ms), MAX_DEBOUNCE_MS) : undefined;
}

/** Where the time of one validation went (reported when GAZETTE_LSP_TIMINGS is set; see scripts/bench.mjs). */
export interface ValidationTimings {
  uri: string;
  version: number;
  /** From the change to the start of the run: the debounce and whatever ran meanwhile. */
  waitMs: number;
  /** Parse, line index and workspace index update (0 when this version was already parsed). */
  parseMs: number;
  /** Every rule, then suppressions. */
  lintMs: number;
  /** Findings to LSP diagnostics. */
  convertMs: number;
  /** Handing the notification to the connection (which encodes and writes it right after); comparing with the last one sent. */
  publishMs: number;
  /** When the change was scheduled and the diagnostics handed over (or found unchanged), as epoch ms (comparable across processes). */
  scheduledAt: number;
  publishedAt: number;
  diagnostics: number;
  /** False when the diagnostics were those last sent for the document: nothing was sent. */
  published: boolean;
}

/**
 * Adds to each validation's timings the process memory and the garbage collection
 * time observed since the previous report (GC entries arrive after the fact: this
 * is mostly the previous validation's).
 */
export function timingsReporter(send: (t: ValidationTimings & { gcMs: number; memory: NodeJS.MemoryUsage }) => void): (t: ValidationTimings) => void {
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  }).observe({ entryTypes: ['gc'] });
  return (t) => {
    send({ ...t, gcMs, memory: process.memoryUsage() });
    gcMs = 0;
  };
}

export class DiagnosticsProvider {
  /** Cancels the pending run of each document. */
  private readonly timers = new Map<string, () => void>();
  private readonly runs = new Map<string, number>();
  /** How long the last lint of each document took: slow documents wait longer between runs. */
  private readonly cost = new Map<string, number>();
  /** What was last sent for each open document: the same list is not sent again (see setVersionedClient). */
  private readonly sent = new Map<string, Diagnostic[]>();
  private resendUnchanged = false;
  /** Documents whose next list is sent even if unchanged, with the version of the edit that asked for it (see edited). */
  private readonly touched = new Map<string, number>();
  private delay = DEFAULT_DEBOUNCE_MS;
  /** Receives the timings of each validation of a draft, when set. */
  timings?: (t: ValidationTimings) => void;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly configuration: ConfigurationService,
    private readonly workspace: WorkspaceFiles,
    private readonly kind: (doc: TextDocument) => 'gazette' | 'config' | undefined,
    private readonly publish: (params: PublishDiagnosticsParams) => void,
    private readonly log: (message: string) => void,
  ) {}

  /**
   * A client that reads the version of published diagnostics (publishDiagnostics.versionSupport) may
   * drop a list sent for a version it has already left, as Helix and eglot do: then every check sends
   * its list, changed or not. VS Code and Neovim do not say so, and an unchanged list is not sent again.
   */
  setVersionedClient(versioned: boolean): void {
    this.resendUnchanged = versioned;
  }

  /**
   * A change, before it is applied. An editor moves its markers with the text, so an unchanged list
   * needs no sending again, except after an edit inside or at the edge of a marker: the editor shrinks
   * it (a paste over a flagged word, its first character deleted and typed again), and only the list
   * sent again restores it.
   */
  edited(uri: string, changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    const sent = this.sent.get(uri);
    if (!sent) return;
    // Several changes are applied one after the other, each on the text the one before left.
    const touches = changes.length !== 1 || changes.some((c) => !('range' in c) || sent.some((d) => overlaps(d.range, c.range)));
    if (touches) this.touched.set(uri, version);
  }

  /** Sets the debounce (gazette.diagnostics.debounceMs); 0 checks on every change, without the slow-document wait. */
  setDebounce(ms: number): void {
    this.delay = ms;
  }

  private delayFor(uri: string): number {
    return this.delay === 0 ? 0 : Math.max(this.delay, Math.min(this.cost.get(uri) ?? 0, MAX_COST_DELAY_MS));
  }

  /** Validates a document after a pause; a later call for the same document replaces this one. */
  schedule(uri: string, delay = this.delayFor(uri)): void {
    this.timers.get(uri)?.();
    const run = (this.runs.get(uri) ?? 0) + 1;
    this.runs.set(uri, run);
    const scheduled = performance.now();
    const fire = () => {
      this.timers.delete(uri);
      this.validate(uri, run, scheduled).catch((e) => this.log(`validation of ${uri} failed: ${e instanceof Error ? e.stack : e}`));
    };
    // No debounce: right after the messages already read (a timer would add a millisecond or more).
    if (delay <= 0) {
      const handle = setImmediate(fire);
      this.timers.set(uri, () => clearImmediate(handle));
    } else {
      const handle = setTimeout(fire, delay);
      this.timers.set(uri, () => clearTimeout(handle));
    }
  }

  scheduleAll(delay = this.delay): void {
    for (const doc of this.documents.all()) if (this.kind(doc)) this.schedule(doc.uri, delay);
  }

  private async validate(uri: string, run: number, scheduled: number): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const kind = this.kind(doc);
    if (kind === 'config') {
      const lines = new LineIndex(doc.getText());
      const { problems } = checkConfigText(doc.getText().replace(/^\ufeff/, ''));
      this.send(uri, doc.version, problems.map((p) => configProblemToDiagnostic(p, lines)));
      return;
    }
    if (kind !== 'gazette') return;
    const setup = await this.configuration.forDocument(uri);
    // Checked against part of the workspace, a citation of a file not yet indexed would look broken.
    await this.workspace.indexed(INDEX_WAIT_MS);
    const locale = setup.locale;
    // Superseded while the configuration or the index was awaited: the newer run publishes.
    if (this.runs.get(uri) !== run || this.documents.get(uri)?.version !== doc.version) return;
    const started = performance.now();
    const generation = this.workspace.generation;
    const analysis = this.cache.get(doc);
    if (this.workspace.generation !== generation) {
      // What other files can see of this one changed (a number, a title…): refresh the other open issues.
      for (const other of this.documents.all()) if (other.uri !== uri && this.kind(other) === 'gazette') this.schedule(other.uri, 600);
    }
    const parsed = performance.now();
    const findings = this.cache.findings(doc, setup);
    const linted = performance.now();
    this.cost.set(uri, linted - started);
    const diagnostics = findings.map((f) => toDiagnostic(f, analysis, locale, this.workspace));
    const converted = performance.now();
    const published = this.send(uri, doc.version, diagnostics);
    const report = this.timings;
    if (report) {
      const done = performance.now();
      // After the diagnostics are written: measuring memory must not delay them.
      const t: ValidationTimings = {
        uri,
        version: doc.version,
        waitMs: started - scheduled,
        parseMs: parsed - started,
        lintMs: linted - parsed,
        convertMs: converted - linted,
        publishMs: done - converted,
        scheduledAt: performance.timeOrigin + scheduled,
        publishedAt: performance.timeOrigin + done,
        diagnostics: diagnostics.length,
        published,
      };
      setImmediate(() => report(t));
    }
  }

  /** Publishes an open document's diagnostics unless they are the ones last sent (and may be sent once); true when sent. */
  private send(uri: string, version: number, diagnostics: Diagnostic[]): boolean {
    const touched = this.touched.get(uri);
    if (!this.resendUnchanged && touched === undefined && sameDiagnostics(this.sent.get(uri), diagnostics)) return false;
    if (touched !== undefined && touched <= version) this.touched.delete(uri);
    this.sent.set(uri, diagnostics);
    this.publish({ uri, version, diagnostics });
    return true;
  }

  /** Findings of a document right now (for code actions), with its locale. */
  async current(doc: TextDocument): Promise<{ analysis: Analysis; findings: Finding[]; unsuppressed: Finding[]; locale: Locale }> {
    const setup = await this.configuration.forDocument(doc.uri);
    return { analysis: this.cache.get(doc), findings: this.cache.findings(doc, setup), unsuppressed: this.cache.unsuppressedFindings(doc, setup), locale: setup.locale };
  }

  /**
   * A configuration file was read for linting: its problems go on the file itself
   * (unless it is open, then its text is checked as typed). True when it has problems.
   */
  configFileLoaded(report: ConfigFileReport): boolean {
    const uri = pathToFileURL(report.file).href;
    if (this.documents.all().some((d) => canonicalUri(d.uri) === canonicalUri(uri))) return false;
    let text = '';
    try {
      text = fs.readFileSync(report.file, 'utf8').replace(/^\ufeff/, '');
    } catch {
      // deleted meanwhile: nothing to point at
    }
    const lines = new LineIndex(text);
    this.publish({ uri, diagnostics: checkConfigText(text).problems.map((p) => configProblemToDiagnostic(p, lines)) });
    return report.problems.length > 0;
  }

  clear(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
    this.runs.delete(uri);
    this.cost.delete(uri);
    this.sent.delete(uri);
    this.touched.delete(uri);
    this.publish({ uri, diagnostics: [] });
  }
}

/** Do two ranges overlap or touch (an edit right at a marker's edge changes it too)? */
function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
