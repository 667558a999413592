import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';
import { parseIssue } from '../../server/src/engine';

const RULE = 'responsible-unit/lead-marker';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus (rows without △ are allowed by the SX 13号 legend)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags 牵头 written after 配合 (J19 34号)', () => {
    const text = inject(excerpt('J19', 428, 527), '(市市场监管局牵头,市食安委成员单位配合)\n\n(二)', '(市食安委成员单位配合,市市场监管局牵头)\n\n(二)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [474 - 427]);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '市市场监管局');
  });

  it('flags 配合单位: written before 责任单位: (J18 70号)', () => {
    const text = inject(excerpt('J18', 205, 295), '〔责任单位:市农业经济局,配合单位:市供销社(农合联)〕', '〔配合单位:市供销社(农合联),责任单位:市农业经济局〕');
    assert.deepEqual(lines(text, run(RULE, text)), [236 - 204]);
  });

  it('flags an annotation with supporting units only', () => {
    const text = inject(excerpt('J19', 428, 527), '(市卫生健康委牵头,市食安委相关成员单位配合)', '(市卫生健康委、市食安委相关成员单位配合)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [496 - 427]);
    assert.match(found[0].message, /只有配合单位/);
  });

  it('accepts the X牵头,Y配合,Z负责 order of J19 34号', () => {
    assert.deepEqual(run(RULE, excerpt('J19', 428, 527)), []);
  });

  it('flags a △ lead unit that is not first in its cell', () => {
    const text = inject(excerpt('SX', 103, 269), '△市商务局、市旅委、市卫生计生委', '市旅委、△市商务局、市卫生计生委');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [232 - 102]);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '△市商务局');
  });

  it('notes a △ table without a legend (info)', () => {
    const text = inject(excerpt('SX', 103, 269), '注:△为牵头单位,责任单位中无牵头单位的,按单位职能分别落实。', '');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
  });

  it('reads 牵头单位：/配合单位： lines under an item as one annotation', () => {
    const item = (...unitLines: string[]) =>
      [
        '某市人民政府关于印发某市优化营商环境行动方案的通知', '', '某政发〔2024〕15号', '', '各区人民政府，市政府各部门：', '',
        '现将《某市优化营商环境行动方案》印发给你们。', '', '某市人民政府', '2024年6月3日', '', '某市优化营商环境行动方案', '',
        '一、加强要素保障', '', '（一）保障企业用地需求。推行工业用地“标准地”出让。', '', ...unitLines.flatMap((l) => [l, '']),
      ].join('\n');
    assert.deepEqual(run(RULE, item('牵头单位：市自然资源和规划局', '配合单位：市发展改革委、市经信局')), []);
    const supportOnly = item('配合单位：市发展改革委、市经信局');
    assert.deepEqual(lines(supportOnly, run(RULE, supportOnly)), [18]);
    const reversed = item('配合单位：市发展改革委、市经信局', '牵头单位：市自然资源和规划局');
    assert.match(run(RULE, reversed)[0]?.message ?? '', /应列在配合单位之前/);
  });
});

describe(`${RULE}: unit lines followed by the item's deadline`, () => {
  const plan = (lines: string[]) =>
    [
      '临江市人民政府办公室关于印发临江市优化营商环境重点任务分工方案的通知', '', '临政办发〔2024〕30号', '', '各区人民政府，市政府各部门：', '',
      '现将《临江市优化营商环境重点任务分工方案》印发给你们，请认真贯彻落实。', '', '临江市人民政府办公室', '', '2024年7月16日', '',
      '临江市优化营商环境重点任务分工方案', '', '一、优化法治环境', '', '1.全面推行涉企行政检查“综合查一次”。', '', '牵头单位：市司法局', '', '完成时限：2024年9月底前', '',
      '2.建立涉企轻微违法行为免罚清单。', '', ...lines.flatMap((l) => [l, '']), '完成时限：2024年9月底前', '',
    ].join('\n');

  it('reads the units up to the 完成时限 line, which is not a unit', () => {
    assert.deepEqual(run(RULE, plan(['牵头单位：市司法局', '配合单位：市有关执法部门'])), []);
    assert.deepEqual(run(RULE, plan(['配合单位：市有关执法部门', '牵头单位：市司法局'])).map((f) => f.message), ['牵头（责任）单位应列在配合单位之前 (the lead unit should come before the supporting units)']);
    assert.deepEqual(run(RULE, plan(['配合单位：市有关执法部门'])).map((f) => f.message), ['标注只有配合单位，没有牵头或责任单位 (only supporting units, no lead or responsible unit)']);
  });
});

