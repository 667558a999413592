import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

/** The notice the comparisons and what a change adds are read in. */
const notice = (...paragraphs: string[]) =>
  documentText({
    title: '某市人民政府办公室关于调整城乡居民基本医疗保险待遇标准的通知', number: '某政办发〔2025〕36号', to: '各县（区）人民政府，市政府各部门：',
    paragraphs, signer: '某市人民政府办公室', date: '2025年8月20日',
  });

describe(`${RULE}: a figure compared with another and the difference stated (7680元，比调整前的7125元增加555元)`, () => {
  const valid = [
    '以在二级定点医疗机构住院、政策范围内费用10000元为例，调整后可报销（10000－400）×80%＝7680元，比调整前的（10000－500）×75%＝7125元增加555元。',
    '2025年全市一般公共预算收入120.5亿元，比2024年的112.3亿元增加8.2亿元；城镇新增就业1.62万人，比上年同期的1.5万人增加1200人。',
    '个人自付1920元，比调整前的2375元减少455元。全年新增学位5400个，比上年多1200个。',
    // A rate, or the second figure of another measure.
    '收入120.5亿元，比上年的112.3亿元增长7.3%。每月补助600元，比原标准的3项增加2项。',
  ];

  it('is quiet on differences the figures give, in 万 or 亿 rounded, and on rates', () => {
    assert.deepEqual(run(RULE, notice(...valid)), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
  });

  it('flags a difference the two figures do not give, either way', () => {
    assert.deepEqual(run(RULE, notice(valid[0].replace('增加555元', '增加565元'))).map((f) => f.message), [
      '7680元与7125元相差555元，不是565元 (the difference of the two figures is 555, not 565)',
    ]);
    assert.deepEqual(run(RULE, notice(valid[2].replace('减少455元', '减少445元'))).map((f) => f.message), [
      '1920元与2375元相差455元，不是445元 (the difference of the two figures is 455, not 445)',
    ]);
    assert.equal(run(RULE, notice(valid[1].replace('增加8.2亿元', '增加8.7亿元'))).length, 1);
  });

  it('does not read one comparison out of lists compared with 、 and no 分别 (each figure has its own)', () => {
    const lists = '城镇居民人均可支配收入52360元、农村居民人均可支配收入28650元，比上年的49870元、26920元增加2490元、1730元。';
    assert.deepEqual(run(RULE, notice(lists)), []);
    assert.deepEqual(run(RULE, notice('农村居民人均可支配收入28650元，比上年的26920元增加1730元、增长6.4%。')), []);
    // One comparison followed by its rate is still read.
    assert.equal(run(RULE, notice('农村居民人均可支配收入28650元，比上年的26920元增加1830元、增长6.4%。')).length, 1);
  });

  it('reads a comparison with 与…相比 as with 比', () => {
    const withClause = '全年受理投诉2860件，与上年的3120件相比，下降260件；收入2860万元，同上年的3120万元相比较，减少260万元。';
    assert.deepEqual(run(RULE, notice(withClause)), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(withClause), 23)), []);
    // A rate after 相比, and no figure before 相比, are no stated difference.
    assert.deepEqual(run(RULE, notice('全年受理投诉2860件，与上年相比，下降8.3%；与上年的3120件相比下降8.3%。')), []);
    const found = run(RULE, notice(withClause.replace('下降260件', '下降250件')));
    assert.deepEqual(found.map((f) => f.message), ['2860件与3120件相差260件，不是250件 (the difference of the two figures is 260, not 250)']);
    assert.equal(run(RULE, hardWrapped(notice(withClause.replace('下降260件', '下降250件')), 23)).length, 1);
  });

  it('reads a comparison with 较 as with 比', () => {
    const jiao = '调整后可报销7680元，较调整前的7125元增加555元。';
    assert.deepEqual(run(RULE, notice(jiao)), []);
    assert.deepEqual(run(RULE, notice(jiao.replace('增加555元', '增加565元'))).map((f) => f.message), [
      '7680元与7125元相差555元，不是565元 (the difference of the two figures is 555, not 565)',
    ]);
  });
});

