// The command line, as a function of arguments and I/O, so tests can call it.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json';
import { VERSION } from '../version';
import { parseIssue } from '../engine/parse/issue';
import { lintIssue } from '../engine/lint';
import { fixAll } from '../engine/fix';
import { allRules } from '../engine/rules';
import { WorkspaceIndex } from '../engine/workspace';
import { applySuppressions, SuppressionsThroughFixes, type SuppressedFinding, type Suppression } from '../engine/suppressions';
import type { Issue, Range } from '../engine/model';
import type { Finding, Rule } from '../engine/rules/types';
import {
  ConfigLoader,
  formatConfigProblem,
  isIgnored,
  type ConfigProblem,
  type LoadedConfig,
} from '../node/config';
import { decodeFile, EncodingError, keepLayout, type DecodedText } from '../node/encoding';
import { describeFsError, discoverFiles } from '../node/files';
import { ruleDocsPath } from '../node/schema';
import { readSuppressions, suppressionKey, suppressionsFileFor } from '../node/suppressions';
import { FileChangedError, readTextFile, writeFixedText, type ReadResult } from '../node/fileio';
import { parseCliArgs, UsageError, type CliOptions } from './args';
import { formatGithub, formatJson, formatJunit, formatRdjson, formatSarif, formatText } from './formatters';
import { helpText } from './help';
import { reportable, toLintResult, totals, type LintResult } from './results';


export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Buffer>;
  /** stdout is a terminal (colours by default). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Called once drafts have been checked (not for --help, --version or a usage error). */
  onChecked?(): void;
  /** Called as the run goes on, before each draft is parsed or checked, with its length in characters (see ./optimizer). */
  onProgress?(length: number): void;
}

interface Target {
  /** Absolute path; for stdin the --stdin-filename or undefined. */
  path?: string;
  stdin: boolean;
  explicit: boolean;
  /** How messages name it. */
  label: string;
  config: LoadedConfig;
}

