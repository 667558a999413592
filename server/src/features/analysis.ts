// One analysis per document version, shared by every provider: the parse (and
// its LineIndex) once per text version, reusing the documents an edit did not
// touch; the findings once per version, configuration and workspace generation.
import * as v8 from 'v8';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, applySuppressions, LineIndex, lintIssue, parseIssue, type Finding, type Issue, type ResolvedConfig, type Rule, type Suppression } from '../engine';
import { parseIssueIncremental } from '../engine/parse/incremental';
import { linesOf } from './convert';
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
    // Documents of the issue the edit did not touch are copied from the previous version's parse.
    const issue = safeParse(text, this.log, (t) => parseIssueIncremental(t, cached?.issue));
    // The index other providers find through linesOf(issue): built once for this version.
    const analysis = { uri: doc.uri, version: doc.version, text, issue, lines: linesOf(issue) };
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
export function safeParse(text: string, log: (message: string) => void = () => {}, parse: (text: string) => Issue = parseIssue): Issue {
  try {
    return parse(text);
  } catch (e) {
    log(`parser failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return { text, lines: [], documents: [], paragraphs: [], citations: [], numbers: [] };
  }
}

/** Young generation (both semi-spaces) the server lets V8 grow to. */
const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;
let youngGrowing = true;

/**
 * Called as the user types. Each analysis of a large draft allocates tens of MB
 * that die young, so V8 grows its young generation to the maximum (32 MB on
 * 64-bit), which then stays resident: after 200 edits of the 260 KB corpus issue
 * the server's RSS was 150–170 MB, 120–130 MB with growth stopped at 8 MB, for
 * the same latency (a little more time in scavenges, less elsewhere). V8 reads
 * this flag each time it considers growing the young generation.
 */
export function boundYoungGeneration(): void {
  try {
    const size = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
    const grow = size < YOUNG_GENERATION_BYTES;
    if (grow === youngGrowing) return;
    youngGrowing = grow;
    v8.setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
  } catch {
    // not V8, or no such statistics: nothing to bound
  }
}
