// numbering/sums on a table whose total is a column (总计 at the end of the header, one per group of a header on
// several rows).
import { strict as assert } from 'node:assert';
import { inject, run, suggested } from './helpers';

const RULE = 'numbering/sums';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

/** A 政府信息公开工作年度报告 with the national form's application and 复议/诉讼 tables. */
const REPORT = [
  '沅州市人民政府2024年政府信息公开工作年度报告', '',
  '　　一、总体情况', '',
  '　　2024年，市政府新收政府信息公开申请286件，上年结转12件；办结249件，结转下年度继续办理49件。', '',
  '　　三、收到和处理政府信息公开申请情况', '',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  '\t自然人\t法人或其他组织\t\t\t\t\t总计',
  '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  '一、本年新收政府信息公开申请数量\t241\t30\t3\t2\t6\t4\t286',
  '二、上年结转政府信息公开申请数量\t9\t2\t0\t0\t1\t0\t12',
  '三、本年度办理结果',
  '（一）予以公开\t88\t12\t1\t1\t2\t1\t105',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t31\t4\t0\t0\t1\t0\t36',
  '（三）不予公开\t1．属于国家秘密\t0\t0\t0\t0\t0\t0\t0',
  '\t2．其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
  '\t3．危及“三安全一稳定”\t1\t0\t0\t0\t0\t0\t1',
  '（四）无法提供\t1．本机关不掌握相关政府信息\t70\t7\t1\t1\t2\t1\t82',
  '\t2．没有现成信息需要另行制作\t5\t1\t0\t0\t0\t0\t6',
  '（五）不予处理\t1．信访举报投诉类申请\t8\t1\t0\t0\t0\t0\t9',
  '（六）其他处理\t1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t9\t1\t0\t0\t0\t0\t10',
  '（七）总计\t212\t26\t2\t2\t5\t2\t249',
  '四、结转下年度继续办理\t38\t6\t1\t0\t2\t2\t49',
  '',
  '　　四、政府信息公开行政复议、行政诉讼情况', '',
  '行政复议\t行政诉讼',
  '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '6\t1\t1\t1\t9\t3\t0\t1\t0\t4\t1\t0\t0\t1\t2',
  '',
  '　　五、存在的主要问题及改进情况', '',
  '　　2025年，我们将进一步规范依申请公开办理。', '',
].join('\n');

