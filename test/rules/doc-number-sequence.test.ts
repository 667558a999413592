import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { edit, lines, run } from './helpers';
import { analyze } from '../../server/src/engine';

const RULE = 'doc-number/sequence';


describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus (71号 dated before 68-70号 is not a numbering error)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a printed document missing from the 发文目录', () => {
    // Row 70 renamed and renumbered: 70号 is printed but no row lists it.
    const text = edit('J18', [723, '70 号', '69 号'], [723, '“嘉田四季”', '某某']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [207]);
    assert.match(found[0].message, /未列入发文目录/);
    // Said once: no other rule reports the same thing at the number.
    const n = found[0].range;
    assert.deepEqual(analyze(text).findings.filter((f) => f.range.start < n.end && f.range.end > n.start).map((f) => f.ruleId), [RULE]);
  });

  it('reads the 发文目录 through a page marker between its heading and its table (第6页 共30页, 6/30)', () => {
    const text = (marker: string, rows: string[]) =>
      ['某市人民政府关于加快推进城乡供水一体化的意见', '', '某政发〔2024〕9号', '', '各镇人民政府、街道办事处：', '', '现提出如下意见。', '', '某市人民政府', '2024年5月15日', '',
        '2024年5月份市政府发文目录', '', marker, '', '文号\t标题', ...rows, ''].join('\n');
    const listed = '某政发〔2024〕9号\t某市人民政府关于加快推进城乡供水一体化的意见';
    const other = '某政发〔2024〕8号\t某市人民政府关于印发某市数字经济发展实施方案的通知';
    for (const marker of ['第6页 共30页', '6/30', '第 6 页，共 30 页', '- 6 -']) {
      const missing = text(marker, [other]);
      const found = run(RULE, missing);
      assert.deepEqual(lines(missing, found), [3], marker);
      assert.match(found[0].message, /未列入发文目录/);
      assert.deepEqual(run(RULE, text(marker, [other, listed])), [], marker);
    }
  });

  it('flags a row listed twice and a row out of order', () => {
    const all = corpus('J19').split('\n');
    all.splice(554, 0, all[552]); // 32号 again after 33号
    const twice = all.join('\n');
    const found = run(RULE, twice);
    assert.deepEqual(lines(twice, found), [555]);
    assert.match(found[0].message, /重复列出/);
    const order = corpus('J19').split('\n');
    [order[552], order[553]] = [order[553], order[552]];
    const swapped = order.join('\n');
    const f2 = run(RULE, swapped);
    assert.equal(f2.length, 1);
    assert.match(f2[0].message, /位置不合顺序/);
    assert.equal(f2[0].severity, 'warning');
  });

  it('flags a number dated after its document or after the issue', () => {
    const doc = edit('J18', [128, '〔2018〕', '〔2019〕']);
    const found = run(RULE, doc);
    assert.deepEqual(lines(doc, found), [128]);
    assert.match(found[0].message, /年份2019晚于成文日期2018年12月4日/);
    const cited = edit('SX', [56, '〔2017〕48', '〔2019〕48']);
    assert.match(run(RULE, cited)[0].message, /晚于本期出版年份2018/);
    const earlier = edit('J18', [128, '〔2018〕', '〔2017〕']);
    assert.equal(run(RULE, earlier)[0].severity, 'warning');
  });
});
