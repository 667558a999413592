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
    // The slipped figure puts out its row's rate too: that is told as well, at the rate.
    const found = run(RULE, text).filter((f) => !f.message.startsWith('完成预算%'));
    assert.deepEqual(found.map((f) => f.message), ['“其中”所列公务用车购置费、公务用车运行费之和为1703，与“公务用车购置及运行费”的1712不符 (the parts add up to 1703, not 1712)']);
    assert.deepEqual(messages(text).filter((m) => m.startsWith('完成预算%')), ["完成预算%为88.4，按本行执行数÷预算数应约为86.4 (the rate is not this row's 执行数 over 预算数: about 86.4)"]);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '1712');
    assert.match(text.slice(found[0].related![0].range.start, found[0].related![0].range.end), /^其中：公务用车购置费.*\n.*公务用车运行费\t1400\t1314\t93\.9$/);
    // A name and its complement, in decimals.
    assert.deepEqual(messages(inject(REPORT, '非税收入	102.0	104.2	102.2', '非税收入	102.0	105.2	103.1')), [
      '“其中”所列税收收入、非税收入之和为413.8，与“一般公共预算收入”的412.8不符 (the parts add up to 413.8, not 412.8)',
    ]);
  });

  it('reports parts of any kind that add up to more than the whole', () => {
    assert.deepEqual(messages(inject(REPORT, '国有土地使用权出让收入	300.0	301.2', '国有土地使用权出让收入	300.0	351.2')), [
      '“其中”所列国有土地使用权出让收入为351.2，超过“政府性基金预算收入”的335.6 (the rows under 其中 add up to 351.2, more than 335.6)',
      "完成预算%为100.4，按本行执行数÷预算数应约为117.1 (the rate is not this row's 执行数 over 预算数: about 117.1)",
    ]);
  });

  it('stays quiet where parts of the whole are not known to be all of it, or no column adds up', () => {
    // Two parts, neither a complement of the other nor named in the whole: some of it.
    assert.deepEqual(messages(inject(REPORT, '　　　非税收入	102.0	104.2	102.2', '　　　个人所得税	52.0	54.2	104.2')), []);
    // Every column off: the rows are not read as that whole's parts.
    const shifted = inject(REPORT, '其中：税收收入	310.0	308.6', '其中：税收收入	311.0	309.6');
    assert.deepEqual(messages(shifted), []);
    // A row flush left after the 其中 row is the table's next item, not a part.
    assert.deepEqual(messages(inject(REPORT, '　　　非税收入	102.0	104.2', '非税收入	102.0	104.2')), []);
  });

  /** A table of the budget report's kind with the given rows. */
  const table = (rows: string[]) => inject(REPORT, REPORT.slice(REPORT.indexOf('项目\t预算数\t执行数\t完成预算%\t比上年'), REPORT.indexOf('\n\n表2')), rows.join('\n'));

  it('reads a part\'s own 其中 rows, nested a level down, as that part\'s, not the list\'s', () => {
    const nested = (tax: string) => table([
      '项目	预算数	执行数', '一般公共预算收入	412.0	412.8', '其中：税收收入	310.0	308.6', '　　　其中：增值税	150.0	140.0',
      '　　　　　　企业所得税	80.0	70.0', `　　　非税收入	102.0	${tax}`, '一般公共预算支出	1000.0	980.0', '其中：教育支出	600.0	590.0',
      '　　　　其中：义务教育	500.0	495.0', '　　　科学技术支出	100.0	98.0',
    ]);
    assert.deepEqual(messages(nested('104.2')), []);
    assert.deepEqual(messages(nested('105.2')), [
      '“其中”所列税收收入、非税收入之和为413.8，与“一般公共预算收入”的412.8不符 (the parts add up to 413.8, not 412.8)',
    ]);
  });

  it('checks a part\'s own 其中 rows against that part', () => {
    const nested = (vat: string, cit: string) => table([
      '项目	预算数	执行数', '一般公共预算收入	412.0	412.8', '其中：税收收入	310.0	308.6', `　　　其中：增值税	${vat}`,
      `　　　　　　企业所得税	${cit}`, '　　　非税收入	102.0	104.2',
    ]);
    assert.deepEqual(messages(nested('150.0	140.0', '80.0	70.0')), []);
    assert.deepEqual(messages(nested('150.0	140.0', '180.0	70.0')), [
      '“其中”所列增值税、企业所得税之和为330.0，超过“税收收入”的310.0 (the rows under 其中 add up to 330.0, more than 310.0)',
    ]);
    // Each part written with its 其中, as far in as the one before: siblings, not one under the other.
    assert.deepEqual(messages(table(['项目	执行数', '一般公共预算收入	412.8', '其中：税收收入	100.0', '其中：非税收入	312.8'])), []);
    // A 其中 flush left after the parts: a second breakdown of the whole, not of the last part.
    const second = ['项目	执行数', '一般公共预算收入	412.8', '其中：税收收入	308.6', '　　　非税收入	104.2', `其中：市级	${'250.0'}`, '　　　县级	162.8'];
    assert.deepEqual(messages(table(second)), []);
  });

  it('reads a part\'s own 其中 set as far in as the part, its rows as far in as the part\'s siblings, the way its figures fit', () => {
    // 其中：增值税 is 税收收入's, its list (增值税, 企业所得税) ending where the figures say: 非税收入 goes on with the whole's.
    const unaligned = (tax: string) => table([
      '项目	预算数	执行数', '一般公共预算收入	412.0	412.8', '其中：税收收入	310.0	308.6', '其中：增值税	150.0	140.0',
      '　　　企业所得税	80.0	70.0', `　　　非税收入	102.0	${tax}`, '政府性基金预算收入	330.0	335.6',
    ]);
    assert.deepEqual(messages(unaligned('104.2')), []);
    assert.deepEqual(messages(unaligned('105.2')), [
      '“其中”所列税收收入、非税收入之和为413.8，与“一般公共预算收入”的412.8不符 (the parts add up to 413.8, not 412.8)',
    ]);
    // Siblings each with its 其中 and rows of their own under the second: a reading that adds up, quiet.
    const siblings = ['项目	执行数', '一般公共预算收入	412.8', '其中：税收收入	100.0', '其中：非税收入	312.8', '　　　罚没收入	60.0', '　　　专项收入	40.0'];
    assert.deepEqual(messages(table(siblings)), []);
  });

  it('ends a part\'s own 其中 list at a row no further in than that part', () => {
    const rows = ['项目	执行数', '一般公共预算收入	412.8', '其中：税收收入	300.0', '　　　非税收入	80.0', '　　　　其中：罚没收入	60.0', '　　　其他收入	32.8'];
    assert.deepEqual(messages(table(rows)), []);
  });

  it('adds no part written in another unit than the whole', () => {
    assert.deepEqual(messages(table(['指标	2024年', '一般公共预算收入（亿元）	412.8', '其中：税收收入（万元）	3086000'])), []);
    assert.deepEqual(messages(table(['指标	单位	2024年', '一般公共预算收入	亿元	412.8', '其中：税收收入	万元	3086000', '　　　非税收入	万元	1042000'])), []);
    // The same unit: the part is read against the whole.
    assert.deepEqual(messages(table(['指标	2024年', '一般公共预算收入（亿元）	412.8', '其中：税收收入（亿元）	508.6'])), [
      '“其中”所列税收收入（亿元）为508.6，超过“一般公共预算收入（亿元）”的412.8 (the rows under 其中 add up to 508.6, more than 412.8)',
    ]);
  });

  it('reads parts of people or firms as ones that may overlap: only a part past the whole alone is reported', () => {
    const staff = (women: number) => table(['项目	人数', '公务员	500', `其中：女	${women}`, '　　　少数民族	50', '　　　35岁以下	300']);
    assert.deepEqual(messages(staff(200)), []);
    assert.deepEqual(messages(staff(520)), ['“其中”所列女为520，超过“公务员”的500 (the rows under 其中 add up to 520, more than 500)']);
    const firms = table([
      '项目	企业数（家）	营业收入（亿元）', '规模以上工业企业	1200	3500.0', '其中：国有控股企业	300	1500.0', '　　　股份制企业	800	2600.0', '　　　外商及港澳台投资企业	200	600.0',
    ]);
    assert.deepEqual(messages(firms), []);
  });
});
