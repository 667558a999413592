import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { analyze, parseIssue } from '../../server/src/engine';
import { findDocNumbers } from '../../server/src/engine/parse/docNumber';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'doc-number/format';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('flags [] around the year in a body 发文字号 and fixes it to 〔〕', () => {
    const text = excerpt('J19', 122, 126); // title, 嘉政办发[2019]31 号, addressee
    const found = run(RULE, text).filter((f) => f.severity === 'error');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /六角括号/);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '[2019]');
    const out = fixed(RULE, text);
    assert.ok(out.includes('嘉政办发〔2019〕31'));
    assert.equal(out.length, text.length - 1, 'only the brackets and the stray space changed');
  });

  it('flags a leading zero, 第 and a missing 号 injected into a real number line', () => {
    const base = excerpt('J18', 65, 69);
    const zero = run(RULE, inject(base, '〔2018〕68号', '〔2018〕068号'));
    assert.deepEqual(zero.map((f) => f.message.includes('前导零')), [true]);
    const di = run(RULE, inject(base, '〔2018〕68号', '〔2018〕第68号'));
    assert.ok(di.some((f) => f.message.includes('第')));
    const noHao = run(RULE, inject(base, '〔2018〕68号', '〔2018〕68'));
    assert.ok(noHao.some((f) => f.message.includes('缺少“号”')));
    assert.equal(fixed(RULE, inject(base, '〔2018〕68号', '〔2018〕68')), base);
    assert.equal(fixed(RULE, inject(base, '〔2018〕68号', '〔2018〕第068号')), base);
  });

  it('flags full-width digits (an input method\'s) in the year or the serial, reads the number all the same, and fixes them', () => {
    const base = excerpt('J18', 65, 69);
    for (const written of ['〔２０１８〕６８号', '〔2018〕６８号', '〔２０１８〕68号']) {
      const text = inject(base, '〔2018〕68号', written);
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), [`发文字号中的数字应使用半角：“嘉政办发${written}”应为“嘉政办发〔2018〕68号” (digits of a number must be half-width)`], written);
      assert.equal(fixed(RULE, text), base, written);
    }
    // Read as the document's number: its key is that of the half-width number.
    const [doc] = parseIssue(inject(base, '〔2018〕68号', '〔２０１８〕６８号')).documents;
    assert.equal(doc?.number?.key, '嘉政办发〔2018〕68号');
  });

  it('reads ﹝﹞ and 〈〉 (lookalikes an input method gives for 〔〕) as a number\'s brackets, flags them and fixes them', () => {
    const base = excerpt('J18', 65, 69);
    for (const [open, close] of [['﹝', '﹞'], ['〈', '〉'], ['﹝', '〕']]) {
      const text = inject(base, '〔2018〕68号', `${open}2018${close}68号`);
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), [`年份应使用六角括号〔〕，此处为“${open}2018${close}” (year must be in 〔〕, found ${open}…${close})`]);
      assert.equal(fixed(RULE, text), base);
      // Read as the document's number, under its title.
      assert.equal(parseIssue(text).documents[0]?.number?.key, '嘉政办发〔2018〕68号');
    }
  });

  it('reads letters an OCR read for digits (〔2O24〕, l2号) as the digits, flags them and fixes them', () => {
    const base = excerpt('J18', 65, 69);
    for (const [written, shown] of [['〔2O18〕68号', '嘉政办发〔2O18〕68号'], ['〔2018〕6l号', '嘉政办发〔2018〕6l号'], ['〔2〇18〕68号', '嘉政办发〔2〇18〕68号']]) {
      const text = inject(base, '〔2018〕68号', written);
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => f.message), [`发文字号中有形似数字的字母（识别错误）：“${shown}”应为“嘉政办发〔2018〕${written.includes('6l') ? '61' : '68'}号” (letters read for digits: O for 0, l or I for 1)`]);
      assert.equal(parseIssue(text).documents[0]?.number?.key, `嘉政办发〔2018〕${written.includes('6l') ? '61' : '68'}号`);
    }
    assert.equal(fixed(RULE, inject(base, '〔2018〕68号', '〔2O18〕68号')), base);
    // Letters alone are no number: 〔OI〕l号 has no digit.
    assert.deepEqual(findDocNumbers('某政发〔IO〕l号', 'citation'), []);
  });

  it('flags an implausible year', () => {
    const text = inject(excerpt('J18', 65, 69), '〔2018〕68号', '〔18〕68号');
    assert.ok(run(RULE, text).some((f) => f.message.includes('年份“18”')));
  });

  it('treats spaces before 号 as extraction (hint) where the file always has them, as a warning where it does not', () => {
    const toc = excerpt('J18', 3, 15); // every TOC number is spaced
    assert.ok(run(RULE, toc).every((f) => f.severity === 'hint'));
    const found = run(RULE, corpus('J18')).filter((f) => f.severity === 'warning');
    // 72号 and 73号 have a space in their body number lines; 30, 68-71, 74 do not.
    assert.deepEqual(lines(corpus('J18'), found), [378, 393]);
  });

  it('stays quiet on the correct numbers of the corpus', () => {
    const text = excerpt('SX', 50, 56); // 绍政发〔2018〕12号 and two clean citations
    assert.deepEqual(run(RULE, text), []);
  });

  it('does not report a number broken over a page (嘉政办发〔2018〕 / 9号)', () => {
    const found = run(RULE, corpus('J18'));
    assert.ok(!lines(corpus('J18'), found).includes(220));
  });

  it('reports every [] number of the corpus that §8 lists', () => {
    const errs = (name: 'J18' | 'J19' | 'SX') => [...new Set(lines(corpus(name), run(RULE, corpus(name)).filter((f) => f.severity === 'error')))];
    assert.deepEqual(errs('J18'), [720, 721, 722, 723, 724, 725, 726, 727]);
    assert.deepEqual(errs('J19'), [120, 124, 341]);
    assert.deepEqual(errs('SX'), [1067, 1071, 1075]);
  });

  it('asks for 第 in a decree number (J19:341 省政府令 354 号) and fixes it', () => {
    const text = excerpt('J19', 341, 341);
    const found = run(RULE, text).filter((f) => /令号/.test(f.message));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /应写作“省政府令第354号”/);
    const out = fixed(RULE, text);
    assert.ok(out.includes('(省政府令第354号)'));
    assert.ok(!run(RULE, out).some((f) => /令号/.test(f.message)));
    assert.deepEqual(run(RULE, '根据国务院令第708号和市政府指令,由市协调小组负责'), []);
  });

  it('flags a leading zero in a decree\'s own number (某市人民政府令 / 第012号) and fixes it', () => {
    const decree = (serial: string) =>
      ['目　录', '', '某市城市绿化管理办法（市政府令第12号）……（1）', '', '某市人民政府令', '', serial, '', '《某市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布。', '',
        '市长　王建国', '', '2024年4月15日', '', '某市城市绿化管理办法', '', '第一条　为了促进城市绿化事业发展，制定本办法。', ''].join('\n');
    assert.deepEqual(run(RULE, decree('第12号')), []);
    const text = decree('第012号');
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['令号序号不应有前导零：应为“第12号”，此处为“第012号” (no leading zero in a decree number: 第12号)']);
    assert.equal(fixed(RULE, text), decree('第12号'));
    // Still the decree the 目录 lists: no other finding.
    assert.deepEqual(analyze(text).findings.map((f) => f.ruleId), [RULE]);
  });

  it('never warns about spacing in citations, which come from every kind of source', () => {
    const found = run(RULE, corpus('J19')).filter((f) => /空格/.test(f.message));
    const at = (line: number) => found.filter((f) => lines(corpus('J19'), [f])[0] === line).map((f) => f.severity);
    assert.deepEqual(at(120), ['hint']); // (嘉政发[2017]36 号)
    assert.deepEqual(at(534), ['hint']); // (浙政办发〔2019〕37 号)
    const warned = run(RULE, corpus('J19')).filter((f) => f.severity === 'warning');
    assert.deepEqual(lines(corpus('J19'), warned), [341]); // only the decree number
  });
  it('checks the partner organ\'s number a joint document prints beside its own', () => {
    const joint = (numbers: string) =>
      [
        '某市某区人民政府办公室　某市某区财政局关于印发某区村级集体经济发展扶持资金管理办法的通知', '',
        numbers, '', '各镇人民政府、街道办事处，区级有关部门：', '',
        '　　《某区村级集体经济发展扶持资金管理办法》已经区政府同意，现印发给你们，请认真贯彻执行。', '',
        '某市某区人民政府办公室　　　　某市某区财政局', '', '2024年4月2日', '',
      ].join('\n');
    assert.deepEqual(run(RULE, joint('某区政办发〔2024〕12号　某区财农〔2024〕5号')), []);
    const text = joint('某区政办发〔2024〕12号　某区财农（2024）5号');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['（2024）']);
    assert.match(found[0].message, /六角括号/);
    // Printed one under another, the second is the number's too, not the addressee's line.
    const stacked = joint('某区政办发〔2024〕12号\n某区财农[2024]5号');
    const both = analyze(stacked).findings.filter((f) => f.severity !== 'hint');
    assert.deepEqual(both.map((f) => [f.ruleId, stacked.slice(f.range.start, f.range.end)]), [['doc-number/format', '[2024]']]);
    assert.equal(parseIssue(stacked).documents[0].addressee?.text, '各镇人民政府、街道办事处，区级有关部门：');
  });
});
