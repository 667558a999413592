import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'typography/repeated-clause';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports the duplicated clause of J19:147 and nothing else in the corpus', () => {
    const found = run(RULE, corpus('J19'));
    assert.deepEqual(lines(corpus('J19'), found), [147]);
    assert.match(found[0].message, /积极稳妥推进学前教育管理体制改革的方案/);
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('SX')), []);
  });

  it('removes the first copy and keeps the sentence', () => {
    const text = excerpt('J19', 147, 147);
    const out = fixed(RULE, text);
    assert.equal(out, text.replace('积极稳妥推进学前教育管理体制改革的方案,', ''));
    assert.deepEqual(run(RULE, out), []);
  });

  it('flags an injected repeat but not short or different clauses', () => {
    const base = excerpt('J18', 71, 71);
    assert.equal(run(RULE, inject(base, '弘扬红船精神,', '弘扬红船精神,弘扬红船精神,')).length, 1);
    assert.deepEqual(run(RULE, '加油,加油,加油!'), []);
  });
});