describe(`${RULE}: a 配合 field whose units act 按职责分工负责`, () => {
  const notice = (annotation: string) =>
    [
      '瓯江市人民政府办公室关于深化政府采购改革的通知', '', '瓯政办发〔2024〕22号', '', '各县（市、区）人民政府，市政府直属各单位：', '',
      '现就有关事项通知如下：', '', '1．推行采购意向公开。（牵头单位：市财政局；配合单位：市数据局）', `2．推进政府采购全流程电子化。${annotation}`,
      '3．规范采购代理机构管理。（牵头单位：市财政局；配合单位：市市场监管局）', '', '瓯江市人民政府办公室', '2024年4月12日',
    ].join('\n');

  it('reads those units as supporting: 配合 before 牵头 is reported as with named units', () => {
    for (const coop of ['市级有关单位按职责分工负责', '市税务局、市数据局']) {
      const found = run(RULE, notice(`（配合单位：${coop}；牵头单位：市财政局）`));
      assert.deepEqual(found.map((f) => f.message), ['牵头（责任）单位应列在配合单位之前 (the lead unit should come before the supporting units)'], coop);
    }
    assert.match(run(RULE, notice('（配合单位：市级有关单位按职责分工负责）'))[0]?.message ?? '', /只有配合单位/);
  });

  it('is quiet on the lead first, and on 负责 as a role of its own outside a 配合 field', () => {
    assert.deepEqual(run(RULE, notice('（牵头单位：市财政局；配合单位：市级有关单位按职责分工负责）')), []);
    assert.deepEqual(run(RULE, notice('（市财政局牵头，市数据局配合，市级有关单位按职责分工负责）')), []);
    assert.deepEqual(run(RULE, notice('（责任单位：市财政局，市级有关单位按职责分工负责）')), []);
  });
});

describe(`${RULE}: fields closing an item's sentence without brackets`, () => {
  const plan = (...items: string[]) =>
    [
      '某市人民政府办公室关于印发某市2025年优化营商环境工作要点的通知', '', '某政办发〔2025〕18号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　《某市2025年优化营商环境工作要点》已经市政府同意，现印发给你们，请认真组织实施。', '', '某市人民政府办公室', '', '2025年3月20日', '',
      '某市2025年优化营商环境工作要点', '', '　　一、提升政务服务效能', '', ...items.flatMap((item) => [`　　${item}`, '']),
    ].join('\n');

  it('reads the lead named before the supporting units (。牵头单位：A；配合单位：B。, ，牵头单位：A，配合单位：B。)', () => {
    for (const fields of ['。牵头单位：市市场监管局；配合单位：市公安局、市税务局。', '，牵头单位：市市场监管局，配合单位：市公安局、市税务局。']) {
      const text = plan(
        '（一）深化“一件事一次办”改革。新增集成服务事项10个以上，责任单位：市数据资源局、市司法局。',
        `（二）推进企业开办全程网办。企业开办时间压缩至1个工作日以内${fields}`,
      );
      assert.deepEqual(run(RULE, text), [], fields);
      const units = parseIssue(text).documents.flatMap((d) => d.tasks).flatMap((t) => t.annotations.flatMap((a) => a.units.map((u) => `${u.name}/${u.role}`)));
      assert.deepEqual(units.slice(2), ['市市场监管局/lead', '市公安局/support', '市税务局/support'], fields);
    }
    // The supporting units alone are still reported.
    assert.equal(run(RULE, plan('（一）推进企业开办全程网办。企业开办时间压缩至1个工作日以内。配合单位：市公安局、市税务局。')).length, 1);
  });

  it('reads units set off by commas, and the item\'s deadline after them, but no clause going on after the units', () => {
    const units = (item: string) =>
      parseIssue(plan(item)).documents.flatMap((d) => d.tasks).flatMap((t) => t.annotations.flatMap((a) => a.units.map((u) => u.name)));
    assert.deepEqual(units('（一）加强公平竞争审查。全面落实公平竞争审查制度，责任单位：各县（市、区）人民政府，市级有关部门。'), ['各县（市、区）人民政府', '市级有关部门']);
    assert.deepEqual(units('（一）推进农村公路建设。新改建农村公路120公里。责任单位：市交通运输局，市建委，各县（市、区）。'), ['市交通运输局', '市建委', '各县（市、区）']);
    assert.deepEqual(units('（一）清理拖欠企业账款。建立长效机制，责任单位：市工业和信息化局、市财政局，完成时限：2025年12月底前。'), ['市工业和信息化局', '市财政局']);
    assert.deepEqual(units('（一）规范中介服务。清理规范中介服务事项，责任单位：市发展改革委，要加强统筹协调，确保按时完成。'), []);
    assert.deepEqual(units('（一）规范中介服务。清理规范中介服务事项，明确责任单位：由各县（市、区）自行确定。'), []);
  });
});
