// numbering/totals on a lead-in closing the paragraph over a numbered table: 以下8个品目属于…，各单位应当…： against the
// table's numbered rows.
import { strict as assert } from 'node:assert';
import { run, suggested } from './helpers';

const RULE = 'numbering/totals';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

const items = ['台式计算机	A02010104', '便携式计算机	A02010105', '打印设备	A02020400', '复印机	A02020100', '空调机	A02061804'];

/** A notice and the catalogue it prints, the lead-in over a table of `header`. */
const catalogue = (leadIn: string, header = '序号	品目	编码	备注', between: string[] = []) =>
  [
    '某市人民政府办公室关于印发某市政府集中采购目录及采购限额标准的通知', '', '某政办发〔2025〕12号', '', '各区人民政府，市政府各部门：', '',
    '　　经市政府同意，现将《某市政府集中采购目录及采购限额标准》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '', '2025年3月12日', '',
    '某市政府集中采购目录及采购限额标准', '', '　　一、集中采购机构采购项目', '', leadIn, '', ...between, header, ...items.map((row, k) => `${k + 1}	${row}	`), '',
    '　　二、分散采购限额标准', '', '　　各单位自行采购单项或批量金额达到100万元以上的项目，应当实行分散采购。', '',
  ].join('\n');

describe(`${RULE}: a lead-in over a numbered table`, () => {
  const leadIn = (n: string) => `　　以下${n}个品目属于集中采购机构采购项目，各单位应当委托集中采购机构代理采购：`;

  it('counts the numbered rows of the table right under a lead-in with commas in it', () => {
    assert.deepEqual(messages(catalogue(leadIn('5'))), []);
    assert.deepEqual(messages(catalogue(leadIn('6'))), ['称以下6个品目，下表实际列出5个 (announces 6 items, the table under it lists 5)']);
    assert.match(suggested(RULE, catalogue(leadIn('六'))), /以下五个品目/);
    // A hard wrap in the lead-in.
    const wrapped = '　　以下6个品目属于集中采购机构采购项目，各单位\n应当委托集中采购机构代理采购：';
    assert.deepEqual(messages(catalogue(wrapped)), ['称以下6个品目，下表实际列出5个 (announces 6 items, the table under it lists 5)']);
  });

  it('stays quiet where the count is of something the header does not name, of groups, or not over the table', () => {
    // The header names no 品目: the count may be of something else.
    assert.deepEqual(messages(catalogue(leadIn('6'), '序号	名称	编码	备注')), []);
    // 类 counts groups of rows.
    assert.deepEqual(messages(catalogue('　　以下3类品目属于集中采购机构采购项目，各单位应当委托集中采购机构代理采购：')), []);
    // A count in an earlier sentence of the paragraph.
    assert.deepEqual(messages(catalogue('　　以下6个品目已于上年调出目录。其余品目属于集中采购机构采购项目，各单位应当委托集中采购机构代理采购：')), []);
    // A paragraph between the lead-in and the table.
    assert.deepEqual(messages(catalogue(leadIn('6'), undefined, ['　　采购人应当按照本目录执行。', ''])), []);
  });
});

