// Random and mutated text never breaks the parser, a rule or a fix: no exception,
// bounded time, every range inside the text, findings in order, fixes that remove
// their finding and never overlap, fixAll idempotent. (scripts/fuzz.ts runs the same at length.)
import { strict as assert } from 'node:assert';
import { corpusAvailable, CORPUS_DIR } from '../corpus';
import { ODD } from './gen';
import { analyze, assertProperty, checkFindings, checkFixes, checkModelRanges, mapOffset } from './properties';
import { corpusWorkspace, SEED, texts, uriOf } from './shared';
import { reliabilityProperties } from './suites';

describe('reliability', function () {
  this.timeout(120_000);
  const properties = reliabilityProperties();

  before(() => {
    // Warm the JIT so the time budgets measure the code, not its compilation.
    for (const t of texts) analyze(t);
  });

  for (const p of properties) {
    it(p.title, function () {
      if (p.needsCorpus && !corpusAvailable) this.skip();
      assertProperty(p.name, p.arb, p.check, { seed: SEED, numRuns: p.runs });
    });
  }

  it('edge cases: empty, whitespace, NUL, odd code units, line breaks only', () => {
    for (const t of ['', ' ', '\n', '\r', '\r\n', '\n\n\n', '\u0000', '\ufeff', '\ud800', '\udc00', '〔', '》', '一、', '附件', ...ODD, ODD.join('\n')]) {
      const a = analyze(t);
      checkModelRanges(a.issue);
      checkFindings(t, a.findings);
    }
  });

  it('mapOffset follows edits', () => {
    const edits = [{ range: { start: 2, end: 4 }, text: 'xyz' }, { range: { start: 6, end: 6 }, text: '号' }];
    assert.deepEqual([1, 3, 4, 6].map((o) => mapOffset(o, edits, 'start')), [1, 2, 5, 7]);
    assert.deepEqual([3, 6].map((o) => mapOffset(o, edits, 'end')), [5, 8]);
  });

  it('fixAll on each whole corpus file converges and is idempotent', function () {
    if (!corpusAvailable) this.skip();
    const workspace = corpusWorkspace();
    const lint = (text: string) => analyze(text, workspace, uriOf('J19')).findings;
    for (const text of texts) checkFixes(text, lint(text), lint, { maxFixes: 6 });
  });

  if (!corpusAvailable) it(`(corpus-based cases skipped: corpus not found at ${CORPUS_DIR})`, () => undefined);
});
