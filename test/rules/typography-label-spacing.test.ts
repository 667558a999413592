import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, lines, run } from './helpers';

const RULE = 'typography/label-spacing';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports 专栏 1-3 of SX 13号, spaced where 专栏4 and 专栏5 are not, and nothing else', () => {
    assert.deepEqual(lines(corpus('SX'), run(RULE, corpus('SX'))), [144, 158, 172]);
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('removes the spaces', () => {
    const text = excerpt('SX', 103, 269);
    const out = fixed(RULE, text);
    assert.deepEqual(run(RULE, out), []);
    assert.ok(out.includes('专栏1:') && out.includes('专栏3:'));
    assert.equal(out.length, text.length - 3);
  });

  it('is quiet when every label is spaced alike', () => {
    const text = excerpt('SX', 103, 269).replace('专栏4', '专栏 4').replace('专栏5', '专栏 5');
    assert.deepEqual(run(RULE, text), []);
  });
});
