import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';
import { analyze, lintIssue, parseIssue, resolveConfig, ruleById } from '../../server/src/engine';

const RULE = 'responsible-unit/missing';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports exactly the rows of SX 15号 whose 牵头 and 配合 cells are both empty, and nothing in J18/J19', () => {
    assert.deepEqual(lines(corpus('SX'), run(RULE, corpus('SX'))), [540, 543, 545, 556]);
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('flags a (N) item of J19 34号 whose annotation was removed (siblings of other sections count too)', () => {
    const text = inject(excerpt('J19', 428, 527), '(市商务局负责)', '');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [490 - 427]);
    assert.match(found[0].message, /未标注责任单位/);
  });

  it('flags a numbered item of SX 15号 whose annotation was removed', () => {
    const text = inject(excerpt('SX', 372, 577), '同服务模式。(责任单位:市卫生计生委)', '同服务模式。');
    assert.deepEqual(lines(text, run(RULE, text)), [443, 540, 543, 545, 556].map((l) => l - 371));
  });

  it('flags a table row whose unit cell was emptied', () => {
    const text = inject(excerpt('SX', 372, 577), '组织编撰出版1-2部中医药学术著作。\t\t市文广局', '组织编撰出版1-2部中医药学术著作。\t\t');
    assert.deepEqual(lines(text, run(RULE, text)), [539, 540, 543, 545, 556].map((l) => l - 371));
  });

  it('treats rows without 序号 as sub-tasks when they usually name units (SX 48号)', () => {
    const base = excerpt('SX', 1297, 1413);
    assert.deepEqual(run(RULE, base), []);
    const text = inject(base, '制定完善个人公共信用信息目录、分类标准和共享交换规范。\t市发改委', '制定完善个人公共信用信息目录、分类标准和共享交换规范。\t');
    assert.deepEqual(lines(text, run(RULE, text)), [1399 - 1296]);
  });

  it('does not demand units where a document never uses them, nor in sections that do without', () => {
    assert.deepEqual(run(RULE, excerpt('J18', 65, 125)), []); // 68号: no annotations at all
    // J18 69号: only the (一)-(五) of 三、 carry units; 四、-六、 have none and are left alone.
    assert.deepEqual(run(RULE, excerpt('J18', 126, 204)), []);
  });

  it('reads an annotation that closes with a remark on the items below (，以下均需…落实，不再列出)', () => {
    const remark = '(市商务局负责,以下均需各县(市、区)政府落实,不再列出)';
    const text = inject(excerpt('J19', 428, 527), '(市商务局负责)', remark);
    assert.deepEqual(run(RULE, text), []);
    // The remark names no unit of its own: the annotation's units are those before it.
    const issue = parseIssue(text);
    const annotation = issue.documents.flatMap((d) => d.tasks).flatMap((t) => t.annotations).find((a) => a.content.includes('不再列出'))!;
    assert.deepEqual(annotation.units.map((u) => [u.name, u.role]), [['市商务局', 'responsible']]);
    const at = text.indexOf(remark);
    assert.deepEqual(analyze(text).findings.filter((f) => f.range.end > at && f.range.start < at + remark.length), [], 'nothing on the annotation');
    // Role clauses side by side, and 落实 for the units that carry a task out.
    for (const variant of ['(市商务局负责;各县(市、区)政府负责,以下不再列出)', '(市商务局负责,各县(市、区)政府落实,以下不再列出)']) {
      const t = inject(excerpt('J19', 428, 527), '(市商务局负责)', variant);
      assert.deepEqual(run(RULE, t), [], variant);
      const a = parseIssue(t).documents.flatMap((d) => d.tasks).flatMap((k) => k.annotations).find((x) => x.content.includes('不再列出'))!;
      assert.deepEqual(a.units.map((u) => [u.name, u.role]), [['市商务局', 'responsible'], ['各县(市、区)政府', 'responsible']], variant);
    }
    // Text in brackets that only looks like one (a remark with no unit before it) is still no annotation.
    const prose = inject(excerpt('J19', 428, 527), '(市商务局负责)', '(以下均需落实,不再列出)');
    assert.deepEqual(lines(prose, run(RULE, prose)), [490 - 427]);
  });

  it('leaves a malformed annotation to the other rules', () => {
    const text = inject(excerpt('J19', 428, 527), '(市商务局负责)', '(市商务局负责');
    assert.deepEqual(run(RULE, text), []);
  });
});

