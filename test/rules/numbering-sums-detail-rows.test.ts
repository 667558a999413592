// numbering/sums on a table's 其中 rows against the row they detail.
import { strict as assert } from 'node:assert';
import { inject, run } from './helpers';

const RULE = 'numbering/sums';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

/** A budget report with two tables of 其中 rows: parts that make the whole, and parts that are some of it. */
const REPORT = [
  '某市财政局关于2024年全市预算执行情况的通报', '', '某财预〔2025〕3号', '', '各区财政局，市级各预算单位：', '',
  '　　全市一般公共预算收入412.8亿元，为预算的100.2%。执行情况见表1、表2。', '',
  '表1　2024年全市一般公共预算收入执行情况', '', '单位：亿元', '',
  '项目	预算数	执行数	完成预算%	比上年增长%',
  '一般公共预算收入	412.0	412.8	100.2	4.2',
  '其中：税收收入	310.0	308.6	99.5	3.1',
  '　　　非税收入	102.0	104.2	102.2	7.6',
  '政府性基金预算收入	330.0	335.6	101.7	2.0',
  '其中：国有土地使用权出让收入	300.0	301.2	100.4	1.5',
  '', '表2　2024年市本级“三公”经费支出情况', '', '单位：万元', '',
  '项目	预算数	执行数	完成预算%',
  '因公出国（境）费	320	286	89.4',
  '公务用车购置及运行费	1850	1712	92.5',
  '其中：公务用车购置费	450	398	88.4',
  '　　　公务用车运行费	1400	1314	93.9',
  '公务接待费	630	541	85.9',
  '合计	2800	2539	90.7', '',
  '某市财政局', '', '2025年2月20日', '',
].join('\n');

describe(`${RULE}: 其中 rows`, () => {
  it('is quiet on parts that make the whole and add up, and on parts that are some of it', () => {
    assert.deepEqual(messages(REPORT), []);
  });

  it('reports parts known to make the whole that do not add up to it, on the whole\'s figure', () => {
    const text = inject(REPORT, '其中：公务用车购置费	450	398', '其中：公务用车购置费	450	389');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['“其中”所列公务用车购置费、公务用车运行费之和为1703，与“公务用车购置及运行费”的1712不符 (the parts add up to 1703, not 1712)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '1712');
    assert.match(text.slice(found[0].related![0].range.start, found[0].related![0].range.end), /^其中：公务用车购置费.*\n.*公务用车运行费\t1400\t1314\t93\.9$/);
    // A name and its complement, in decimals.
    assert.deepEqual(messages(inject(REPORT, '非税收入	102.0	104.2', '非税收入	102.0	105.2')), [
      '“其中”所列税收收入、非税收入之和为413.8，与“一般公共预算收入”的412.8不符 (the parts add up to 413.8, not 412.8)',
    ]);
  });

  it('reports parts of any kind that add up to more than the whole', () => {
    assert.deepEqual(messages(inject(REPORT, '国有土地使用权出让收入	300.0	301.2', '国有土地使用权出让收入	300.0	351.2')), [
      '“其中”所列国有土地使用权出让收入为351.2，超过“政府性基金预算收入”的335.6 (the rows under 其中 add up to 351.2, more than 335.6)',
    ]);
  });

  it('stays quiet where parts of the whole are not known to be all of it, or no column adds up', () => {
    // Two parts, neither a complement of the other nor named in the whole: some of it.
    assert.deepEqual(messages(inject(REPORT, '　　　非税收入	102.0	104.2', '　　　个人所得税	52.0	54.2')), []);
    // Every column off: the rows are not read as that whole's parts.
    const shifted = inject(REPORT, '其中：税收收入	310.0	308.6', '其中：税收收入	311.0	309.6');
    assert.deepEqual(messages(shifted), []);
    // A row flush left after the 其中 row is the table's next item, not a part.
    assert.deepEqual(messages(inject(REPORT, '　　　非税收入	102.0	104.2', '非税收入	102.0	104.2')), []);
  });
});
