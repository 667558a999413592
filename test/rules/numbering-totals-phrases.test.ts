// numbering/totals: a 共N项 closing a heading's title of two phrases counts the items under it.
import { strict as assert } from 'node:assert';
import { run } from './helpers';

const RULE = 'numbering/totals';

describe(`${RULE}: a 共N项 closing a heading's title of two phrases`, () => {
  const breakdown = (first: string, second = '二、聚力培育新质生产力，推动产业转型升级（共2项）') =>
    [
      '某市人民政府关于印发2026年市政府工作报告重点工作责任分解的通知', '', '某政发〔2026〕6号', '', '各区人民政府，市政府各部门：', '',
      '现将《2026年市政府工作报告重点工作责任分解》印发给你们，请认真贯彻落实。', '', '某市人民政府', '2026年3月2日', '', '2026年市政府工作报告重点工作责任分解', '',
      first, '', '1．全年完成固定资产投资增长6%以上。〔牵头单位：市发展改革委；完成时限：2026年12月底〕', '',
      '2．实施重大项目120个。〔牵头单位：市发展改革委；完成时限：2026年12月底〕', '', second, '',
      '3．新增规模以上工业企业100家。〔牵头单位：市经信局；完成时限：2026年12月底〕', '', '4．新认定高新技术企业80家。〔牵头单位：市科技局；完成时限：2026年12月底〕', '',
    ].join('\n');

  it('counts the items under it', () => {
    assert.deepEqual(run(RULE, breakdown('一、聚力扩大有效投资，稳住经济增长基本盘（共3项）')).map((f) => f.message),
      ['“一、聚力扩大有效投资，稳住经济增长基本盘”称共3项，实际列出2项 (claims 3 items, 2 are listed)']);
    assert.deepEqual(run(RULE, breakdown('一、聚力扩大有效投资，稳住经济增长基本盘（共2项）')), []);
    assert.deepEqual(run(RULE, breakdown('一、聚力扩大有效投资，稳住经济增长基本盘 (共2项)')), []);
  });

  it('reads a title a wrap broke before its count (一、…稳住经济增 / 长基本盘（共3项）)', () => {
    const wrapped = (n: number) => breakdown(`一、聚力扩大有效投资，稳住经济增\n长基本盘（共${n}项）`);
    assert.deepEqual(run(RULE, wrapped(3)).map((f) => f.message), ['“一、聚力扩大有效投资，稳住经济增长基本盘”称共3项，实际列出2项 (claims 3 items, 2 are listed)']);
    assert.deepEqual(run(RULE, wrapped(2)), []);
    // A line under the heading that closes a sentence of its own is no tail of its title.
    assert.deepEqual(run(RULE, breakdown('一、聚力扩大有效投资。\n全年实施项目（共3项）')), []);
  });

  it('reads no bare count after a comma as the heading\'s', () => {
    assert.deepEqual(run(RULE, breakdown('一、聚力扩大有效投资，全年实施重点项目3项', '二、聚力培育新质生产力')), []);
    assert.deepEqual(run(RULE, breakdown('一、聚力扩大有效投资，实施重点项目（3项）', '二、聚力培育新质生产力')), []);
  });
});

describe(`${RULE}: a count whose reference names what the attachment shows (（目录见附件1）)`, () => {
  const decision = (clause: string) =>
    [
      '某市人民政府关于公布行政规范性文件清理结果的决定', '', '某政发〔2026〕8号', '', '各区人民政府，市政府各部门：', '',
      `现将清理结果公布如下：${clause}`, '', '附件：决定废止的行政规范性文件目录', '', '某市人民政府', '2026年5月12日', '',
      '附件', '', '决定废止的行政规范性文件目录', '', '序号\t文件名称\t文号',
      '1\t某市人民政府关于加强农村客运管理的通知\t某政发〔2015〕19号', '2\t某市人民政府关于鼓励外商投资的若干规定\t某政发〔2014〕7号', '',
    ].join('\n');

  it('counts the attachment\'s rows', () => {
    assert.deepEqual(run(RULE, decision('决定废止的行政规范性文件共3件（目录见附件）。')).map((f) => f.message), ['称3件（见附件），附件实际列出2件 (claims 3 items, the attachment lists 2)']);
    assert.deepEqual(run(RULE, decision('决定废止的行政规范性文件共3件（名单详见附件）。')).length, 1);
    for (const clause of ['决定废止的行政规范性文件共2件（目录见附件）。', '决定废止的行政规范性文件共2件（见附件）。', '决定废止的行政规范性文件共2件（详见附件）。']) {
      assert.deepEqual(run(RULE, decision(clause)), [], clause);
    }
  });
});

