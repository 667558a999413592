// The rule interface: one rule a file, each exporting a `Rule`.
import type { GazetteDocument, Issue, Range } from '../model';
import type { WorkspaceIndex } from '../workspace';

export type Category =
  | 'doc-number'
  | 'numbering'
  | 'responsible-unit'
  | 'cross-reference'
  | 'structure'
  | 'typography';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** One text edit. */
export interface Edit {
  range: Range;
  text: string;
}

/** A safe, mechanical fix: applying it must make the finding go away. */
export interface Fix {
  /** Short label for the editor's quick-fix menu. */
  title: string;
  edits: Edit[];
}

export interface RelatedLocation {
  range: Range;
  message: string;
  /** Another file of the workspace; absent for the same file. */
  uri?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Chinese message with a short English gloss, e.g. "年份应使用六角括号〔〕 (year must be in 〔〕)". */
  message: string;
  range: Range;
  related?: RelatedLocation[];
  fix?: Fix;
  /** Extra, less certain fixes (e.g. "did you mean"); never applied by --fix. */
  suggestions?: Fix[];
  /** LSP tags: 1 unnecessary, 2 deprecated. */
  tags?: number[];
}

/** What a rule reports; the engine fills in ruleId and the configured severity. */
export interface Report {
  message: string;
  range: Range;
  related?: RelatedLocation[];
  fix?: Fix;
  suggestions?: Fix[];
  /** Override the configured severity downwards (e.g. a soft, extraction-like case). */
  severity?: Severity;
  tags?: number[];
}

export interface RuleContext<O = Record<string, unknown>> {
  issue: Issue;
  text: string;
  options: O;
  /** Other issues of the workspace, for cross-file checks; absent in single-file runs. */
  workspace?: WorkspaceIndex;
  uri?: string;
  report(report: Report): void;
}

export interface RuleMeta {
  /** "<category>/<rule-name>" */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line. */
  description: string;
  /** JSON Schema of the rule's options (properties of an object), if any. */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  fixable: boolean;
}

/**
 * A rule checks the whole issue (`check`) or one document at a time
 * (`checkDocument`, called for each document of the issue, and `checkOutside`,
 * if given, once for the text outside every document: cover, TOC, 发文目录,
 * a preface). A document rule's findings in a document depend on that document
 * alone, the rule's options and its `issueContext` (never on the workspace or on
 * other documents otherwise), and lie inside it: the language server keeps them
 * for the documents an edit did not touch.
 */
export type Rule<O = any> = IssueRule<O> | DocumentRule<O>;

export interface IssueRule<O = any> extends RuleMeta {
  check(ctx: RuleContext<O>): void;
  checkDocument?: undefined;
  checkOutside?: undefined;
  issueContext?: undefined;
}

export interface DocumentRule<O = any> extends RuleMeta {
  checkDocument(ctx: RuleContext<O>, document: GazetteDocument): void;
  checkOutside?(ctx: RuleContext<O>): void;
  /**
   * An issue-wide habit the findings in each document also depend on (the issue's
   * usual punctuation width), as a short string: when it changes, every document is
   * checked again.
   */
  issueContext?(ctx: RuleContext<O>): string;
  check?: undefined;
}
