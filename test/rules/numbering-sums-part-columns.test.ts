// numbering/sums: columns headed 其中 against the column of their whole, to their left.
import { strict as assert } from 'node:assert';
import { run } from './helpers';

const RULE = 'numbering/sums';

describe(`${RULE}: columns headed 其中 (区片综合地价 | 其中：土地补偿费 | 其中：安置补助费)`, () => {
  const notice = (rows: string[], header = '区片\t涉及村\t区片综合地价（万元/亩）\t其中：土地补偿费\t其中：安置补助费') =>
    [
      '某市人民政府土地征收公告', '', '某政征〔2026〕3号', '', '　　经省人民政府批准，现将征收土地有关事项公告如下：', '',
      '　　一、补偿标准', '', header, ...rows, '', '　　特此公告。', '', '某市人民政府', '2026年5月8日', '',
    ].join('\n');
  const rows = ['Ⅰ类\t前村、后溪村\t6.80\t2.72\t4.08', 'Ⅱ类\t塘口村、新桥村\t5.90\t2.36\t3.54', 'Ⅲ类\t东山村\t5.20\t2.08\t3.12'];

  it('reports a row whose parts add up to more than its whole', () => {
    const found = run(RULE, notice([rows[0].replace('4.08', '4.18'), rows[1]]));
    assert.deepEqual(found.map((f) => f.message), ['“区片综合地价（万元/亩）”为6.80，其中2列之和为6.90 (the 2 columns headed 其中 add up to 6.90, more than 6.80)']);
  });

  it('reports a row whose parts fall short where every other row adds up', () => {
    const found = run(RULE, notice([rows[0], rows[1].replace('3.54', '3.44'), rows[2]]));
    assert.deepEqual(found.map((f) => f.message), ['“区片综合地价（万元/亩）”为5.90，其中2列之和为5.80 (the 2 columns headed 其中 add up to 5.80, not 5.90)']);
  });

  it('is quiet on parts that add up, on parts that leave some out, on rates and on other units', () => {
    assert.deepEqual(run(RULE, notice(rows)), []);
    // Parts short in two rows: the columns leave something out.
    assert.deepEqual(run(RULE, notice([rows[0], rows[1].replace('3.54', '3.44'), rows[2].replace('3.12', '3.02')])), []);
    assert.deepEqual(run(RULE, notice([rows[0].replace('4.08', '3.98'), rows[1]])), []);
    assert.deepEqual(run(RULE, notice(['Ⅰ类\t前村\t6.80\t62.5\t40.0'], '区片\t涉及村\t区片综合地价（万元/亩）\t其中：土地补偿费占比（%）\t其中：安置补助费占比（%）')), []);
    assert.deepEqual(run(RULE, notice(['Ⅰ类\t前村\t6.80\t27200\t40800'], '区片\t涉及村\t区片综合地价（万元/亩）\t其中：土地补偿费（元/亩）\t其中：安置补助费（元/亩）')), []);
  });

  it('reads no row whose parts are blank, and no firms or people in two parts at once as a slip', () => {
    // Parts not given (or merged with the row above): the row is not read; the others still are.
    assert.deepEqual(run(RULE, notice([rows[0], 'Ⅱ类\t塘口村\t5.90\t\t', rows[2]])), []);
    assert.equal(run(RULE, notice([rows[0], 'Ⅱ类\t塘口村\t5.90\t\t', rows[2].replace('3.12', '3.22')])).length, 1);
    const firms = (rowsOf: string[], parts = '其中：规上企业（家）\t其中：高新技术企业（家）') => notice(rowsOf, `县（区）\t企业数（家）\t${parts}`);
    assert.deepEqual(run(RULE, firms(['桐江区\t120\t80\t60', '云门区\t90\t50\t30', '青岚县\t60\t30\t20'])), []);
    // Grades of one scale are counted once each.
    assert.equal(run(RULE, firms(['桐江区\t120\t80\t60', '云门区\t90\t50\t40'], '其中：一级（家）\t其中：二级（家）')).length, 1);
  });
});
