import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { edit, fixed, lines, run } from './helpers';

const RULE = 'numbering/hierarchy';
type Name = 'J18' | 'J19' | 'SX';


describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the three issues, where 1. sits right under 一、 (a skipped level is not reported)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  for (const [name, line, from, to, want] of [
    ['J18', 101, '(三)', '三、', '(三)'], // a 一、-level label inside the (一) run, the real 三、 follows
    ['J18', 105, '(四)', '四、', '(四)'],
    ['J18', 518, '1.', '一、', '1.'], // the first of a 1. run written 一、
    ['J18', 87, '(1)', '1.', '(1)'], // the first (1) written as a sibling of 2.
    ['J19', 62, '(四)', '四、', '(四)'], // in the running-on (一)…(二十) of 15号
    ['J19', 60, '二、', '(二)', '二、'], // a section heading written one level down
    ['SX', 1794, '(二)', '2.', '(二)'],
  ] as [Name, number, string, string, string][]) {
    it(`${name}:${line}: ${to} where ${from} belongs is reported and relabelled`, () => {
      const text = edit(name, [line, from, to]);
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [line]);
      assert.match(found[0].message, new RegExp(`应为“${want.replace(/[().]/g, '\\$&')}”`));
      assert.equal(found[0].severity, 'warning');
      const out = fixed(RULE, text);
      assert.equal(out, corpus(name));
      // numbering/sequence stays quiet on the misplaced label: one defect, one finding.
      assert.deepEqual(run('numbering/sequence', text), []);
    });
  }

  it('reports a run of 一、二、三、 nested under (二) once, and numbering/sequence stays quiet', () => {
    const text = edit('SX', [1796, '1.', '一、'], [1798, '2.', '二、'], [1800, '3.', '三、']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1796]);
    assert.match(found[0].message, /上级编号“一、”用在了下级编号“\(二\)”之下/);
    assert.deepEqual(lines(text, found[0].related!.map((r) => ({ range: r.range }) as never)), [1794]);
    assert.deepEqual(run('numbering/sequence', text), []);
  });

  describe('a higher level that starts after a lower one under the same heading', () => {
    const notice = (...items: string[]) =>
      ['某市人民政府关于加强安全生产工作的通知', '', '某政发〔2024〕6号', '', '各区人民政府，市政府各部门：', '', ...items.flatMap((i) => [i, '']), '某市人民政府', '2024年2月1日', ''].join('\n');

    it('reports (一) written after 1. under one 一、, once, with the 1. as related', () => {
      const text = notice('一、压实责任', '1．落实属地责任。', '（一）落实部门监管责任。', '（二）落实企业主体责任。', '2．强化考核。', '二、突出重点', '（一）道路交通。');
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [11]);
      assert.match(found[0].message, /上级编号“（一）”出现在同一标题下的下级编号“1．”之后/);
      assert.equal(text.slice(found[0].related![0].range.start, found[0].related![0].range.end), '1．');
    });

    it('is quiet on 1. right under 一、 without (一), and on 1. 2. running on across (一) (二)', () => {
      assert.deepEqual(run(RULE, notice('一、压实责任', '1．落实属地责任。', '2．强化考核。', '二、突出重点', '（一）道路交通。', '1．加强执法。', '2．完善设施。', '（二）建筑施工。', '3．落实责任。')), []);
    });
  });
});

describe(`${RULE}: notes marked ①② in the text`, () => {
  const opinion = (body: string[]) =>
    [
      '某市人民政府关于推进未来社区建设的实施意见', '', '某政发〔2024〕17号', '', '各县（市、区）人民政府，市政府各部门：', '',
      ...body.flatMap((p) => [p, '']), '某市人民政府', '', '2024年7月30日', '',
    ].join('\n');
  const marked = [
    '　　为深入贯彻落实省委、省政府关于全域推进未来社区建设的决策部署①，现提出如下意见。',
    '①《浙江省人民政府办公厅关于全域推进未来社区建设的指导意见》（浙政办发〔2023〕4号）。',
    '　　一、总体要求',
    '　　以“三化九场景”②为引领，整体推进城镇社区和乡村社区建设。',
    '②“三化”指人本化、生态化、数字化；“九场景”指邻里、教育等九大场景。',
    '　　二、主要任务',
    '　　（一）推进场景建设。统筹九大场景建设。',
  ];

  it('leaves out a note a page\'s foot left under the paragraph that marks it', () => {
    assert.deepEqual(run(RULE, opinion(marked)), []);
    assert.deepEqual(run('numbering/sequence', opinion(marked)), []);
  });

  it('takes a marker a hard wrap carried to a line\'s start for no heading', () => {
    const wrapped = opinion([
      '　　为深入贯彻落实省委、省政府关于全域推进未来社区建设的决策部署\n①，现提出如下意见。',
      '　　一、总体要求',
      '　　坚持以人民为中心，以“三化九场景”\n②为引领，整体推进城镇社区建设。',
      '　　二、主要任务',
    ]);
    assert.deepEqual(run(RULE, wrapped), []);
    assert.deepEqual(run('numbering/sequence', wrapped), []);
    // Items under a colon keep their labels.
    const items = opinion(['　　近期建设项目包括：', '①城市更新项目30个；', '③公共服务设施项目20个。']);
    assert.equal(run('numbering/sequence', items).length, 1);
  });

  it('keeps ② and ③ of a list whose item above wrapped and ends with its bracket', () => {
    const items = (third: string) =>
      opinion([
        '　　一、夯实数字底座',
        '①建设城市大脑，完善全市数据共享交换平台（牵头单位：市数\n据局、市发改委）\n②推进政务服务“一网通办”（牵头单位：\n市政务服务办）\n' +
          `${third}建设统一身份认证体系（牵头单位：市数据局）`,
        '　　二、提升治理能力',
      ]);
    assert.deepEqual(run('numbering/sequence', items('③')), []);
    assert.equal(run('numbering/sequence', items('④')).length, 1);
  });

  it('keeps a list of ① items under a paragraph that names items ①、② of a list before', () => {
    const items = (second: string) =>
      opinion([
        '　　一、夯实数字底座',
        '①建设城市大脑。\n②推进政务服务“一网通办”。',
        '　　上述第①、②项任务由市数据局会同有关部门于2024年底前完成。',
        '　　二、提升治理能力',
        `①推进城市运行“一网统管”。\n${second}深化基层治理数字化。\n③建设应急指挥平台。`,
      ]);
    assert.deepEqual(run('numbering/sequence', items('②')), []);
    assert.deepEqual(run('numbering/inline', items('②')), []);
    assert.equal(run('numbering/sequence', items('④')).length, 1);
  });

  it('still reads notes gathered under 注释： as a list, and a skip in it', () => {
    const gathered = (second: string) =>
      opinion([
        '　　为深入贯彻落实省委、省政府关于全域推进未来社区建设的决策部署①，现提出如下意见。',
        '　　以“三化九场景”②为引领，整体推进城镇社区和乡村社区建设。',
        '　　注释：', '　　①浙政办发〔2023〕4号。', `　　${second}“三化”指人本化、生态化、数字化。`,
      ]);
    assert.deepEqual(run('numbering/sequence', gathered('②')), []);
    assert.equal(run('numbering/sequence', gathered('③')).length, 1);
  });
});
