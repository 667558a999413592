// SARIF 2.1.0, for code-scanning services.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta } from '../../engine/rules/types';
import { ruleDocsPath } from '../../node/schema';
import type { LintResult } from '../results';

export interface SarifOptions {
  cwd: string;
  version: string;
  rules: readonly RuleMeta[];
  /** Absolute base for helpUri (SARIF wants an absolute URI); without one, the help text names the docs path. */
  docsBaseUri?: string;
}

export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  const rules = [...options.rules].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const srcRoot = pathToFileURL(options.cwd.endsWith(path.sep) ? options.cwd : options.cwd + path.sep).href;
  const sarifResults = [];
  for (const r of results) {
    const artifactLocation = artifact(r.filePath, options.cwd);
    for (const m of r.messages) {
      sarifResults.push({
        ruleId: m.ruleId,
        ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gazette-lint',
            version: options.version,
            semanticVersion: options.version,
            rules: rules.map((rule) => {
              const docs = ruleDocsPath(rule.id);
              return {
                id: rule.id,
                name: rule.id,
                shortDescription: { text: rule.description },
                ...(options.docsBaseUri ? { helpUri: new URL(docs, options.docsBaseUri).href } : {}),
                help: { text: `${rule.description}\nSee ${docs}`, markdown: `${rule.description}\n\nSee [${docs}](${docs}).` },
                defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
                properties: { category: rule.category, fixable: rule.fixable },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function artifact(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!path.isAbsolute(filePath)) return { uri: encodeURIComponent(filePath) };
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(filePath).href };
}

function sarifLevel(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}
