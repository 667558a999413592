// Runs the enabled rules over a parsed issue.
import type { Issue } from './model';
import type { ResolvedConfig } from './config';
import { resolveConfig } from './config';
import { allRules } from './rules';
import type { Finding, Report, Rule, RuleContext, Severity } from './rules/types';
import type { WorkspaceIndex } from './workspace';
import type { DocumentFindingsCache } from './lintCache';
import { nextTextGeneration } from './rules/shared/memo';

export interface LintOptions {
  config?: ResolvedConfig;
  workspace?: WorkspaceIndex;
  uri?: string;
  /** Restrict to these rules (defaults to every registered rule). */
  rules?: readonly Rule[];
  /** Called when a rule throws; the rule's findings for this run are dropped. */
  onRuleError?: (rule: Rule, error: unknown) => void;
  /** Document rules' findings from earlier runs on previous versions of this text (see ./lintCache). */
  cache?: DocumentFindingsCache;
}

const defaultConfig = resolveConfig(undefined, allRules).config;

export function lintIssue(issue: Issue, options: LintOptions = {}): Finding[] {
  const config = options.config ?? defaultConfig;
  const cache = options.cache;
  cache?.useConfig(config);
  nextTextGeneration();
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    const setting = config.severity(rule.id);
    if (setting === 'off') continue;
    const found: Finding[] = [];
    // Where reports go: `found`, or the findings of one document while a document rule checks it.
    let sink = found;
    const ctx: RuleContext = {
      issue,
      text: issue.text,
      options: config.options(rule.id),
      workspace: options.workspace,
      uri: options.uri,
      report: (r) => sink.push(toFinding(rule.id, setting, r, config)),
    };
    try {
      if (rule.checkDocument) {
        const context = rule.issueContext?.(ctx);
        const key = context === undefined ? rule.id : `${rule.id}\u0000${context}`;
        for (const document of issue.documents) {
          let own = cache?.get(document, key);
          if (!own) {
            sink = [];
            rule.checkDocument(ctx, document);
            own = sink;
            cache?.set(document, key, own);
          }
          for (const f of own) found.push(f);
        }
        sink = found;
        rule.checkOutside?.(ctx);
      } else {
        rule.check(ctx);
      }
    } catch (error) {
      if (options.onRuleError) options.onRuleError(rule, error);
      else throw error;
      continue;
    }
    for (const f of found) findings.push(f);
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return findings;
}

function toFinding(ruleId: string, setting: Severity, r: Report, config: ResolvedConfig): Finding {
  return {
    ruleId,
    severity: r.severity && rank(r.severity) < rank(setting) ? r.severity : setting,
    message: localize(r.message, config.locale),
    range: r.range,
    related: r.related,
    fix: r.fix,
    suggestions: r.suggestions,
    tags: r.tags,
  };
}

function rank(s: string): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : s === 'info' ? 1 : 0;
}

/**
 * Messages are written "中文说明 (English gloss)"; the locale setting keeps both
 * (default), only the Chinese, or only the English.
 */
export function localize(message: string, locale: 'zh-en' | 'zh' | 'en'): string {
  if (locale === 'zh-en') return message;
  // The gloss is the last (…) that ends the message, holds Latin letters and no brackets.
  const text = message.trimEnd();
  const open = text.lastIndexOf('(');
  const gloss = text.slice(open + 1, -1);
  if (open < 0 || !text.endsWith(')') || /[()（）]/.test(gloss) || !/[A-Za-z]/.test(gloss)) return message;
  return locale === 'zh' ? text.slice(0, open).trimEnd() : gloss.charAt(0).toUpperCase() + gloss.slice(1);
}
