import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
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

  it('does not mistake ？！ or a URL for doubled punctuation', () => {
    assert.deepEqual(run(RULE, '真的吗？！网址:http://www.jiaxing.gov.cn 时间:8:30'), []);
  });
});
