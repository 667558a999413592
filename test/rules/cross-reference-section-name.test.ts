import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';

const RULE = 'cross-reference/section-name';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports 专栏5 of SX 13号, the one box not named after its section', () => {
    const found = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), found), [200]);
    assert.equal(corpus('SX').slice(found[0].range.start, found[0].range.end), '平台国际化行动');
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('is quiet once 专栏5 reuses its section\'s name', () => {
    const text = inject(excerpt('SX', 103, 269), '专栏5:“平台国际化行动”', '专栏5:“开放大平台构筑行动”');
    assert.deepEqual(run(RULE, text), []);
  });

  it('flags another box renamed, besides 专栏5', () => {
    const text = inject(excerpt('SX', 103, 269), '专栏 2:“经贸合作跃升行动”', '专栏 2:“贸易投资促进行动”');
    assert.deepEqual(lines(text, run(RULE, text)), [158 - 102, 200 - 102]);
  });

  it('needs a clear habit: with three of five boxes off it says nothing', () => {
    let text = inject(excerpt('SX', 103, 269), '专栏 2:“经贸合作跃升行动”', '专栏 2:“贸易投资促进行动”');
    text = inject(text, '专栏 3:“国际产能合作行动”', '专栏 3:“走出去行动”');
    assert.deepEqual(run(RULE, text), []);
  });
});
