// Issues far larger than any real one: thousands of documents in one series, listed
// in the 目录 and the 发文目录, and one paragraph of many thousand lines. Work that
// compared every document, row or line with every other one (a longest run in order
// found by scanning all earlier items, a list grown by copying it, a paragraph's whole
// text tested again for each line) took from seconds to minutes here. The issue of
// 20,000 documents is held to growth part by part against one of 2,000 (the parser and
// each rule at most 25× for 10× the input), the paragraph to the reliability CPU budget.
// Each runs in a process of its own (scale-worker.ts): what is measured is then the
// analysis, not the heap earlier tests left behind.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** Runs one case of scale-worker.ts; its checks fail it with their message. */
function runScaleCase(which: string): { chars: number; cpuMs: number } {
  const worker = path.join(__dirname, 'scale-worker.ts');
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', worker, which], { encoding: 'utf8', cwd: path.join(__dirname, '../..'), timeout: 170_000 });
  if (r.status !== 0) assert.fail(`scale case ${which} failed (${r.status ?? r.signal}):\n${r.stderr.trim().split('\n').slice(0, 12).join('\n')}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

describe('issues far larger than real ones take time in proportion to their size', function () {
  this.timeout(180_000);

  it('20,000 documents of one series, dated out of order, in the 目录 and the 发文目录', () => {
    assert.ok(runScaleCase('documents').chars > 3_000_000);
  });

  it('10,000 documents without a number, each listed in the 目录 by a title like all the others', () => {
    assert.ok(runScaleCase('numberless').chars > 1_000_000);
  });

  it('20,000 lists restarting at 1 under one heading, with notes, figures opening lines and lead-ins to names', () => {
    assert.ok(runScaleCase('lists').chars > 1_000_000);
  });

  it('20,000 counts broken down by 其中 in one paragraph, and a year\'s index whose heading stands before each of its 20,000 entries', () => {
    assert.ok(runScaleCase('breakdowns').chars > 1_000_000);
  });

  it('20,000 sentences about an article opening a line among restarting items, a 名单 of 20,000 lines a wrap cut inside a name, one of 20,000 sections', () => {
    assert.ok(runScaleCase('articlesAndNames').chars > 2_000_000);
  });

  it('one paragraph of 100,000 lines', () => {
    assert.ok(runScaleCase('paragraph').chars > 1_000_000);
  });
});
