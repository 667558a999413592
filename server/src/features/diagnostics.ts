// Diagnostics as the user types: debounced, and a newer version supersedes a pending run.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type PublishDiagnosticsParams,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Finding, type Severity } from '../engine';
import type { Analysis, AnalysisCache } from './analysis';
import { checkConfigText, type ConfigProblem } from './configFile';
import { linesOf, toLspRange } from './convert';
import { localize } from '../engine/lint';
import type { Locale } from './settings';
import type { ConfigFileReport, ConfigurationService } from './settings';
import { canonicalUri, type WorkspaceFiles } from './workspaceFiles';

export const SOURCE = 'gazette-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** docs/rules/<category>/<name>.md inside the installed package. */
export function ruleDocUrl(ruleId: string): string {
  return pathToFileURL(path.resolve(__dirname, '..', 'docs', 'rules', ...ruleId.split('/')) + '.md').href;
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

export class DiagnosticsProvider {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, number>();
  /** How long the last lint of each document took: slow documents wait longer between runs. */
  private readonly cost = new Map<string, number>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly configuration: ConfigurationService,
    private readonly workspace: WorkspaceFiles,
    private readonly kind: (doc: TextDocument) => 'gazette' | 'config' | undefined,
    private readonly publish: (params: PublishDiagnosticsParams) => void,
    private readonly log: (message: string) => void,
    private readonly delay = 150,
  ) {}

  /** Validates a document after a pause; a later call for the same document replaces this one. */
  schedule(uri: string, delay = Math.max(this.delay, Math.min(this.cost.get(uri) ?? 0, 1000))): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    const run = (this.runs.get(uri) ?? 0) + 1;
    this.runs.set(uri, run);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.validate(uri, run).catch((e) => this.log(`validation of ${uri} failed: ${e instanceof Error ? e.stack : e}`));
      }, delay),
    );
  }

  scheduleAll(delay = this.delay): void {
    for (const doc of this.documents.all()) if (this.kind(doc)) this.schedule(doc.uri, delay);
  }

  private async validate(uri: string, run: number): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const kind = this.kind(doc);
    if (kind === 'config') {
      const lines = new LineIndex(doc.getText());
      const { problems } = checkConfigText(doc.getText().replace(/^\ufeff/, ''));
      this.publish({ uri, version: doc.version, diagnostics: problems.map((p) => configProblemToDiagnostic(p, lines)) });
      return;
    }
    if (kind !== 'gazette') return;
    const setup = await this.configuration.forDocument(uri);
    const locale = setup.locale;
    // Superseded while the configuration was fetched: the newer run publishes.
    if (this.runs.get(uri) !== run || this.documents.get(uri)?.version !== doc.version) return;
    const started = Date.now();
    const generation = this.workspace.generation;
    const analysis = this.cache.get(doc);
    if (this.workspace.generation !== generation) {
      // What other files can see of this one changed (a number, a title…): refresh the other open issues.
      for (const other of this.documents.all()) if (other.uri !== uri && this.kind(other) === 'gazette') this.schedule(other.uri, 600);
    }
    const findings = this.cache.findings(doc, setup);
    this.cost.set(uri, Date.now() - started);
    this.publish({
      uri,
      version: doc.version,
      diagnostics: findings.map((f) => toDiagnostic(f, analysis, locale, this.workspace)),
    });
  }

  /** Findings of a document right now (for code actions), with its locale. */
  async current(doc: TextDocument): Promise<{ analysis: Analysis; findings: Finding[]; locale: Locale }> {
    const setup = await this.configuration.forDocument(doc.uri);
    return { analysis: this.cache.get(doc), findings: this.cache.findings(doc, setup), locale: setup.locale };
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
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.runs.delete(uri);
    this.cost.delete(uri);
    this.publish({ uri, diagnostics: [] });
  }
}
