import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { fixed, lines, run } from './helpers';
import { allRules, DocumentFindingsCache, lintIssue, parseIssue } from '../../server/src/engine';
import { parseIssueIncremental } from '../../server/src/engine/parse/incremental';

const RULE = 'typography/comma-between-quotes';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('notes the 顿号 between side-by-side quotes where the file leaves it out elsewhere, as info', () => {
    const j18 = run(RULE, corpus('J18'));
    assert.deepEqual(lines(corpus('J18'), j18), [177, 177]); // “五水共治”、“四边三化”、“三改一拆”
    const j19 = run(RULE, corpus('J19'));
    assert.deepEqual(lines(corpus('J19'), j19), [341]); // 《…规定》、《…办法》
    assert.deepEqual(run(RULE, corpus('SX')), []);
    assert.ok([...j18, ...j19].every((f) => f.severity === 'info'));
  });

  it('removes the 顿号', () => {
    const out = fixed(RULE, corpus('J18'));
    assert.ok(out.includes('“五水共治”“四边三化”“三改一拆”'));
    assert.deepEqual(run(RULE, out), []);
    assert.equal(out.length, corpus('J18').length - 2);
  });

  it('judges each document by the habit of the whole issue, also when re-checking one document after an edit', () => {
    const rules = allRules.filter((r) => r.id === RULE);
    const cache = new DocumentFindingsCache();
    let text = corpus('J18');
    let issue = parseIssueIncremental(text);
    assert.equal(lintIssue(issue, { rules, cache }).length, 2);
    // Eight pairs with 顿号 in another document (J18:424): now the file mostly writes it.
    const at = text.indexOf('\n', text.indexOf('深入开展大众人群宣传教育'));
    text = text.slice(0, at) + '“甲”、“乙”，'.repeat(8) + text.slice(at);
    issue = parseIssueIncremental(text, issue);
    assert.deepEqual(lintIssue(issue, { rules, cache }), []);
    assert.deepEqual(lintIssue(parseIssue(text), { rules }), []);
  });

  it('respects a file that always writes the 顿号', () => {
    assert.deepEqual(run(RULE, '推进“五水共治”、“四边三化”、“三改一拆”工作,落实《条例》、《办法》。'), []);
  });
});