describe(`${RULE}: a count with 共 after what it counts, closing the paragraph over a numbered table`, () => {
  const report = (leadIn: string, header = '序号	建议号	建议名称	领衔代表	主办单位	办理结果') =>
    [
      '某市人民政府办公室关于2025年市人大代表建议办理情况的通报', '', '某政办发〔2025〕38号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　三、重点建议办理情况', '', leadIn, '', header,
      '1	第12号	关于加快某湾生态修复的建议	李建华	市自然资源和规划局	A类',
      '2	第47号	关于完善社区居家养老服务体系的建议	周雅琴	市民政局	B类',
      '3	第128号	关于加快港区疏港公路建设的建议	王海涛	市交通运输局	A类', '',
      '某市人民政府办公室', '', '2025年9月8日', '',
    ].join('\n');

  it('counts the rows where the header names what the count counts', () => {
    assert.deepEqual(messages(report('　　市政府领导领衔督办的重点建议共3件，均已办结：')), []);
    assert.deepEqual(messages(report('　　市政府领导领衔督办的重点建议共4件，均已办结：')), ['称建议共4件，下表实际列出3件 (announces 4 items, the table under it lists 3)']);
    assert.match(suggested(RULE, report('　　市政府领导领衔督办的重点建议共4件，均已办结：')), /重点建议共3件/);
  });

  it('stays quiet where the header does not name it, the count is rough or in an earlier sentence', () => {
    assert.deepEqual(messages(report('　　全年办理代表建议共386件，重点督办情况如下：')), []);
    assert.deepEqual(messages(report('　　市政府领导领衔督办的重点建议共4件，均已办结：', '序号	编号	名称	领衔代表	主办单位	办理结果')), []);
    assert.deepEqual(messages(report('　　代表建议共20余件，重点督办的如下：')), []);
    assert.deepEqual(messages(report('　　代表建议共386件。重点督办的如下：')), []);
    assert.deepEqual(messages(report('　　重点建议共4件，具体如下：')), ['称建议共4件，下表实际列出3件 (announces 4 items, the table under it lists 3)']);
  });
});

describe(`${RULE}: 下设N个… over a table with no 序号 whose first column names them`, () => {
  const plan = (leadIn: string, rows: string[], header = '工作组\t牵头单位\t成员单位') =>
    [
      '某市人民政府办公室关于印发某市森林火灾应急预案的通知', '', '某政办发〔2025〕18号', '', '各区人民政府，市政府各部门：', '',
      '　　《某市森林火灾应急预案》已经市政府同意，现印发给你们。', '', '某市人民政府办公室', '', '2025年6月5日', '', '某市森林火灾应急预案', '',
      '2.2　专项工作组', '', `　　${leadIn}`, '', header, ...rows, '', '3　应急响应', '', '　　市级层面应急响应设定为四个等级。', '',
    ].join('\n');
  const groups = ['综合协调组\t市应急管理局\t市林业局、市政府办公室', '抢险救援组\t市消防救援支队\t市林业局', '医疗救治组\t市卫生健康委\t市红十字会'];

  it('counts the rows against the count', () => {
    assert.deepEqual(messages(plan('发生较大以上森林火灾时，设立现场指挥部，下设3个专项工作组：', groups)), []);
    assert.deepEqual(messages(plan('发生较大以上森林火灾时，设立现场指挥部，下设4个专项工作组：', groups)), ['称下设4个专项工作组，下表实际列出3个 (announces 4 items, the table under it lists 3)']);
  });

  it('is quiet where the first column names something else or a row goes on from the one above', () => {
    assert.deepEqual(messages(plan('设立现场指挥部，下设4个专项工作组：', groups, '成员单位\t牵头单位\t职责')), []);
    assert.deepEqual(messages(plan('设立现场指挥部，下设4个专项工作组：', [...groups.slice(0, 2), '\t\t桐江军分区', groups[2]])), []);
  });

  it('is quiet where a group is named again on a row of its own (a merged cell printed on each of its rows)', () => {
    const merged = [groups[0], '综合协调组\t市水利局\t市气象局', ...groups.slice(1)];
    assert.deepEqual(messages(plan('设立现场指挥部，下设3个专项工作组：', merged)), []);
    // A cell's words a hard wrap put on a line of their own.
    const wrapped = [groups[0], '抢险救援组\t市消防救援支队\t负责抢险救援，必要时调集', '3 支专业扑火队伍增援', groups[2]];
    assert.deepEqual(messages(plan('设立现场指挥部，下设3个专项工作组：', wrapped)), []);
    // Rows each naming its own group are still counted.
    assert.deepEqual(messages(plan('设立现场指挥部，下设2个专项工作组：', groups)), ['称下设2个专项工作组，下表实际列出3个 (announces 2 items, the table under it lists 3)']);
  });
});
