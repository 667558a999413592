import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { lines, run } from './helpers';

const RULE = 'structure/directory-header';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports the empty header of the J18 发文目录 table and nothing else in the corpus', () => {
    const found = run(RULE, corpus('J18'));
    assert.deepEqual(lines(corpus('J18'), found), [718]);
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].fix, undefined, 'column names are a suggestion, not a safe fix');
    assert.ok(found[0].suggestions?.length);
    assert.deepEqual(run(RULE, corpus('J19')), []); // TAB rows without a header: a plain list
    assert.deepEqual(run(RULE, corpus('SX')), []); // no 发文目录
  });

  it('is quiet once the header names its columns', () => {
    const text = corpus('J18').replace('- | | |', '| 文号 | 标题 |');
    assert.deepEqual(run(RULE, text), []);
  });

  it('flags the broken header in an excerpt of the table alone', () => {
    const text = excerpt('J18', 716, 727);
    assert.deepEqual(lines(text, run(RULE, text)), [3]);
  });
});