describe(`${RULE}: a difference after 下降 or 增长, in 起 or 次, in units against figures in 万, over a base in brackets`, () => {
  const valid = [
    '全年受理消费投诉2860件，比上年的3120件下降260件，下降8.3%；一般公共预算收入120.5亿元，比上年的112.3亿元增长8.2亿元，增长7.3%。',
    '全年发生生产安全事故86起，比上年的102起减少16起；召开专题会议12次，比上年的9次多3次；造林1.2万公顷，比上年的1.05万公顷增加1500公顷。',
    // Figures in 万 against a difference in units, within what they could round from.
    '全体居民人均可支配收入4.86万元，比上年的4.62万元增加2400元；城镇新增就业2.36万人，比上年的2.18万人增加1800人；人均消费支出3.12万元，比上年的2.98万元增加1436元。',
    '全市新登记市场主体1.85万户，比上年同期（1.62万户）增加0.23万户；新增造林面积1.2万公顷，比上年（同期为1.05万公顷）增加1500公顷。',
    '全年供水量1.25亿立方米，比上年的1.18亿立方米增加0.07亿立方米；新增装机容量120万千瓦，比上年的100万千瓦增加20万千瓦；出让土地18宗，比上年的15宗多3宗。',
    // Rates and points after the verb, a bracket not around the figure compared with: not read.
    '全年接报警情12.6万起，比上年的13.1万起下降3.8%；城镇调查失业率5.2%，比上年的5.5%下降0.3个百分点。新登记企业0.62万户（比上年增长9.1%），增加0.05万户。',
  ];

  it('is quiet where the figures give the difference, also hard-wrapped', () => {
    for (const v of valid) assert.deepEqual(run(RULE, notice(v)), [], v);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
  });

  it('reads figures in 立方米, 千瓦 and 宗', () => {
    assert.deepEqual(run(RULE, notice(valid[4].replace('增加0.07亿立方米', '增加0.17亿立方米'))).map((f) => f.message), [
      '1.25亿立方米与1.18亿立方米相差0.07亿立方米，不是0.17亿立方米 (the difference of the two figures is 0.07, not 0.17)',
    ]);
    assert.equal(run(RULE, notice(valid[4].replace('多3宗', '多4宗'))).length, 1);
  });

  it('reads no ordinal as a count of 次 (第5次、第6次，共2次)', () => {
    const ordinals = ['市人大常委会上半年召开第5次、第6次，共2次会议。', '上半年市政府召开常务会议第8次、第9次、第10次，共3次。'];
    assert.deepEqual(run(RULE, notice(...ordinals)), []);
    assert.equal(run(RULE, notice('上半年市政府召开常务会议3次、专题会议5次，共9次。')).length, 1);
  });

  const flagged = (paragraph: string, wrong: string) => {
    const text = notice(paragraph);
    const found = run(RULE, text);
    assert.equal(found.length, 1, paragraph);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), wrong);
    return found[0].message;
  };

  it('flags a difference the figures do not give, at its figure', () => {
    assert.equal(flagged('全年受理消费投诉2860件，比上年的3120件下降250件。', '250'), '2860件与3120件相差260件，不是250件 (the difference of the two figures is 260, not 250)');
    assert.equal(
      flagged('全市一般公共预算收入120.5亿元，比上年的112.3亿元增长8.6亿元。', '8.6'),
      '120.5亿元与112.3亿元相差8.2亿元，不是8.6亿元 (the difference of the two figures is 8.2, not 8.6)',
    );
    assert.equal(flagged('全年发生生产安全事故86起，比上年的102起减少18起。', '18'), '86起与102起相差16起，不是18起 (the difference of the two figures is 16, not 18)');
    assert.equal(
      flagged('全体居民人均可支配收入4.86万元，比上年的4.62万元增加2600元。', '2600'),
      '4.86万元与4.62万元相差2400元，不是2600元 (the difference of the two figures is 2400, not 2600)',
    );
    assert.equal(
      flagged('全市新登记市场主体1.85万户，比上年同期（1.62万户）增加0.28万户。', '0.28'),
      '1.85万户与1.62万户相差0.23万户，不是0.28万户 (the difference of the two figures is 0.23, not 0.28)',
    );
  });
});

