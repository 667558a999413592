import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, run } from './helpers';

const RULE = 'typography/ascii-quotes';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus (PEOPLE\'S in the English masthead is no quote)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a straight double-quoted phrase and fixes it to “…”', () => {
    const base = excerpt('J18', 89, 89);
    const text = inject(base, '“高雅艺术进校园”', '"高雅艺术进校园"');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.equal(fixed(RULE, text), base);
  });

  it('fixes single quotes to ‘…’', () => {
    const base = excerpt('J18', 71, 71);
    const text = inject(base, '弘扬红船精神', "弘扬'红船精神'");
    assert.equal(fixed(RULE, text), inject(base, '弘扬红船精神', '弘扬‘红船精神’'));
  });

  it('reports a lone straight quote without a fix', () => {
    const found = run(RULE, inject(excerpt('J18', 71, 71), '弘扬红船精神', '弘扬"红船精神'));
    assert.equal(found.length, 1);
    assert.equal(found[0].fix, undefined);
  });

  it('leaves quotes in English alone', () => {
    assert.deepEqual(run(RULE, 'the "OK" sign and PEOPLE\'S GOVERNMENT'), []);
  });
});
