// The engine's public surface: parse an issue, lint it, fix it. No editor imports.
export * from './model';
export * from './rules/types';
export { parseIssue } from './parse/issue';
export { lintIssue, type LintOptions } from './lint';
export { DocumentFindingsCache } from './lintCache';
export { clearTextCaches } from './textCache';
export { applyFixes, fixAll } from './fix';
export { LineIndex } from './lineIndex';
export { WorkspaceIndex, type IndexedDocument } from './workspace';
export { indexedIssue } from './indexedIssue';
export { resolveConfig, parseSeverity, type GazetteConfig, type ResolvedConfig, type ConfigError } from './config';
export { allRules, ruleById } from './rules';
export { decreeNumberAfter, documentOfNumberlessEntry, entryMayName, forwards } from './rules/cross-reference/shared';
export { aliasAt, aliasesOf, fullTitle, type Alias } from './rules/shared/aliases';
export { attachmentName } from './parse/attachments';
export { INSERTED_ARTICLE, shownLabel } from './parse/headings';
export { applySuppressions, suppressionFor, inlineDisables, SuppressionsThroughFixes, type Suppression, type SuppressedFinding, type SuppressionResult } from './suppressions';

import { parseIssue } from './parse/issue';
import { lintIssue, type LintOptions } from './lint';

/** Parses and lints one issue text. */
export function analyze(text: string, options: LintOptions = {}) {
  const issue = parseIssue(text);
  return { issue, findings: lintIssue(issue, options) };
}