describe(`${RULE}: a total column`, () => {
  it('is quiet on the national form\'s tables that add up', () => {
    assert.deepEqual(messages(REPORT), []);
  });

  it('reports a 复议/诉讼 group\'s 总计 that is not the sum of its four columns, and offers the sum', () => {
    const text = inject(REPORT, '6\t1\t1\t1\t9\t3', '6\t1\t1\t1\t8\t3');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['总计为8，左侧4列之和为9 (the total is not the sum of the 4 columns to its left: 9)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '8');
    assert.equal(found[0].range.start, text.indexOf('6\t1\t1\t1\t8') + 8);
    assert.equal(suggested(RULE, text), REPORT);
    // The last group's total, past the other two.
    assert.deepEqual(messages(inject(REPORT, '\t0\t0\t1\t2\n', '\t0\t0\t1\t3\n')), ['总计为3，左侧4列之和为2 (the total is not the sum of the 4 columns to its left: 2)']);
  });

  it('reports an application row\'s 总计 against 自然人 and the five 法人或其他组织 columns, sub-items\' rows read in line', () => {
    const text = inject(REPORT, '\t5\t1\t0\t0\t0\t0\t6', '\t5\t1\t0\t0\t0\t0\t7');
    const found = run(RULE, text);
    // The (七)总计 row's 总计 no longer adds its column either: the slip is the row's, told once.
    assert.deepEqual(found.map((f) => f.message), ['总计为7，左侧6列之和为6 (the total is not the sum of the 6 columns to its left: 6)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '7');
  });

  it('tells a figure of the (七)总计 row changed as a slip of its column, not of its row\'s 总计', () => {
    const text = inject(REPORT, '（七）总计\t212', '（七）总计\t213');
    assert.deepEqual(messages(text), ['总计为213，上列9行之和为212 (the total is not the sum of the rows above: 212)']);
    // The corner changed: one finding, its row's and its column's.
    assert.deepEqual(messages(inject(REPORT, '\t2\t249', '\t2\t248')), ['总计为248，上列9行之和为249 (the total is not the sum of the rows above: 249)']);
  });

  it('reads a 合计 column past a 序号 and a name, on both sides of a repeated header', () => {
    const rows = (last: string) => [
      '序号\t地区\t城镇（户）\t农村（户）\t合计', '1\t江北区\t120\t80\t200', '2\t江南区\t90\t60\t150', '', '— 2 —', '',
      '序号\t地区\t城镇（户）\t农村（户）\t合计', '3\t临川县\t70\t50\t120', `4\t东山县\t30\t20\t${last}`,
    ];
    const text = (last: string) => ['某市统计局关于2024年有关情况的通报', '', '某统发〔2025〕2号', '', '各区统计局：', '', '　　现将有关情况通报如下。', '', ...rows(last), '', '某市统计局', '2025年1月6日', ''].join('\n');
    assert.deepEqual(messages(text('50')), []);
    assert.deepEqual(messages(text('60')), ['合计为60，左侧2列之和为50 (the total is not the sum of the 2 columns to its left: 50)']);
  });

  it('reads 小计 columns named on the header row under the one naming the 合计', () => {
    const table = (row: string) =>
      [
        '某市住房和城乡建设局关于2025年住房改造工作进展的通报', '', '某建发〔2025〕15号', '', '各县（市、区）住房和城乡建设局：', '',
        '　　截至6月底，全市完成住房改造1288户。', '',
        '县（市、区）\t城镇\t\t\t农村\t\t\t合计', '\t新建\t改建\t小计\t新建\t改建\t小计\t',
        '江北区\t120\t86\t206\t42\t118\t160\t366', row, '临湖县\t52\t41\t93\t65\t156\t221\t314', '',
        '某市住房和城乡建设局', '', '2025年7月20日', '',
      ].join('\n');
    assert.deepEqual(messages(table('海门区\t96\t74\t170\t38\t102\t140\t310')), []);
    assert.deepEqual(messages(table('海门区\t96\t74\t179\t38\t102\t140\t310')), ['小计为179，左侧2列之和为170 (the subtotal is not the sum of the 2 columns to its left: 170)']);
    assert.deepEqual(messages(table('海门区\t96\t74\t170\t38\t102\t140\t301')), ['合计为301，左侧4列之和为310 (the total is not the sum of the 4 columns to its left: 310)']);
  });

  it('is quiet on valid variants: blanks, dashes and noughts, a 合计 printed first, rates, decimals, a column that is no sum', () => {
    for (const rows of [
      // Blank cells and dashes count as none; a row of noughts proves nothing.
      ['项目\t一季度\t二季度\t三季度\t合计', '受理件数\t12\t\t8\t20', '办结件数\t—\t9\t7\t16', '退回件数\t0\t0\t0\t0'],
      // A 合计 printed first in its group, the parts after it: not read.
      ['单位\t合计\t基本支出\t项目支出\t小计\t人员经费\t公用经费', '市教育局\t300\t100\t200\t90\t60\t30', '市民政局\t120\t50\t70\t40\t25\t15'],
      // A 总计 over rates, a merged header cell over the columns.
      ['项目\t完成率（%）', '\t一季度\t二季度\t三季度\t总计', '审批事项\t95\t97\t98\t97', '备案事项\t90\t92\t96\t93'],
      // A 总计 heading columns of its own (数量, 金额 under each year and under 总计): a group, not a column.
      ['项目\t2023年\t\t2024年\t\t总计', '\t数量\t金额\t数量\t金额\t数量\t金额', '道路\t3\t120\t4\t150\t7\t270', '桥梁\t1\t80\t2\t90\t3\t170', '隧道\t1\t50\t1\t60\t2\t110'],
      // Figures with decimals: amounts rounded apart, not counts.
      ['项目\t市级\t区级\t合计', '道路\t12.4\t8.3\t20.6', '桥梁\t5.2\t3.1\t8.3'],
      // A 总计 column that adds up in no row but one: no sum of the columns before it.
      ['指标\t2022年\t2023年\t总计', '企业数\t120\t135\t255', '从业人数\t3400\t3620\t3620', '产值\t86\t92\t92'],
    ]) {
      const text = ['某市统计局关于2024年有关情况的通报', '', '各区统计局：', '', '　　现将有关情况通报如下。', '', ...rows, '', '某市统计局', '2025年1月6日', ''].join('\n');
      assert.deepEqual(messages(text), [], rows.join(' / '));
    }
  });
});
