// Exit codes (0 clean, 1 problems, 2 usage/input/config), --help and --version.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/engine';
import { DRAFT, DRAFT_BRACKETS, onlyRules, ROOT, runCli, tmpDir, writeFiles } from './helpers';

describe('cli: exit codes', () => {
  let dir: string;

  before(() => {
    dir = tmpDir();
    writeFiles(dir, {
      '.gazettelintrc.json': onlyRules({ 'doc-number/format': 'error' }),
      'bad.txt': DRAFT_BRACKETS,
      'clean.txt': DRAFT,
    });
  });

  it('0 when there is no error', () => {
    const r = runCli(['clean.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
  });

  it('1 when there are errors', () => {
    assert.equal(runCli(['bad.txt'], { cwd: dir }).code, 1);
  });

  it('0 with warnings only, 1 when they exceed --max-warnings', () => {
    const warn = ['--rule', 'doc-number/format:warn', 'bad.txt'];
    assert.equal(runCli(warn, { cwd: dir }).code, 0);
    assert.equal(runCli(['--max-warnings', '1', ...warn], { cwd: dir }).code, 0);
    const over = runCli(['--max-warnings', '0', ...warn], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /too many warnings: 1 \(maximum: 0\)/);
  });

  it('--quiet reports errors only', () => {
    const r = runCli(['--quiet', '--rule', 'doc-number/format:warn', '--max-warnings', '0', 'bad.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.equal(runCli(['--quiet', 'bad.txt'], { cwd: dir }).code, 1);
  });

  it('--exit-zero: 0 despite errors, still 2 for bad input', () => {
    const r = runCli(['--exit-zero', 'bad.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.ok(r.stdout.includes('✖ 1 problem'));
    assert.equal(runCli(['--exit-zero', 'missing.txt'], { cwd: dir }).code, 2);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown option', ['--frobnicate', 'bad.txt'], /Unknown option '--frobnicate'/],
    ['no input', [], /no input/],
    ['an unknown format', ['--format', 'xml', 'bad.txt'], /unknown format "xml"/],
    ['an unknown rule in --rule', ['--rule', 'doc-number/formt:off', 'bad.txt'], /--rule "doc-number\/formt:off": unknown rule "doc-number\/formt" \(did you mean "doc-number\/format"\?\)/],
    ['a bad level in --rule', ['--rule', 'doc-number/format:loud', 'bad.txt'], /unknown level "loud"/],
    ['--rule without a level', ['--rule', 'doc-number/format', 'bad.txt'], /expected <rule-id>:off\|warn\|error/],
    ['a bad --max-warnings', ['--max-warnings', 'many', 'bad.txt'], /--max-warnings "many"/],
    ['--fix with --fix-dry-run', ['--fix', '--fix-dry-run', 'bad.txt'], /cannot be used together/],
    ['--fix on stdin', ['--fix', '-'], /--fix cannot write to stdin/],
    ['--stdin-filename without -', ['--stdin-filename', 'x.txt', 'bad.txt'], /needs -/],
  ];
  for (const [what, args, message] of usage) {
    it(`2 for ${what}, with a message on stderr`, () => {
      const r = runCli(args, { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /gazette-lint --help/);
      assert.equal(r.stdout, '');
    });
  }

  it('2 for a missing file, naming it', () => {
    const r = runCli(['bad.txt', 'nope.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.txt: no such file or directory/);
    assert.equal(r.stdout, '', 'nothing is checked when an input is missing');
  });

  it('2 for a glob that matches nothing', () => {
    const r = runCli(['drafts/**/*.gzt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /drafts\/\*\*\/\*\.gzt: no files match this pattern/);
  });

  it('2 for a directory without drafts', () => {
    fs.mkdirSync(path.join(dir, 'empty'), { recursive: true });
    const r = runCli(['empty'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /empty: no \*\.txt, \*\.md, \*\.gazette, \*\.gzt files in this directory/);
  });

  it('2 for an unreadable file, naming it, after checking the others', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads anything
    const file = writeFiles(dir, { 'locked.txt': DRAFT })['locked.txt'];
    fs.chmodSync(file, 0o000);
    try {
      const r = runCli(['--format', 'json', 'bad.txt', 'locked.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /locked\.txt: cannot read: permission denied/);
      assert.equal(JSON.parse(r.stdout).length, 1, 'the readable file is still reported');
    } finally {
      fs.chmodSync(file, 0o644);
    }
  });

  it('2 for a file whose read fails with an I/O error (works as root too)', function () {
    if (process.platform !== 'linux' || !fs.existsSync('/proc/self/mem')) this.skip();
    const link = path.join(dir, 'broken.txt');
    fs.rmSync(link, { force: true });
    fs.symlinkSync('/proc/self/mem', link);
    const r = runCli(['--format', 'json', 'bad.txt', 'broken.txt'], { cwd: dir });
    fs.rmSync(link);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\.txt: cannot read: /);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });

  it('2 wins over 1: errors in one file, a read failure in another', function () {
    if (process.getuid?.() === 0) this.skip();
    const file = writeFiles(dir, { 'locked2.txt': DRAFT })['locked2.txt'];
    fs.chmodSync(file, 0o000);
    try {
      assert.equal(runCli(['bad.txt', 'locked2.txt'], { cwd: dir }).code, 2);
    } finally {
      fs.chmodSync(file, 0o644);
    }
  });
});

describe('cli: --help and --version', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const r = runCli(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
    assert.equal(runCli(['-v']).stdout, `${pkg.version}\n`);
  });

  it('--help lists the options and every rule with its description and docs path', () => {
    const r = runCli(['--help']);
    assert.equal(r.code, 0);
    for (const opt of ['--format', '--config', '--rule', '--fix', '--fix-dry-run', '--max-warnings', '--quiet', '--no-color', '--stdin-filename', '--version']) {
      assert.ok(r.stdout.includes(opt), `mentions ${opt}`);
    }
    assert.match(r.stdout, /info or hint level .* editor only/s);
    for (const rule of allRules) {
      assert.ok(r.stdout.includes(rule.id), `lists ${rule.id}`);
      assert.ok(r.stdout.includes(rule.description), `describes ${rule.id}`);
      assert.ok(r.stdout.includes(`docs/rules/${rule.category}/${rule.id.split('/')[1]}.md`), `links ${rule.id}`);
    }
    assert.equal(runCli(['-h']).stdout, r.stdout);
  });
});