describe(`${RULE}: a closing clause numbered as the last item`, () => {
  const measures = (last: string) =>
    [
      '瓯江市人民政府关于印发瓯江市养老服务若干措施的通知', '', '瓯政发〔2024〕18号', '', '各县（市、区）人民政府，市政府直属各单位：', '',
      '现将《瓯江市养老服务若干措施》印发给你们，请认真贯彻执行。', '', '瓯江市人民政府', '2024年6月24日', '', '瓯江市养老服务若干措施', '',
      '1．加强社区养老服务设施配建。（责任单位：市住建局、市民政局）', '', '2．推进区域养老服务中心建设。（责任单位：市民政局）', '',
      '3．建设智慧养老服务平台。（责任单位：市民政局、市数据局）', '', '4．推广智能养老产品应用。（责任单位：市民政局）', '', `5．${last}`,
    ].join('\n');

  it('asks no unit of the clause on when the document takes effect, who interprets it, how long it holds', () => {
    for (const clause of [
      '本措施自2024年8月1日起施行，有效期至2026年12月31日。',
      '本若干措施自印发之日起实施。',
      '自2024年8月1日起施行，此前规定与本措施不一致的，以本措施为准。',
      '本措施由市民政局负责解释。',
      '有效期3年。',
    ]) assert.deepEqual(run(RULE, measures(clause)), [], clause);
  });

  it('still asks one of a task, also one that mentions a date', () => {
    for (const task of ['加快养老护理员队伍建设，2024年底前完成培训1000人次。', '推动《瓯江市养老服务条例》配套制度自2024年起分步实施。']) {
      const text = measures(task);
      assert.deepEqual(lines(text, run(RULE, text)), [22], task);
    }
  });

});

