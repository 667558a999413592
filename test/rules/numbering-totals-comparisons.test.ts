import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

describe(`${RULE}: a figure compared with another and the difference stated (7680元，比调整前的7125元增加555元)`, () => {
  const notice = (...paragraphs: string[]) =>
    documentText({
      title: '某市人民政府办公室关于调整城乡居民基本医疗保险待遇标准的通知', number: '某政办发〔2025〕36号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs, signer: '某市人民政府办公室', date: '2025年8月20日',
    });
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
});

describe(`${RULE}: a change and what is added named before its count (由32种增加到40种，新增…8种)`, () => {
  const notice = (...paragraphs: string[]) =>
    documentText({
      title: '某市人民政府办公室关于调整城乡居民基本医疗保险待遇标准的通知', number: '某政办发〔2025〕36号', to: '各县（区）人民政府，市政府各部门：',
      paragraphs, signer: '某市人民政府办公室', date: '2025年8月20日',
    });
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
});
