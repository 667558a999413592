import { strict as assert } from 'node:assert';
import { parseIssue, WorkspaceIndex } from '../../server/src/engine';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';

const RULE = 'cross-reference/citation';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus (SX:2106 cites 17号 by its plan\'s title, correctly)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('leaves a title cited with another number of this issue to doc-number/consistency', () => {
    const text = inject(corpus('SX'), '(试行)》(绍政发〔2018〕17号)规定', '(试行)》(绍政发〔2018〕16号)规定');
    assert.deepEqual(run(RULE, text).filter((f) => /绍政发〔2018〕1[67]号/.test(f.message)), []);
    assert.deepEqual(lines(text, run('doc-number/consistency', text)), [2106]);
  });

  it('flags a citation whose title is not the title of the document with that number', () => {
    const text = inject(corpus('SX'), '根据《绍兴市基本医疗保险实施办法(试行)》', '根据《绍兴市基本医疗保险管理办法(试行)》');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [2106]);
    assert.match(found[0].message, /此处引作/);
  });

  it('accepts a citation without the trailing years or the issuing organ', () => {
    const noYears = inject(corpus('SX'), '根据《绍兴市基本医疗保险实施办法(试行)》', '根据《绍兴市基本医疗保险实施办法》');
    assert.deepEqual(run(RULE, noYears), []);
  });

  it('resolves citations of documents printed in another issue of the workspace', () => {
    const ws = new WorkspaceIndex();
    ws.set('file:///sx.txt', parseIssue(corpus('SX')));
    const j19 = excerpt('J19', 191, 378);
    const ok = inject(j19, '《浙江省深化“最多跑一次”改革推进政府数字化转型工作总体方案》(浙政发〔2018〕48号)', '《绍兴市基本医疗保险实施办法(试行)》(绍政发〔2018〕17号)');
    assert.deepEqual(run(RULE, ok, ws), []);
    const wrong = inject(j19, '《浙江省深化“最多跑一次”改革推进政府数字化转型工作总体方案》(浙政发〔2018〕48号)', '《绍兴市基本医疗保险实施办法(试行)》(绍政发〔2018〕71号)');
    const found = run(RULE, wrong, ws);
    assert.deepEqual(lines(wrong, found), [205 - 190]);
    assert.equal(found[0].related?.[0].uri, 'file:///sx.txt');
    assert.deepEqual(run(RULE, wrong), [], 'without the workspace nothing is known about 绍政发');
  });
});
