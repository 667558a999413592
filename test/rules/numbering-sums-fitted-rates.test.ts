// numbering/sums on a rate column no names tie to its figures (完成预算%, 整改率（%）): the two columns left of it whose
// quotient gives the rate in every row but one.
import { strict as assert } from 'node:assert';
import { hardWrapped, inject, run } from './helpers';

const RULE = 'numbering/sums';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

const REPORT = [
  '某市安全生产委员会关于2025年上半年安全生产大检查情况的通报', '', '某安委〔2025〕9号', '', '各县（区）安委会，市安委会各成员单位：', '',
  '　　全市共检查生产经营单位4862家，各县（区）检查及整改情况见下表。', '',
  '县（区）	检查单位（家）	排查隐患（处）	其中重大隐患（处）	已整改（处）	整改率（%）',
  '榕城区	1126	768	3	751	97.8',
  '江北区	984	652	2	641	98.3',
  '古州县	1058	721	4	696	96.5',
  '平永县	873	590	3	573	97.1',
  '乐里县	821	559	2	537	96.0',
  '合计	4862	3290	14	3198	97.2', '',
  '　　各单位要按照要求抓好整改。', '',
  '表1　2025年上半年全市一般公共预算主要支出科目执行情况', '', '单位：亿元', '',
  '科目	年度预算数	上半年执行数	完成预算%	增长%	占支出比重%',
  '一般公共服务支出	22.40	11.05	49.3	1.2	7.7',
  '公共安全支出	14.80	7.62	51.5	2.8	5.3',
  '教育支出	52.60	28.34	53.9	6.2	19.9',
  '科学技术支出	8.20	3.96	48.3	9.6	2.8',
  '社会保障和就业支出	41.50	23.18	55.9	7.5	16.2',
  '其他支出	139.10	68.50	49.2	2.5	48.0',
  '合计	278.60	142.65	51.2	3.6	100.0', '',
  '某市安全生产委员会', '', '2025年7月10日', '',
].join('\n');

describe(`${RULE}: a rate column read against the two columns that give it`, () => {
  it('is quiet where every row gives its rate, rounded or cut (乐里县 96.06 printed 96.0), and on changes and shares', () => {
    assert.deepEqual(messages(REPORT), []);
    assert.deepEqual(messages(hardWrapped(REPORT, 23)), []);
  });

  it('reports the one row whose rate its figures do not give', () => {
    const found = run(RULE, inject(REPORT, '教育支出	52.60	28.34	53.9', '教育支出	52.60	28.34	55.9'));
    assert.deepEqual(found.map((f) => f.message), ["完成预算%为55.9，按本行上半年执行数÷年度预算数应约为53.9 (the rate is not this row's 上半年执行数 over 年度预算数: about 53.9)"]);
    assert.deepEqual(messages(inject(REPORT, '古州县	1058	721	4	696	96.5', '古州县	1058	721	4	696	95.6')), [
      "整改率（%）为95.6，按本行已整改（处）÷排查隐患（处）应约为96.5 (the rate is not this row's 已整改（处） over 排查隐患（处）: about 96.5)",
    ]);
  });

  it('is quiet where the columns give the rate in too few rows to be told, or miss it in two', () => {
    const few = REPORT.replace(/^(?:榕城区|江北区|古州县)\t.*\n/gm, '');
    assert.deepEqual(messages(inject(few, '平永县	873	590	3	573	97.1', '平永县	873	590	3	573	99.1')), []);
    const two = inject(inject(REPORT, '榕城区	1126	768	3	751	97.8', '榕城区	1126	768	3	751	95.8'), '江北区	984	652	2	641	98.3', '江北区	984	652	2	641	96.3');
    assert.deepEqual(messages(two), []);
  });

  it('takes a figure written whole for rounded (3 万元 of 4 at 82.1%), and reads two pairs that agree on the row', () => {
    const table = (rows: string[]) => [
      '某市财政局关于2025年乡镇财政支出执行情况的通报', '', '某财发〔2026〕2号', '', '各乡镇人民政府：', '', '　　执行情况见下表。', '', '单位：万元', '',
      ...rows, '', '某市财政局', '', '2026年2月10日', '',
    ].join('\n');
    const budget = ['项目	预算数	执行数	完成预算%', '一般公共服务支出	1286	1298	100.9', '公共安全支出	864	851	98.5', '教育支出	2864	2902	101.3', '科学技术支出	423	431	101.9', '其他支出	4	3	82.1'];
    assert.deepEqual(messages(table(budget)), []);
    assert.equal(messages(table(budget.map((r) => r.replace('2864	2902	101.3', '2864	2902	110.3')))).length, 1);
    // 办结件数 equals 承办件数 in every row: 解决采纳件数 over either gives the rate, and the row that misses is the same.
    const replies = ['承办单位	承办件数	办结件数	解决采纳件数	办结率（%）	解决采纳率（%）', '市发展改革委	42	42	38	100.0	90.5', '市教育局	36	36	31	100.0	86.1', '市公安局	28	28	25	100.0	89.3', '市民政局	24	24	22	100.0	91.7', '市住房城乡建设局	46	46	39	100.0	84.8'];
    assert.deepEqual(messages(table(replies)), []);
    assert.deepEqual(messages(table(replies.map((r) => r.replace('31	100.0	86.1', '31	100.0	76.1')))), [
      "解决采纳率（%）为76.1，按本行解决采纳件数÷承办件数应约为86.1 (the rate is not this row's 解决采纳件数 over 承办件数: about 86.1)",
    ]);
  });
});
