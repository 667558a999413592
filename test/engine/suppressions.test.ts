import { strict as assert } from 'node:assert';
import { analyze, applySuppressions, fixAll, suppressionFor, SuppressionsThroughFixes } from '../../server/src/engine';

const DRAFT = ['某市人民政府关于做好某项工作的通知', '', '某政发[2024]3号', '', '各县(市、区)人民政府:', ''].join('\n');

describe('suppressions', () => {
  const { findings } = analyze(DRAFT);
  const bracket = findings.find((f) => f.ruleId === 'doc-number/format')!;

  it('a finding suppressed by rule and text is dropped, and survives edits above it', () => {
    const s = suppressionFor(DRAFT, bracket, 'a.txt');
    assert.deepEqual(s, { rule: 'doc-number/format', file: 'a.txt', text: '[2024]', before: '某政发', after: '3号' }, 'the finding and a few characters around it');
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

  it('tells two findings of the same text apart by what surrounds them', () => {
    const text = ['某市人民政府关于做好某项工作的通知', '', '某政发〔2024〕3号', '', '建设实验学校 and 示范学校，完善规范 and 标准。', ''].join('\n');
    const ands = analyze(text).findings.filter((f) => f.ruleId === 'typography/english-and');
    assert.equal(ands.length, 2);
    const key = suppressionFor(text, ands[0], 'a.txt');
    assert.deepEqual([key.before, key.text, key.after], ['实验学校', 'and', '示范学校']);
    const r = applySuppressions(text, ands, [key], 'a.txt');
    assert.deepEqual(r.suppressed.map((x) => [x.finding, x.kind]), [[ands[0], 'file']]);
    assert.deepEqual(r.kept, [ands[1]]);
    // Typed by hand: the finding's text alone still matches each occurrence; spaces do not matter.
    assert.equal(applySuppressions(text, ands, [{ rule: 'typography/english-and', text: 'and' }]).kept.length, 0);
    assert.equal(applySuppressions(text, ands, [{ rule: 'typography/english-and', text: ' and', before: '规 范' }]).kept.length, 1);
    // A punctuation-width fix next to it (，→,) keeps it suppressed.
    const widened = text.replace('示范学校，', '示范学校,');
    assert.equal(applySuppressions(widened, analyze(widened).findings.filter((f) => f.ruleId === 'typography/english-and'), [{ ...key, after: '示范学校，' }], 'a.txt').kept.length, 1);
    // Context that is not there matches nothing.
    assert.equal(applySuppressions(text, ands, [{ rule: 'typography/english-and', text: 'and', before: '实验中学' }]).kept.length, 2);
  });

  it('tells apart findings whose line repeats (a sentence printed twice) by the lines around them', () => {
    const sentence = '建设实验学校 and 示范学校。';
    const text = ['某市人民政府关于做好某项工作的通知', '', '某政发〔2024〕3号', '', sentence, '', '一、总体要求', '', sentence, '', '二、工作措施', '', sentence, ''].join('\n');
    const all = analyze(text).findings;
    const ands = all.filter((f) => f.ruleId === 'typography/english-and');
    assert.equal(ands.length, 3);
    const second = suppressionFor(text, ands[1], 'a.txt', all);
    assert.equal(second.occurrence, undefined);
    assert.ok(second.before!.endsWith('总体要求建设实验学校'), second.before);
    assert.deepEqual(applySuppressions(text, all, [second], 'a.txt').suppressed.map((x) => x.finding), [ands[1]]);
    // The key holds when the other two are fixed (and, or anything around them, changed).
    const fixed = text.replace(`${sentence}\n\n一、`, `${sentence.replace('and', '和')}\n\n一、`).replace(`二、工作措施\n\n${sentence}`, `二、工作措施\n\n${sentence.replace('and', '和')}`);
    const after = analyze(fixed).findings;
    assert.equal(applySuppressions(fixed, after, [second], 'a.txt').suppressed.length, 1);
    // A key that fits one finding only keeps to a few characters of its line; so does one made without the file's findings.
    const once = text.replace(sentence, '建设实验中学 and 示范学校。');
    const onceAll = analyze(once).findings;
    assert.equal(suppressionFor(once, onceAll.find((f) => f.ruleId === 'typography/english-and')!, 'a.txt', onceAll).before, '实验中学');
    assert.equal(suppressionFor(text, ands[1], 'a.txt').before, '实验学校');
  });

  it('matches a wide key with the width it was recorded with, in text full of spaces too', () => {
    const para = `${'\u3000'.repeat(40)}请登陆网站${'\u3000'.repeat(40)}`;
    const text = ['某市人民政府关于做好某项工作的通知', '', '某政发〔2024〕3号', '', para, para, para, ''].join('\n');
    const all = analyze(text).findings;
    const wording = all.filter((f) => f.ruleId === 'typography/wording');
    assert.equal(wording.length, 3);
    for (const f of wording) {
      const key = suppressionFor(text, f, 'a.txt', all);
      assert.deepEqual(applySuppressions(text, all, [key], 'a.txt').suppressed.map((x) => x.finding), [f], JSON.stringify(key));
    }
  });

  it('holds what an entry ignores through the passes of a fix, when a fix changes the text around it', () => {
    const line = '各学校要认真组织学习本决定。相关情况请登陆市政府门户网站查询。';
    const text = ['某市人民政府关于做好某项工作的通知', '', '某政发〔2024〕3号', '', line, line.replace('学校', '學校'), ''].join('\n');
    const all = analyze(text).findings;
    const first = all.find((f) => f.ruleId === 'typography/wording')!;
    const key = suppressionFor(text, first, 'a.txt', all);
    const through = new SuppressionsThroughFixes([key], 'a.txt');
    const fixed = fixAll(text, (t, original) => through.kept(t, analyze(t).findings, original)).text;
    assert.ok(fixed.includes('学习本决定。相关情况请登陆'), 'the ignored one is left');
    assert.ok(!fixed.includes('學') && fixed.split('登录').length === 2, fixed);
  });

  it('records which one it is where even the lines around repeat (a paragraph printed over and over)', () => {
    const sentence = '建设实验学校 and 示范学校。';
    const text = ['某市人民政府关于做好某项工作的通知', '', '某政发〔2024〕3号', '', ...Array(8).fill(sentence)].join('\n');
    const all = analyze(text).findings;
    const ands = all.filter((f) => f.ruleId === 'typography/english-and');
    assert.equal(ands.length, 8);
    const fifth = suppressionFor(text, ands[4], 'a.txt', all);
    assert.ok(fifth.occurrence !== undefined);
    assert.deepEqual(applySuppressions(text, all, [fifth], 'a.txt').suppressed.map((x) => x.finding), [ands[4]]);
  });

  it('does not take a finding that contains another one of the same rule for it', () => {
    // 嘉政办发[2018]72 号 holds two doc-number/format findings: [2018], and the space in the whole number.
    const text = ['某市人民政府关于做好某项工作的通知', '', '某政发〔2024〕3号', '', '根据《某通知》(嘉政办发[2018]72 号)办理。', ''].join('\n');
    const formats = analyze(text).findings.filter((f) => f.ruleId === 'doc-number/format');
    const year = formats.find((f) => text.slice(f.range.start, f.range.end) === '[2018]')!;
    assert.ok(year && formats.length >= 2, formats.map((f) => f.message).join(' | '));
    const r = applySuppressions(text, formats, [suppressionFor(text, year)]);
    assert.deepEqual(r.suppressed.map((x) => x.finding), [year]);
  });

  it('a rule-wide entry silences the rule in that file', () => {
    const r = applySuppressions(DRAFT, findings, [{ rule: 'doc-number/format', file: 'a.txt' }], 'a.txt');
    assert.equal(r.kept.filter((f) => f.ruleId === 'doc-number/format').length, 0);
  });

  it('honours <!-- gazette-lint-disable-next-line rule --> in Markdown drafts', () => {
    const md = DRAFT.replace('某政发[2024]3号', '<!-- gazette-lint-disable-next-line doc-number/format -->\n某政发[2024]3号');
    const r = applySuppressions(md, analyze(md).findings, []);
    assert.equal(r.kept.filter((f) => f.ruleId === 'doc-number/format').length, 0);
    assert.deepEqual(r.suppressed.map((x) => [x.finding.ruleId, x.kind]), [['doc-number/format', 'directive']]);
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
