import { strict as assert } from 'node:assert';
import { parseIssue, WorkspaceIndex } from '../../server/src/engine';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { lines, run } from './helpers';
import { INTERPRETATION } from '../fixtures/interpretation';

const RULE = 'cross-reference/interpretation';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  const issue = () => excerpt('SX', 1702, 1746) + INTERPRETATION;

  it('is quiet when the interpreted document is printed with that title and number', () => {
    assert.equal(parseIssue(issue()).documents[1].kind, 'interpretation');
    assert.deepEqual(run(RULE, issue()), []);
  });

  it('reads the title as an interpretation through what extraction leaves inside it', () => {
    for (const [from, to] of [['》政策解读', '》政策 解读'], ['》政策解读', '》政策\u3000解 读'], ['《绍兴市', '**《绍兴市'], ['》政策解读', '》政策解读**']]) {
      assert.equal(parseIssue(issue().replace(from, to)).documents[1]?.kind, 'interpretation', to);
    }
  });

  it('leaves a citation with another number to doc-number/consistency, but checks a number in its own title', () => {
    const cited = issue().replace('(绍政办发〔2018〕51号)。', '(绍政办发〔2018〕15号)。');
    assert.deepEqual(run(RULE, cited), []);
    assert.deepEqual(lines(cited, run('doc-number/consistency', cited)), [51]);
    const titled = issue().replace('工作方案》政策解读', '工作方案》(绍政办发〔2018〕15号)政策解读');
    assert.equal(parseIssue(titled).documents[1].kind, 'interpretation');
    const found = run(RULE, titled);
    assert.deepEqual(lines(titled, found), [47]);
    assert.match(found[0].message, /绍政办发〔2018〕51号/);
  });

  it('flags an interpretation of a document that is not in the issue', () => {
    const text = excerpt('SX', 1747, 1855) + INTERPRETATION; // 52号 printed instead of 51号
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [111]);
    assert.equal(found[0].severity, 'warning');
  });

  it('finds the interpreted document in another issue of the workspace', () => {
    const ws = new WorkspaceIndex();
    ws.set('file:///sx.txt', parseIssue(corpus('SX')));
    const alone = INTERPRETATION.trimStart();
    assert.deepEqual(run(RULE, alone, ws), []);
    const wrong = alone.replace('(绍政办发〔2018〕51号)。', '(绍政办发〔2018〕15号)。');
    const found = run(RULE, wrong, ws);
    assert.equal(found.length, 1);
    assert.equal(found[0].related?.[0].uri, 'file:///sx.txt');
  });
});
