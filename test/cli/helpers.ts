// Shared helpers for the command-line tests: a fresh bundle of the CLI, a way
// to run it, temporary directories and a small real draft to inject defects into.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import { allRules } from '../../server/src/engine';

export const ROOT = path.resolve(__dirname, '../..');

let bundle: string | undefined;
const tmpDirs: string[] = [];

/**
 * The CLI bundled from the current sources, the way scripts/build.mjs bundles
 * dist/cli-main.js and its executable dist/cli.js, into a private directory:
 * tests never race another build of dist/.
 */
export function cliPath(): string {
  if (!bundle) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-cli-bundle-'));
    tmpDirs.push(dir);
    bundle = path.join(dir, 'cli.js');
    const common: BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'error' };
    buildSync({ ...common, entryPoints: [path.join(ROOT, 'server/src/cli/main.ts')], outfile: path.join(dir, 'cli-main.js') });
    buildSync({ ...common, entryPoints: [path.join(ROOT, 'server/src/cli/launch.ts')], outfile: bundle });
  }
  return bundle;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node cli.js ...args` (stdout not a terminal, colour variables cleared). */
export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  // The code cache goes to a directory of this test run, not the user's ~/.cache.
  const env: Record<string, string | undefined> = { ...process.env, XDG_CACHE_HOME: codeCacheHome(), ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cliPath(), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 60000,
    // A test prints 330,000 findings.
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** runCli with --format json, parsed. */
export function runJson(args: string[], options: Parameters<typeof runCli>[1] = {}): CliRun & { results: any[] } {
  const r = runCli(['--format', 'json', ...args], options);
  let results: any[];
  try {
    results = JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  return { ...r, results };
}

let cacheHome: string | undefined;

/** $XDG_CACHE_HOME of the CLI runs of this test process. */
export function codeCacheHome(): string {
  return (cacheHome ??= tmpDir());
}

/** A fresh temporary directory, removed after the test run. */
export function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-cli-test-'));
  tmpDirs.push(dir);
  return dir;
}

after(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Writes files (text as UTF-8, or raw bytes) under dir; returns their absolute paths. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    out[name] = file;
  }
  return out;
}

/** A configuration that turns every rule off except the given ones (at their default level or the one given). */
export function onlyRules(levels: Record<string, string>): string {
  const rules: Record<string, string> = {};
  for (const r of allRules) rules[r.id] = 'off';
  Object.assign(rules, levels);
  return JSON.stringify({ rules }, null, 2);
}

/** A short real document (J19:35-44): title, 发文字号, 主送, body, 落款, date. */
export const DRAFT = [
  '嘉兴市人民政府关于印发 市区支持农业农村发展若干财政政策意见的通知',
  '',
  '嘉政发〔2019〕15号',
  '',
  '各县(市、区),市政府各部门、直属各单位:',
  '',
  '《市区支持农业农村发展若干财政政策意见》已经八届市政府第24次常务会议审议通过,现印发给你们,请认真贯彻执行。',
  '',
  '嘉兴市人民政府',
  '2019年7月15日',
  '',
].join('\n');

/** The same document with its 发文字号 in square brackets (doc-number/format error, fixable). */
export const DRAFT_BRACKETS = DRAFT.replace('嘉政发〔2019〕15号', '嘉政发[2019]15号');

/** The same document with a leading zero in the serial (doc-number/format error, fixable). */
export const DRAFT_ZERO = DRAFT.replace('嘉政发〔2019〕15号', '嘉政发〔2019〕015号');

/** The keys ESLint puts in a result and in a message. */
const RESULT_KEYS = [
  'filePath',
  'messages',
  'suppressedMessages',
  'errorCount',
  'fatalErrorCount',
  'warningCount',
  'fixableErrorCount',
  'fixableWarningCount',
  'usedDeprecatedRules',
];
const MESSAGE_KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];
const OPTIONAL_MESSAGE_KEYS = ['fix', 'suggestions'];

/** Asserts that a parsed --format json output follows ESLint's JSON contract. */
export function assertEslintContract(results: unknown, texts?: Map<string, string>): void {
  assert.ok(Array.isArray(results), 'output is an array');
  for (const r of results as any[]) {
    const keys = Object.keys(r).filter((k) => k !== 'output');
    assert.deepEqual([...keys].sort(), [...RESULT_KEYS].sort(), `result keys of ${r.filePath}`);
    assert.equal(typeof r.filePath, 'string');
    assert.ok(path.isAbsolute(r.filePath) || r.filePath === '<stdin>', `absolute filePath: ${r.filePath}`);
    assert.ok(Array.isArray(r.messages));
    assert.deepEqual(r.suppressedMessages, []);
    assert.deepEqual(r.usedDeprecatedRules, []);
    assert.equal(r.fatalErrorCount, 0);
    if ('output' in r) assert.equal(typeof r.output, 'string');
    const text = texts?.get(r.filePath);
    const lines = text?.split(/\r\n|\r|\n/);
    for (const m of r.messages) {
      for (const k of MESSAGE_KEYS) assert.ok(k in m, `message has ${k}`);
      for (const k of Object.keys(m)) assert.ok(MESSAGE_KEYS.includes(k) || OPTIONAL_MESSAGE_KEYS.includes(k), `unexpected message key ${k}`);
      assert.equal(typeof m.ruleId, 'string');
      assert.ok(m.severity === 1 || m.severity === 2, 'severity 1 or 2');
      assert.equal(typeof m.message, 'string');
      for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(m[k]) && m[k] >= 1, `${k} is 1-based`);
      assert.ok(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), 'end after start');
      if (lines) {
        assert.ok(m.line <= lines.length, 'line within the file');
        assert.ok(m.column <= lines[m.line - 1].length + 1, 'column within the line');
      }
      if (m.fix) {
        assert.deepEqual(Object.keys(m.fix).sort(), ['range', 'text']);
        const [a, b] = m.fix.range;
        assert.ok(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b, 'fix range');
        if (text !== undefined) assert.ok(b <= text.length, 'fix range within the text');
        assert.equal(typeof m.fix.text, 'string');
      }
    }
    const count = (sev: number, fixable: boolean) => r.messages.filter((m: any) => m.severity === sev && (!fixable || m.fix)).length;
    assert.equal(r.errorCount, count(2, false));
    assert.equal(r.warningCount, count(1, false));
    assert.equal(r.fixableErrorCount, count(2, true));
    assert.equal(r.fixableWarningCount, count(1, true));
  }
}
