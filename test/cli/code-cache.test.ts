// The gazette-lint executable runs the CLI bundle from a V8 code cache in the
// user's cache directory: made by the first run, used by the next ones, never
// needed (a damaged, unreadable or unwritable cache changes nothing but speed).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli, tmpDir } from './helpers';

const SAMPLE = path.join(ROOT, 'examples/sample-issue.txt');

function cacheFiles(home: string): string[] {
  const dir = path.join(home, 'gazette-lint');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.code')).map((f) => path.join(dir, f)) : [];
}

describe('CLI code cache', function () {
  this.timeout(60000);

  it('is made by the first run and used by the next, with the same output as without it', () => {
    const home = tmpDir();
    const without = runCli(['--format', 'json', SAMPLE], { env: { GAZETTE_LINT_NO_CODE_CACHE: '1', XDG_CACHE_HOME: home } });
    assert.deepStrictEqual(cacheFiles(home), [], 'GAZETTE_LINT_NO_CODE_CACHE=1 writes nothing');
    const first = runCli(['--format', 'json', SAMPLE], { env: { XDG_CACHE_HOME: home } });
    const [file] = cacheFiles(home);
    assert.ok(file && fs.statSync(file).size > 10000, 'a cache of the bundle is written');
    const written = fs.statSync(file).mtimeMs;
    const second = runCli(['--format', 'json', SAMPLE], { env: { XDG_CACHE_HOME: home } });
    assert.strictEqual(fs.statSync(file).mtimeMs, written, 'a cache that fits is read, not written again');
    for (const r of [first, second]) {
      assert.strictEqual(r.code, without.code);
      assert.deepStrictEqual(JSON.parse(r.stdout), JSON.parse(without.stdout));
    }
    assert.ok(JSON.parse(first.stdout)[0].messages.length > 0);
  });

  it('made by a run that turned the optimizing compiler on, fits the next run', () => {
    // V8 accepts a cache only under the flags it was made with; a run that lasted
    // long enough to turn the compiler on (here at once) puts them back before writing it.
    const home = tmpDir();
    runCli([SAMPLE], { env: { XDG_CACHE_HOME: home, GAZETTE_LINT_OPTIMIZE_AFTER_MS: '0' } });
    const [file] = cacheFiles(home);
    assert.ok(file && fs.statSync(file).size > 10000, 'the long run writes the cache');
    const written = fs.statSync(file).mtimeMs;
    const next = runCli(['--format', 'json', SAMPLE], { env: { XDG_CACHE_HOME: home } });
    assert.ok(JSON.parse(next.stdout)[0].messages.length > 0);
    assert.strictEqual(fs.statSync(file).mtimeMs, written, 'the next run reads the cache and does not write it again');
  });

  it('is written by the first run that checks drafts, not by --version or --help', () => {
    const home = tmpDir();
    for (const args of [['--version'], ['--help'], ['no-such-file.txt']]) {
      runCli(args, { env: { XDG_CACHE_HOME: home } });
      assert.deepStrictEqual(cacheFiles(home), [], `${args[0]} writes no cache`);
    }
    runCli([SAMPLE], { env: { XDG_CACHE_HOME: home } });
    const [file] = cacheFiles(home);
    assert.ok(file && fs.statSync(file).size > 10000, 'the first check writes the cache');
  });

  it('replaces a damaged cache and still runs', () => {
    const home = tmpDir();
    runCli([SAMPLE], { env: { XDG_CACHE_HOME: home } });
    const [file] = cacheFiles(home);
    fs.writeFileSync(file, Buffer.from('not a code cache'));
    const r = runCli(['--format', 'json', SAMPLE], { env: { XDG_CACHE_HOME: home } });
    assert.strictEqual(r.stderr, '');
    assert.ok(JSON.parse(r.stdout)[0].messages.length > 0);
    assert.ok(fs.statSync(file).size > 10000, 'the damaged cache is written again');
  });

  it('runs when the cache directory cannot be made', () => {
    const home = tmpDir();
    const blocked = path.join(home, 'a-file');
    fs.writeFileSync(blocked, '');
    const r = runCli(['--format', 'json', SAMPLE], { env: { XDG_CACHE_HOME: blocked } });
    assert.strictEqual(r.stderr, '');
    assert.ok(JSON.parse(r.stdout)[0].messages.length > 0);
  });

  it("loads none of Node's modules a check does not need", () => {
    // Each costs milliseconds of a run of ~100: perf_hooks alone (the first use of `performance`) 1-2 ms.
    const dir = tmpDir();
    const preload = path.join(dir, 'modules.js');
    const list = path.join(dir, 'modules.txt');
    fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
    const r = runCli([SAMPLE], { env: { NODE_OPTIONS: `--require ${preload}` } });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const loaded = fs.readFileSync(list, 'utf8').split('\n');
    assert.ok(loaded.includes('NativeModule vm'), 'the list is of this run');
    const needless = ['perf_hooks', 'worker_threads', 'http', 'https', 'child_process', 'readline', 'zlib', 'crypto'];
    assert.deepStrictEqual(loaded.filter((m) => needless.some((n) => m === `NativeModule ${n}`)), []);
  });
});

