import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'responsible-unit/duplicate';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a unit named twice in a text annotation and removes the second', () => {
    const base = excerpt('SX', 372, 577);
    const text = inject(base, '(责任单位:市卫生计生委、市文广局、市教育局)', '(责任单位:市卫生计生委、市文广局、市教育局、市文广局)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [459 - 371]);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '市文广局');
    assert.equal(found[0].related?.length, 1);
    assert.equal(fixed(RULE, text), base);
  });

  it('treats 〔市〕 and (市) as the same name', () => {
    const text = inject(excerpt('SX', 1702, 1746), '滨海新城管委会,各区、县〔市〕政府,2018年7月底前完成)\n\n(二)', '滨海新城管委会,各区、县〔市〕政府,各区、县(市)政府,2018年7月底前完成)\n\n(二)');
    assert.deepEqual(lines(text, run(RULE, text)), [1727 - 1701]);
  });

  it('flags a unit in both the 牵头 and 配合 cells of one table row', () => {
    const base = excerpt('SX', 372, 577);
    const text = inject(base, '\t市科技局\t\n', '\t市科技局\t市科技局\n');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [557 - 371]);
    assert.equal(found[0].fix, undefined, 'the only unit of its cell: nothing to remove it with');
  });

  it('flags a repeated unit in a △ table cell and removes it', () => {
    const base = excerpt('SX', 103, 269);
    const text = inject(base, '△市商务局、市外侨办 各区', '△市商务局、市外侨办、市商务局 各区');
    assert.deepEqual(lines(text, run(RULE, text)), [252 - 102]);
    assert.equal(fixed(RULE, text), base);
  });
});
