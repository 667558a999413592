// Output formats: text (stylish), json (ESLint), sarif 2.1.0, github annotations.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { allRules } from '../../server/src/engine';
import { displayWidth, formatSarif } from '../../server/src/cli/formatters';
import { random } from '../random';
import { mergeEdits } from '../../server/src/cli/results';
import { assertEslintContract, DRAFT, DRAFT_BRACKETS, onlyRules, ROOT, runCli, runJson, tmpDir, writeFiles } from './helpers';

describe('cli: output formats', () => {
  let dir: string;
  let bad: string;
  let clean: string;

  before(() => {
    dir = tmpDir();
    const files = writeFiles(dir, {
      '.gazettelintrc.json': onlyRules({ 'doc-number/format': 'error' }),
      'bad.txt': DRAFT_BRACKETS,
      'clean.txt': DRAFT,
    });
    bad = files['bad.txt'];
    clean = files['clean.txt'];
  });

  describe('text', () => {
    it('groups problems per file with line:col, severity, message and rule id, then a summary', () => {
      const r = runCli(['bad.txt', 'clean.txt'], { cwd: dir });
      assert.equal(r.code, 1);
      const lines = r.stdout.split('\n');
      assert.ok(lines.includes('bad.txt'), r.stdout);
      assert.ok(!r.stdout.includes('clean.txt'), 'files without problems are not listed');
      const row = lines.find((l) => l.startsWith('  3:4'));
      assert.ok(row, r.stdout);
      assert.match(row!, /^ {2}3:4 {2}error {2}年份应使用六角括号〔〕.* {2}doc-number\/format$/);
      assert.ok(r.stdout.includes('✖ 1 problem (1 error, 0 warnings)'), r.stdout);
      assert.ok(r.stdout.includes('1 error and 0 warnings potentially fixable with the `--fix` option.'));
    });

    it('aligns the columns by display width (a Chinese character takes two)', () => {
      const r = runCli([path.join(ROOT, 'examples/sample-issue.txt')]);
      const rows = r.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
      assert.ok(rows.length >= 3, r.stdout);
      const at = (row: string, re: RegExp) => displayWidth(row.slice(0, row.search(re)));
      const columns = rows.map((row) => [at(row, /error|warning/), at(row, / {2}[a-z-]+\/[a-z-]+$/) + 2]);
      for (const c of columns) assert.deepEqual(c, columns[0], r.stdout);
      assert.ok(new Set(rows.map((row) => row.length)).size > 1, 'messages of different lengths');
    });

    it('has no colour when stdout is not a terminal, or with --no-color', () => {
      assert.ok(!runCli(['bad.txt'], { cwd: dir }).stdout.includes('\x1b['));
      assert.ok(!runCli(['--color', '--no-color', 'bad.txt'], { cwd: dir }).stdout.includes('\x1b['));
    });

    it('colours with --color', () => {
      const r = runCli(['--color', 'bad.txt'], { cwd: dir });
      assert.ok(r.stdout.includes('\x1b[31merror'), JSON.stringify(r.stdout));
    });

    it('prints nothing when there is no problem', () => {
      const r = runCli(['clean.txt'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
    });

    it('counts warnings in the summary', () => {
      const r = runCli(['--rule', 'doc-number/format:warn', 'bad.txt'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /3:4 {2}warning/);
      assert.ok(r.stdout.includes('✖ 1 problem (0 errors, 1 warning)'));
    });
  });

  describe('json', () => {
    it('is an ESLint result array with absolute paths and 1-based positions', () => {
      const r = runJson(['bad.txt', 'clean.txt'], { cwd: dir });
      assert.equal(r.code, 1);
      assertEslintContract(r.results, new Map([[bad, DRAFT_BRACKETS], [clean, DRAFT]]));
      assert.deepEqual(r.results.map((x) => x.filePath), [bad, clean]);
      const [m] = r.results[0].messages;
      assert.equal(m.ruleId, 'doc-number/format');
      assert.equal(m.severity, 2);
      assert.deepEqual([m.line, m.column, m.endLine, m.endColumn], [3, 4, 3, 10]);
      assert.equal(r.results[0].errorCount, 1);
      assert.equal(r.results[0].fixableErrorCount, 1);
      assert.deepEqual(r.results[1].messages, []);
      assert.ok(!('output' in r.results[0]), 'no output without --fix');
    });

    it('merges a fix with several edits into one range whose text rebuilds the span', () => {
      const { results } = runJson(['bad.txt'], { cwd: dir });
      const fix = results[0].messages[0].fix;
      const start = DRAFT_BRACKETS.indexOf('[');
      assert.deepEqual(fix, { range: [start, start + 6], text: '〔2019〕' });
      const applied = DRAFT_BRACKETS.slice(0, fix.range[0]) + fix.text + DRAFT_BRACKETS.slice(fix.range[1]);
      assert.equal(applied, DRAFT);
    });

    it('mergeEdits keeps the text between edits', () => {
      const text = 'ab[2019]cd';
      const merged = mergeEdits(text, {
        title: 't',
        edits: [
          { range: { start: 7, end: 8 }, text: '〕' },
          { range: { start: 2, end: 3 }, text: '〔' },
        ],
      });
      assert.deepEqual(merged, { range: [2, 8], text: '〔2019〕' });
    });

    it('counts columns in UTF-16 code units, like ESLint', () => {
      // 𠀀 (U+20000) is two code units: the bracket is at code unit 8 of the line.
      const text = '依据𠀀(嘉政发[2019]15号)办理。\n';
      const file = writeFiles(dir, { 'astral.txt': text })['astral.txt'];
      const { results } = runJson([file], { cwd: dir });
      const m = results[0].messages.find((x: any) => x.message.includes('六角括号'));
      assert.ok(m, JSON.stringify(results));
      assert.equal(m.column, 9);
      assert.equal(m.endColumn, 15);
      assert.equal(text.slice(m.fix.range[0], m.fix.range[1]), '[2019]');
    });

    it('offsets skip the BOM: ranges index the decoded text', () => {
      const file = writeFiles(dir, { 'bom.txt': '\ufeff' + DRAFT_BRACKETS })['bom.txt'];
      const { results } = runJson([file], { cwd: dir });
      const { fix } = results[0].messages[0];
      assert.equal(DRAFT_BRACKETS.slice(fix.range[0], fix.range[1]), '[2019]');
    });

    it('does not report info and hint findings (editor-only)', () => {
      // A rule set to info is silent on the command line …
      const r = runJson(['--rule', 'doc-number/format:info', 'bad.txt'], { cwd: dir });
      assert.deepEqual(r.results[0].messages, []);
      assert.equal(r.code, 0);
      // … and so is a soft case the rule itself marks as a hint: the only number, spaced like extraction leaves it.
      const spaced = writeFiles(dir, { 'spaced.txt': DRAFT.replace('15号', '15 号') })['spaced.txt'];
      const s = runJson([spaced], { cwd: dir });
      assert.deepEqual(s.results[0].messages, []);
    });
  });

  describe('sarif', () => {
    it('gives each rule an absolute helpUri under a published homepage', () => {
      const log = JSON.parse(formatSarif([], { cwd: '/', version: '1.0.0', rules: allRules, docsBaseUri: 'https://example.org/gazette-lint/' }));
      const rule = log.runs[0].tool.driver.rules.find((x: any) => x.id === 'doc-number/format');
      assert.equal(rule.helpUri, 'https://example.org/gazette-lint/docs/rules/doc-number/format.md');
    });

    it('is SARIF 2.1.0 with every rule described and results located', () => {
      const r = runCli(['--format', 'sarif', 'bad.txt', 'clean.txt'], { cwd: dir });
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'gazette-lint');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const ids = run.tool.driver.rules.map((x: any) => x.id);
      assert.deepEqual([...ids].sort(), allRules.map((x) => x.id).sort());
      const rule = run.tool.driver.rules.find((x: any) => x.id === 'doc-number/format');
      // SARIF's helpUri must be absolute: without a published homepage there is none, and the help names the docs.
      assert.equal(rule.helpUri, undefined);
      assert.match(rule.help.text, /See docs\/rules\/doc-number\/format\.md/);
      assert.equal(rule.shortDescription.text, allRules.find((x) => x.id === 'doc-number/format')!.description);
      assert.equal(rule.defaultConfiguration.level, 'error');
      assert.equal(run.results.length, 1);
      const [res] = run.results;
      assert.equal(res.ruleId, 'doc-number/format');
      assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      assert.equal(res.level, 'error');
      assert.ok(res.message.text.includes('六角括号'));
      const loc = res.locations[0].physicalLocation;
      assert.deepEqual(loc.artifactLocation, { uri: 'bad.txt', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(loc.region, { startLine: 3, startColumn: 4, endLine: 3, endColumn: 10 });
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${dir}/`);
    });

    it('percent-encodes non-ASCII paths', () => {
      writeFiles(dir, { '公报/第1期.txt': DRAFT_BRACKETS });
      const log = JSON.parse(runCli(['--format', 'sarif', path.join('公报', '第1期.txt')], { cwd: dir }).stdout);
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, '%E5%85%AC%E6%8A%A5/%E7%AC%AC1%E6%9C%9F.txt');
    });
  });

  describe('github', () => {
    it('prints one workflow command per problem', () => {
      const r = runCli(['--format', 'github', 'bad.txt', 'clean.txt'], { cwd: dir });
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 1);
      assert.match(lines[0], /^::error file=bad\.txt,line=3,col=4,endLine=3,endColumn=10,title=doc-number\/format::年份应使用六角括号〔〕/);
    });

    it('uses ::warning for warnings', () => {
      const r = runCli(['--format', 'github', '--rule', 'doc-number/format:warn', 'bad.txt'], { cwd: dir });
      assert.match(r.stdout, /^::warning file=bad\.txt,/);
    });
  });
});

describe('cli: text format column widths', () => {
  it('counts East Asian wide and fullwidth characters as two columns, everything else as one', () => {
    assert.equal(displayWidth(''), 0);
    assert.equal(displayWidth('12:5  error'), 11);
    assert.equal(displayWidth('发文字号'), 8);
    assert.equal(displayWidth('（一）、'), 8);
    assert.equal(displayWidth('ｂ〔2018〕'), 10);
    assert.equal(displayWidth('\u{20000}\u{2A6D6}'), 4, 'CJK extension B, a surrogate pair each');
    assert.equal(displayWidth('😀'), 1, 'not in the wide ranges');
    assert.equal(displayWidth('a\ud800b\udc00'), 4, 'lone surrogates');
  });

  it('agrees with a count by code point on random text', () => {
    const wide = (cp: number) => [[0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x20000, 0x3fffd]].some(([a, b]) => cp >= a && cp <= b);
    const pieces = ['a', ' ', '公', '，', '（', '\u{20000}', '😀', '\ud83d', '\ude00', 'Ａ', '〔', '\u115f', '\u1160'];
    const rnd = random(77);
    for (let round = 0; round < 2000; round++) {
      let s = '';
      for (let k = Math.floor(rnd() * 12); k > 0; k--) s += pieces[Math.floor(rnd() * pieces.length)];
      const expected = Array.from(s).reduce((w, ch) => w + (wide(ch.codePointAt(0)!) ? 2 : 1), 0);
      assert.equal(displayWidth(s), expected, JSON.stringify(s));
    }
  });
});
