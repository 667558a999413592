import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { edit, fixed, lines, run } from './helpers';

const RULE = 'doc-number/issuer-code';


describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus: 嘉政发 for 嘉兴市人民政府, 嘉政办发 for its office', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags 嘉政发 among the office\'s 嘉政办发 and fixes it', () => {
    const text = edit('J18', [128, '嘉政办发', '嘉政发']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [128]);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /嘉兴市人民政府办公室的其他文件多用机关代字“嘉政办发”/);
    assert.equal(fixed(RULE, text), corpus('J18'));
    const sx = edit('SX', [1220, '绍政办发', '绍政府发']);
    assert.equal(fixed(RULE, sx), corpus('SX'));
  });

  it('takes another series of the same code for what it is: 嘉政办函 (letters) among the office\'s 嘉政办发', () => {
    const text = edit('J19', [23, '嘉政办发', '嘉政办函'], [383, '嘉政办发', '嘉政办函']);
    assert.deepEqual(run(RULE, text), []);
    // So are 通告, 批复 and the like: 嘉政办通, 嘉政办复.
    assert.deepEqual(run(RULE, edit('J19', [23, '嘉政办发', '嘉政办通'], [383, '嘉政办发', '嘉政办复'])), []);
    // And any series a character after the code names (嘉政办干, personnel; 嘉政办X): never "fixed" to the bare code.
    assert.deepEqual(run(RULE, edit('J19', [383, '嘉政办发', '嘉政办干'])), []);
    assert.deepEqual(run(RULE, edit('J19', [383, '嘉政办发', '嘉政办档'])), []);
  });

  it('flags the government\'s code in the office\'s letter series, and fixes it within that series', () => {
    const text = edit('J19', [383, '嘉政办发', '嘉政函']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [383]);
    assert.match(found[0].message, /多用机关代字“嘉政办发”，此处为“嘉政函”/);
    assert.equal(fixed(RULE, text), edit('J19', [383, '嘉政办发', '嘉政办函']));
  });

  it('flags the government\'s only document using its office\'s code', () => {
    const text = edit('J18', [47, '嘉政发', '嘉政办发']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [47]);
    assert.match(found[0].message, /是嘉兴市人民政府办公室的代字，本文件由嘉兴市人民政府发布/);
    assert.equal(found[0].fix, undefined);
  });
});
