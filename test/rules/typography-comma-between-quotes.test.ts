import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { fixed, lines, run } from './helpers';

const RULE = 'typography/comma-between-quotes';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('notes the 顿号 between side-by-side quotes where the file leaves it out elsewhere, as info', () => {
    const j18 = run(RULE, corpus('J18'));
    assert.deepEqual(lines(corpus('J18'), j18), [177, 177]); // “五水共治”、“四边三化”、“三改一拆”
    const j19 = run(RULE, corpus('J19'));
    assert.deepEqual(lines(corpus('J19'), j19), [341]); // 《…规定》、《…办法》
    assert.deepEqual(run(RULE, corpus('SX')), []);
    assert.ok([...j18, ...j19].every((f) => f.severity === 'info'));
  });

  it('removes the 顿号', () => {
    const out = fixed(RULE, corpus('J18'));
    assert.ok(out.includes('“五水共治”“四边三化”“三改一拆”'));
    assert.deepEqual(run(RULE, out), []);
    assert.equal(out.length, corpus('J18').length - 2);
  });

  it('respects a file that always writes the 顿号', () => {
    assert.deepEqual(run(RULE, '推进“五水共治”、“四边三化”、“三改一拆”工作,落实《条例》、《办法》。'), []);
  });
});
