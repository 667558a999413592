import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'typography/english-and';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports every English "and" of the corpus', () => {
    assert.deepEqual(lines(corpus('J18'), run(RULE, corpus('J18'))), [93, 93, 262]);
    assert.deepEqual(lines(corpus('J19'), run(RULE, corpus('J19'))), [211, 341, 399]);
    assert.deepEqual(lines(corpus('SX'), run(RULE, corpus('SX'))), [1721]);
  });

  it('fixes "and" to 和 and leaves the rest alone', () => {
    const text = excerpt('J18', 93, 93);
    const out = fixed(RULE, text);
    assert.equal(out, text.replace(/ and /g, '和'));
    assert.deepEqual(run(RULE, out), []);
  });

  it('flags an injected "and" and not English text', () => {
    const base = excerpt('J18', 71, 71);
    assert.deepEqual(run(RULE, base), []);
    assert.equal(run(RULE, inject(base, '文化、教育事业', '文化 and 教育事业')).length, 1);
    assert.equal(run(RULE, inject(base, '文化、教育事业', '文化and教育事业')).length, 1);
    assert.deepEqual(run(RULE, inject(base, '文化、教育事业', '文化(Research and Development)事业')), []);
    assert.deepEqual(run(RULE, excerpt('SX', 5, 8)), []); // GAZETTE OF THE PEOPLE'S GOVERNMENT
  });
});

describe('typography/english-and between a citation and a book title', () => {
  it('flags ")and《" around Chinese punctuation, not "(a) and (b)"', () => {
    const text = '根据《甲办法》(国发〔2017〕48号) and 《乙办法》精神。\n\n条件(a) and (b)均满足。\n';
    const found = run('typography/english-and', text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), ' and ');
  });
});