describe(`${RULE}: figures compared each with its own, with 分别 (…52360元、…28650元，分别比上年的49870元、26920元增加…)`, () => {
  const notice = (...paragraphs: string[]) =>
    documentText({
      title: '某市人民政府关于2025年国民经济和社会发展计划执行情况的报告', number: '某政发〔2026〕3号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs, signer: '某市人民政府', date: '2026年1月20日',
    });
  const income = '全年全体居民人均可支配收入稳步增长。城镇居民人均可支配收入52360元、农村居民人均可支配收入28650元，分别比上年的49870元、26920元增加2490元、1730元。';
  const valid = [
    income,
    '全市新建学校12所、幼儿园30所，分别较上年的9所、26所多3所、4所；新增学位5400个、床位1200张，分别比上年的6000个、1500张减少600个、300张。',
    // Rates, no figures compared with, lists that do not count alike, or differences not ending the clause: not read.
    '新增学位5400个、床位1200张，分别比上年减少600个、200张。',
    '城镇居民人均可支配收入52360元、农村居民人均可支配收入28650元，分别比上年增长5.0%、6.4%。',
    '全市新建学校12所、幼儿园30所、养老机构8所，分别比上年的9所、26所增加3所、5所。',
    '城镇居民人均可支配收入52360元、农村居民人均可支配收入28650元，分别比上年的49870元、26920元增加2490元、1830元以上。',
    '城乡居民收入分别为52360元、28650元。农村居民人均可支配收入28650元，分别比城镇居民的52360元、全省平均的30000元少23710元、1350元。',    // The last difference joined by 和 or 及, the verb 下降.
    '城镇居民人均可支配收入52360元、农村居民人均可支配收入28650元，分别比上年的49870元、26920元增加2490元和1730元。',
    '全市发生生产安全事故86起、道路交通事故412起、火灾事故35起，分别比上年的102起、450起、41起下降16起、38起及6起。',
  ];

  it('is quiet where each pair gives its difference, and on what is no list of pairs', () => {
    for (const v of valid) assert.deepEqual(run(RULE, notice(v)), [], v);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
  });

  it('flags a difference its pair does not give, read in order', () => {
    assert.deepEqual(run(RULE, notice(valid.at(-2)!.replace('1730元', '1830元'))).map((f) => f.message), [
      '28650元与26920元相差1730元，不是1830元 (the difference of the two figures is 1730, not 1830)',
    ]);
    assert.deepEqual(run(RULE, notice(valid.at(-1)!.replace('38起', '48起'))).map((f) => f.message), [
      '412起与450起相差38起，不是48起 (the difference of the two figures is 38, not 48)',
    ]);
    assert.deepEqual(run(RULE, notice(income.replace('1730元', '1830元'))).map((f) => f.message), [
      '28650元与26920元相差1730元，不是1830元 (the difference of the two figures is 1730, not 1830)',
    ]);
    assert.deepEqual(run(RULE, notice(valid[1].replace('多3所', '多4所').replace('300张', '200张'))).map((f) => f.message), [
      '12所与9所相差3所，不是4所 (the difference of the two figures is 3, not 4)',
      '1200张与1500张相差300张，不是200张 (the difference of the two figures is 300, not 200)',
    ]);
  });
});

