import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'structure/addressee';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('notes J19:39 (人民政府 missing) as info, and nothing else in the corpus', () => {
    const found = run(RULE, corpus('J19'));
    assert.deepEqual(lines(corpus('J19'), found), [39]);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /缺少“人民政府”/);
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('SX')), []); // 各单位 / 有关单位 variants are other audiences
  });

  it('restores the missing characters', () => {
    const out = fixed(RULE, corpus('J19'));
    assert.equal(out, inject(corpus('J19'), '各县(市、区),市政府各部门', '各县(市、区)人民政府,市政府各部门'));
    assert.deepEqual(run(RULE, out), []);
  });

  it('flags characters dropped inside a word but not a whole item of the list', () => {
    const j18 = corpus('J18');
    const dropped = j18.replace('嘉政办发〔2018〕69号\n\n各县(市、区)人民政府,市政府各部门、直属各单位:', '嘉政办发〔2018〕69号\n\n各县(市、区)人民政府,市政府部门、直属各单位:');
    assert.equal(run(RULE, dropped).length, 1);
    const narrower = j18.replace('嘉政办发〔2018〕69号\n\n各县(市、区)人民政府,市政府各部门、直属各单位:', '嘉政办发〔2018〕69号\n\n各县(市、区)人民政府,市政府各部门:');
    assert.deepEqual(run(RULE, narrower), []);
  });
});
