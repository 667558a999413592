import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'typography/title-punctuation';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus (the merged 人事任免 header is structure, not a title)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a document title ending in 。 and removes the mark', () => {
    const base = excerpt('J18', 44, 125);
    const text = inject(base, '促进学生全面发展的意见\n', '促进学生全面发展的意见。\n');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [22]);
    assert.equal(fixed(RULE, text), base);
  });

  it('flags other marks, in a title wrapped over one line with spaces', () => {
    const j18 = corpus('J18');
    const wrapped = inject(j18, '高质量 建设国家森林城市实施方案的通知\n', '高质量 建设国家森林城市实施方案的通知；\n');
    assert.deepEqual(lines(wrapped, run(RULE, wrapped)), [126]);
  });

  it('flags a TOC title ending in punctuation, in both TOC layouts', () => {
    const sx = inject(corpus('SX'), '开展第三次全市土地调查的通知 〔', '开展第三次全市土地调查的通知, 〔');
    assert.deepEqual(lines(sx, run(RULE, sx)), [30]);
    const j18 = inject(corpus('J18'), '建设国家森林城市实施方案的通知\n', '建设国家森林城市实施方案的通知；\n'); // J18:17
    assert.deepEqual(lines(j18, run(RULE, j18)), [17]);
  });
});
