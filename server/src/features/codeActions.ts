// Quick fixes from findings, "fix all of a rule", and source.fixAll.gazette for codeActionsOnSave.
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, fixAll, suppressionFor, SuppressionsThroughFixes, type Edit, type Finding, type Suppression } from '../engine';
import { addSuppression, SUPPRESSIONS_FILE } from '../node';
import { localize } from '../engine/lint';
import type { Analysis, AnalysisCache } from './analysis';
import { toLspRange, toOffset } from './convert';
import { toDiagnostic, type DiagnosticsProvider } from './diagnostics';
import type { ConfigurationService } from './settings';
import type { WorkspaceFiles } from './workspaceFiles';
import { append } from '../engine/arrays';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gazette`;
/** Server command: record a finding in .gazettelint-suppressions.json. Arguments: [uri, Suppression]. */
export const SUPPRESS_COMMAND = 'gazette.suppressFinding';

/**
 * The one fix to mark preferred (the one "Auto Fix" applies, and an editor runs without asking): of the
 * fixable findings the range touches, the one at the cursor, the narrowest of them. Two preferred
 * actions would leave the editor to guess.
 */
export function preferredFix(findings: readonly Finding[], start: number, end: number): Finding | undefined {
  let best: Finding | undefined;
  let bestScore = Infinity;
  for (const f of findings) {
    if (!f.fix?.edits.length || f.range.end < start || f.range.start > end) continue;
    const atCursor = f.range.start <= start && start <= f.range.end;
    const score = (atCursor ? 0 : 1e9) + (f.range.end - f.range.start);
    if (score < bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

export class CodeActionsProvider {
  constructor(
    private readonly diagnostics: DiagnosticsProvider,
    private readonly cache: AnalysisCache,
    private readonly configuration: ConfigurationService,
    private readonly workspace: WorkspaceFiles,
  ) {}

  async provide(doc: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) append(actions, await this.quickFixes(doc, params));
    // Fixing all re-checks the whole text until it settles: a full analysis per pass. Editors ask for
    // it by kind (codeActionsOnSave, the Source Action menu); a request without a kind made
    // automatically is the lightbulb's, sent at every cursor move, and does not get it.
    const fixAllWanted = only ? wants(FIX_ALL_KIND) : params.context.triggerKind !== CodeActionTriggerKind.Automatic;
    if (fixAllWanted) {
      const fixAllAction = await this.fixAll(doc);
      if (fixAllAction) actions.push(fixAllAction);
    }
    return actions;
  }

  private async quickFixes(doc: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
    const { analysis, findings, unsuppressed, locale } = await this.diagnostics.current(doc);
    const { suppressionsFile, suppressionKey } = await this.configuration.forDocument(doc.uri);
    const start = toOffset(analysis.lines, params.range.start);
    const end = toOffset(analysis.lines, params.range.end);
    const actions: CodeAction[] = [];
    const ignores: CodeAction[] = [];
    const offered = new Set<string>();
    const ignoredRules = new Set<string>();
    const preferred = preferredFix(findings, start, end);
    for (const finding of findings) {
      if (finding.range.end < start || finding.range.start > end) continue;
      const diagnostic = toDiagnostic(finding, analysis, locale, this.workspace);
      if (finding.fix && finding.fix.edits.length) {
        actions.push({
          title: localize(finding.fix.title, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: finding === preferred,
          edit: this.edit(analysis, finding.fix.edits),
        });
      }
      for (const suggestion of finding.suggestions ?? []) {
        if (!suggestion.edits.length) continue;
        actions.push({ title: localize(suggestion.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: this.edit(analysis, suggestion.edits) });
      }
      if (suppressionsFile) {
        const title = localize(`忽略此问题（记入 ${SUPPRESSIONS_FILE}） (ignore this problem: record it in ${SUPPRESSIONS_FILE})`, locale);
        ignores.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title, command: SUPPRESS_COMMAND, arguments: [doc.uri, suppressionFor(analysis.text, finding, suppressionKey, unsuppressed)] },
        });
        if (!ignoredRules.has(finding.ruleId)) {
          ignoredRules.add(finding.ruleId);
          const ruleTitle = localize(`在此文件中忽略 ${finding.ruleId}（记入 ${SUPPRESSIONS_FILE}） (ignore ${finding.ruleId} in this file)`, locale);
          ignores.push({
            title: ruleTitle,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title: ruleTitle, command: SUPPRESS_COMMAND, arguments: [doc.uri, { rule: finding.ruleId, file: suppressionKey }] },
          });
        }
      }
      if (finding.fix && !offered.has(finding.ruleId)) {
        offered.add(finding.ruleId);
        const same = findings.filter((f) => f.ruleId === finding.ruleId && f.fix);
        if (same.length > 1) {
          actions.push({
            title: localize(`修复文件中所有 ${finding.ruleId} 问题 (fix all ${finding.ruleId} problems)`, locale),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: this.edit(analysis, applyFixes(analysis.text, same).edits),
          });
        }
      }
    }
    return [...actions, ...ignores];
  }

  /** Records a finding as accepted; the caller re-validates. */
  async suppress(uri: string, entry: Suppression): Promise<void> {
    const { suppressionsFile } = await this.configuration.forDocument(uri);
    if (!suppressionsFile || !entry || typeof entry.rule !== 'string') return;
    // Only the known keys, and only strings: the arguments come back from the client.
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const count = (v: unknown) => (Number.isInteger(v) && (v as number) >= 1 ? (v as number) : undefined);
    addSuppression(suppressionsFile, {
      rule: entry.rule, file: text(entry.file), text: text(entry.text), before: text(entry.before), after: text(entry.after),
      occurrence: count(entry.occurrence), context: count(entry.context),
    });
  }

  /**
   * Every safe fix of every rule, repeated until the text settles: of errors and warnings, as the command
   * line's --fix. An info or hint is a guess (补上“人民政府”), for the proofreader to take one by one.
   */
  async fixAll(doc: TextDocument): Promise<CodeAction | undefined> {
    const analysis = this.cache.get(doc);
    const setup = await this.configuration.forDocument(doc.uri);
    const locale = setup.locale;
    let first = true;
    const firm = (findings: Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    // An ignore entry that names one of several findings keeps naming it while fixes change the others.
    const through = new SuppressionsThroughFixes(setup.suppressions ?? [], setup.suppressionKey);
    const result = fixAll(analysis.text, (text, original) => {
      // The first pass lints the current version: reuse the cached findings.
      const all = first ? this.cache.unsuppressedFindings(doc, setup) : this.cache.lintTextUnsuppressed(doc.uri, text, setup);
      first = false;
      return firm(through.kept(text, all, original));
    });
    if (result.applied === 0) return undefined;
    return {
      title: localize('修复所有可自动修复的问题 (fix all auto-fixable problems)', locale),
      kind: FIX_ALL_KIND,
      edit: this.edit(analysis, result.edits),
    };
  }

  private edit(analysis: Analysis, edits: Edit[]): WorkspaceEdit {
    const textEdits: TextEdit[] = edits.map((e) => ({ range: toLspRange(analysis.lines, e.range), newText: e.text }));
    return { changes: { [analysis.uri]: textEdits } };
  }
}