describe(`${RULE}: the parcels a 征收公告 counts (共4宗地块) against its table`, () => {
  const announcement = (sentence: string) =>
    [
      '某市人民政府土地征收公告', '', '某政征〔2026〕3号', '', `　　本次征收土地位于某区东坞街道，${sentence}，总面积为20.6710公顷。具体如下：`, '',
      '序号\t地块编号\t位置\t面积（公顷）\t用途', '1\tQX2026-01\t东坞街道前村\t12.4560\t工业用地', '2\tQX2026-02\t东坞街道后溪村\t8.2150\t道路与交通设施用地', '',
      '　　特此公告。', '', '某市人民政府', '2026年5月8日', '',
    ].join('\n');

  it('names the count as the text does, not as parcels offered', () => {
    assert.deepEqual(run(RULE, announcement('共3宗地块')).map((f) => f.message), ['称共3宗，表中列出2宗 (the text counts 3 parcels, the table lists 2)']);
    assert.deepEqual(run(RULE, announcement('共2宗地块')), []);
  });
});

describe(`${RULE}: a count closing a run of cited titles (《…》、《…》2件规章)`, () => {
  const decision = (clause: string) =>
    ['某市人民政府关于废止和修改部分市政府规章的决定', '', '某政发〔2026〕9号', '', '各区人民政府，市政府各部门：', '', `　　一、${clause}`, '', '某市人民政府', '2026年5月15日', ''].join('\n');
  const a = '《某市城市房屋拆迁管理办法》（某市人民政府令第12号）';
  const b = '《某市农贸市场管理办法》（某市人民政府令第19号）';

  it('reports a count the titles do not make', () => {
    assert.deepEqual(run(RULE, decision(`废止${a}、${b}3件规章。`)).map((f) => f.message), ['称3件，所列名称为2件 (counts 3, 2 titles are listed)']);
    assert.equal(run(RULE, decision(`废止《某市城市房屋拆迁管理办法》和《某市农贸市场管理办法》等1件规章。`)).length, 1);
    assert.equal(run(RULE, decision(`废止《某市城市房屋拆迁管理办法》《某市农贸市场管理办法》三个规范性文件。`)).length, 1);
  });

  it('is quiet on a count the titles make, on 等 over more, and on what the titles hold', () => {
    for (const clause of [`废止${a}、${b}2件规章。`, `废止${a}${b}两件规章。`, `废止${a}、${b}等3件规章。`, `贯彻${a}、${b}5项要求。`, `依据${a}，废止${b}2件规章中的相关条款。`]) {
      assert.deepEqual(run(RULE, decision(clause)), [], clause);
    }
  });

  it('reads 共 before the count, and a count leading the titles after a colon (废止以下3件规章：《A》、《B》。)', () => {
    assert.deepEqual(run(RULE, decision(`废止${a}、${b}共3件规章。`)).map((f) => f.message), ['称3件，所列名称为2件 (counts 3, 2 titles are listed)']);
    const led = decision(`决定废止以下3件规章：${a}、${b}。`);
    const found = run(RULE, led);
    assert.deepEqual(found.map((f) => f.message), ['称3件，所列名称为2件 (counts 3, 2 titles are listed)']);
    assert.equal(led.slice(found[0].range.start, found[0].range.end), '3件');
    for (const clause of [`废止${a}、${b}共2件规章。`, `决定废止以下2件规章：${a}、${b}。`, `决定废止以下3件规章：${a}、${b}，其余继续有效。`]) {
      assert.deepEqual(run(RULE, decision(clause)), [], clause);
    }
  });
});

describe(`${RULE}: a structure given as shares in percent (三次产业结构为7.5∶40.0∶52.5)`, () => {
  const bulletin = (sentence: string) =>
    [
      '某市人民政府公报', '', '目　录', '', '【部门文件】', '', '2025年某市国民经济和社会发展统计公报　　（1）', '',
      '2025年某市国民经济和社会发展统计公报', '', '某市统计局', '', '2026年3月20日', '', '2025年，全市经济运行总体平稳。', '', '一、综合', '', sentence, '',
    ].join('\n');

  it('reports shares that do not add up to 100', () => {
    assert.deepEqual(run(RULE, bulletin('三次产业结构为7.5∶41.0∶52.5。')).map((f) => f.message), ['结构7.5∶41.0∶52.5各项之和为101.0，不是100 (the shares of the structure add up to 101.0, not 100)']);
    assert.equal(run(RULE, bulletin('三次产业结构由上年的7.6:40.3:52.1调整为7.5:40.0:51.5。')).length, 1);
    // Named as its 构成 or the three sectors' 比例.
    assert.equal(run(RULE, bulletin('三次产业构成为7.5∶41.0∶52.5。')).length, 1);
    assert.equal(run(RULE, bulletin('三次产业比例调整为7.5∶41.0∶52.5。')).length, 1);
  });

  it('reads no shares of parts named in another clause than the structure\'s: they may be some of the whole', () => {
    assert.deepEqual(run(RULE, bulletin('投资结构持续优化，工业投资、基础设施投资和房地产开发投资占比为35.6∶28.4∶30.1。')), []);
  });

  it('is quiet on shares that add up within their rounding, and on ratios', () => {
    for (const sentence of ['三次产业结构为7.5∶40.0∶52.5。', '三次产业结构为7.4∶40.0∶52.5。', '三次产业结构为7.5:40.0:52.5。', '城乡居民收入比为1.81∶1。', '三次产业结构比为0.8∶1.6∶2.4。']) {
      assert.deepEqual(run(RULE, bulletin(sentence)), [], sentence);
    }
  });
});
