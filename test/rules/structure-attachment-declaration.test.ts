import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'structure/attachment-declaration';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus, half-width colons included', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags punctuation after an attachment title and removes it', () => {
    const base = excerpt('J18', 44, 64); // 附件:慈善工作突出贡献集体和个人表扬名单 / (略)
    const text = inject(base, '表扬名单\n(略)', '表扬名单。\n(略)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [14]);
    assert.match(found[0].message, /不加标点/);
    assert.equal(fixed(RULE, text), base);
    const numbered = excerpt('J19', 381, 427); // - 附件:1. … 4. …(略)
    const semi = inject(numbered, '成员名单(略)', '成员名单;(略)');
    assert.equal(fixed(RULE, semi), numbered);
  });

  it('flags several attachments of which one has no number', () => {
    const base = excerpt('J19', 381, 427);
    const text = inject(base, '- 附件:1. ', '- 附件:');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /标注顺序号/);
  });

  it('notes a single attachment that carries a number', () => {
    const text = inject(excerpt('J18', 44, 64), '附件:慈善', '附件:1. 慈善');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
  });

  it('flags a 附件 line without its colon and adds the file\'s colon', () => {
    const base = excerpt('J18', 44, 64);
    const text = inject(base, '附件:慈善', '附件慈善');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [14]);
    assert.match(found[0].message, /缺少冒号/);
    assert.equal(fixed(RULE, text), base);
  });

  it('does not take an attachment label or a sentence about 附件 for a declaration', () => {
    const text = excerpt('SX', 1155, 1215); // 附件： / title / 落款 / 附件 / title / table
    assert.deepEqual(run(RULE, text), []);
    const sentence = inject(excerpt('J18', 44, 64), '附件:慈善工作突出贡献集体和个人表扬名单\n(略)', '附件所列名单另行公布。');
    assert.deepEqual(run(RULE, sentence), []);
  });
});
