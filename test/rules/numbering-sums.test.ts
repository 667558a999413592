import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { lines, run, suggested } from './helpers';

const RULE = 'numbering/sums';

/** A notice whose attachment is a table of the given TAB rows. */
const notice = (rows: string[]) =>
  [
    '某市财政局关于下达2024年农村公路养护补助资金的通知', '', '某财建〔2024〕12号', '', '各区财政局：', '',
    '现将2024年农村公路养护补助资金下达给你们（见附件），请按规定使用。', '', '附件：2024年农村公路养护补助资金分配表', '',
    '某市财政局', '2024年3月5日', '', '附件', '', '2024年农村公路养护补助资金分配表', '', ...rows, '',
  ].join('\n');

describe(RULE, function () {
  describe('on the corpus', function () {
    before(function () {
      if (!corpusAvailable) this.skip();
    });

    it('is quiet on SX\'s table of 合计 and 小计 rows (every one adds up)', () => {
      assert.deepEqual(run(RULE, corpus('SX')), []);
    });

    it('reports a 合计, a 小计 and a figure above one changed in SX\'s table', () => {
      const edit = (from: string, to: string) => {
        assert.ok(corpus('SX').includes(from));
        return corpus('SX').replace(from, to);
      };
      const total = edit('\t合计\t322\t1050', '\t合计\t322\t1060');
      assert.deepEqual(lines(total, run(RULE, total)), [666]);
      assert.equal(run(RULE, total)[0].message, '合计为1060，上列3行之和为1050 (the total is not the sum of the rows above: 1050)');
      const sub = edit('\t小计\t83\t130', '\t小计\t83\t131');
      assert.deepEqual(lines(sub, run(RULE, sub)), [674]);
      const figure = edit('新昌县\t2018年\t25\t32', '新昌县\t2018年\t25\t33');
      assert.deepEqual(lines(figure, run(RULE, figure)), [692]);
    });
  });

  it('adds the rows since the previous total, and offers the sum in the editor', () => {
    const rows = (total: string) => ['序号\t区域\t里程（公里）\t资金（万元）', '1\t东城区\t120\t360', '2\t西城区\t85.5\t256.5', '3\t南湖区\t64\t192', `合计\t\t269.5\t${total}`];
    assert.deepEqual(run(RULE, notice(rows('808.5'))), []);
    const text = notice(rows('818.5'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['合计为818.5，上列3行之和为808.5 (the total is not the sum of the rows above: 808.5)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '818.5');
    assert.equal(suggested(RULE, text), notice(rows('808.5')));
  });

  it('takes a 合计 after 小计 rows as the sum of the 小计 rows or of every row', () => {
    const rows = (total: string) => [
      '区域\t项目\t资金（万元）', '东城区\t道路\t100', '\t桥梁\t50', '\t小计\t150', '西城区\t道路\t80', '\t桥梁\t20', '\t小计\t100', `合计\t\t${total}`,
    ];
    assert.deepEqual(run(RULE, notice(rows('250'))), []);
    assert.equal(run(RULE, notice(rows('260'))).length, 1);
    // A total printed first adds the rows under it, and so does each group's 小计 printed over its rows.
    const first = (total: string, east: string) =>
      notice(['区域\t项目\t资金（万元）', `合计\t\t${total}`, `东城区\t小计\t${east}`, '\t道路\t100', '\t桥梁\t50', '西城区\t小计\t100', '\t道路\t80', '\t桥梁\t20']);
    assert.deepEqual(run(RULE, first('250', '150')), []);
    assert.deepEqual(run(RULE, first('250', '160')).map((f) => f.message), ['小计为160，下列2行之和为150 (the subtotal is not the sum of the rows below: 150)']);
    // A 合计 printed first over groups that close with their 小计, and 小计 rows printed first over a 合计 at the end.
    const mixed = (total: string) => notice(['区域\t资金（万元）', `合计\t${total}`, '东城区\t100', '西城区\t50', '小计\t150', '南城区\t100', '北城区\t100', '小计\t200']);
    assert.deepEqual(run(RULE, mixed('350')), []);
    assert.equal(run(RULE, mixed('360')).length, 1);
    const groupsFirst = (total: string) => notice(['区域\t资金（万元）', '小计\t150', '东城区\t100', '西城区\t50', '小计\t200', '南城区\t100', '北城区\t100', `合计\t${total}`]);
    assert.deepEqual(run(RULE, groupsFirst('350')), []);
    assert.equal(run(RULE, groupsFirst('360')).length, 1);
    // A 合计 right under the last 小计 adds the 小计 rows, or every row; the sum it offers keeps the separators.
    const grouped = notice(['区域\t项目\t资金（万元）', '东城区\t道路\t1,000', '\t桥梁\t500', '\t小计\t1,500', '西城区\t道路\t1,800', '\t桥梁\t200', '\t小计\t2,000', '合计\t\t3,600']);
    assert.deepEqual(run(RULE, grouped).map((f) => f.message), ['合计为3,600，上列4行之和为3,500 (the total is not the sum of the rows above: 3,500)']);
    assert.deepEqual(run(RULE, notice(['区域\t资金（万元）\t里程（公里）', '合计\t300\t40', '东城区\t100\t10', '西城区\t200\t30'])), []);
    assert.equal(run(RULE, notice(['区域\t资金（万元）\t里程（公里）', '合计\t300\t40', '东城区\t100\t10', '西城区\t190\t30'])).length, 1);
  });

  it('adds neither 其中 rows nor the items under a higher level (一、 over （一）)', () => {
    const detail = (total: string) => notice(['项目\t执行数（万元）', '一般公共预算收入\t90', '其中：税收收入\t72', '政府性基金收入\t45', `合计\t${total}`]);
    assert.deepEqual(run(RULE, detail('135')), []);
    assert.equal(run(RULE, detail('145')).length, 1);
    const levels = (total: string) => notice(['项目\t执行数（万元）', '一、一般公共预算收入\t90', '（一）税收收入\t72', '（二）非税收入\t18', '二、政府性基金收入\t45', `合计\t${total}`]);
    assert.deepEqual(run(RULE, levels('135')), []);
    assert.equal(run(RULE, levels('207')).length, 1);
    // A header that names a column 合计 is no total; the items under a 其中 row in a pipe table, indented, are its own.
    assert.equal(run(RULE, notice(['地区\t合计\t公用经费', '江北区\t2460\t1800', '江南区\t2180\t1600', '合计\t4640\t3500'])).length, 1);
    assert.deepEqual(run(RULE, notice(['| 项目 | 调整金额（万元） |', '|---|---:|', '| 一般公共预算 | 4,280 |', '| 其中：教育支出 | 1,600 |', '| 　　　卫生健康支出 | 1,200 |', '| 政府性基金预算 | 1,400 |', '| 合计 | 5,680 |'])), []);
    // The items listed under a 其中 row, indented, are its own.
    assert.deepEqual(run(RULE, notice(['项目\t支出（万元）', '一般公共服务\t40', '民生支出\t60', '其中：\t', '　教育支出\t30', '　卫生健康支出\t20', '合计\t100'])), []);
  });

  it('stays quiet on what does not add: rates, averages, text, a row that adds in no column', () => {
    // A rate column, and a 合计 row whose rate is the whole's rate, not a sum.
    assert.deepEqual(run(RULE, notice(['区域\t资金（万元）\t增长率（%）', '东城区\t100\t5.2', '西城区\t200\t3.1', '合计\t300\t3.8'])), []);
    // Rounded shares: 33.3 × 3 = 99.9 against 100.0.
    assert.deepEqual(run(RULE, notice(['区域\t资金（万元）\t份额', '东城区\t100\t33.3', '西城区\t100\t33.3', '南湖区\t100\t33.3', '合计\t300\t100.0'])), []);
    // A figure written with words (约50) leaves its column unchecked.
    assert.deepEqual(run(RULE, notice(['区域\t资金（万元）\t人数', '东城区\t100\t约50', '西城区\t200\t30', '合计\t300\t90'])), []);
    // Nothing adds up: the row is not a sum of these rows (an average, another table's total).
    assert.deepEqual(run(RULE, notice(['区域\t资金（万元）\t里程（公里）', '东城区\t100\t10', '西城区\t200\t30', '合计\t150\t20'])), []);
    // Figures per unit or averages: 单产（公斤/亩）, 户均, 人口密度.
    assert.deepEqual(run(RULE, notice(['县（市、区）\t播种面积（万亩）\t总产量（万吨）\t单产（公斤/亩）', '临川县\t68.5\t30.14\t440', '云溪县\t52.3\t22.49\t430', '合计\t120.8\t52.63\t436'])), []);
    assert.deepEqual(run(RULE, notice(['区域\t户厕改造（户）\t奖补资金（万元）\t户均奖补（元）', '青河区\t2000\t560\t2800', '北塘区\t1500\t420\t2800', '合计\t3500\t980\t2800'])), []);
    assert.deepEqual(run(RULE, notice(['区域\t人口（万人）\t面积（平方公里）\t人口密度', '江北区\t60.2\t120\t5017', '江南区\t55.1\t98\t5622', '合计\t115.3\t218\t5289'])), []);
    // A single column of figures is its own proof, and dashes count as none.
    assert.equal(run(RULE, notice(['序号\t考核项目\t分值', '1\t质量发展\t30', '2\t质量安全\t—', '3\t质量基础\t20', '合计\t\t60'])).length, 1);
    assert.deepEqual(run(RULE, notice(['序号\t考核项目\t分值', '1\t质量发展\t30', '2\t质量安全\t—', '3\t质量基础\t20', '合计\t\t50'])), []);
  });

  it('adds figures written with their unit (5280万元) to those of the same unit, and keeps the unit in the sum offered', () => {
    const rows = (total: string) => ['序号\t项目\t投资额\t个数', '1\t道路提升\t3200万元\t12个', '2\t管网改造\t2080万元\t8个', `合计\t\t${total}\t20个`];
    assert.deepEqual(run(RULE, notice(rows('5280万元'))), []);
    const text = notice(rows('5380万元'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['合计为5380万元，上列2行之和为5280万元 (the total is not the sum of the rows above: 5280万元)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '5380万元');
    assert.equal(suggested(RULE, text), notice(rows('5280万元')));
    // 万元 over 亿元 rows: not one measure, left alone.
    assert.deepEqual(run(RULE, notice(['序号\t项目\t投资额\t个数', '1\t道路提升\t1.2亿元\t12个', '2\t管网改造\t2080万元\t8个', '合计\t\t3280万元\t20个'])), []);
  });

  it('adds the rows of a table a page number cuts in two', () => {
    const rows = (total: string) => ['地区\t合计（万元）\t市级资金（万元）', '江北区\t1,200\t800', '江南区\t900\t600', '', '— 2 —', '', '临川县\t700\t500', `合计\t${total}\t1,900`];
    assert.deepEqual(run(RULE, notice(rows('2,800'))), []);
    assert.deepEqual(run(RULE, notice(rows('2,900'))).map((f) => f.message), ['合计为2,900，上列3行之和为2,800 (the total is not the sum of the rows above: 2,800)']);
  });
});

describe(`${RULE}: the table of applications of a 政府信息公开工作年度报告`, () => {
  const rows = (total: string) => [
    '\t自然人\t商业企业\t总计',
    '一、本年新收政府信息公开申请数量\t268\t30\t298', '二、上年结转政府信息公开申请数量\t10\t2\t12', '三、本年度办理结果',
    '（一）予以公开\t96\t12\t108', '（二）部分公开\t38\t5\t43',
    '（三）不予公开\t1．属于国家秘密\t0\t0\t0', '\t2．保护第三方合法权益\t3\t1\t4',
    '（四）无法提供\t1．本机关不掌握相关政府信息\t78\t8\t86', '\t2．没有现成信息需要另行制作\t6\t1\t7',
    '（五）其他处理\t44\t4\t48', `（七）总计\t${total}\t31\t296`, '四、结转下年度继续办理\t13\t2\t15',
  ];

  it('adds (七)总计 from the items of 三、 down, the sub-items\' rows read in line with it', () => {
    assert.deepEqual(run(RULE, notice(rows('265'))), []);
    assert.deepEqual(run(RULE, notice(rows('266'))).map((f) => f.message), ['总计为266，上列7行之和为265 (the total is not the sum of the rows above: 265)']);
  });
});

describe(`${RULE}: a scoring table whose 序号 column numbers groups 一 二 over items 1 2`, () => {
  const rows = (group2: string, total: string) => [
    '序号\t考核内容\t分值\t评分标准',
    '一\t组织体系建设\t20\t', '1\t河湖长履职\t12\t未按规定履职的，每人次扣1分', '2\t河长制办公室运行\t8\t未按规定召开会议的，扣1分',
    `二\t河湖管理保护\t${group2}\t`, '3\t水资源保护\t10\t用水总量超过控制指标的，扣5分', '4\t水污染防治\t15\t入河排污口整治未完成的，扣5分',
    '三\t河湖治理成效\t55\t', '5\t河湖水质达标\t35\t断面水质达标率每下降1个百分点，扣2分', '6\t公众满意度\t20\t按满意率折算得分',
    `合计\t\t${total}\t`,
  ];

  it('adds the groups\' scores, not the groups and their items together', () => {
    assert.deepEqual(run(RULE, notice(rows('25', '100'))), []);
  });

  it('still reports a total that is not the sum of the groups, nor of the items', () => {
    assert.deepEqual(run(RULE, notice(rows('25', '110'))).map((f) => f.message), ['合计为110，上列3行之和为100 (the total is not the sum of the rows above: 100)']);
    assert.deepEqual(run(RULE, notice(rows('30', '100'))).map((f) => f.message), ['合计为100，上列3行之和为105 (the total is not the sum of the rows above: 105)']);
  });

  it('adds the items where the group rows leave their score blank', () => {
    const blankGroups = (total: string) => rows('', total).map((r) => r.replace(/^(一|三)\t(.*)\t\d+\t$/, '$1\t$2\t\t'));
    assert.deepEqual(run(RULE, notice(blankGroups('100'))), []);
    assert.deepEqual(run(RULE, notice(blankGroups('90'))).map((f) => f.message), ['合计为90，上列6行之和为100 (the total is not the sum of the rows above: 100)']);
  });

  it('adds a 小计 under its group\'s row over the items alone: the group\'s row carries the same figures', () => {
    const plan = (sub: string) =>
      notice([
        '序号\t项目名称\t建设内容及规模\t总投资（亿元）\t年度计划投资（亿元）\t责任单位',
        '一、产业项目（3个）\t\t\t163.5\t40.5\t',
        '1\t新能源电池材料产业园\t建设年产10万吨正极材料生产线\t85.0\t22.0\t经济技术开发区管委会',
        '2\t半导体封装测试基地\t建设先进封装测试厂房32万平方米\t42.5\t10.0\t江北新区管委会',
        '3\t高端装备智能制造产业园\t建设智能数控机床生产基地\t36.0\t8.5\t临湖县人民政府',
        `小计\t\t\t${sub}\t40.5\t`,
        '二、社会民生项目（2个）\t\t\t57.0\t16.5\t',
        '4\t市第一人民医院新院区\t新建床位1200张\t32.0\t9.0\t市卫生健康委',
        '5\t职业技术学院新校区\t规划在校生1.2万人\t25.0\t7.5\t市教育局',
        '小计\t\t\t57.0\t16.5\t',
        '合计\t\t\t220.5\t57.0\t',
      ]);
    assert.deepEqual(run(RULE, plan('163.5')), []);
    assert.deepEqual(run(RULE, plan('173.5')).map((f) => f.message), ['小计为173.5，上列3行之和为163.5 (the subtotal is not the sum of the rows above: 163.5)']);
  });
});

describe(`${RULE}: a figure the text states against its attachment table's 合计`, () => {
  const plan = (sentence: string, total = '606.0\t151.0', header = '序号\t项目名称\t总投资（亿元）\t年度计划投资（亿元）\t责任单位') =>
    [
      '某市人民政府关于下达2025年市重大项目建设计划的通知', '', '某政发〔2025〕4号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　一、计划安排', '', `　　${sentence}`, '', '　　附件：2025年市重大项目建设计划表', '', '某市人民政府', '', '2025年3月6日', '', '附件', '',
      '2025年市重大项目建设计划表', '', header,
      '1\t新能源电池材料产业园\t385.0\t92.0\t市经信局', '2\t城市轨道交通1号线一期\t158.0\t35.0\t市交通运输局', '3\t市第一人民医院新院区\t63.0\t24.0\t市卫生健康委',
      `合计\t\t${total}\t`, '',
    ].join('\n');
  const whole = (total: string, annual = '151.0') =>
    `2025年共安排市重大项目3个，总投资${total}亿元，年度计划投资${annual}亿元。其中，产业项目1个，总投资385.0亿元，年度计划投资92.0亿元；基础设施项目1个，总投资158.0亿元。`;

  it('reports the text\'s figure for the whole that is not the 合计 of the column of its name and unit', () => {
    const text = plan(whole('616.0'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['正文称总投资616.0亿元，附件表“合计”为606.0亿元 (the text states 616.0, the table\'s total is 606.0)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '616.0亿元');
    assert.equal(text.slice(found[0].related![0].range.start, found[0].related![0].range.end), '606.0');
    assert.deepEqual(run(RULE, plan(whole('606.0', '115.0'))).map((f) => f.message), ['正文称年度计划投资115.0亿元，附件表“合计”为151.0亿元 (the text states 115.0, the table\'s total is 151.0)']);
    assert.deepEqual(run(RULE, plan('计划安排项目3个，总投资为616.0亿元。')).length, 1);
  });

  it('is quiet on figures that agree, parts, rough figures, other units and names, and an ambiguous or unsound column', () => {
    for (const s of [
      whole('606.0'),
      whole('606'),
      '总投资约616亿元，年度计划投资超过150亿元。',
      '总投资600亿元以上，年度计划投资150亿元左右。',
      '总投资6160000万元。',
      '2024年总投资616.0亿元，2025年总投资606.0亿元。',
      '共安排项目3个。其中，总投资385.0亿元的产业项目1个。',
      '新增计划投资115.0亿元。',
      '产业项目总投资385.0亿元。',
      // The year's whole programme, of which the table is a first batch: another count of items.
      '2025年全市共安排市重点建设项目300个，总投资2800.0亿元。现将第一批项目计划下达给你们。',
    ]) assert.deepEqual(run(RULE, plan(s)), [], s);
    // Two columns of the name, no single 合计 row, a column without its unit.
    assert.deepEqual(run(RULE, plan(whole('616.0'), '606.0\t151.0', '序号\t项目名称\t总投资（亿元）\t总投资（亿元）\t责任单位')), []);
    assert.deepEqual(run(RULE, plan(whole('616.0'), '606.0\t151.0', '序号\t项目名称\t总投资\t年度计划投资\t责任单位')), []);
    // The 合计 that does not add up is the row reported, not the text.
    assert.deepEqual(run(RULE, plan(whole('606.0'), '616.0\t151.0')).map((f) => f.message), ['合计为616.0，上列3行之和为606.0 (the total is not the sum of the rows above: 606.0)']);
  });
});

describe(`${RULE}: a table whose unit its caption gives (单位：亿元)`, () => {
  const plan = (sentence: string, caption: string[], header = '序号\t项目名称\t总投资\t年度计划投资\t责任单位') =>
    [
      '某市人民政府关于下达2025年市重大项目建设计划的通知', '', '某政发〔2025〕4号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　一、计划安排', '', `　　${sentence}`, '', '　　附件：2025年市重大项目建设计划表', '', '某市人民政府', '', '2025年3月6日', '', '附件', '',
      ...caption, header,
      '1\t新能源电池材料产业园\t385.0\t92.0\t市经信局', '2\t城市轨道交通1号线一期\t158.0\t35.0\t市交通运输局', '3\t市第一人民医院新院区\t63.0\t24.0\t市卫生健康委',
      '合计\t\t606.0\t151.0\t', '',
    ].join('\n');
  const whole = (total: string) => `2025年共安排市重大项目3个，总投资${total}亿元，年度计划投资151.0亿元。`;
  const captions = [
    ['2025年市重大项目建设计划表', '', '单位：亿元', ''],
    ['2025年市重大项目建设计划表', '单位：亿元'],
    ['单位：亿元', '2025年市重大项目建设计划表', ''],
    ['2025年市重大项目建设计划表　　　　单位：亿元', ''],
    ['2025年市重大项目建设计划如下（单位：亿元）：', ''],
    ['2025年市重大项目建设计划表', '金额单位：亿元', ''],
  ];

  it('reads the columns without a unit of their own in the caption\'s unit', () => {
    for (const caption of captions) {
      assert.deepEqual(run(RULE, plan(whole('606.0'), caption)), [], caption.join('|'));
      assert.deepEqual(run(RULE, plan(whole('616.0'), caption)).map((f) => f.message), [
        '正文称总投资616.0亿元，附件表“合计”为606.0亿元 (the text states 616.0, the table\'s total is 606.0)',
      ], caption.join('|'));
    }
    // Any unit a table's cells may be written with (万人次).
    const power = (total: string) =>
      plan(`2025年共安排文旅项目3个，接待游客${total}万人次。`, ['2025年市文旅项目接待计划表', '单位：万人次', ''], '序号\t项目名称\t接待游客\t年度计划投资\t责任单位');
    assert.deepEqual(run(RULE, power('606.0')), []);
    assert.equal(run(RULE, power('616.0')).length, 1);
    // A column with its own unit keeps it.
    const own = plan(whole('616.0'), captions[0], '序号\t项目名称\t总投资（万元）\t年度计划投资\t责任单位');
    assert.deepEqual(run(RULE, own).map((f) => f.message), []);
  });

  it('takes no unit from a caption that is not the table\'s', () => {
    // No caption, a unit of another kind of thing, a responsible unit, a unit over another table.
    for (const caption of [
      ['2025年市重大项目建设计划表', ''],
      ['2025年市重大项目建设计划表', '填报单位：市发展改革委', ''],
      ['2025年市重大项目建设计划表（牵头单位：市发展改革委）', ''],
      ['单位：亿元', '序号\t指标\t数值', '1\t地区生产总值\t606.0', '', '2025年市重大项目建设计划表', ''],
    ]) assert.deepEqual(run(RULE, plan(whole('616.0'), caption)), [], caption.join('|'));
  });
});

describe(`${RULE}: a table by place whose 全市 row is the whole area's`, () => {
  /** A notice issuing a table by county, its rows given as TAB lines under its caption. */
  const bulletin = (rows: string[], caption = '2024年分县（市、区）主要经济指标') =>
    [
      '某市统计局关于公布2024年分县（市、区）主要统计数据的通知', '', '某统〔2025〕8号', '', '各县（市、区）统计局：', '',
      '　　现将2024年分县（市、区）主要统计数据印发给你们（见附件），请在发布和引用时以此为准。', '', '附件：2024年分县（市、区）主要经济指标', '',
      '某市统计局', '', '2025年3月18日', '', '附件', '', caption, '', ...rows, '',
      '　　注：部分数据因四舍五入的原因，存在总计与分项合计不等的情况。', '',
    ].join('\n');
  const messages = (rows: string[], caption?: string) => run(RULE, bulletin(rows, caption)).map((f) => f.message);
  const counties = ['县（市、区）\t地区生产总值（亿元）\t比上年增长（%）', '江北区\t812.5\t6.0', '海门区\t604.3\t5.9', '临湖县\t428.6\t5.5', '石塘县\t376.9\t5.7', '云门市\t364.1\t5.6'];

  it('reports a 全市 row that is not the sum of the places above it, in a column of amounts, and offers the sum', () => {
    const text = bulletin([...counties, '全市\t2568.4\t5.8']);
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['全市为2568.4，上列5行之和为2586.4 (the whole area\'s row is not the sum of the places above: 2586.4)']);
    assert.equal(suggested(RULE, text), bulletin([...counties, '全市\t2586.4\t5.8']));
  });

  it('reads a 全市 row printed first, a place\'s 其中 rows left out, and columns in a caption\'s unit', () => {
    assert.deepEqual(messages(['地区\t常住人口（万人）\t城镇人口（万人）', '全市\t321.6\t218.4', '江北区\t98.2\t80.1', '海门区\t76.5\t58.3', '临湖县\t72.4\t42.6', '石塘县\t65.5\t37.4']), [
      '全市为321.6，下列4行之和为312.6 (the whole area\'s row is not the sum of the places below: 312.6)',
    ]);
    // 高新区 is in 江北区's figures already.
    assert.deepEqual(messages(['县（市、区）\t企业数（家）\t营业收入（亿元）', '江北区\t420\t812.5', '其中：高新区\t160\t402.3', '海门区\t310\t604.3', '临湖县\t260\t428.6', '全市\t990\t1854.4']), [
      '全市为1854.4，上列3行之和为1845.4 (the whole area\'s row is not the sum of the places above: 1845.4)',
    ]);
    assert.deepEqual(
      messages(['地区\t新增债务限额\t一般债务限额\t专项债务限额', '市本级\t302000\t42000\t260000', '江北区\t138000\t18000\t120000', '海门区\t111000\t16000\t95000', '全市\t551000\t67000\t475000'], '2025年新增政府债务限额分配表\n\n单位：万元'),
      ['全市为67000，上列3行之和为76000 (the whole area\'s row is not the sum of the places above: 76000)'],
    );
  });

  it('is quiet where the whole adds up or misses by rounding, and on rates, averages and rows that are no places', () => {
    for (const rows of [
      [...counties, '全市\t2586.4\t5.8'],
      // Rounded apart from the places: 2586.6 over 2586.4.
      [...counties, '全市\t2586.6\t5.8'],
      // A 全市平均 row of standards and their rise: averages, never sums.
      ['县（市、区）\t调整前（元/人·月）\t调整后（元/人·月）\t增加额（元）\t增幅（%）', '江北区\t980\t1050\t70\t7.1', '海门区\t960\t1030\t70\t7.3', '临湖县\t900\t970\t70\t7.8', '全市平均\t943\t1013\t70\t7.4'],
      // Figures per head and shares: 全市 is not their sum.
      ['县（市、区）\t人均可支配收入（元）\t占全市比重（%）', '江北区\t52310\t31.4', '海门区\t48620\t23.4', '临湖县\t36120\t16.6', '全市\t45210\t100.0'],
      // A column of amounts next to one in 元 (per head): the amounts add up, the one in 元 is not read.
      ['县（市、区）\t常住人口（万人）\t城镇居民可支配收入（元）', '江北区\t98.2\t56320', '海门区\t76.5\t51240', '临湖县\t72.4\t43860', '全市\t247.1\t51820'],
      // Rows of years under 全市 (a plan's table by area and year), not places.
      ['区域\t年度\t路面维修（公里）', '全市\t2024年\t410', '\t2025年\t455', '江北区\t2024年\t25', '\t2025年\t28'],
      // Rows that are no places, under a header that names none.
      ['指标\t绝对数（亿元）', '第一产业\t186.2', '第二产业\t1042.7', '第三产业\t1357.5', '全市\t2568.4'],
      // Both columns of amounts off: the row is no sum of these rows.
      ['县（市、区）\t地区生产总值（亿元）\t一般公共预算收入（亿元）', '江北区\t812.5\t62.1', '海门区\t604.3\t41.8', '临湖县\t428.6\t28.3', '全市\t1945.2\t142.6'],
    ]) assert.deepEqual(messages(rows), [], rows.join(' / '));
  });
  it('reads a whole off from its places as a slip only where it is their sum with a digit changed or two swapped', () => {
    for (const rows of [
      // The city's revenue holds 市本级's, no row of the counties' (4 rows give 107.4): population and GDP add up.
      ['县（市、区）\t常住人口（万人）\t地区生产总值（亿元）\t一般公共预算收入（亿元）', '江北区\t98.2\t812.5\t42.1', '海门区\t76.5\t604.3\t31.8', '临湖县\t72.4\t428.6\t18.3', '石塘县\t65.5\t376.9\t15.2', '全市\t312.6\t2222.3\t168.6'],
      // GDP accounted for the city as one, a little off the counties' (2586.4).
      [...counties, '全市\t2590.1\t5.8'],
      // A 开发区 listed apart and within its county too: the rows make more than the whole.
      ['县（市、区）\t常住人口（万人）\t规模以上工业企业（家）', '江北区\t98.2\t420', '海门区\t76.5\t310', '临湖县\t72.4\t260', '经济技术开发区\t—\t150', '全市\t247.1\t990'],
      // A whole rounded to one decimal over places given to two: 236.07.
      ['县（市、区）\t乡镇（个）\t行政村（个）\t户籍人口（万人）', '江北区\t8\t96\t85.34', '海门区\t10\t120\t70.12', '临湖县\t12\t188\t80.61', '全市\t30\t404\t236.1'],
    ]) assert.deepEqual(messages(rows), [], rows.join(' / '));
    // One digit changed: 2596.4 for 2586.4.
    assert.deepEqual(messages([...counties, '全市\t2596.4\t5.8']), ['全市为2596.4，上列5行之和为2586.4 (the whole area\'s row is not the sum of the places above: 2586.4)']);
  });

  it('reads the places after a 序号 column, the whole\'s name in either of the first two cells', () => {
    const numbered = (whole: string) => ['序号\t县（市、区）\t地区生产总值（亿元）\t比上年增长（%）', ...counties.slice(1).map((r, k) => `${k + 1}\t${r}`), whole];
    const found = '全市为2596.4，上列5行之和为2586.4 (the whole area\'s row is not the sum of the places above: 2586.4)';
    assert.deepEqual(messages(numbered('\t全市\t2596.4\t5.8')), [found]);
    assert.deepEqual(messages(numbered('全市\t\t2596.4\t5.8')), [found]);
    assert.deepEqual(messages(numbered('6\t全市\t2596.4\t5.8')), [found]);
    // The sum; and a 序号 column under a header naming no places, its rows no places either.
    assert.deepEqual(messages(numbered('\t全市\t2586.4\t5.8')), []);
    assert.deepEqual(messages(['序号\t指标\t绝对数（亿元）', '1\t第一产业\t186.2', '2\t第二产业\t1042.7', '3\t第三产业\t1357.5', '\t全市\t2568.4']), []);
  });

  it('reads no slip in a column where another is off by more: the whole holds what no row lists (市直 schools)', () => {
    const schools = (whole: string) => [
      '县（市、区）\t学校数（所）\t其中：乡镇学校（所）\t在校学生（人）\t专任教师（人）',
      '江北区\t86\t41\t98650\t6820', '海门区\t72\t45\t76420\t5310', '临湖县\t64\t52\t52380\t3960', '石塘县\t83\t67\t61240\t4580', whole,
    ];
    // 4 市直 schools, their pupils and teachers: 学校数 is off by a digit, 在校学生 and 专任教师 by more; 乡镇学校 adds up.
    assert.deepEqual(messages(schools('全市\t309\t205\t301860\t22150')), []);
    // The whole of the places' rows with one digit changed, every other column adding up: a slip.
    assert.deepEqual(messages(schools('全市\t309\t205\t288690\t20670')), ['全市为309，上列4行之和为305 (the whole area\'s row is not the sum of the places above: 305)']);
  });
});

describe(`${RULE}: a 完成率（%） column against the 计划 and 完成 columns left of it`, () => {
  const rows = [
    '全市\t28000\t16200\t57.9\t3500\t2126\t60.7',
    '兰江区\t8000\t4800\t60.0\t1000\t620\t62.0',
    '澧北区\t6000\t3600\t60.0\t800\t480\t60.0',
    '石门县\t5000\t2750\t55.0\t600\t356\t59.3',
    '临溪县\t4500\t2450\t54.4\t550\t330\t60.0',
    '津澧市\t4500\t2600\t57.8\t550\t340\t61.8',
  ];
  const table = (body: readonly string[], header = '\t计划（人）\t完成（人）\t完成率（%）\t计划（人）\t完成（人）\t完成率（%）') =>
    [
      '某市人民政府办公室关于2025年上半年重点民生实事推进情况的通报', '', '某政办发〔2025〕31号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　各县（市、区）完成情况见附件。', '', '　　附件：2025年上半年新增城镇就业完成情况表', '', '某市人民政府办公室', '', '2025年7月25日', '',
      '附件', '', '2025年上半年新增城镇就业完成情况表', '',
      '县（市、区）\t城镇新增就业\t\t\t帮扶就业困难人员就业', header, ...body,
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('is quiet on rates each row gives, rounded or cut, under a two-row header', () => {
    assert.deepEqual(messages(table(rows)), []);
    // Cut rather than rounded (56.66… printed 56.6), and figures in 万 with decimals, rounded themselves.
    assert.deepEqual(messages(table(['兰江区\t30\t17\t56.6\t1.32\t0.86\t65.2'])), []);
    // A rate column with no 计划 beside it (完成率 of a 目标 given elsewhere) is not read.
    assert.deepEqual(messages(table(['兰江区\t8000\t4800\t99.0'], '\t完成（人）\t增长（人）\t完成率（%）')), []);
  });

  it('flags a row whose rate is not its done over its planned', () => {
    const wrong = rows.map((r) => r.replace('石门县\t5000\t2750\t55.0', '石门县\t5000\t2750\t50.5'));
    assert.deepEqual(messages(table(wrong)), ['完成率为50.5，按本行完成数÷计划数应约为55.0 (the rate is not this row\'s done over planned: about 55.0)']);
    const second = rows.map((r) => r.replace('600\t356\t59.3', '600\t356\t53.9'));
    assert.equal(messages(table(second)).length, 1);
    // A plan named for its year (年度计划投资), amounts in 亿元 with decimals: the 合计 row's rate is read too.
    const investment = (rate: string) => table(['产业项目\t98.2\t76.4\t77.8', `合计\t186.5\t142.6\t${rate}`], '类别\t年度计划投资\t完成投资\t完成率（%）');
    assert.deepEqual(messages(investment('76.5')), []);
    assert.equal(messages(investment('67.5')).length, 1);
  });

  it('reads rates written with their sign and a 累计完成 column beside a month\'s', () => {
    const signed = rows.map((r) => r.replace(/\t([0-9.]+)$/, '\t$1%'));
    assert.deepEqual(messages(table(signed)), []);
    assert.deepEqual(messages(table(signed.map((r) => r.replace('62.0%', '26.0%')))), ['完成率为26.0%，按本行完成数÷计划数应约为62.0 (the rate is not this row\'s done over planned: about 62.0)']);
    const cumulative = (rate: string) => table([`产业项目\t86.4\t8.2\t46.3\t${rate}\t50.0`], '类别\t年度计划\t当月完成\t累计完成\t完成率（%）\t序时进度（%）');
    assert.deepEqual(messages(cumulative('53.6')), []);
    assert.deepEqual(messages(cumulative('56.3')), ['完成率为56.3，按本行完成数÷计划数应约为53.6 (the rate is not this row\'s done over planned: about 53.6)']);
  });

  it('is quiet where the header row naming the rates lost its empty first cell (its names stand over other columns)', () => {
    const shifted = '计划（人）\t完成（人）\t完成率（%）\t计划（人）\t完成（人）\t完成率（%）';
    assert.deepEqual(messages(table(rows, shifted)), []);
    // Nor are its rates added up as the 合计 row's (120.0 over 60.0).
    assert.deepEqual(messages(table(['兰江区\t8000\t4800\t60.0\t1000\t620\t62.0', '澧北区\t6000\t3600\t60.0\t800\t480\t60.0', '合计\t14000\t8400\t60.0\t1800\t1100\t61.1'], shifted)), []);
  });
});
