// One analysis per document version, shared by every provider: the parse (and
// its LineIndex) once per text version, the findings once per version,
// configuration and workspace generation.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, applySuppressions, LineIndex, lintIssue, parseIssue, type Finding, type Issue, type ResolvedConfig, type Rule, type Suppression } from '../engine';
import { canonicalUri, type WorkspaceFiles } from './workspaceFiles';

export interface Analysis {
  uri: string;
  version: number;
  text: string;
  issue: Issue;
  lines: LineIndex;
}

/** What a lint run depends on besides the text: the resolved configuration and accepted findings. */
export interface LintSetup {
  config: ResolvedConfig;
  suppressions?: readonly Suppression[];
  suppressionKey?: string;
}

interface Linted {
  version: number;
  setup: LintSetup;
  generation: number;
  findings: Finding[];
}

export class AnalysisCache {
  private readonly parsed = new Map<string, Analysis>();
  private readonly linted = new Map<string, Linted>();
  /** Rules that threw on a document stay off for it until it is closed. */
  private readonly broken = new Map<string, Set<string>>();

  constructor(
    private readonly workspace: WorkspaceFiles,
    private readonly onRuleError: (uri: string, rule: Rule, error: unknown) => void,
    private readonly log: (message: string) => void = () => {},
    private readonly rules: readonly Rule[] = allRules,
  ) {}

  get(doc: TextDocument): Analysis {
    const cached = this.parsed.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    const issue = this.parse(text);
    const analysis = { uri: doc.uri, version: doc.version, text, issue, lines: new LineIndex(text) };
    this.parsed.set(doc.uri, analysis);
    this.workspace.setOpen(doc.uri, issue);
    return analysis;
  }

  findings(doc: TextDocument, setup: LintSetup): Finding[] {
    const analysis = this.get(doc);
    const cached = this.linted.get(doc.uri);
    const generation = this.workspace.generation;
    if (cached && cached.version === analysis.version && cached.setup === setup && cached.generation === generation) {
      return cached.findings;
    }
    const findings = this.lint(doc.uri, analysis.issue, setup);
    this.linted.set(doc.uri, { version: analysis.version, setup, generation: this.workspace.generation, findings });
    return findings;
  }

  /** Lints any text of this document (used by fix-all passes), with the same rules and guards. */
  lintText(uri: string, text: string, setup: LintSetup): Finding[] {
    return this.lint(uri, this.parse(text), setup);
  }

  /** Lints an already parsed issue (a file of the workspace that is not open). */
  lintParsed(uri: string, issue: Issue, setup: LintSetup): Finding[] {
    return this.lint(uri, issue, setup);
  }

  private lint(uri: string, issue: Issue, { config, suppressions = [], suppressionKey }: LintSetup): Finding[] {
    const broken = this.broken.get(uri);
    const rules = broken ? this.rules.filter((r) => !broken.has(r.id)) : this.rules;
    const findings = lintIssue(issue, {
      config,
      rules,
      workspace: this.workspace.index,
      uri: canonicalUri(uri),
      onRuleError: (rule, error) => {
        let set = this.broken.get(uri);
        if (!set) this.broken.set(uri, (set = new Set()));
        if (set.has(rule.id)) return;
        set.add(rule.id);
        this.onRuleError(uri, rule, error);
      },
    });
    // The suppressions file and <!-- gazette-lint-disable… --> comments silence findings, as on the command line.
    return applySuppressions(issue.text, findings, suppressions, suppressionKey).kept;
  }

  private parse(text: string): Issue {
    return safeParse(text, this.log);
  }

  delete(uri: string): void {
    this.parsed.delete(uri);
    this.linted.delete(uri);
    this.broken.delete(uri);
  }
}

/** The parser must not take the server down: an unparsable text yields an empty issue. */
export function safeParse(text: string, log: (message: string) => void = () => {}): Issue {
  try {
    return parseIssue(text);
  } catch (e) {
    log(`parser failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return { text, lines: [], documents: [], paragraphs: [], citations: [], numbers: [] };
  }
}
