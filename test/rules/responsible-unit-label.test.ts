import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'responsible-unit/label';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags 责任单位 without a colon and adds the document\'s colon', () => {
    const base = excerpt('J18', 126, 204);
    const text = inject(base, '〔责任单位:市水利局', '〔责任单位市水利局');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [165 - 125]);
    assert.match(found[0].message, /缺少冒号/);
    assert.equal(fixed(RULE, text), base);
  });

  it('flags a missing colon after 配合单位 inside the annotation', () => {
    const base = excerpt('J18', 205, 295);
    const text = inject(base, ',配合单位:市委宣传部', ',配合单位市委宣传部');
    assert.deepEqual(lines(text, run(RULE, text)), [258 - 204]);
    assert.equal(fixed(RULE, text), base);
  });

  it('flags a doubled colon and keeps one', () => {
    const base = excerpt('SX', 1702, 1746);
    const text = inject(base, '(责任单位:市安监局', '(责任单位::市安监局');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1731 - 1701]);
    assert.match(found[0].message, /重复的冒号/);
    assert.equal(fixed(RULE, text), base);
  });

  it('flags an empty list', () => {
    const text = inject(excerpt('J18', 205, 295), '〔责任单位:市农业经济局,配合单位:市供销社(农合联)〕', '〔责任单位:〕');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [236 - 204]);
    assert.match(found[0].message, /没有列出任何单位/);
    assert.equal(found[0].fix, undefined);
  });

  it('does not take prose after 责任单位 for a unit list', () => {
    const text = inject(excerpt('J18', 126, 204), '〔责任单位:市水利局,市农办、市农业经济局,各县(市、区)政府,嘉兴经济技术开发区(国际商务区),嘉兴港区〕', '(责任单位要加强协调配合)');
    assert.deepEqual(run(RULE, text), []);
  });
});
