import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { lines, run } from './helpers';

const RULE = 'cross-reference/directory';

function onLine(text: string, line: number, from: string, to: string): string {
  const all = text.split('\n');
  if (!all[line - 1].includes(from)) throw new Error(`line ${line} has no ${from}`);
  all[line - 1] = all[line - 1].replace(from, to);
  return all.join('\n');
}

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus: every row matches the document printed with its number', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a row title that differs from the document (Markdown table and TAB rows)', () => {
    const md = onLine(corpus('J18'), 722, '国土绿化', '国土绿地');
    const found = run(RULE, md);
    assert.deepEqual(lines(md, found), [722]);
    assert.match(found[0].message, /发文目录中的标题/);
    const tab = onLine(corpus('J19'), 554, '农信机构', '农商机构');
    assert.deepEqual(lines(tab, run(RULE, tab)), [554]);
  });

  it('leaves a number that differs to doc-number/consistency', () => {
    assert.deepEqual(run(RULE, onLine(corpus('J19'), 553, '32 号', '23 号')), []);
  });

  it('leaves the body title to cross-reference/toc when the TOC lists the document, and reports it when not', () => {
    const text = onLine(corpus('J19'), 428, '食品安全', '食品卫生');
    assert.deepEqual(run(RULE, text), []);
    assert.deepEqual(lines(text, run('cross-reference/toc', text)), [428]);
    const all = text.split('\n');
    all.splice(24, 4); // 34号's TOC entry
    const noToc = all.join('\n');
    assert.deepEqual(lines(noToc, run(RULE, noToc)), [424]);
  });

  it('leaves a printed document missing from the list to doc-number/sequence, which reports it once', () => {
    const all = corpus('J19').split('\n');
    all.splice(553, 1); // the row of 33号
    const text = all.join('\n');
    assert.deepEqual(run(RULE, text), []);
    assert.deepEqual(lines(text, run('doc-number/sequence', text)), [383]);
  });
});
