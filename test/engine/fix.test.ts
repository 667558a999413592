// Fixing a whole text: the edits fixAll hands to an editor are those of the original text, as small as the fixes.
import * as assert from 'assert';
import { fixAll, lintIssue, parseIssue, type Edit } from '../../server/src/engine';
import { composeEdits, originalRange } from '../../server/src/engine/fix';
import { corpus, CORPUS, corpusAvailable, excerpt } from '../corpus';
import { random } from '../random';
import { applyByHand as apply } from '../reliability/properties';

/** Sorted, disjoint edits of a text, some of them insertions or deletions, some touching. */
function randomEdits(text: string, rnd: () => number): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  const pieces = ['', 'x', '的', '〔〕', '\n', 'ab'];
  while (at <= text.length && rnd() < 0.8) {
    const start = at + Math.floor(rnd() * 4);
    if (start > text.length) break;
    const end = Math.min(text.length, start + Math.floor(rnd() * 3));
    edits.push({ range: { start, end }, text: pieces[Math.floor(rnd() * pieces.length)] });
    at = end + (rnd() < 0.5 ? 0 : 1);
    // Two insertions at one point have no order: applyFixes never takes them.
    if (start === end && at === end) at++;
  }
  return edits;
}

const size = (edits: readonly Edit[]) => edits.reduce((n, e) => n + e.range.end - e.range.start, 0);

describe('fixAll: the edits an editor applies', () => {
  it('composeEdits gives the edits of the original that do what both rounds did, no larger than both', () => {
    const rnd = random(5150);
    for (let round = 0; round < 3000; round++) {
      const original = Array.from({ length: Math.floor(rnd() * 16) }, () => 'abc号〔'[Math.floor(rnd() * 5)]).join('');
      const earlier = randomEdits(original, rnd);
      const middle = apply(original, earlier);
      const later = randomEdits(middle, rnd);
      const composed = composeEdits(earlier, middle, later);
      const what = JSON.stringify({ original, earlier, later, composed });
      assert.strictEqual(apply(original, composed), apply(middle, later), what);
      composed.forEach((e, i) => {
        assert.ok(e.range.start <= e.range.end && e.range.end <= original.length, what);
        if (i > 0) assert.ok(e.range.start >= composed[i - 1].range.end, what);
      });
      assert.ok(composed.length <= earlier.length + later.length, what);
      assert.ok(size(composed) <= size(earlier) + size(later), what);
    }
  });

  it('keeps edits apart when the later ones do not meet the earlier ones', () => {
    const original = '0123456789';
    const earlier: Edit[] = [{ range: { start: 1, end: 2 }, text: 'AA' }];
    // In the middle text '0AA23456789': replace '4' (offset 5), then insert at the end.
    const later: Edit[] = [
      { range: { start: 5, end: 6 }, text: 'B' },
      { range: { start: 11, end: 11 }, text: 'C' },
    ];
    assert.deepStrictEqual(composeEdits(earlier, apply(original, earlier), later), [
      { range: { start: 1, end: 2 }, text: 'AA' },
      { range: { start: 4, end: 5 }, text: 'B' },
      { range: { start: 10, end: 10 }, text: 'C' },
    ]);
    // A later edit over an earlier one's text merges with it.
    assert.deepStrictEqual(composeEdits(earlier, '0AA23456789', [{ range: { start: 2, end: 4 }, text: 'x' }]), [{ range: { start: 1, end: 3 }, text: 'Ax' }]);
  });

  it('on each corpus issue: many small edits that give the fixed text, not one edit over the whole issue', function () {
    if (!corpusAvailable) this.skip();
    for (const name of Object.keys(CORPUS) as (keyof typeof CORPUS)[]) {
      const text = corpus(name);
      const result = fixAll(text, (t) => lintIssue(parseIssue(t)));
      assert.ok(result.applied > 10, `${name}: ${result.applied} fixes`);
      assert.strictEqual(apply(text, result.edits), result.text, name);
      assert.ok(result.edits.length >= result.applied, `${name}: ${result.edits.length} edits for ${result.applied} fixes`);
      const largest = Math.max(...result.edits.map((e) => Math.max(e.range.end - e.range.start, e.text.length)));
      assert.ok(largest < 200, `${name}: an edit of ${largest} characters`);
    }
  });

  it('several passes: a fix that waited for another is merged with it into one edit of the original', function () {
    if (!corpusAvailable) this.skip();
    // "。。。" at the start of the line after an attachment's name: pass 1 leaves one 。 (doubled
    // punctuation; the attachment declaration's fix overlaps and waits), pass 2 removes it.
    const base = excerpt('J18', 40, 80);
    const at = base.indexOf('表扬名单\n') + '表扬名单\n'.length;
    const text = base.slice(0, at) + '。。。' + base.slice(at);
    const result = fixAll(text, (t) => lintIssue(parseIssue(t)));
    assert.strictEqual(result.passes, 2);
    assert.strictEqual(apply(text, result.edits), result.text);
    assert.deepStrictEqual(result.edits.find((e) => e.range.start === at), { range: { start: at, end: at + 3 }, text: '' });
  });
});

describe('originalRange: a range of the fixed text back in the text as it was', () => {
  // 请登陆市政府网站 → 请登录市政府网站 (a replacement), 〔 inserted at 2, 3 characters deleted at 20.
  const edits = [
    { range: { start: 2, end: 2 }, text: '〔' },
    { range: { start: 5, end: 7 }, text: '登录' },
    { range: { start: 20, end: 23 }, text: '' },
  ];
  it('moves a range outside the edits by what they added or took away', () => {
    assert.deepEqual(originalRange({ start: 0, end: 2 }, edits), { start: 0, end: 2 });
    assert.deepEqual(originalRange({ start: 3, end: 6 }, edits), { start: 2, end: 5 });
    assert.deepEqual(originalRange({ start: 8, end: 10 }, edits), { start: 7, end: 9 });
    assert.deepEqual(originalRange({ start: 19, end: 21 }, edits), { start: 18, end: 20 });
    assert.deepEqual(originalRange({ start: 21, end: 22 }, edits), { start: 23, end: 24 });
  });
  it('has no original for a range an edit changed', () => {
    assert.equal(originalRange({ start: 6, end: 8 }, edits), undefined);
    assert.equal(originalRange({ start: 2, end: 3 }, edits), undefined);
    // Text deleted inside it.
    assert.equal(originalRange({ start: 20, end: 22 }, edits), undefined);
  });
});