describe(`${RULE}: a change and what is added named before its count (由32种增加到40种，新增…8种)`, () => {
  const valid = [
    '门诊慢特病病种由32种增加到40种，新增阿尔茨海默病、帕金森病、强直性脊柱炎、骨质疏松症、银屑病、重症肌无力、肺动脉高压、克罗恩病8种，具体待遇标准另行公布。',
    // What is added counted in another measure, or not counted.
    '定点医疗机构由120家增加到135家，新增病床1200张。病种由32种增加到40种，新增病种待遇标准另行公布。',
  ];

  it('is quiet where the count of what is added is the change', () => {
    assert.deepEqual(run(RULE, notice(...valid)), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
  });

  it('flags a change its count of what is added does not give', () => {
    assert.deepEqual(run(RULE, notice(valid[0].replace('增加到40种', '增加到41种'))).map((f) => f.message), [
      '由32种到41种，相差9种，不是8种 (the change is not the difference of the two figures)',
    ]);
  });

  it('reads what is added less what is taken off after it, and not a count of one kind among those added', () => {
    const both = '门诊慢特病病种由32种调整为40种，新增阿尔茨海默病、帕金森病等10种，调出已纳入门诊统筹的高血压、糖尿病2种。';
    const kind = '全市定点医疗机构由286家增加到312家，新增民营医疗机构19家。';
    assert.deepEqual(run(RULE, notice(both, kind)), []);
    assert.deepEqual(run(RULE, notice(both.replace('糖尿病2种', '糖尿病4种'))).map((f) => f.message), [
      '由32种到40种，相差8种，新增10种、减去4种为6种 (the change is not the difference of the two figures)',
    ]);
    // Taken off with no count: what is added is not the change.
    assert.deepEqual(run(RULE, notice(both.replace('高血压、糖尿病2种', '部分病种'))), []);
    assert.equal(run(RULE, notice('门诊慢特病病种由32种增加到40种，新增阿尔茨海默病、帕金森病等6种。')).length, 1);
  });
});

describe(`${RULE}: a rate of what is dealt with (排查隐患3290处，已整改3198处，整改率97.2%)`, () => {
  const notice = (...paragraphs: string[]) =>
    documentText({
      title: '某市安全生产委员会关于2025年上半年安全生产大检查情况的通报', number: '某安委〔2025〕9号', to: '各县（区）安委会，市安委会各成员单位：',
      paragraphs, signer: '某市安全生产委员会', date: '2025年7月10日',
    });
  const valid = [
    '全市共检查生产经营单位4862家，排查一般事故隐患3276处、重大事故隐患14处，已整改3198处（含重大事故隐患11处），整改率97.2%；正在整改92处。',
    '全市排查隐患3290处，已整改到位3198处，整改率97.2%。受理投诉1.26万件，已办结1.21万件，办结率96.0%。',
    // The rate of one of the figures before (the 重大 ones), or with no figure after 已…: not read.
    '排查一般隐患3276处、重大隐患14处，已整改重大隐患11处，整改率78.6%。受理案件120件，已全部办结，办结率100%。',
  ];

  it('is quiet where what is dealt with over what was found, one figure or those listed with 、, gives the rate', () => {
    assert.deepEqual(run(RULE, notice(...valid)), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
  });

  it('flags a rate no figure found before gives', () => {
    assert.deepEqual(run(RULE, notice(valid[0].replace('整改率97.2%', '整改率97.4%'))).map((f) => f.message), [
      '整改率97.4%与已整改数÷总数（约97.2%）不符 (the rate is not what is dealt with over what was found: about 97.2%)',
    ]);
    assert.equal(run(RULE, notice(valid[1].replace('办结率96.0%', '办结率94.0%'))).length, 1);
  });

  it('reads a rate over all that was found added, and a part of what is done named before its own rate', () => {
    const carried = '本年度新发现问题126个，连同上年结转的34个，已整改148个，整改率92.5%。';
    const onTime = '全年共排查隐患3290处，已整改3198处，整改率97.2%，其中按期整改3050处，按期整改率92.7%。';
    assert.deepEqual(run(RULE, notice(carried, onTime)), []);
    assert.equal(run(RULE, notice(carried.replace('92.5%', '95.2%'))).length, 1);
    assert.deepEqual(run(RULE, notice(onTime.replace('按期整改率92.7%', '按期整改率90.7%'))).map((f) => f.message), [
      '整改率90.7%与已整改数÷总数（约97.2%）不符 (the rate is not what is dealt with over what was found: about 97.2%)',
    ]);
  });
});

describe(`${RULE}: a change stated 从…提高到… or 增至 (从每人每月188元提高到208元，增加20元，增长10.6%)`, () => {
  const valid = [
    '城乡居民基础养老金最低标准从每人每月188元提高到208元，增加20元，增长10.6%。',
    '门诊统筹年度支付限额从原来的2000元调整为2400元，增加了400元；住院起付标准从800元降低到600元，降低25%。',
    '定点药店由286家增至312家，增加26家；住院起付标准由800元降至600元，降低25%。',
    // 从而 and 从 before a numeral start no change; a rate of another span is not read.
    '从而使参保人员月人均待遇188元提高到208元，增加30元。从三个方面188元提高到208元，增加30元。五年来，最低标准从108元提高到208元，比上年提高10.6%。',
  ];

  it('is quiet where the change gives its difference and rate, also hard-wrapped', () => {
    for (const v of valid) assert.deepEqual(run(RULE, notice(v)), [], v);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
  });

  it('flags a rate or a difference the change does not give, at it', () => {
    const text = notice(valid[0].replace('增长10.6%', '增长11.6%'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['从188元到208元，变动约10.6%，不是11.6% (the rate is not the change over the old figure: about 10.6%)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '11.6%');
    assert.deepEqual(run(RULE, notice(valid[1].replace('增加了400元', '增加了300元'))).map((f) => f.message), [
      '从2000元到2400元，相差400元，不是300元 (the change is not the difference of the two figures)',
    ]);
    assert.deepEqual(run(RULE, notice(valid[2].replace('增加26家', '增加36家'))).map((f) => f.message), [
      '由286家到312家，相差26家，不是36家 (the change is not the difference of the two figures)',
    ]);
    // A 由 after 从业 starts the change.
    assert.deepEqual(run(RULE, notice('全市从业人员由3.2万人增加到3.5万人，增加0.6万人。')).map((f) => f.message), [
      '由3.2万人到3.5万人，相差0.3万人，不是0.6万人 (the change is not the difference of the two figures)',
    ]);
  });

  it('reads a difference said per head after the change (提高到3380元，月人均增加130元)', () => {
    const perHead = '城市低保标准由每人每月3250元提高到3380元，月人均增加130元；农村低保标准由每人每月2450元提高到2600元，每人每月增加150元。';
    assert.deepEqual(run(RULE, notice(perHead)), []);
    assert.deepEqual(run(RULE, notice(perHead.replace('月人均增加130元', '月人均增加140元'))).map((f) => f.message), [
      '由3250元到3380元，相差130元，不是140元 (the change is not the difference of the two figures)',
    ]);
  });

  it('reads a change between the figures of two years (从2020年的186.2万人增加到2025年的201.5万人), with no rate over the year before', () => {
    const years = '全市常住人口从2020年的186.2万人增加到2025年的201.5万人，增加15.3万人，增长8.2%。城镇化率由2020年底的62.1%提高到2025年底的66.5%。';
    assert.deepEqual(run(RULE, notice(years)), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(years), 23)), []);
    // 比上年 and 年均 rates are not the change's over its years.
    assert.deepEqual(run(RULE, notice('全市常住人口从2020年的186.2万人增加到2025年的201.5万人，比上年增长1.2%，年均增长1.6%。')), []);
    assert.deepEqual(run(RULE, notice(years.replace('增加15.3万人', '增加16.3万人'))).map((f) => f.message), [
      '从186.2万人到201.5万人，相差15.3万人，不是16.3万人 (the change is not the difference of the two figures)',
    ]);
    assert.deepEqual(run(RULE, notice(years.replace('增长8.2%', '增长9.2%'))).map((f) => f.message), [
      '从186.2万人到201.5万人，变动约8.2%，不是9.2% (the rate is not the change over the old figure: about 8.2%)',
    ]);
  });
});
