// One analysis per document version, shared by every provider: the parse (and
// its LineIndex) once per text version, reusing the documents an edit did not
// touch; the findings once per version, configuration and workspace generation.
import * as v8 from 'v8';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, applySuppressions, DocumentFindingsCache, LineIndex, lintIssue, parseIssue, type Finding, type Issue, type ResolvedConfig, type Rule, type Suppression } from '../engine';
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
  /** The findings shown, and all of them before suppressions. */
  kept: Finding[];
  all: Finding[];
}

export class AnalysisCache {
  private readonly parsed = new Map<string, Analysis>();
  private readonly linted = new Map<string, Linted>();
  /** Per open file: document rules' findings in the documents an edit did not touch are kept. */
  private readonly documentFindings = new Map<string, DocumentFindingsCache>();
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
    return this.linting(doc, setup).kept;
  }

  /** Every finding, the suppressed ones too: an "ignore" entry counts among them which one it is. */
  unsuppressedFindings(doc: TextDocument, setup: LintSetup): Finding[] {
    return this.linting(doc, setup).all;
  }

  private linting(doc: TextDocument, setup: LintSetup): Linted {
    const analysis = this.get(doc);
    const cached = this.linted.get(doc.uri);
    const generation = this.workspace.generation;
    if (cached && cached.version === analysis.version && cached.setup === setup && cached.generation === generation) return cached;
    let cache = this.documentFindings.get(doc.uri);
    if (!cache) this.documentFindings.set(doc.uri, (cache = new DocumentFindingsCache()));
    const { kept, all } = this.lint(doc.uri, analysis.issue, setup, cache);
    const linted = { version: analysis.version, setup, generation: this.workspace.generation, kept, all };
    this.linted.set(doc.uri, linted);
    return linted;
  }

  /** Lints any text of this document (fix-all passes; a file of the workspace that is not open), with the same rules and guards. */
  lintText(uri: string, text: string, setup: LintSetup): Finding[] {
    return this.lint(uri, this.parse(text), setup).kept;
  }

  /** Every finding of any text of this document, before suppressions. */
  lintTextUnsuppressed(uri: string, text: string, setup: LintSetup): Finding[] {
    return this.lint(uri, this.parse(text), setup).all;
  }

  private lint(uri: string, issue: Issue, { config, suppressions = [], suppressionKey }: LintSetup, cache?: DocumentFindingsCache): { kept: Finding[]; all: Finding[] } {
    const broken = this.broken.get(uri);
    const rules = broken ? this.rules.filter((r) => !broken.has(r.id)) : this.rules;
    const findings = lintIssue(issue, {
      config,
      rules,
      workspace: this.workspace.index,
      uri: canonicalUri(uri),
      cache,
      onRuleError: (rule, error) => {
        let set = this.broken.get(uri);
        if (!set) this.broken.set(uri, (set = new Set()));
        if (set.has(rule.id)) return;
        set.add(rule.id);
        this.onRuleError(uri, rule, error);
      },
    });
    // The suppressions file and <!-- gazette-lint-disable… --> comments silence findings, as on the command line.
    return { kept: applySuppressions(issue.text, findings, suppressions, suppressionKey).kept, all: findings };
  }

  private parse(text: string): Issue {
    return safeParse(text, this.log);
  }

  delete(uri: string): void {
    this.parsed.delete(uri);
    this.linted.delete(uri);
    this.documentFindings.delete(uri);
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
/** A full collection once the old generation holds twice what survived the last one (V8 allows up to 4×). */
const OLD_GENERATION_GROWTH_PERCENT = 100;
/** Flags given on the command line or in NODE_OPTIONS win. */
const givenFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
let oldBounded = /heap-growing-percent/.test(givenFlags);
let youngGrowing = true;
const youngFixed = /semi-space/.test(givenFlags);

/**
 * Called at start and as the user types. Each analysis of a large draft allocates tens of MB
 * that die young; V8 answers by growing its young generation to 32 MB and
 * letting the old one reach up to 4× its live data, and keeps the memory. After
 * 200 edits of the 260 KB corpus issue with the three corpus files open the
 * server held 150–170 MB (once 248); with the young generation stopped at 8 MB
 * and the old one at 2× (V8 reads both flags whenever it sizes the heap),
 * ~105 MB for the same latency and ~5% more CPU time, in concurrent marking.
 */
export function boundHeap(): void {
  try {
    if (!oldBounded) {
      oldBounded = true;
      v8.setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
    }
    if (youngFixed) return;
    const size = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
    const grow = size < YOUNG_GENERATION_BYTES;
    if (grow === youngGrowing) return;
    youngGrowing = grow;
    v8.setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
  } catch {
    // not V8, or no such statistics: nothing to bound
  }
}