describe(`${RULE}: group rows, wrapped labels, 起草单位 and lead units`, () => {
  const notice = (...body: string[]) =>
    [
      '某市人民政府办公室关于2025年第一季度重点工作督查情况的通报', '', '某政办发〔2025〕21号', '', '各县（市、区）人民政府，市政府各部门：', '',
      ...body, '', '某市人民政府办公室', '2025年4月28日', '',
    ].join('\n');

  it('reads a label a wrap broke (（整改责任单 / 位：…) as the annotation it is', () => {
    const problems = (first: string) =>
      notice(
        '　　三、存在问题', '',
        `　　（一）部分重大项目开工滞后。全市仍有6个重大项目未按期开工。${first}`, '',
        '　　（二）部分民生实事项目进度偏慢。（整改责任单位：市住房城乡建设局、市交通运输局；整改时限：2025年7月31日前）', '',
        '　　（三）部分政务服务事项办理不够便捷。（整改责任单位：市数据资源管理局；整改时限：2025年9月30日前）', '',
        '　　（四）个别地方安全生产隐患整改不到位。（整改责任单位：市应急管理局；整改时限：2025年5月31日前）',
      );
    assert.deepEqual(run(RULE, problems('（整改责任单\n位：市发展改革委、市自然资源和规划局；整改时限：2025年6月30日前）')), []);
    assert.deepEqual(run(RULE, problems('（整改责任\n单位：市发展改革委；整改时\n限：2025年6月30日前）')), []);
    const text = problems('（整改时限：2025年6月30日前）');
    assert.deepEqual(lines(text, run(RULE, text)), [9]);
  });

  it('takes a 起草单位 as a legislative item\'s unit', () => {
    const items = (fourth: string) =>
      notice(
        '　　三、调研项目（共4件）', '',
        '　　1．某市电梯安全管理条例（起草单位：市市场监管局）', '',
        '　　2．某市农村生活垃圾分类管理办法（起草单位：市农业农村局）', '',
        '　　3．某市海绵城市建设管理办法（起草单位：市住房城乡建设局）', '',
        `　　4．某市殡葬管理办法${fourth}`,
      );
    assert.deepEqual(run(RULE, items('（起草单位：市民政局）')), []);
    const text = items('');
    assert.deepEqual(lines(text, run(RULE, text)), [15]);
  });

  it('reads a unit label closing an item\'s sentence without brackets (…，起草单位：A、B。) as its annotation', () => {
    const items = (third: string) =>
      notice(
        '　　一、提请审议项目（共4件）', '',
        '　　1．《某市城市绿化条例（修订）》（起草单位：市城市管理局）', '',
        '　　2．《某市电动自行车管理办法》（起草单位：市公安局）', '',
        `　　3．《某市公共资源交易管理办法（修订）》${third}`, '',
        '　　4．《某市物业管理办法》（起草单位：市住房城乡建设局）',
      );
    assert.deepEqual(run(RULE, items('，起草单位：市公共资源交易中心、市发展改革委。')), []);
    const units = parseIssue(items('，起草单位：市公共资源交易中心、市发展改革委。')).documents[0].tasks.flatMap((t) => t.annotations.map((a) => a.units.map((u) => u.name).join('、')));
    assert.ok(units.includes('市公共资源交易中心、市发展改革委'), units.join(' | '));
    // A sentence that merely mentions units is no annotation: the item is still reported.
    const text = items('，由起草单位会同有关部门开展立法调研。');
    assert.deepEqual(lines(text, run(RULE, text)), [13]);
  });

  it('is quiet on a group row in the 序号 column of a responsibility table (一、产业项目（2个） with its subtotals)', () => {
    const text = notice(
      '　　现将2025年市重大项目建设计划下达给你们。', '',
      '序号\t项目名称\t总投资（亿元）\t责任单位',
      '一、产业项目（2个）\t\t127.5\t',
      '1\t新能源电池材料产业园\t85.0\t经济技术开发区管委会',
      '2\t半导体封装测试基地\t42.5\t江北新区管委会',
      '小计\t\t127.5\t',
      '二、社会民生项目（2个）\t\t57.0\t',
      '3\t市第一人民医院新院区\t32.0\t市卫生健康委',
      '4\t职业技术学院新校区\t25.0\t市教育局',
      '小计\t\t57.0\t',
      '合计\t\t184.5\t',
    );
    assert.deepEqual(run(RULE, text), []);
    const unnamed = text.replace('市卫生健康委', '');
    assert.deepEqual(lines(unnamed, run(RULE, unnamed)), [15]);
  });

  it('asks no unit of a row gathering the rest (其他续建项目（12个）)', () => {
    const table = (last: string) =>
      notice(
        '　　现将2025年第一批市级重点项目计划下达给你们。', '',
        '序号\t项目名称\t总投资（亿元）\t责任单位',
        '1\t岷山大道快速化改造工程\t18.6\t市交通运输局',
        '2\t市第二人民医院迁建工程\t12.3\t市卫生健康委',
        '3\t岷江新区综合管廊工程\t9.8\t岷江新区管委会',
        `4\t${last}\t6.1\t`,
      );
    assert.deepEqual(run(RULE, table('其他续建项目（12个）')), []);
    const text = table('城东污水处理厂提标改造工程');
    assert.deepEqual(lines(text, run(RULE, text)), [13]);
  });

  describe('a lead unit its siblings name', () => {
    const projects = (third: string) =>
      notice(
        '　　一、2025年市政府民生实事项目', '',
        '　　1．新增城镇就业5万人。（牵头单位：市人力社保局；责任单位：各县〔市、区〕人民政府）', '',
        '　　2．新增普惠性托位2000个。（牵头单位：市卫生健康委；责任单位：市教育局，各县〔市、区〕人民政府）', '',
        `　　3．完成农村公路提档升级200公里。${third}`, '',
        '　　4．新建口袋公园40个。（牵头单位：市园林绿化局；责任单位：各县〔市、区〕人民政府）',
      );

    it('reports an item whose 责任单位 list stands without the lead its siblings name', () => {
      assert.deepEqual(run(RULE, projects('（牵头单位：市交通运输局；责任单位：各县〔市、区〕人民政府）')), []);
      const text = projects('（责任单位：各县〔市、区〕人民政府）');
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [13]);
      assert.equal(found[0].message, '此项未标注牵头单位，同级4项中3项标注了 (no lead unit; 3 of 4 sibling items name one)');
    });

    it('leaves a unit alone in charge (（各县（市、区）政府负责）) and supporting units alone (lead-marker\'s) to themselves', () => {
      assert.deepEqual(run(RULE, projects('（各县（市、区）政府负责）')), []);
      assert.deepEqual(run(RULE, projects('（配合单位：市财政局）')), []);
      // One unit responsible is its own lead.
      assert.deepEqual(run(RULE, projects('（责任单位：市交通运输局）')), []);
    });
  });
});

