import { strict as assert } from 'node:assert';
import { analyze, suppressionFor } from '../../server/src/engine';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRAFT_BRACKETS, onlyRules, runCli, runJson, tmpDir, writeFiles } from './helpers';

const CONFIG = onlyRules({ 'doc-number/format': 'error' });

describe('CLI: rdjson and junit formats', () => {
  it('rdjson gives reviewdog diagnostics with UTF-8 byte columns and a suggestion', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'a.txt': DRAFT_BRACKETS, '.gazettelintrc.json': CONFIG });
    const r = runCli(['--format', 'rdjson', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.source.name, 'gazette-lint');
    assert.equal(out.diagnostics.length, 1);
    const d = out.diagnostics[0];
    assert.equal(d.severity, 'ERROR');
    assert.equal(d.code.value, 'doc-number/format');
    assert.equal(d.location.path, 'a.txt');
    // "嘉政发[2019]15号": the [ follows three CJK characters = 9 bytes, so column 10.
    assert.deepEqual(d.location.range.start, { line: 3, column: 10 });
    assert.deepEqual(d.location.range.end, { line: 3, column: 16 });
    assert.equal(d.suggestions.length, 1);
  });

  it('junit gives one failing testcase per problem and a passing one for a clean file', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'a.txt': DRAFT_BRACKETS, 'b.txt': DRAFT_BRACKETS.replace('[2019]', '〔2019〕'), '.gazettelintrc.json': CONFIG });
    const r = runCli(['--format', 'junit', 'a.txt', 'b.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<\?xml version="1.0" encoding="utf-8"\?>/);
    assert.match(r.stdout, /<testsuites name="gazette-lint" tests="2" failures="1">/);
    assert.match(r.stdout, /<testsuite name="a.txt" tests="1" failures="1" errors="0">/);
    assert.match(r.stdout, /<failure type="error" message="年份应使用六角括号/);
    assert.match(r.stdout, /<testsuite name="b.txt" tests="1" failures="0" errors="0">\n    <testcase name="b.txt" classname="gazette-lint"\/>/);
  });
});

