import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

const UNITS = [
  '市发展改革委', '市教育局', '市科技局', '市工业和信息化局', '市公安局', '市民政局', '市财政局', '市人力资源社会保障局',
  '市自然资源和规划局', '市住房城乡建设局', '市交通运输局', '市农业农村局', '市商务局', '市卫生健康委', '市市场监管局',
];
/** A 通知 setting up a 领导小组, in the paragraphs given. */
const notice = (...paragraphs: string[]) =>
  documentText({
    title: '某市人民政府办公室关于成立某市优化营商环境工作领导小组的通知', number: '某政办发〔2025〕15号', to: '各县（区）人民政府，市政府各部门：',
    paragraphs, signer: '某市人民政府办公室', date: '2025年3月12日',
  });
const messages = (...paragraphs: string[]) => run(RULE, notice(...paragraphs)).map((f) => f.message);
const lead = '为进一步优化营商环境，加强对全市优化营商环境工作的组织领导，经市政府同意，决定成立某市优化营商环境工作领导小组。现将有关事项通知如下：';
const composed = (names: readonly string[], count = 15) => `一、组成人员。领导小组由${names.join('、')}等${count}个部门和单位组成，市政府分管副市长任组长。`;
const byLeaders = (count = 15) => `一、组成人员。领导小组由市政府分管副市长任组长，市政府副秘书长任副组长，成员由市发展改革委、市财政局等${count}个部门和单位分管负责同志组成。`;
const duties = (names: readonly string[]) => [
  '二、成员单位职责',
  ...names.map((n, i) => `（${'一二三四五六七八九十'[i] ?? '十' + '一二三四五'[i - 10]}）${n}：负责本部门职责范围内优化营商环境相关工作，落实领导小组部署的各项任务。`),
];
const named = (count: number, found: number, where: string) => [`称${count}个部门和单位，${where}${found}个 (${found} member units are named, not ${count})`];

describe(`${RULE}: the members of a body set up (由…等15个部门和单位组成) against the units named`, () => {
  it('flags a count other than the units the sentence names, at the count', () => {
    const text = notice(lead, composed(UNITS.slice(0, 14)));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), named(15, 14, '句中列出'));
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '15个部门和单位');
    assert.deepEqual(messages(lead, composed(UNITS, 14)), named(14, 15, '句中列出'));
    assert.deepEqual(messages(lead, composed(UNITS.slice(0, 4), 5).replace('部门和单位', '部门')), [
      '称5个部门，句中列出4个 (4 member units are named, not 5)',
    ]);
  });

  it('flags a count other than the units whose duties are set out below', () => {
    assert.deepEqual(messages(lead, byLeaders(), ...duties(UNITS.slice(0, 14))), named(15, 14, '其后所列职责涉及'));
    assert.deepEqual(messages(lead, byLeaders(), ...duties(UNITS.slice(0, 14)).map((d) => d.replace('负责本部门', '保障本部门'))), named(15, 14, '其后所列职责涉及'));
    // Units sharing a duty paragraph; units given as paragraphs with no label.
    const shared = duties(UNITS).slice(1).map((d) => d.replace(/^（[一二三四五六七八九十]+）/, ''));
    shared.splice(0, 2, '市发展改革委、市教育局：负责统筹协调优化营商环境相关工作。');
    assert.deepEqual(messages(lead, byLeaders(16), '二、成员单位职责', ...shared), named(16, 15, '其后所列职责涉及'));
  });

  it('reads the sentence and the duties where a narrow page\'s wrap cut their lines', () => {
    const wrapped = (...p: string[]) => hardWrapped(notice(...p), 24);
    assert.ok(wrapped(lead, composed(UNITS.slice(0, 14))).includes('市教育\n局') && wrapped(lead, byLeaders(), ...duties(UNITS)).includes('优化营商\n环境相关工作'));
    assert.deepEqual(run(RULE, wrapped(lead, composed(UNITS.slice(0, 14)))).map((f) => f.message), named(15, 14, '句中列出'));
    assert.deepEqual(run(RULE, wrapped(lead, byLeaders(), ...duties(UNITS.slice(0, 14)))).map((f) => f.message), named(15, 14, '其后所列职责涉及'));
    assert.deepEqual(run(RULE, wrapped(lead, composed(UNITS))), []);
    assert.deepEqual(run(RULE, wrapped(lead, byLeaders(), ...duties(UNITS))), []);
  });

  it('is quiet where the units agree, are not all named, or the count is not given', () => {
    for (const quiet of [
      [lead, composed(UNITS)],
      [lead, byLeaders(), ...duties(UNITS)],
      // A few names before 等 are examples; no duties below.
      [lead, byLeaders()],
      [lead, composed(UNITS.slice(0, 5))],
      [lead, composed(UNITS.slice(0, 3), 5)],
      // 等 with no count; the duties of some units, the rest left to a closing line.
      [lead, `一、组成人员。领导小组由${UNITS.slice(0, 14).join('、')}等部门和单位组成。`],
      [lead, byLeaders(), ...duties(UNITS.slice(0, 14)), '其他成员单位按照各自职责，做好优化营商环境相关工作。'],
      // Duties in other words; the counties' governments and the body's office are no members.
      [lead, byLeaders(), ...duties(UNITS).map((d) => d.replace('负责本部门', '统筹本部门')), '（十六）各县（区）人民政府：负责本地区优化营商环境工作。', '（十七）领导小组办公室：负责日常工作。'],
      // A unit leading the body named apart from the list.
      [lead, `一、组成人员。领导小组由${UNITS[0]}牵头，${UNITS.slice(1).join('、')}等15个部门和单位组成。`],
      // A count of units that is no body's members.
      [lead, `一、工作目标。推动${UNITS.slice(0, 14).join('、')}等15个部门和单位开展营商环境自查。`],
    ]) assert.deepEqual(messages(...quiet), [], quiet.join('\n'));
  });

  it('reads the last two units joined by 和, and duties past a page line, a page break or the counties\' own', () => {
    const joined = `一、组成人员。领导小组由${UNITS.slice(0, 13).join('、')}和${UNITS[13]}等14个部门和单位组成。`;
    assert.deepEqual(messages(lead, joined), []);
    assert.deepEqual(messages(lead, joined.replace('等14个', '等15个')), named(15, 14, '句中列出'));
    // A name with 和 inside it is one unit (市工业和信息化局).
    assert.deepEqual(messages(lead, composed(UNITS.slice(0, 4), 4)), []);
    const list = duties(UNITS);
    const broken = [...list.slice(0, 4), '— 2 —', ...list.slice(4, 8), '（九）各县（区）人民政府：负责本地区优化营商环境工作。', ...list.slice(8)];
    assert.deepEqual(messages(lead, byLeaders(), ...broken), []);
    assert.deepEqual(messages(lead, byLeaders(16), ...broken), named(16, 15, '其后所列职责涉及'));
    // A duty a page break cut in two: its rest opens no new paragraph of the list.
    const cut = [...list.slice(0, 6), list[6].slice(0, 20), list[6].slice(20), ...list.slice(7)];
    assert.deepEqual(messages(lead, byLeaders(), ...cut), []);
  });
});