describe(`responsible-unit/missing: items numbered on across sections`, () => {
  const text = [
    '泓州市人民政府关于落实2025年重点工作责任分工的通知', '', '泓政发〔2025〕4号', '', '各县（市、区）人民政府，市政府各部门：', '',
    '　　现将重点工作责任分工通知如下：', '',
    '　　一、全力扩大有效需求', '',
    '　　1．实施重大项目220个以上。（牵头单位：市发展改革委；责任单位：各县〔市、区〕人民政府）', '',
    '　　2．社会消费品零售总额增长5%以上。（牵头单位：市商务局；责任单位：市文化广电旅游局、市市场监管局）', '',
    '　　二、加快构建现代化产业体系', '',
    '　　3．规模以上工业增加值增长7%。（牵头单位：市经济和信息化局；责任单位：市科技局）', '',
    '　　4．研究与试验发展经费投入强度提高到3%。（牵头单位：市科技局；责任单位：市统计局、市财政局）', '',
    '　　三、用心用情保障和改善民生', '',
    '　　5．新增城镇就业6万人以上。（牵头单位：市人力社保局；责任单位：各县〔市、区〕人民政府）', '',
    '　　6．组织实施2025年市政府民生实事项目。（牵头单位：市政府办公室；责任单位：市级有关单位）', '',
    '泓州市人民政府', '', '2025年1月24日',
  ].join('\n');

  it('reports an item without the lead unit its siblings in the other sections name', () => {
    const bad = text.replace('（牵头单位：市科技局；责任单位：市统计局、市财政局）', '（责任单位：市统计局、市财政局）');
    const found = run('responsible-unit/missing', bad);
    assert.deepEqual(lines(bad, found), [19]);
    assert.match(found[0].message, /未标注牵头单位/);
  });

  it('is quiet when every item names its lead', () => {
    assert.deepEqual(run('responsible-unit/missing', text), []);
  });
});

describe(`${RULE}: a short list, two of its three items naming units`, () => {
  const notice = (third: string, second = '（二）市应急管理局要会同有关部门对已销号的隐患开展“回头看”，防止问题反弹。（责任单位：市应急管理局，市有关部门）') =>
    [
      '某市人民政府办公室关于2025年上半年安全生产约谈和挂牌督办情况的通报', '', '某政办发〔2025〕21号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　现将有关情况通报如下：', '', '　　一、下一步工作要求', '',
      '　　（一）各县（市、区）人民政府要对照督办要求，逐项落实整改措施，确保按期销号。（责任单位：各县〔市、区〕人民政府）', '',
      `　　${second}`, '', `　　${third}`, '', '某市人民政府办公室', '', '2025年7月8日', '',
    ].join('\n');
  const withMinimum = (text: string, minAnnotated: number) => {
    const rule = ruleById(RULE)!;
    const { config } = resolveConfig({ rules: { [RULE]: ['warn', { minAnnotated }] } }, [rule]);
    return lintIssue(parseIssue(text), { rules: [rule], config });
  };
  const unnamed = '（三）被约谈的企业要在约谈之日起15日内报送整改报告。';

  it('makes no habit of two items by default: the third may be a remark on the list', () => {
    assert.deepEqual(run(RULE, notice(unnamed)), []);
    assert.deepEqual(run(RULE, notice('（三）本次约谈和挂牌督办情况将纳入年度安全生产目标责任考核。')), []);
  });

  it('reports the one item without a unit where minAnnotated is 2', () => {
    const text = notice(unnamed);
    const found = withMinimum(text, 2);
    assert.deepEqual(lines(text, found), [15]);
    assert.match(found[0].message, /同级3项中2项标注了/);
  });

  it('is quiet when all three name units, or only one of them does', () => {
    assert.deepEqual(withMinimum(notice('（三）被约谈的企业要在约谈之日起15日内报送整改报告。（责任单位：市应急管理局）'), 2), []);
    assert.deepEqual(withMinimum(notice(unnamed, '（二）对已销号的隐患开展“回头看”，防止问题反弹。'), 2), []);
  });
});

