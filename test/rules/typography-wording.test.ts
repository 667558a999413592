import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'typography/wording';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports every 可登陆…网站 of the corpus and nothing else', () => {
    assert.deepEqual(lines(corpus('J18'), run(RULE, corpus('J18'))), [59, 386]);
    assert.deepEqual(lines(corpus('J19'), run(RULE, corpus('J19'))), [379, 543]);
    assert.deepEqual(run(RULE, corpus('SX')), []);
    assert.ok(run(RULE, corpus('J18')).every((f) => f.severity === 'warning'));
  });

  it('fixes 登陆 to 登录 only before a website or system', () => {
    const text = excerpt('J18', 59, 60);
    assert.equal(fixed(RULE, text), text.replace('登陆', '登录'));
    assert.deepEqual(run(RULE, '台风在浙江沿海登陆,各地做好防御。'), []);
  });

  it('fixes misspelt set phrases', () => {
    const base = excerpt('J18', 53, 53); // 再接再厉
    const text = inject(base, '再接再厉', '再接再励');
    assert.equal(run(RULE, text).length, 1);
    assert.equal(fixed(RULE, text), base);
    assert.deepEqual(run(RULE, '究竟争取多少资金,截至目前尚无定论。'), []);
    assert.equal(run(RULE, '截止目前,市场竟争激烈。').length, 2);
  });
});
