// The JSON Schema of .gazettelintrc.json, generated from the rules' own
// metadata so that the schema, the docs and the code cannot drift apart.
// scripts/gen-schema.mjs writes it to schemas/gazettelintrc.schema.json.
import type { RuleMeta } from '../engine/rules/types';

export const SCHEMA_PATH = 'schemas/gazettelintrc.schema.json';

/** Where a rule's documentation lives, relative to the repository root. */
export function ruleDocsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

const SEVERITIES = ['off', 'warn', 'error', 'info', 'hint', 'warning', 0, 1, 2];

export function buildConfigSchema(rules: readonly RuleMeta[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
    const summary = `${rule.description}\nDefault: ${rule.defaultSeverity}${rule.fixable ? ', fixable' : ''}. Docs: ${ruleDocsPath(rule.id)}`;
    ruleProps[rule.id] = {
      description: summary,
      default: rule.defaultSeverity === 'warning' ? 'warn' : rule.defaultSeverity,
      anyOf: [
        { $ref: '#/definitions/severity' },
        {
          type: 'array',
          minItems: 1,
          maxItems: 2,
          items: [
            { $ref: '#/definitions/severity' },
            {
              type: 'object',
              description: 'Rule options',
              properties: rule.optionsSchema ?? {},
              additionalProperties: false,
              ...(rule.defaultOptions ? { default: rule.defaultOptions } : {}),
            },
          ],
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gazette-lint configuration (.gazettelintrc.json)',
    description: 'Rule levels and options for gazette-lint. The nearest .gazettelintrc.json above a file applies to it.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Rule id -> level, or [level, options]. Levels: off, warn, error; info and hint are shown in the editor only.',
        type: 'object',
        additionalProperties: false,
        properties: ruleProps,
      },
      ignorePatterns: {
        description:
          'Globs, relative to this file, of files the command line skips. Read like .gitignore: a pattern without "/" matches a name at any depth, a directory match skips its contents, "!pattern" takes a file back.',
        type: 'array',
        items: { type: 'string' },
      },
      units: {
        description: 'Unit names known to the office, for the responsible-unit checks.',
        type: 'array',
        items: { type: 'string' },
      },
      locale: {
        description: 'Message language: "zh-en" (Chinese with an English gloss), "zh" or "en".',
        enum: ['zh-en', 'zh', 'en'],
        default: 'zh-en',
      },
    },
    definitions: {
      severity: {
        description: 'off, warn or error; info and hint are shown in the editor only. 0, 1, 2 mean off, warn, error.',
        enum: SEVERITIES,
      },
    },
  };
}

/** The schema as written to disk (stable formatting, final newline). */
export function configSchemaText(rules: readonly RuleMeta[]): string {
  return JSON.stringify(buildConfigSchema(rules), null, 2) + '\n';
}
