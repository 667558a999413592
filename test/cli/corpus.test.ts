// The three real issues through the CLI: --format json keeps ESLint's contract.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS, CORPUS_DIR, requireCorpus } from '../corpus';
import { assertEslintContract, ROOT, runCli, runJson } from './helpers';

describe('cli: the corpus', function () {
  requireCorpus(this);

  const files = () => Object.values(CORPUS).map((name) => path.join(CORPUS_DIR, name));

  it('--format json on the three issues prints ESLint results with valid positions and fixes', () => {
    const r = runJson(files(), { cwd: ROOT });
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
    assert.equal(r.stderr, '');
    const texts = new Map(files().map((f) => [f, fs.readFileSync(f, 'utf8')]));
    assert.deepEqual(r.results.map((x) => x.filePath), files());
    assertEslintContract(r.results, texts);
    // Every fix range is an offset pair into the file's text.
    for (const result of r.results) {
      const text = texts.get(result.filePath)!;
      for (const m of result.messages) {
        if (!m.fix) continue;
        const lineStart = text.split('\n').slice(0, m.line - 1).join('\n').length + (m.line > 1 ? 1 : 0);
        assert.ok(m.fix.range[0] >= lineStart, `${m.ruleId} fix starts on or after its line`);
      }
    }
    assert.equal(r.code, r.results.some((x) => x.errorCount > 0) ? 1 : 0);
  });

  it('the directory run, sarif and github formats agree on the number of problems', () => {
    const json = runJson([CORPUS_DIR], { cwd: ROOT }).results;
    const total = json.reduce((n, x) => n + x.messages.length, 0);
    const sarif = JSON.parse(runCli(['--format', 'sarif', CORPUS_DIR], { cwd: ROOT }).stdout);
    assert.equal(sarif.runs[0].results.length, total);
    const github = runCli(['--format', 'github', CORPUS_DIR], { cwd: ROOT }).stdout;
    assert.equal(github.split('\n').filter((l) => l.startsWith('::')).length, total);
  });

  it('--fix-dry-run output is stable: fixing the fixed text changes nothing', () => {
    const [first] = runJson(['--fix-dry-run', files()[1]], { cwd: ROOT }).results;
    if (first.output === undefined) return;
    const [second] = runJson(['--fix-dry-run', '-'], { cwd: ROOT, input: first.output }).results;
    assert.ok(!('output' in second), 'a second pass has nothing left to fix');
  });
});
