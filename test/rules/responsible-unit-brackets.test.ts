import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { applyFixes } from '../../server/src/engine';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'responsible-unit/brackets';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports the corpus bracket defects of §8 and nothing else', () => {
    const j18 = run(RULE, corpus('J18'));
    assert.deepEqual(lines(corpus('J18'), j18), [264, 268]);
    assert.deepEqual(j18.map((f) => f.severity), ['error', 'warning']); // 〔…] ; […] among 〔〕
    const j19 = run(RULE, corpus('J19'));
    // 34号: 〔…〕 at 446-458 against (…) at 460-526, and 〔…] at 452-454.
    assert.deepEqual(lines(corpus('J19'), j19), [446, 450, 454, 458]);
    assert.deepEqual(j19.map((f) => f.severity), ['warning', 'warning', 'error', 'warning']);
    assert.deepEqual(run(RULE, corpus('SX')), []);
  });

  it('fixes 〔…] to 〔…〕 and […] to 〔…〕 (J18 70号)', () => {
    const text = excerpt('J18', 205, 295);
    const out = fixed(RULE, text);
    assert.ok(out.includes('市市场监管局、市质监局〕'));
    assert.equal(out.match(/〔责任单位/g)?.length, 8);
    assert.ok(!/[[\]]/.test(out));
    assert.equal(out.length, text.length);
    assert.deepEqual(run(RULE, out), []);
  });

  it('flags a closing bracket of another kind injected into a real annotation and fixes it', () => {
    const base = excerpt('J18', 205, 295);
    const text = inject(base, '配合单位:市质监局、市供销社(农合联)〕\n\n(五)', '配合单位:市质监局、市供销社(农合联))\n\n(五)');
    const found = run(RULE, text).filter((f) => f.severity === 'error');
    assert.deepEqual(lines(text, found), [250 - 204, 264 - 204]);
    assert.equal(fixed(RULE, text), fixed(RULE, base));
  });

  it('flags an opening bracket lost before 责任单位 and puts it back', () => {
    const base = excerpt('J18', 126, 204); // 69号: five 〔责任单位:…〕
    const text = inject(base, '〔责任单位:市交通运输局', '责任单位:市交通运输局');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [161 - 125]);
    assert.match(found[0].message, /开始括号/);
    assert.equal(fixed(RULE, text), base);
  });

  it('reports closers repeated after a lost opener once, and fixes them in one pass', () => {
    const base = excerpt('J18', 126, 204);
    const lost = inject(base, '〔责任单位:市交通运输局', '责任单位:市交通运输局');
    const at = lost.indexOf('嘉兴港区〕', lost.indexOf('责任单位:市交通运输局')) + '嘉兴港区〕'.length;
    const text = lost.slice(0, at) + '〕〕' + lost.slice(at);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [161 - 125]);
    assert.match(found[0].message, /连续3个/);
    assert.equal(fixed(RULE, text), base);
  });

  it('covers every edit of its fix: a closer without opener is reported from the label on', () => {
    const text = '《某市城市更新办法》政策解读\n〔责任单位:市建委)〕';
    const found = run(RULE, text);
    const stray = found.find((f) => /开始括号/.test(f.message))!;
    assert.deepEqual(stray.range, { start: text.indexOf('责任单位'), end: text.length });
    for (const f of found) {
      for (const e of f.fix?.edits ?? []) assert.ok(f.range.start <= e.range.start && e.range.end <= f.range.end, f.message);
    }
    const once = applyFixes(text, [stray]).text;
    assert.equal(once, '《某市城市更新办法》政策解读\n〔〔责任单位:市建委)〕');
    assert.ok(!run(RULE, once).some((f) => f.message === stray.message));
  });

  it('flags a role list whose bracket is never closed (J19 34号)', () => {
    const text = inject(excerpt('J19', 428, 527), '(市市场监管局负责)\n\n(三)加强校园', '(市市场监管局负责\n\n(三)加强校园');
    const found = run(RULE, text).filter((f) => f.severity === 'error');
    assert.deepEqual(lines(text, found), [454 - 427, 476 - 427]);
    assert.match(found[1].message, /没有对应/);
    assert.equal(found[1].fix, undefined, 'where it closes is a guess: a suggestion only');
    assert.equal(found[1].suggestions?.[0].edits[0].text, ')');
  });

  it('flags 〔责任单位:… never closed', () => {
    const text = inject(excerpt('J18', 126, 204), '嘉兴港区〕\n\n(二)', '嘉兴港区\n\n(二)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [155 - 125]);
  });

  it('warns about one annotation in a style the document does not use, and converts it', () => {
    const base = excerpt('J18', 126, 204);
    const text = inject(base, '〔责任单位:市水利局', '(责任单位:市水利局').replace('嘉兴港区〕\n\n(五)', '嘉兴港区)\n\n(五)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [165 - 125]);
    assert.equal(found[0].severity, 'warning');
    assert.equal(fixed(RULE, text), base);
  });

  it('offers no fix that would nest brackets of one kind: 〔各县(市、区)…负责〕 among (…) annotations (J19 34号)', () => {
    const text = corpus('J19');
    const styles = run(RULE, text).filter((f) => f.severity === 'warning');
    assert.deepEqual(lines(text, styles), [446, 450, 458]);
    for (const f of styles) {
      assert.match(text.slice(f.range.start, f.range.end), /^〔[^]*\(市、区\)[^]*〕$/);
      assert.equal(f.fix, undefined, 'converting 〔〕 to () would nest (…(…)…)');
      assert.match(f.message, /inner brackets must change too/);
    }
    // The 〔…] slip in the same document keeps its fix.
    assert.ok(run(RULE, text).find((f) => f.severity === 'error')!.fix);
  });

  it('reads ﹝﹞ (small-form lookalikes of 〔〕) around an annotation, flags them as characters and fixes them to 〔〕', () => {
    const base = excerpt('J18', 126, 204); // 69号: five 〔责任单位:…〕
    const text = inject(inject(base, '〔责任单位:市交通运输局', '﹝责任单位:市交通运输局'), '嘉兴港区〕\n', '嘉兴港区﹞\n');
    const found = run(RULE, text);
    assert.equal(found.length, 2);
    assert.ok(found.every((f) => f.severity === 'warning' && /小号变体/.test(f.message)), found.map((f) => f.message).join('\n'));
    // The lookalike is no style of its own: the document's habit is still 〔〕, and no mismatch is reported.
    assert.ok(!found.some((f) => /多用|开始却以/.test(f.message)));
    assert.equal(fixed(RULE, text), base);
    // Read as annotations: the units inside count for the other rules.
    assert.deepEqual(run('responsible-unit/missing', text), []);
  });

  it('is quiet on a document whose annotations agree (SX 51号)', () => {
    const text = excerpt('SX', 1702, 1746); // 51号: four (责任单位:…) annotations
    assert.deepEqual(run(RULE, text), []);
  });
});