describe(`${RULE}: items that frame the tasks, or name their doer`, () => {
  const notice = (...items: string[]) =>
    [
      '岷山市人民政府办公室关于进一步加强城镇燃气安全管理的通知', '', '岷政办发〔2025〕31号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　为切实加强城镇燃气安全管理，经市政府同意，现就有关事项通知如下：', '',
      ...items.flatMap((item) => [`　　${item}`, '']), '岷山市人民政府办公室', '', '2025年6月18日', '',
    ].join('\n');
  const tasks = [
    '二、开展燃气管道隐患排查整治。全面排查城镇燃气管道及设施老化、腐蚀等隐患，2025年9月底前完成整治。（责任单位：市住房城乡建设局、各县〔市、区〕人民政府）',
    '三、加强餐饮场所燃气安全监管。督促餐饮场所全面安装可燃气体报警装置。（责任单位：市市场监管局、市商务局）',
    '四、推进瓶装液化石油气治理。推广使用智能角阀，建立全链条追溯体系。（责任单位：市住房城乡建设局、市市场监管局）',
  ];

  it('asks no unit of 总体要求, 工作目标, 保障措施 or 附则, with or without items of their own', () => {
    for (const first of [
      ['一、总体要求', '坚持人民至上、生命至上，到2025年底全面完成城镇燃气安全专项整治任务。'],
      ['一、指导思想和基本原则', '坚持统筹发展和安全，坚持标本兼治。'],
      ['一、工作目标。到2025年底，全市城镇燃气安全风险得到有效管控。'],
    ]) assert.deepEqual(run(RULE, notice(...first, ...tasks)), [], first[0]);
    const closing = (title: string) => notice(...tasks.map((t) => t.replace(/^[二三四]/, (n) => ({ 二: '一', 三: '二', 四: '三' })[n]!)), title, '（一）加强组织领导。成立工作专班，统筹推进整治工作。', '（二）强化督促检查。将整治情况纳入年度考核。');
    assert.deepEqual(run(RULE, closing('四、保障措施')), []);
    assert.deepEqual(run(RULE, notice(...tasks, '五、有关要求', '各责任单位要按照时间节点抓好落实，重大情况及时向市政府报告。')), []);
    assert.deepEqual(run(RULE, notice(...tasks, '五、附则', '本通知自印发之日起施行。')), []);
  });

  it('asks none of an item whose doer is its subject (各地各部门要…, 市应急管理局要…)', () => {
    for (const item of ['一、各地各部门要严格落实24小时值班和领导带班制度，确保信息畅通。', '一、强化督导检查。市应急管理局要会同有关部门加强督导，对工作不力的严肃问责。'])
      assert.deepEqual(run(RULE, notice(item, ...tasks)), [], item);
  });

  it('still reports a task item without its unit, also one titled like a goal', () => {
    for (const item of ['一、加强燃气安全宣传教育。组织燃气安全进社区、进企业、进学校活动。', '一、实现工作目标的关键在于压实企业主体责任，燃气经营企业要开展自查自纠。']) {
      const text = notice(item, ...tasks);
      assert.deepEqual(lines(text, run(RULE, text)), [9], item);
    }
  });
});

