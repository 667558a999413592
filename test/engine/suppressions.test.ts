import { strict as assert } from 'node:assert';
import { analyze, applySuppressions, suppressionFor } from '../../server/src/engine';

const DRAFT = ['某市人民政府关于做好某项工作的通知', '', '某政发[2024]3号', '', '各县(市、区)人民政府:', ''].join('\n');

describe('suppressions', () => {
  const { findings } = analyze(DRAFT);
  const bracket = findings.find((f) => f.ruleId === 'doc-number/format')!;

  it('a finding suppressed by rule and text is dropped, and survives edits above it', () => {
    const s = suppressionFor(DRAFT, bracket, 'a.txt');
    assert.deepEqual(s, { rule: 'doc-number/format', file: 'a.txt', text: '[2024]' });
    const edited = '新增一行\n\n' + DRAFT;
    const again = analyze(edited).findings;
    const r = applySuppressions(edited, again, [s], 'a.txt');
    assert.equal(r.kept.filter((f) => f.ruleId === 'doc-number/format').length, 0);
    assert.equal(r.suppressed.length, 1);
    assert.deepEqual(r.unused, []);
  });

  it('does not apply to another file, and reports stale entries', () => {
    const s = suppressionFor(DRAFT, bracket, 'a.txt');
    assert.equal(applySuppressions(DRAFT, findings, [s], 'b.txt').suppressed.length, 0);
    const fixedText = DRAFT.replace('[2024]', '〔2024〕');
    const r = applySuppressions(fixedText, analyze(fixedText).findings, [s], 'a.txt');
    assert.deepEqual(r.unused, [s]);
  });

  it('a rule-wide entry silences the rule in that file', () => {
    const r = applySuppressions(DRAFT, findings, [{ rule: 'doc-number/format', file: 'a.txt' }], 'a.txt');
    assert.equal(r.kept.filter((f) => f.ruleId === 'doc-number/format').length, 0);
  });

  it('honours <!-- gazette-lint-disable-next-line rule --> in Markdown drafts', () => {
    const md = DRAFT.replace('某政发[2024]3号', '<!-- gazette-lint-disable-next-line doc-number/format -->\n某政发[2024]3号');
    const r = applySuppressions(md, analyze(md).findings, []);
    assert.equal(r.kept.filter((f) => f.ruleId === 'doc-number/format').length, 0);
    const other = DRAFT.replace('某政发[2024]3号', '<!-- gazette-lint-disable-next-line typography/english-and -->\n某政发[2024]3号');
    assert.equal(applySuppressions(other, analyze(other).findings, []).kept.filter((f) => f.ruleId === 'doc-number/format').length, 1);
  });
});

import { localize } from '../../server/src/engine/lint';

describe('message locale', () => {
  const msg = '年份应使用六角括号〔〕，此处为“[2024]” (year must be in 〔〕, found […])';
  it('keeps both by default, or one language', () => {
    assert.equal(localize(msg, 'zh-en'), msg);
    assert.equal(localize(msg, 'zh'), '年份应使用六角括号〔〕，此处为“[2024]”');
    assert.equal(localize(msg, 'en'), 'Year must be in 〔〕, found […]');
  });
});
