// "Check whole workspace": lints the indexed files that are not open and keeps
// their published diagnostics current as they change on disk.
import type { PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from './analysis';
import { linesOf } from './convert';
import { toDiagnostic } from './diagnostics';
import type { ConfigurationService } from './settings';
import { TimeSlices } from './timeSlices';
import { canonicalUri, type WorkspaceFiles } from './workspaceFiles';

export class WorkspaceCheck {
  /** Files whose diagnostics this check published (canonical URIs). */
  private readonly checked = new Set<string>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: AnalysisCache,
    private readonly configuration: ConfigurationService,
    private readonly workspace: WorkspaceFiles,
    private readonly publish: (params: PublishDiagnosticsParams) => void,
  ) {}

  async run(): Promise<{ files: number; problems: number }> {
    let files = 0;
    let problems = 0;
    const slices = new TimeSlices();
    for (const [uri] of this.workspace.entries()) {
      await slices.next();
      files++;
      const open = this.documents.get(uri);
      if (open) {
        problems += this.cache.findings(open, await this.configuration.forDocument(uri)).length;
      } else {
        this.checked.add(canonicalUri(uri));
        problems += await this.publishFromIndex(uri);
      }
    }
    return { files, problems };
  }

  /** A checked file changed on disk or was closed: publish its findings again (or clear them when gone). */
  async refresh(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    if (!this.checked.has(key) || this.documents.get(uri)) return;
    if (!this.workspace.issue(uri)) {
      this.checked.delete(key);
      this.publish({ uri, diagnostics: [] });
      return;
    }
    await this.publishFromIndex(this.workspace.editorUri(uri));
  }

  async refreshAll(): Promise<void> {
    for (const key of [...this.checked]) await this.refresh(key);
  }

  private async publishFromIndex(uri: string): Promise<number> {
    const issue = this.workspace.issue(uri);
    if (!issue) return 0;
    const setup = await this.configuration.forDocument(uri);
    const locale = setup.locale;
    // The index keeps no lines or paragraphs of a file that is not open: its text is parsed again.
    const findings = this.cache.lintText(uri, issue.text, setup);
    const analysis = { uri, version: 0, text: issue.text, issue, lines: linesOf(issue) };
    this.publish({ uri, diagnostics: findings.map((f) => toDiagnostic(f, analysis, locale, this.workspace)) });
    return findings.length;
  }
}