describe('CLI: suppressions file', () => {
  it('a suppressed finding is not reported, keyed by its text, and survives edits above it', () => {
    const dir = tmpDir();
    writeFiles(dir, {
      'drafts/a.txt': '说明一行\n\n' + DRAFT_BRACKETS,
      '.gazettelintrc.json': CONFIG,
      '.gazettelint-suppressions.json': JSON.stringify({ suppressions: [{ rule: 'doc-number/format', file: 'drafts/a.txt', text: '[2019]' }] }),
    });
    const r = runCli(['drafts/a.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.trim(), '');
    // The same text in another file is still reported.
    writeFiles(dir, { 'drafts/b.txt': DRAFT_BRACKETS });
    assert.equal(runCli(['drafts/b.txt'], { cwd: dir }).code, 1);
  });

  it('lists what it suppressed in the JSON output (suppressedMessages, as ESLint does)', () => {
    const dir = tmpDir();
    writeFiles(dir, {
      'a.txt': DRAFT_BRACKETS,
      '.gazettelintrc.json': CONFIG,
      '.gazettelint-suppressions.json': JSON.stringify({ suppressions: [{ rule: 'doc-number/format', file: 'a.txt', text: '[2019]' }] }),
    });
    const r = runJson(['a.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.results[0].messages, []);
    const [suppressed] = r.results[0].suppressedMessages;
    assert.equal(suppressed.ruleId, 'doc-number/format');
    assert.deepEqual(suppressed.suppressions, [{ kind: 'file', justification: '' }]);
    assert.equal(r.results[0].errorCount, 0);
  });

  it('--fix does not apply a suppressed finding’s fix', () => {
    const dir = tmpDir();
    const files = writeFiles(dir, {
      'a.txt': DRAFT_BRACKETS,
      '.gazettelintrc.json': CONFIG,
      '.gazettelint-suppressions.json': JSON.stringify({ suppressions: [{ rule: 'doc-number/format', file: 'a.txt' }] }),
    });
    runCli(['--fix', 'a.txt'], { cwd: dir });
    assert.equal(fs.readFileSync(files['a.txt'], 'utf8'), DRAFT_BRACKETS);
  });

  it('--report-unused-suppressions warns about stale entries and exits 1', () => {
    const dir = tmpDir();
    writeFiles(dir, {
      'a.txt': DRAFT_BRACKETS.replace('[2019]', '〔2019〕'),
      '.gazettelintrc.json': CONFIG,
      '.gazettelint-suppressions.json': JSON.stringify({ suppressions: [{ rule: 'doc-number/format', file: 'a.txt', text: '[2019]' }] }),
    });
    assert.equal(runCli(['a.txt'], { cwd: dir }).code, 0);
    const r = runCli(['--report-unused-suppressions', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /suppression of doc-number\/format for “\[2019\]” matches nothing/);
  });

  it('a malformed suppressions file is a clear error naming it', () => {
    const dir = tmpDir();
    writeFiles(dir, { 'a.txt': DRAFT_BRACKETS, '.gazettelintrc.json': CONFIG, '.gazettelint-suppressions.json': '{"suppressions": {}}' });
    const r = runCli(['a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`${path.basename(dir)}.*\\.gazettelint-suppressions\\.json: suppressions: must be an array`));
  });

  it('keeps one of two identical numbers suppressed while --fix fixes the other, and checks "occurrence"', () => {
    const dir = tmpDir();
    const line = DRAFT_BRACKETS.split('\n').find((l) => l.includes('[2019]'))!;
    const twice = DRAFT_BRACKETS + '\n' + line + '\n';
    const bracket = (m: { ruleId: string; message: string }) => m.ruleId === 'doc-number/format' && m.message.includes('[2019]');
    // The entry the editor's "ignore this problem" writes for the second.
    const all = analyze(twice).findings.filter((f) => f.ruleId === 'doc-number/format' && twice.slice(f.range.start, f.range.end) === '[2019]');
    const entry = suppressionFor(twice, all[1], 'a.txt', analyze(twice).findings);
    writeFiles(dir, { 'a.txt': twice, '.gazettelintrc.json': CONFIG, '.gazettelint-suppressions.json': JSON.stringify({ suppressions: [entry] }) });
    const r = runJson(['a.txt'], { cwd: dir });
    assert.equal(r.results[0].suppressedMessages.filter(bracket).length, 1);
    assert.equal(r.results[0].messages.filter(bracket).length, 1);
    runCli(['--fix', 'a.txt'], { cwd: dir });
    const after = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
    assert.equal(after.split('[2019]').length - 1, 1, after);
    assert.ok(after.trimEnd().endsWith(line), 'the suppressed one is the one left');
    assert.equal(runJson(['a.txt'], { cwd: dir }).results[0].suppressedMessages.filter(bracket).length, 1);
    // An entry that names the nth of the findings it fits.
    const plain = { rule: 'doc-number/format', file: 'a.txt', text: '[2019]' };
    writeFiles(dir, { 'a.txt': twice, '.gazettelint-suppressions.json': JSON.stringify({ suppressions: [{ ...plain, occurrence: 2 }] }) });
    const second = runJson(['a.txt'], { cwd: dir });
    assert.equal(second.results[0].suppressedMessages.filter(bracket).length, 1);
    runCli(['--fix', 'a.txt'], { cwd: dir });
    assert.ok(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8').trimEnd().endsWith(line), '--fix leaves the one the entry names');
    writeFiles(dir, { '.gazettelint-suppressions.json': JSON.stringify({ suppressions: [{ ...plain, occurrence: 0 }] }) });
    const bad = runCli(['a.txt'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /suppressions\[0\]: "occurrence" must be a whole number from 1/);
  });
});
