import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { lines, run } from './helpers';

const RULE = 'structure/table-header';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports the four cells of the SX:676 repeated header that differ from SX:662, and nothing else', () => {
    const found = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), found), [676, 676, 676, 676]);
    assert.deepEqual(
      found.map((f) => corpus('SX').slice(f.range.start, f.range.end)),
      ['低等级公路升级改造(公里)', '自然村、断头路建设(公里)', '建设乡镇运输服务站(个)', '建设湾式车站(个)'],
    );
    assert.ok(found.every((f) => f.fix === undefined && f.suggestions?.length === 1));
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('flags a header cell changed in a repeat (SX 46号 table, five repeats)', () => {
    const base = excerpt('SX', 1069, 1215);
    assert.deepEqual(run(RULE, base), []);
    const lines1183 = base.split('\n');
    lines1183[1183 - 1069] = lines1183[1183 - 1069].replace('执行单位', '实施单位');
    const text = lines1183.join('\n');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1183 - 1068]);
  });

  it('is quiet on data rows that share a few cells with the header', () => {
    assert.deepEqual(run(RULE, excerpt('SX', 2064, 2099)), []);
  });
});
