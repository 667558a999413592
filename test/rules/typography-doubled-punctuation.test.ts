import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixAll } from '../../server/src/engine';
import { fixed, inject, run } from './helpers';

const RULE = 'typography/doubled-punctuation';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus (URLs, times, ellipses and the colophon included)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  const base = () => excerpt('J18', 71, 71);

  for (const [from, to, kept] of [
    ['统筹社会资源,', '统筹社会资源,,', ','],
    ['统筹社会资源,', '统筹社会资源，，', '，'],
    ['统筹社会资源,', '统筹社会资源,，', ','],
    ['提出以下意见。', '提出以下意见。。', '。'],
    ['文化、教育', '文化、、教育', '、'],
    ['提出以下意见。', '提出以下意见。 。', '。'],
  ] as const) {
    it(`flags ${to.slice(6)} and keeps one mark`, () => {
      const text = inject(base(), from, to);
      const found = run(RULE, text);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /重复/);
      assert.equal(fixed(RULE, text), inject(base(), from, from.replace(/[,。、]$|、/, kept)));
    });
  }

  it('flags two different pause marks in a row without guessing a fix', () => {
    const found = run(RULE, inject(base(), '统筹社会资源,', '统筹社会资源,。'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /连用/);
    assert.equal(found[0].fix, undefined);
  });

  it('reports a run of the same mark once, and one fix leaves a single mark', () => {
    const three = run(RULE, inject(base(), '统筹社会资源,', '统筹社会资源,，,'));
    assert.equal(three.length, 1);
    assert.match(three[0].message, /连续重复3次/);
    // More than 1,024 marks: one finding per pair needed more than fixAll's 10 passes.
    const from = base().indexOf('统筹社会资源,') + '统筹社会资源'.length;
    const text = inject(base(), '统筹社会资源,', '统筹社会资源' + '，'.repeat(3000));
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: from, end: from + 3000 });
    const all = fixAll(text, (t) => run(RULE, t));
    assert.equal(all.text, inject(base(), '统筹社会资源,', '统筹社会资源，'));
    assert.equal(all.applied, 1);
  });

  it('does not mistake ？！ or a URL for doubled punctuation', () => {
    assert.deepEqual(run(RULE, '真的吗？！网址:http://www.jiaxing.gov.cn 时间:8:30'), []);
  });
});