interface Draft extends Target {
  text: string;
  read?: ReadResult & { decoded: DecodedText };
  uri: string;
  issue: Issue;
}

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const err = (message: string) => io.stderr(`gazette-lint: ${message}\n`);
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, allRules);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`${error.message}\nRun "gazette-lint --help" for usage.`);
    return 2;
  }
  if (options.help) {
    io.stdout(helpText(allRules));
    return 0;
  }
  if (options.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const cwd = io.cwd;
  const label = (file: string) => {
    const rel = path.relative(cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  };

  // 1. Inputs: everything must exist before anything is checked.
  const discovered = discoverFiles(
    options.inputs.filter((i) => i !== '-'),
    { cwd },
  );
  for (const e of discovered.errors) err(`${e.input}: ${e.message}`);
  if (discovered.errors.length > 0) return 2;

  // 2. Configuration: every file's configuration must be valid.
  const loader = new ConfigLoader({
    configFile: options.config ? path.resolve(cwd, options.config) : undefined,
    overrides: options.rules,
  });
  const targets: Target[] = discovered.files.map((f) => ({
    path: f.path,
    stdin: false,
    explicit: f.explicit,
    label: label(f.path),
    config: loader.forFile(f.path),
  }));
  if (options.inputs.includes('-')) {
    const named = options.stdinFilename ? path.resolve(cwd, options.stdinFilename) : undefined;
    targets.push({
      path: named,
      stdin: true,
      explicit: true,
      label: named ? label(named) : '<stdin>',
      config: loader.forFile(named ?? path.join(cwd, '<stdin>')),
    });
  }
  const problems = new Map<string, ConfigProblem[]>();
  for (const t of targets) if (t.config.problems.length) problems.set(t.config.file ?? '', t.config.problems);
  if (problems.size > 0) {
    for (const list of problems.values()) for (const p of list) err(formatConfigProblem(p, cwd));
    return 2;
  }

  // 3. Read, decode and parse. A file that cannot be checked (binary, too large) fails the run (exit 2), after the others are checked.
  let fatal = false;
  const workspace = new WorkspaceIndex();
  const drafts: Draft[] = [];
  for (const t of targets) {
    if (!t.stdin && t.path && isIgnored(t.path, t.config)) {
      if (t.explicit) err(`warning: ${t.label}: ignored by ignorePatterns in ${label(t.config.file!)}`);
      continue;
    }
    let read: ReadResult | undefined;
    let decoded;
    try {
      if (t.stdin) decoded = decodeFile(await io.readStdin());
      else {
        const size = statSync(t.path!).size;
        if (size > options.maxFileSize) {
          err(`${t.label}: not checked, ${sizeText(size)} is larger than any gazette issue (limit ${sizeText(options.maxFileSize)}; raise it with --max-file-size)`);
          fatal = true;
          continue;
        }
        read = readTextFile(t.path!);
        decoded = read.decoded;
      }
    } catch (error) {
      err(`${t.label}: cannot read: ${describeFsError(error)}`);
      fatal = true;
      continue;
    }
    if (decoded.kind === 'binary') {
      err(`${t.label}: not checked, not a text file (${decoded.reason})`);
      fatal = true;
      continue;
    }
    const uri = t.path ? pathToFileURL(t.path).href : 'untitled:stdin';
    let issue: Issue;
    try {
      io.onProgress?.(decoded.text.length);
      issue = parseIssue(decoded.text);
    } catch (error) {
      err(`${t.label}: internal error while reading the document structure: ${errorText(error)}`);
      fatal = true;
      continue;
    }
    workspace.set(uri, issue);
    drafts.push({ ...t, text: decoded.text, read: read && { ...read, decoded }, uri, issue });
  }

  // 4. Lint, and fix when asked.
  const ruleFailures = new Set<string>();
  const suppressionFiles = new Map<string, Suppression[]>();
  const unusedSuppressions = new Map<string, Suppression[]>();
  const suppressionsOf = (d: Draft): { list: Suppression[]; key?: string } => {
    if (!d.path) return { list: [] };
    const file = suppressionsFileFor(d.path, d.config);
    let list = suppressionFiles.get(file);
    if (!list) {
      try {
        list = readSuppressions(file);
      } catch (error) {
        err(errorText(error));
        fatal = true;
        list = [];
      }
      suppressionFiles.set(file, list);
    }
    return { list, key: suppressionKey(file, d.path) };
  };
  /** Every finding of a draft's text, before suppressions. */
  const lintRaw = (d: Draft, text: string, issue?: Issue): Finding[] => {
    io.onProgress?.(text.length);
    if (!issue) {
      issue = parseIssue(text);
      workspace.set(d.uri, issue);
    }
    return lintIssue(issue, {
      config: d.config.config,
      workspace,
      uri: d.uri,
      onRuleError(rule: Rule, error: unknown) {
        const key = `${d.label}\0${rule.id}`;
        if (ruleFailures.has(key)) return;
        ruleFailures.add(key);
        err(`${d.label}: rule ${rule.id} failed: ${errorText(error)}`);
        fatal = true;
      },
    });
  };
  /** The findings the command line reports in a version of a draft, and those suppressed. */
  const lintDraft = (d: Draft, text: string, issue?: Issue): { findings: Finding[]; suppressed: SuppressedFinding[] } => {
    const findings = lintRaw(d, text, issue);
    const sup = suppressionsOf(d);
    const filtered = applySuppressions(text, findings, sup.list, sup.key);
    if (text === d.text) unusedSuppressions.set(d.label, filtered.unused);
    const reported = new Set(reportable(filtered.suppressed.map((s) => s.finding), options.quiet));
    return { findings: reportable(filtered.kept, options.quiet), suppressed: filtered.suppressed.filter((s) => reported.has(s.finding)) };
  };
  const results: LintResult[] = [];
  const sources = new Map<string, string>();
  for (const d of drafts) {
    let findings: Finding[];
    let suppressed: SuppressedFinding[];
    try {
      ({ findings, suppressed } = lintDraft(d, d.text, d.issue));
      io.onChecked?.();
    } catch (error) {
      err(`${d.label}: internal error: ${errorText(error)}`);
      fatal = true;
      continue;
    }
    let output: string | undefined;
    if ((options.fix || options.fixDryRun) && findings.some((f) => f.fix)) {
      let fixed = d.text;
      try {
        // In the file's own line breaks: a fix that adds a line writes \n, and what --fix-dry-run shows
        // is what --fix would write.
        // An entry that names one of several findings keeps naming it while fixes change the others.
        const sup = suppressionsOf(d);
        const through = new SuppressionsThroughFixes(sup.list, sup.key);
        const lint = (text: string, original: (r: Range) => Range | undefined) => reportable(through.kept(text, lintRaw(d, text), original), options.quiet);
        fixed = keepLayout(d.text, fixAll(d.text, lint).text);
      } catch (error) {
        err(`${d.label}: not fixed: internal error while fixing: ${errorText(error)}`);
        fatal = true;
        workspace.set(d.uri, d.issue);
      }
      if (fixed !== d.text) {
        output = fixed;
        const before = { findings, suppressed };
        ({ findings, suppressed } = lintDraft(d, fixed));
        if (options.fix && d.read) {
          try {
            writeFixedText(d.path!, d.read, fixed);
          } catch (error) {
            if (error instanceof EncodingError || error instanceof FileChangedError) err(`${d.label}: not fixed: ${error.message}`);
            else err(`${d.label}: not fixed: cannot write (${describeFsError(error)})`);
            fatal = true;
            // The file is as it was: report what is in it.
            output = undefined;
            ({ findings, suppressed } = before);
            workspace.set(d.uri, d.issue);
          }
        }
      }
    }
    // As ESLint gives it, the output keeps the file's BOM (the positions do not count it).
    const shown = output !== undefined && d.read?.decoded.bom ? `\ufeff${output}` : output;
    const result = toLintResult(d.path ?? '<stdin>', output ?? d.text, findings, shown, suppressed);
    results.push(result);
    sources.set(result.filePath, output ?? d.text);
  }
  let unused = 0;
  if (options.reportUnusedSuppressions) {
    for (const [draft, list] of unusedSuppressions) {
      for (const s of list) {
        err(`warning: ${draft}: suppression of ${s.rule}${s.text ? ` for “${s.text}”` : ''} matches nothing`);
        unused++;
      }
    }
  }

  // 5. Report.
  const color = options.color ?? (io.isTTY && io.env.NO_COLOR === undefined);
  switch (options.format) {
    case 'json':
      io.stdout(formatJson(results));
      break;
    case 'sarif':
      io.stdout(formatSarif(results, { cwd, version: VERSION, rules: allRules, docsBaseUri: docsBaseUri() }));
      break;
    case 'github':
      io.stdout(formatGithub(results, cwd));
      break;
    case 'rdjson':
      io.stdout(formatRdjson(results, { cwd, sources, docsUri: (id) => docsBaseUri() && docsBaseUri() + ruleDocsPath(id) }));
      break;
    case 'junit':
      io.stdout(formatJunit(results, cwd));
      break;
    default:
      io.stdout(formatText(results, { color, cwd }));
  }
  const t = totals(results);
  if (fatal) return 2;
  if (options.exitZero) return 0;
  if (t.errors > 0 || unused > 0) return 1;
  if (options.maxWarnings !== undefined && t.warnings > options.maxWarnings) {
    err(`too many warnings: ${t.warnings} (maximum: ${options.maxWarnings})`);
    return 1;
  }
  return 0;
}

/** 20.0 MB, 500.0 KB, 100 bytes. */
function sizeText(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** A published homepage makes SARIF help links absolute. */
function docsBaseUri(): string | undefined {
  const home = (pkg as { homepage?: string }).homepage;
  return home ? home.replace(/\/?$/, '/') : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
