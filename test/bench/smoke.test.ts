// `npm run bench` is run by hand, so a change that breaks one of its sections (a
// server message it waits for, a field it reads) would go unseen: a section that
// throws is recorded as skipped, and the run still ends well. This runs every
// section once (--smoke) and checks that each produced its figures. It asserts
// no speed: that is what the bench itself reports.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/engine';
import { ROOT, tmpDir } from '../cli/helpers';
import { CORPUS, requireCorpus } from '../corpus';

interface Stats {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/bench.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A figure the bench measured: a positive, finite number of milliseconds. */
function assertStats(s: Stats | undefined, what: string): void {
  assert.ok(s, `${what}: missing`);
  for (const k of ['median', 'p95', 'min'] as const) assert.ok(Number.isFinite(s[k]) && s[k] > 0, `${what}.${k} = ${s[k]}`);
  assert.ok(s.min <= s.median && s.median <= s.p95, `${what}: min ${s.min}, median ${s.median}, p95 ${s.p95}`);
  assert.ok(s.runs >= 1, `${what}: no runs`);
}

describe('npm run bench (--smoke: every section once)', function () {
  requireCorpus(this);
  this.timeout(240_000);

  let out: { code: number | null; stdout: string; stderr: string };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let results: any;

  before(async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'results.json');
    // The CLI's code cache goes to the test's directory, not the user's.
    out = await run(['--smoke', `--out=${file}`], { XDG_CACHE_HOME: dir });
    assert.equal(out.code, 0, `bench exited ${out.code}:\n${out.stderr}\n${out.stdout.slice(-2000)}`);
    results = JSON.parse(readFileSync(file, 'utf8'));
  });

  it('writes the results to --out, and says its figures are not measurements', () => {
    assert.equal(results.mode, 'smoke');
    assert.match(out.stdout, /not measurements/);
    assert.match(out.stdout, /wrote .*results\.json/);
  });

  it('the engine: parse, rules and total for each corpus issue, 1×, 10× and 30×, against the regex pass', () => {
    const names = Object.values(CORPUS).map((f) => f.replace(/\.txt$/, ''));
    assert.deepEqual(
      results.engine.map((r: { input: string }) => r.input).sort(),
      names.flatMap((n) => [n, `${n} x10`, `${n} x30`]).sort(),
    );
    for (const row of results.engine) {
      assert.ok(row.bytes > 0 && row.chars > 0, row.input);
      for (const k of ['parseMs', 'rulesMs', 'totalMs']) assertStats(row[k], `${row.input} ${k}`);
      assert.ok(row.baselineMs > 0 && Number.isFinite(row.ratio), `${row.input}: baseline ${row.baselineMs}, ratio ${row.ratio}`);
    }
    assert.equal(results.growth.length, names.length);
    for (const g of results.growth) assert.ok(g.factor > 0 && g.pairs >= 1, `growth of ${g.input}`);
    assertStats(results.recheck.totalMs, 're-check');
  });

  it('each rule alone', () => {
    assert.deepEqual(results.rules.map((r: { id: string }) => r.id).sort(), allRules.map((r) => r.id).sort());
    for (const r of results.rules) assert.ok(Number.isFinite(r.ms) && r.ms >= 0, r.id);
  });

  it('the CLI as a process against node -e 0, on one issue, the corpus and a year of issues', () => {
    const cli = results.cli;
    assert.equal(cli.skipped, undefined, cli.skipped);
    assertStats(cli.nodeMs, 'node -e 0');
    for (const k of ['smallest', 'largest', 'corpusDir']) {
      assertStats(cli[k].ms, `CLI ${k}`);
      assert.ok(Number.isFinite(cli[k].overNodeMs), `CLI ${k} over node`);
    }
    assert.equal(cli.year.files, 24);
    assertStats(cli.year.ms, 'CLI on a year');
  });

  it('the language server: edits to diagnostics, the breakdown, the requests, RSS', () => {
    const s = results.server;
    assert.equal(s.skipped, undefined, s.skipped);
    assert.equal(s.debounceSubtractedMs, 0, 'the bench turns the debounce off');
    assertStats(s.coldLatencyMs, 'cold edits');
    assertStats(s.latencyMs, 'warm edits');
    for (const k of ['parseMs', 'lintMs', 'transportMs']) assert.ok(s.breakdownMs[k], `breakdown ${k}`);
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/rename', 'codeAction at a finding']) {
      assertStats(s.requestsMs.byMethod[method], method);
    }
    assertStats(s.requestsMs.fixAllOnSave, 'fix all on save');
    for (const k of ['initialized', 'allOpen', 'afterEdits']) assert.ok(s.rssMb[k] > 0, `RSS ${k}`);
  });

  it('a workspace of 120 issues, and issues of 520 KB and 1 MB', () => {
    const w = results.largeWorkspace;
    assert.equal(w.skipped, undefined, w.skipped);
    assert.equal(w.files, 120);
    assert.ok(w.indexMs > 0, 'indexing time');
    assertStats(w.latencyMs, 'edits in the large workspace');
    assert.equal(results.largeIssues.length, 2);
    for (const issue of results.largeIssues) {
      assert.equal(issue.skipped, undefined, issue.skipped);
      assertStats(issue.latencyMs, issue.file);
    }
  });

  it('checks every target', () => {
    const names = results.checks.map((c: { name: string }) => c.name).join('\n');
    for (const target of [/total\(30x\) \/ total\(1x\)/, /total ms \(median\)/, /total \/ regex baseline/, /CLI on .*over node/, /edit -> diagnostics p95/, /server RSS/]) {
      assert.match(names, target);
    }
    for (const c of results.checks) assert.equal(typeof c.ok, 'boolean', c.name);
  });
});
