// The comparison that decides whether a check's diagnostics are sent again: any
// difference a client would show must count, equal copies must not.
import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver';
import { sameDiagnostics } from '../../server/src/features/sameDiagnostics';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

/** Two diagnostics as the server sends them for jiaxing-2018-12 (a bracket and a repeated number). */
function sample(): Diagnostic[] {
  return [
    {
      range: range(12, 4, 10),
      severity: 1,
      code: 'doc-number/format',
      codeDescription: { href: 'file:///ext/docs/rules/doc-number/format.md' },
      source: 'gazette-lint',
      message: '年份应使用六角括号〔〕 (year must be in 〔〕)',
    },
    {
      range: range(40, 0, 12),
      severity: 2,
      code: 'doc-number/duplicate',
      codeDescription: { href: 'file:///ext/docs/rules/doc-number/duplicate.md' },
      source: 'gazette-lint',
      message: '发文字号重复 (document number used twice)',
      relatedInformation: [{ location: { uri: 'file:///w/j18.gazette', range: range(8, 0, 12) }, message: '首次出现 (first use)' }],
      tags: [1],
    },
  ];
}

describe('sameDiagnostics', () => {
  it('holds for equal copies, and for two empty lists', () => {
    assert.ok(sameDiagnostics(sample(), sample()));
    assert.ok(sameDiagnostics([], []));
  });

  it('fails when nothing was sent yet, on another length or order', () => {
    assert.ok(!sameDiagnostics(undefined, []));
    assert.ok(!sameDiagnostics(sample(), sample().slice(1)));
    assert.ok(!sameDiagnostics(sample(), sample().reverse()));
  });

  it('fails on any field a client shows', () => {
    const changes: ((d: Diagnostic[]) => void)[] = [
      (d) => (d[0].range.start.character = 5),
      (d) => (d[0].range.end.line = 13),
      (d) => (d[0].severity = 2),
      (d) => (d[0].code = 'doc-number/sequence'),
      (d) => (d[0].source = 'other'),
      (d) => (d[0].message = '年份应使用六角括号〔〕'),
      (d) => (d[0].codeDescription = undefined),
      (d) => (d[0].tags = [1]),
      (d) => (d[1].tags = [2]),
      (d) => (d[1].tags = undefined),
      (d) => (d[1].relatedInformation![0].location.range.start.line = 9),
      (d) => (d[1].relatedInformation![0].location.uri = 'file:///w/j19.gazette'),
      (d) => (d[1].relatedInformation![0].message = ''),
      (d) => d[1].relatedInformation!.push({ location: { uri: 'file:///w/a', range: range(1, 0, 1) }, message: 'x' }),
      (d) => (d[1].relatedInformation = undefined),
      (d) => (d[0].data = { fix: 1 }),
    ];
    changes.forEach((change, k) => {
      const changed = sample();
      change(changed);
      assert.ok(!sameDiagnostics(sample(), changed), `change ${k}`);
      assert.ok(!sameDiagnostics(changed, sample()), `change ${k}, other way`);
    });
  });
});