describe(`${RULE}: a row of a table with a 牵头部门 column that names only supporting units`, () => {
  const list = (lead: string) =>
    [
      '某市人民政府办公室关于公布第二批“高效办成一件事”重点事项清单的通知', '', '某政办发〔2025〕24号', '', '各区人民政府，市政府各部门：', '',
      '　　现将第二批“高效办成一件事”重点事项清单予以公布。', '', '　　附件：第二批“高效办成一件事”重点事项清单', '', '某市人民政府办公室', '', '2025年7月3日', '',
      '附件', '', '第二批“高效办成一件事”重点事项清单', '', '序号\t“一件事”名称\t涉及事项（项）\t牵头部门\t配合部门',
      '1\t新生儿出生\t7\t市卫生健康委\t市公安局、市医保局',
      '2\t企业开办\t6\t市市场监管局\t市公安局、市税务局',
      '3\t退休\t6\t市人力资源社会保障局\t市医保局、市公安局',
      `4\t入学\t4\t${lead}\t市公安局、市自然资源和规划局`,
      '5\t社会救助\t7\t市民政局\t市教育局、市住房城乡建设局',
    ].join('\n');

  it('reports the row whose lead cell is empty where the other rows fill it', () => {
    assert.deepEqual(run(RULE, list('市教育局')), []);
    // Under a row naming its lead: a cell merged over the two rows would read so too; told, as information.
    const found = run(RULE, list(''));
    assert.deepEqual(found.map((f) => [f.message, f.severity]), [
      ['此行未填写牵头单位（如与上一行合并单元格，请核对），任务表5行中4行填写了 (no lead unit in this row, unless its cell is merged with the row above; 4 of 5 rows name one)', 'info'],
    ]);
    assert.deepEqual(lines(list(''), found), [23]);
    // The table's first row has no row above to share a cell with: a warning.
    const first = list('市教育局').replace('1\t新生儿出生\t7\t市卫生健康委\t', '1\t新生儿出生\t7\t\t');
    assert.deepEqual(run(RULE, first).map((f) => [f.message, f.severity]), [
      ['此行未填写牵头单位，任务表5行中4行填写了 (no lead unit in this row; 4 of 5 rows name one)', 'warning'],
    ]);
  });

  it('reads a lead named on the group\'s row as the lead of the tasks under it', () => {
    const grouped = [
      '某市人民政府办公室关于印发2025年优化营商环境重点任务清单的通知', '', '某政办发〔2025〕31号', '', '各区人民政府，市政府各部门：', '',
      '　　现将《2025年优化营商环境重点任务清单》印发给你们，请认真组织实施。', '', '某市人民政府办公室', '', '2025年4月8日', '',
      '附件', '', '2025年优化营商环境重点任务清单', '', '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '（一）\t提升政务服务效能\t市政务服务中心\t\t',
      '1\t推行“一件事”集成办理\t\t市公安局、市人力社保局\t2025年12月底',
      '（二）\t优化市场准入\t\t\t',
      '2\t推进企业开办全程网办\t市市场监管局\t市公安局、市税务局\t2025年6月底',
      '3\t深化“证照分离”改革\t市市场监管局\t市有关部门\t2025年12月底',
      '4\t推行经营主体歇业备案\t市市场监管局\t市税务局、市人力社保局\t2025年9月底',
      '5\t提升不动产登记便利度\t市自然资源和规划局\t市税务局、市金融办\t2025年12月底',
    ].join('\n');
    assert.deepEqual(run(RULE, grouped), []);
  });

  it('is quiet where more rows leave the lead cell empty (a cell merged over them may have lost its text)', () => {
    const merged = list('').replace('\t市人力资源社会保障局\t', '\t\t');
    assert.deepEqual(run(RULE, merged), []);
    const sparse = list('').replace('\t市卫生健康委\t', '\t\t').replace('\t市市场监管局\t', '\t\t');
    assert.deepEqual(run(RULE, sparse), []);
  });
});
