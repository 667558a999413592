import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'structure/attachment-label';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports only SX:1390 in the corpus (48号 prints its attachment without the label)', () => {
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
    const sx = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), sx), [1390]);
    assert.match(sx[0].message, /缺少“附件”标签/);
  });

  it('adds the label in front of the title', () => {
    const sx = corpus('SX');
    const out = fixed(RULE, sx);
    assert.equal(out, inject(sx, '2018年7月30日\n\n绍兴市加强个人诚信体系建设重点任务分工表', '2018年7月30日\n\n附件\n\n绍兴市加强个人诚信体系建设重点任务分工表'));
    assert.deepEqual(run(RULE, out), []);
  });

  it('flags a label removed from a labelled attachment', () => {
    const sx = corpus('SX');
    const text = inject(sx, '2018年7月27日\n\n附件\n\n', '2018年7月27日\n\n'); // 46号, SX:1170
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1170, 1388]);
    assert.match(found[0].message, /最多跑一次/);
    assert.equal(fixed(RULE, text), fixed(RULE, sx));
  });

  it('stays quiet when the issue never labels its attachments (house style)', () => {
    const text = excerpt('SX', 1297, 1413); // 48号 alone: no labelled attachment anywhere
    assert.deepEqual(run(RULE, text), []);
  });
});
