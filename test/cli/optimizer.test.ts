// The CLI runs without V8's optimizing compiler until it has run a second or
// meets a large draft (server/src/cli/optimizer.ts): the policy with a fake
// clock, and the real executable under --trace-opt.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LARGE_DRAFT, OPTIMIZE_AFTER_MS, Optimizer, flagsFrozen, optimizeAfterMs } from '../../server/src/cli/optimizer';
import { ROOT, cliPath, tmpDir } from './helpers';

describe('CLI optimizer policy', () => {
  function fake(afterMs = OPTIMIZE_AFTER_MS) {
    const flags: string[] = [];
    let time = 5000;
    const optimizer = new Optimizer(afterMs, (f) => flags.push(f), () => time);
    return { optimizer, flags, advance: (ms: number) => (time += ms) };
  }

  it('starts without the optimizing compiler and turns it on once, after afterMs', () => {
    const { optimizer, flags, advance } = fake();
    optimizer.defer();
    assert.deepStrictEqual(flags, ['--no-turbofan']);
    advance(OPTIMIZE_AFTER_MS - 1);
    optimizer.progress(95000);
    assert.deepStrictEqual(flags, ['--no-turbofan'], 'a short run stays as it started');
    advance(1);
    optimizer.progress(95000);
    optimizer.progress(95000);
    advance(10000);
    optimizer.progress(LARGE_DRAFT);
    assert.deepStrictEqual(flags, ['--no-turbofan', '--turbofan']);
  });

  it('turns it on at once before a draft too long to be over within afterMs', () => {
    const { optimizer, flags } = fake();
    optimizer.defer();
    optimizer.progress(LARGE_DRAFT - 1);
    assert.deepStrictEqual(flags, ['--no-turbofan']);
    optimizer.progress(LARGE_DRAFT);
    assert.deepStrictEqual(flags, ['--no-turbofan', '--turbofan']);
  });

  it('puts the starting flags back for the code cache only when it changed them', () => {
    const short = fake();
    short.optimizer.defer();
    short.optimizer.progress(95000);
    short.optimizer.asAtStart();
    assert.deepStrictEqual(short.flags, ['--no-turbofan']);
    const long = fake(0);
    long.optimizer.defer();
    long.optimizer.progress(0);
    long.optimizer.asAtStart();
    assert.deepStrictEqual(long.flags, ['--no-turbofan', '--turbofan', '--no-turbofan']);
  });

  it('changes nothing when V8 refuses the flag', () => {
    const flags: string[] = [];
    let refuse = true;
    const optimizer = new Optimizer(0, (f) => {
      if (refuse) throw new Error('flags are frozen');
      flags.push(f);
    });
    optimizer.defer();
    refuse = false;
    optimizer.progress(LARGE_DRAFT);
    optimizer.asAtStart();
    assert.deepStrictEqual(flags, []);
  });

  it('reads GAZETTE_LINT_OPTIMIZE_AFTER_MS, a whole number of milliseconds', () => {
    assert.strictEqual(optimizeAfterMs({}), OPTIMIZE_AFTER_MS);
    assert.strictEqual(optimizeAfterMs({ GAZETTE_LINT_OPTIMIZE_AFTER_MS: '0' }), 0);
    assert.strictEqual(optimizeAfterMs({ GAZETTE_LINT_OPTIMIZE_AFTER_MS: ' 2500 ' }), 2500);
    for (const bad of ['', '-1', '1.5', 'soon', '1e3']) assert.strictEqual(optimizeAfterMs({ GAZETTE_LINT_OPTIMIZE_AFTER_MS: bad }), OPTIMIZE_AFTER_MS, bad);
  });
});

describe('CLI optimizer: frozen V8 flags', () => {
  it('recognises --freeze-flags-after-init in the spellings Node takes, the last one winning', () => {
    assert.strictEqual(flagsFrozen([]), false);
    assert.strictEqual(flagsFrozen(['--max-old-space-size=4096']), false);
    for (const on of ['--freeze-flags-after-init', '--freeze_flags_after_init', '-freeze-flags-after-init']) assert.strictEqual(flagsFrozen([on]), true, on);
    for (const off of ['--no-freeze-flags-after-init', '--nofreeze_flags_after_init', '--no_freeze_flags_after_init', '-no-freeze-flags-after-init']) {
      assert.strictEqual(flagsFrozen(['--freeze-flags-after-init', off]), false, off);
    }
  });
});

describe('CLI optimizer in the executable', function () {
  this.timeout(60000);

  /** How many functions V8 optimized with TurboFan in a run of the CLI on `copies` of the sample issue (4 KB each) in one file. */
  function optimizedFunctions(copies: number, afterMs?: string): number {
    const dir = tmpDir();
    const file = path.join(dir, 'issue.txt');
    fs.writeFileSync(file, fs.readFileSync(path.join(ROOT, 'examples/sample-issue.txt'), 'utf8').repeat(copies));
    const env: Record<string, string | undefined> = { ...process.env, XDG_CACHE_HOME: dir, GAZETTE_LINT_OPTIMIZE_AFTER_MS: afterMs };
    if (afterMs === undefined) delete env.GAZETTE_LINT_OPTIMIZE_AFTER_MS;
    const r = spawnSync(process.execPath, ['--trace-opt', cliPath(), file], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    assert.strictEqual(r.status, 1, r.stderr);
    return (r.stdout.match(/completed optimizing .*TURBOFAN/g) ?? []).length;
  }

  it('runs under a Node whose V8 flags are frozen (changing them would abort it)', () => {
    for (const freeze of ['--freeze-flags-after-init', '-freeze_flags_after_init']) {
      const r = spawnSync(process.execPath, [freeze, cliPath(), '--format', 'json', path.join(ROOT, 'examples/sample-issue.txt')], {
        env: { ...process.env, XDG_CACHE_HOME: tmpDir() },
        encoding: 'utf8',
      });
      assert.strictEqual(r.stderr, '', freeze);
      assert.strictEqual(r.status, 1, freeze);
      assert.ok(JSON.parse(r.stdout)[0].messages.length > 0);
    }
  });

  it('runs a short check without the optimizing compiler, and turns it on after GAZETTE_LINT_OPTIMIZE_AFTER_MS', () => {
    assert.strictEqual(optimizedFunctions(60), 0);
    assert.ok(optimizedFunctions(60, '0') > 0);
  });

  it('turns it on before a draft too large to be over soon, however long the delay', () => {
    assert.ok(optimizedFunctions(Math.ceil(LARGE_DRAFT / 1500), '999999999') > 0);
  });
});