describe(`${RULE}: an annotation a line or a page break cuts after a semicolon`, () => {
  const notice = (...items: string[]) =>
    [
      '瓯江市人民政府办公室关于做好营商环境工作的通知', '', '瓯政办发〔2024〕21号', '', '各县（市、区）人民政府，市政府直属各单位：', '',
      '现就有关事项通知如下：', '', '1．深化企业开办改革。（牵头单位：市市场监管局；配合单位：市税务局）', ...items,
      '3．优化水电气报装。（牵头单位：市住建局；配合单位：市发展改革委）', '', '瓯江市人民政府办公室', '2024年4月12日',
    ].join('\n');
  const both = ['responsible-unit/brackets', 'responsible-unit/lead-marker', 'responsible-unit/separator'];
  const findings = (text: string) => both.flatMap((id) => run(id, text));

  it('reads （牵头单位：A； / 配合单位：B） as one annotation, across a page number and running header too', () => {
    assert.deepEqual(findings(notice('2．推进出口退税提速。（牵头单位：市商务局；', '配合单位：市税务局、市住建局）')), []);
    const page = ['2．推进出口退税提速。（牵头单位：市商务局；', '', '— 3 —', '', '瓯江市人民政府公报　　　　2024年第8期', '', '配合单位：市税务局、市住建局）'];
    assert.deepEqual(findings(notice(...page)), []);
    // After a comma, and in role clauses (A牵头，B配合； / C负责）), the same.
    assert.deepEqual(findings(notice('2．推进出口退税提速。（牵头单位：市商务局，', '配合单位：市税务局、市住建局）')), []);
    assert.deepEqual(findings(notice('2．推进出口退税提速。（市商务局牵头，市税务局配合；', '各县（市、区）政府负责）')), []);
  });

  it('still reports a bracket the wrapped annotation never closes', () => {
    const text = notice('2．推进出口退税提速。（牵头单位：市商务局；', '配合单位：市税务局、市住建局');
    assert.deepEqual(lines(text, run(RULE, text)), [10]);
  });
});
