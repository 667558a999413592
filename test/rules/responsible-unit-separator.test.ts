import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'responsible-unit/separator';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports the table cells of SX 13号 and 46号 that separate units by a bare space among commas', () => {
    const found = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), found), [224, 225, 230, 236, 237, 238, 239, 240, 243, 244, 245, 247, 252, 255, 261, 1179]);
    assert.ok(found.every((f) => f.severity === 'warning' && f.fix?.edits[0].text === ','));
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('leaves a table that separates every unit by a line break (space) alone: SX 48号', () => {
    assert.deepEqual(run(RULE, excerpt('SX', 1297, 1413)), []);
  });

  it('flags a comma in a table that otherwise breaks lines between units, with a suggestion only', () => {
    const text = inject(excerpt('SX', 1297, 1413), '市教育局 市委宣传部', '市教育局,市委宣传部');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1411 - 1296]);
    assert.equal(found[0].fix, undefined);
    assert.equal(found[0].suggestions?.[0].edits[0].text, ' ');
  });

  it('fixes a space among commas to the comma (SX 46号) and leaves the rest unchanged', () => {
    const base = excerpt('SX', 1069, 1215);
    const out = fixed(RULE, base);
    assert.equal(out, base.replace('市卫生计生委 市人力社保局', '市卫生计生委,市人力社保局'));
    assert.deepEqual(run(RULE, out), []);
  });

  it('flags a semicolon among commas between groups of units (and brackets does not call it unclosed)', () => {
    const base = excerpt('SX', 1702, 1746);
    const text = inject(base, '滨海新城管委会,各区、县〔市〕政府,2018年7月底前完成)\n\n(二)', '滨海新城管委会;各区、县〔市〕政府,2018年7月底前完成)\n\n(二)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1727 - 1701]);
    assert.match(found[0].message, /分号/);
    assert.equal(fixed(RULE, text), base);
    assert.deepEqual(run('responsible-unit/brackets', text), []);
  });

  describe('annotations by role (牵头单位：A；配合单位：B、C，D)', () => {
    const plan = (...annotations: string[]) =>
      [
        '某市人民政府关于印发某市推进制造业高质量发展行动方案的通知', '', '某政发〔2024〕5号', '', '各县（市、区）人民政府，市政府直属各单位：', '',
        '现将《某市推进制造业高质量发展行动方案》印发给你们，请认真组织实施。', '', '某市人民政府', '2024年2月20日', '',
        '某市推进制造业高质量发展行动方案', '', '一、重点任务', '',
        ...annotations.flatMap((a, i) => [`（${'一二三四五'[i]}）实施第${i + 1}项工程。${a}`, '']),
      ].join('\n');
    const byRole = ['（牵头单位：市经信局；配合单位：市发改委、市科技局，各县〔市、区〕政府）', '（牵头单位：市经信局；配合单位：市大数据局）', '（牵头单位：市商务局；配合单位：市财政局）', '（牵头单位：市科技局；配合单位：市财政局）'];

    it('does not compare the semicolon between roles with the comma between groups of one role', () => {
      assert.deepEqual(run(RULE, plan(...byRole)), []);
      // The comma between groups is still compared with the other groups' separators.
      const text = plan(...byRole.slice(0, 3).map((a) => a.replace('）', '，市财政局）')), byRole[0].replace('，', '；'));
      assert.deepEqual(lines(text, run(RULE, text)), [22]);
    });

    it('takes a semicolon between role clauses that hold commas for a clause of a higher level (A牵头，B配合；C负责)', () => {
      const clauses = ['（市经信局牵头，市财政局配合）', '（市商务局牵头，市发改委配合）', '（市科技局牵头，市财政局配合）'];
      assert.deepEqual(run(RULE, plan(...clauses, '（市经信局牵头，市科技局配合；各县（市、区）政府负责）')), []);
      assert.deepEqual(run(RULE, plan(...clauses, '（市经信局负责；各县（市、区）政府负责，以下不再列出）')), []);
      // Without commas in it, a semicolon is the annotation's separator, compared with the others'.
      assert.equal(run(RULE, plan(...clauses, '（市经信局牵头；市科技局配合）')).length, 1);
    });

    it('still flags a comma between roles where the others use a semicolon', () => {
      const text = plan(...byRole.slice(0, 3), '（牵头单位：市科技局，配合单位：市财政局）');
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [22]);
      assert.equal(found[0].fix?.edits[0].text, '；');
    });
  });
});

describe(`${RULE}: a label a line or a page break cuts (配合单 / 位：)`, () => {
  const notice = (...item: string[]) =>
    [
      '瓯江市人民政府办公室关于做好营商环境工作的通知', '', '瓯政办发〔2024〕21号', '', '各县（市、区）人民政府，市政府直属各单位：', '',
      '现就有关事项通知如下：', '', '1．深化企业开办改革。（牵头单位：市市场监管局，各县（市、区）政府）', ...item,
      '3．优化水电气报装。（牵头单位：市住建局，各县（市、区）政府）', '4．推进跨境贸易便利化。（牵头单位：市商务局，各县（市、区）政府）', '',
      '瓯江市人民政府办公室', '2024年4月12日',
    ].join('\n');

  it('reads the cut label as the label: the semicolon before it is between roles', () => {
    assert.deepEqual(run(RULE, notice('2．推进出口退税提速。（牵头单位：市商务局；配合单', '位：市税务局、市住建局）')), []);
    const page = ['2．推进出口退税提速。（牵头单位：市商务局；配合单', '', '- 3 -', '', '瓯江市人民政府公报　　2024年第8期', '', '位：市税务局、市住建局）'];
    assert.deepEqual(run(RULE, notice(...page)), []);
  });

  it('flags a semicolon between groups at a line break, and its fix replaces the semicolon alone', () => {
    const text = notice('2．推进出口退税提速。（牵头单位：市商务局；', '各县（市、区）政府）');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [10]);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '；');
    assert.equal(fixed(RULE, text), text.replace('市商务局；\n', '市商务局，\n'));
  });
});
