import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'typography/traditional-chars';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports exactly the traditional characters of the corpus', () => {
    const j18 = run(RULE, corpus('J18'));
    assert.deepEqual(lines(corpus('J18'), j18), [99, 99, 99, 105, 105, 105, 614]);
    assert.deepEqual([...new Set(j18.map((f) => corpus('J18').slice(f.range.start, f.range.end)))], ['學', '鈕']);
    assert.deepEqual(run(RULE, corpus('J19')), []);
    const sx = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), sx), [568]);
    assert.match(sx[0].message, /“鍍”应为“镀”/);
  });

  it('fixes a run of traditional characters and touches nothing else', () => {
    const base = excerpt('J18', 71, 71);
    const text = inject(base, '统筹社会资源', '統籌社會資源');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['統籌', '會資']);
    assert.equal(fixed(RULE, text), base);
  });

  it('leaves characters that are also simplified alone (乾, 著, 於, 後)', () => {
    assert.deepEqual(run(RULE, '乾坤 著作 於是 後来'), []);
  });
});
