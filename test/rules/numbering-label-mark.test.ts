import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'numbering/label-mark';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus, whose bracketed labels take no mark', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags （一）、 and (一). typed into a real list, and removes the mark', () => {
    const base = excerpt('J18', 44, 125); // 68号: (一)指导思想。 (一) 以“馆校合作”为基础 …
    for (const [from, to] of [['(一)指导思想。', '(一)、指导思想。'], ['(一) 以“馆校合作”', '(一). 以“馆校合作”'], ['(一) 完善制度体系', '(一)， 完善制度体系']]) {
      const text = inject(base, from, to);
      const found = run(RULE, text);
      assert.equal(found.length, 1, to);
      assert.match(found[0].message, /^括号编号“\(一\)”后不加“[、.，]”/);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), to[3] === ' ' ? to[4] : to[3]);
      assert.equal(fixed(RULE, text), base, to);
    }
  });

  it('flags （1）． under a heading, and leaves figures after a bracket alone', () => {
    const base = excerpt('J18', 44, 125); // (1)构建文教融合制度体系。 at line 87
    const text = inject(base, '(1)构建', '(1)．构建');
    assert.deepEqual(lines(text, run(RULE, text)), [87 - 43]);
    assert.equal(fixed(RULE, text), base);
    assert.deepEqual(run(RULE, inject(base, '(1)构建', '(1).5万个构建')), []);
    assert.deepEqual(run(RULE, inject(base, '(1)构建', '(1)．５万个构建')), []);
  });

  it('leaves items cited in a sentence a PDF wrapped before them alone (有前款第 / （一）、（二）项情形的)', () => {
    const base = excerpt('J18', 44, 125);
    for (const cited of ['(一)、(二)项情形的，依法处理。', '(一)、(三)目所列情形。']) {
      assert.deepEqual(run(RULE, inject(base, '(1)构建文教融合制度体系。', cited)), [], cited);
    }
  });
});
