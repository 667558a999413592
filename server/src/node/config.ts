// Loading .gazettelintrc.json from disk: the nearest file above a draft wins
// (no merging), or one file given explicitly. Validation is the engine's
// resolveConfig; this module adds file names, JSON syntax errors and
// ignorePatterns matching.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createScanner, parse, printParseErrorCode, ScanError, SyntaxKind, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { allRules } from '../engine/rules';
import { resolveConfig, type ResolvedConfig } from '../engine/config';
import type { Rule, SeveritySetting } from '../engine/rules/types';
import { LineIndex } from '../engine/lineIndex';
import { trimEndChars } from '../engine/parse/text';

export const CONFIG_FILE_NAME = '.gazettelintrc.json';

/** A problem with a configuration file, e.g. `rules.foo/bar: unknown rule "foo/bar"`. */
export interface ConfigProblem {
  /** Absolute path of the configuration file ('' for command-line overrides). */
  file: string;
  /** JSON path of the offending key ('' for the file as a whole). */
  key: string;
  message: string;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The configuration file in effect, if any. */
  file?: string;
  problems: ConfigProblem[];
}

export interface ConfigLoaderOptions {
  /** Use this file for every draft instead of searching upwards. */
  configFile?: string;
  /** Severities that win over any file (--rule). */
  overrides?: Record<string, SeveritySetting>;
  rules?: readonly Rule[];
}

/** "file: key: message", the form the CLI prints and the language server shows. */
export function formatConfigProblem(p: ConfigProblem, cwd?: string): string {
  const file = cwd && p.file ? path.relative(cwd, p.file) || p.file : p.file;
  return [file, p.key, p.message].filter(Boolean).join(': ');
}

/** The nearest .gazettelintrc.json in dir or above it, up to the filesystem root. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads, parses (JSON with comments) and validates one configuration file. */
export function readConfigFile(file: string, options: ConfigLoaderOptions = {}): LoadedConfig {
  const rules = options.rules ?? allRules;
  const abs = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8').replace(/^\ufeff/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'configuration file not found' : `cannot read configuration file (${code ?? error})`;
    return { ...fallback(rules, options), file: abs, problems: [{ file: abs, key: '', message }] };
  }
  const errors: ParseError[] = [];
  const raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (raw === undefined && onlyComments(text)) {
    return { ...fallback(rules, options), file: abs, problems: [{ file: abs, key: '', message: 'empty file: expected a JSON object such as {"rules": {}}' }] };
  }
  if (errors.length > 0) {
    const lines = new LineIndex(text);
    return {
      ...fallback(rules, options),
      file: abs,
      problems: errors.map((e) => {
        const pos = lines.position(e.offset);
        return { file: abs, key: '', message: `invalid JSON at line ${pos.line + 1}, column ${pos.character + 1}: ${printParseErrorCode(e.error)}` };
      }),
    };
  }
  const { config, errors: invalid } = resolveConfig(raw, rules, options.overrides ?? {});
  return { config, file: abs, problems: invalid.map((e) => ({ file: abs, key: e.key, message: e.message })) };
}

function fallback(rules: readonly Rule[], options: ConfigLoaderOptions): { config: ResolvedConfig } {
  return { config: resolveConfig(undefined, rules, options.overrides ?? {}).config };
}

/** Finds and caches the configuration of each draft. */
export class ConfigLoader {
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly byDir = new Map<string, string | undefined>();

  constructor(private readonly options: ConfigLoaderOptions = {}) {}

  /** The configuration that applies to a draft (by its path; the file need not exist). */
  forFile(filePath: string): LoadedConfig {
    const configFile = this.options.configFile
      ? path.resolve(this.options.configFile)
      : this.nearest(path.dirname(path.resolve(filePath)));
    if (!configFile) return this.load('', () => ({ ...fallback(this.options.rules ?? allRules, this.options), problems: [] }));
    return this.load(configFile, () => readConfigFile(configFile, this.options));
  }

  /** Forgets cached files (after a configuration file was created, changed or deleted). */
  clear(): void {
    this.byFile.clear();
    this.byDir.clear();
  }

  private nearest(dir: string): string | undefined {
    if (!this.byDir.has(dir)) this.byDir.set(dir, findConfigFile(dir));
    return this.byDir.get(dir);
  }

  private load(key: string, read: () => LoadedConfig): LoadedConfig {
    let loaded = this.byFile.get(key);
    if (!loaded) this.byFile.set(key, (loaded = read()));
    return loaded;
  }
}

/** The configuration for one draft, without caching. */
export function loadConfigFor(filePath: string, options: ConfigLoaderOptions = {}): LoadedConfig {
  return new ConfigLoader(options).forFile(filePath);
}

/**
 * Whether the configuration's ignorePatterns exclude a file. Patterns are
 * globs relative to the configuration file's directory, read like
 * .gitignore: a pattern without a slash matches a name at any depth, a
 * pattern matching a directory excludes everything in it, a trailing slash
 * matches directories only, and "!pattern" takes a file back.
 */
export function isIgnored(filePath: string, loaded: LoadedConfig): boolean {
  const patterns = loaded.config.ignorePatterns;
  if (!loaded.file || patterns.length === 0) return false;
  const rel = path.relative(path.dirname(loaded.file), path.resolve(filePath)).split(path.sep).join('/');
  if (!rel || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return false;
  const segments = rel.split('/');
  let ignored = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    let pattern = negated ? raw.slice(1) : raw;
    const dirOnly = pattern.endsWith('/');
    pattern = trimEndChars(pattern, '/');
    // A slash at the start or in the middle ties the pattern to the configuration's directory.
    const anchored = pattern.includes('/');
    pattern = pattern.replace(/^\.?\//, '');
    if (!pattern) continue;
    const match = ignoreMatcher(pattern);
    // Every ancestor directory, then the file itself (unless the pattern is for directories).
    const last = dirOnly ? segments.length - 1 : segments.length;
    let hit = false;
    for (let i = 1; i <= last && !hit; i++) {
      hit = anchored ? match(segments.slice(0, i).join('/')) : match(segments[i - 1]);
    }
    if (hit) ignored = !negated;
  }
  return ignored;
}

const matchers = new Map<string, (name: string) => boolean>();

/**
 * A pattern's matcher, made once per pattern. A plain name (README.md) is
 * compared as it is: compiling it is 2 ms of a one-file run. Anything picomatch
 * reads otherwise goes to picomatch: glob characters, quotes (which it drops),
 * | (an alternative when the pattern has a slash) and a leading ./ (which it strips).
 */
export function ignoreMatcher(pattern: string): (name: string) => boolean {
  let match = matchers.get(pattern);
  if (!match) {
    match = /[*?[\]{}()!+@\\"|]|^\.\//.test(pattern) ? picomatch(pattern, { dot: true, windows: false }) : (name: string) => name === pattern;
    matchers.set(pattern, match);
  }
  return match;
}

const TRIVIA = new Set([SyntaxKind.Trivia, SyntaxKind.LineBreakTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.BlockCommentTrivia]);

/** Does the text hold nothing but white space (any that trim() removes) and closed comments? */
function onlyComments(text: string): boolean {
  const scanner = createScanner(text, false);
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    const blank = token === SyntaxKind.Unknown && scanner.getTokenValue().trim() === '';
    if (!blank && (!TRIVIA.has(token) || scanner.getTokenError() !== ScanError.None)) return false;
  }
  return true;
}
