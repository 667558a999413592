// Configuration as data: rule severities and options, validated against the
// rules' own metadata. Loading files from disk lives outside the engine.
import type { Rule, Severity, SeveritySetting } from './rules/types';

/** The shape of .gazettelintrc.json. */
export interface GazetteConfig {
  $schema?: string;
  /** "<id>": "off" | "warn" | "error" | "info" | "hint" | [severity, options] */
  rules?: Record<string, unknown>;
  /** Globs of files the CLI skips. */
  ignorePatterns?: string[];
  /** Unit names known to the office (responsible-unit/names). */
  units?: string[];
  /** Message language: "zh-en" (default, Chinese with English gloss), "zh" or "en". */
  locale?: 'zh-en' | 'zh' | 'en';
}

export interface ResolvedConfig {
  severity(ruleId: string): SeveritySetting;
  options(ruleId: string): Record<string, unknown>;
  units: string[];
  ignorePatterns: string[];
  locale: 'zh-en' | 'zh' | 'en';
}

export interface ConfigError {
  /** JSON path of the offending key, e.g. "rules.doc-number/format". */
  key: string;
  message: string;
}

const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  off: 'off',
  '0': 'off',
  warn: 'warning',
  warning: 'warning',
  '1': 'warning',
  error: 'error',
  '2': 'error',
  info: 'info',
  hint: 'hint',
};

export function parseSeverity(value: unknown): SeveritySetting | undefined {
  return SEVERITY_WORDS[String(value)];
}

/** Validates a parsed configuration object and resolves it against the known rules. */
export function resolveConfig(
  raw: unknown,
  rules: readonly Rule[],
  overrides: Record<string, SeveritySetting> = {},
): { config: ResolvedConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const severities = new Map<string, SeveritySetting>();
  const options = new Map<string, Record<string, unknown>>();
  const known = new Map(rules.map((r) => [r.id, r]));
  const cfg = (raw ?? {}) as GazetteConfig;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    if (raw !== undefined) errors.push({ key: '', message: 'configuration must be a JSON object' });
  } else {
    const allowed = new Set(['$schema', 'rules', 'ignorePatterns', 'units', 'locale']);
    for (const key of Object.keys(cfg)) {
      if (!allowed.has(key)) errors.push({ key, message: `unknown key "${key}"` });
    }
    if (cfg.rules !== undefined) {
      if (typeof cfg.rules !== 'object' || cfg.rules === null || Array.isArray(cfg.rules)) {
        errors.push({ key: 'rules', message: 'must be an object of rule ids' });
      } else {
        for (const [id, value] of Object.entries(cfg.rules)) {
          const rule = known.get(id);
          if (!rule) {
            errors.push({ key: `rules.${id}`, message: `unknown rule "${id}"` });
            continue;
          }
          const [sev, opts] = Array.isArray(value) ? [value[0], value[1]] : [value, undefined];
          const severity = parseSeverity(sev);
          if (!severity) {
            errors.push({ key: `rules.${id}`, message: `invalid severity ${JSON.stringify(sev)} (use off, warn, error, info or hint)` });
            continue;
          }
          severities.set(id, severity);
          if (opts !== undefined) {
            if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) {
              errors.push({ key: `rules.${id}[1]`, message: 'options must be an object' });
            } else {
              const props = (rule.optionsSchema ?? {}) as Record<string, OptionSchema>;
              const valid: Record<string, unknown> = {};
              for (const [k, v] of Object.entries(opts)) {
                const problem = Object.hasOwn(props, k) ? optionProblem(props[k], v) : `unknown option "${k}"`;
                if (problem) errors.push({ key: `rules.${id}[1].${k}`, message: problem });
                else valid[k] = v;
              }
              options.set(id, valid);
            }
          }
        }
      }
    }
    if (cfg.ignorePatterns !== undefined && !isStringArray(cfg.ignorePatterns)) {
      errors.push({ key: 'ignorePatterns', message: 'must be an array of strings' });
    }
    if (cfg.units !== undefined && !isStringArray(cfg.units)) {
      errors.push({ key: 'units', message: 'must be an array of strings' });
    }
    if (cfg.locale !== undefined && !['zh-en', 'zh', 'en'].includes(cfg.locale)) {
      errors.push({ key: 'locale', message: 'must be "zh-en", "zh" or "en"' });
    }
  }
  for (const [id, sev] of Object.entries(overrides)) severities.set(id, sev);
  // Asked for by every lint of every rule: made once per rule.
  const resolvedOptions = new Map<string, Record<string, unknown>>();
  const config: ResolvedConfig = {
    severity: (id) => severities.get(id) ?? known.get(id)?.defaultSeverity ?? 'off',
    // The top-level `units` list feeds every rule that takes a `known` option (responsible-unit/names).
    options: (id) => {
      let resolved = resolvedOptions.get(id);
      if (!resolved) {
        resolved = {
          ...(known.get(id)?.defaultOptions ?? {}),
          ...(isStringArray(cfg?.units) && cfg.units.length && 'known' in (known.get(id)?.optionsSchema ?? {}) ? { known: cfg.units } : {}),
          ...(options.get(id) ?? {}),
        };
        resolvedOptions.set(id, resolved);
      }
      return resolved;
    },
    units: isStringArray(cfg?.units) ? cfg.units : [],
    ignorePatterns: isStringArray(cfg?.ignorePatterns) ? cfg.ignorePatterns : [],
    locale: cfg?.locale ?? 'zh-en',
  };
  return { config, errors };
}

/** The part of JSON Schema the rules' options use. */
interface OptionSchema {
  type?: 'integer' | 'number' | 'string' | 'boolean' | 'array';
  minimum?: number;
  maximum?: number;
  items?: { type?: string };
}

/** Why an option value does not fit its schema, or undefined when it does. */
function optionProblem(schema: OptionSchema, value: unknown): string | undefined {
  const got = `, not ${JSON.stringify(value)}`;
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const range =
        schema.minimum !== undefined && schema.maximum !== undefined
          ? ` from ${schema.minimum} to ${schema.maximum}`
          : schema.minimum !== undefined
            ? ` of at least ${schema.minimum}`
            : schema.maximum !== undefined
              ? ` of at most ${schema.maximum}`
              : '';
      const expected = `must be ${schema.type === 'integer' ? 'an integer' : 'a number'}${range}`;
      if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value))) return expected + got;
      if ((schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum)) return expected + got;
      return undefined;
    }
    case 'string':
      return typeof value === 'string' ? undefined : `must be a string${got}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false${got}`;
    case 'array':
      if (schema.items?.type === 'string') return isStringArray(value) ? undefined : `must be an array of strings${got}`;
      return Array.isArray(value) ? undefined : `must be an array${got}`;
    default:
      return undefined;
  }
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

export type { Severity };
