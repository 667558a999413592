import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

/** A 通报 of the bases a bureau recognised, in the paragraphs given. */
const notice = (...paragraphs: string[]) =>
  documentText({
    title: '某市农业农村局关于2025年度市级现代农业示范基地认定情况的通报', number: '某农发〔2025〕22号', to: '各县（区）农业农村局：',
    paragraphs, signer: '某市农业农村局', date: '2025年9月18日',
  });
const messages = (...paragraphs: string[]) => run(RULE, notice(...paragraphs)).map((f) => f.message);
const named = (span: string, count: number, given: number) => [`称${span}，其后所列为${given}个 (${given} places are named, not ${count})`];

describe(`${RULE}: the places a count spans, named one by one (分布在6个县（区），其中芗城区10个、…)`, () => {
  const lead = '为推进农业现代化，市农业农村局组织开展了2025年度市级现代农业示范基地认定工作。';
  const six = '今年共认定市级现代农业示范基地50个，分布在6个县（区），其中芗城区10个、龙文区8个、漳浦县12个、长泰区9个、南靖县6个、平和县5个。';

  it('flags places named more or fewer than the count, at the count', () => {
    const five = six.replace('、南靖县6个、平和县5个', '、南靖县11个');
    const text = notice(lead, five);
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), named('分布在6个县（区）', 6, 5));
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '6个县（区）');
    assert.deepEqual(messages('示范基地分布在五个乡镇：石塘镇、城东街道、白沙镇、前亭镇。'), named('分布在五个乡镇', 5, 4));
    assert.deepEqual(messages('示范基地分布在全市五个乡镇：石塘镇、城东街道、白沙镇、前亭镇。'), named('分布在全市五个乡镇', 5, 4));
    assert.deepEqual(messages('共完成改造项目18个，涉及3个县（区）。其中，芗城区8个，龙文区6个，漳浦县2个，长泰区2个。'), named('涉及3个县（区）', 3, 4));
  });

  it('reads the list where a narrow page\'s wrap cut its lines', () => {
    const text = hardWrapped(notice(lead, six.replace('、南靖县6个、平和县5个', '、南靖县11个')), 25);
    assert.ok(text.includes('分布在6\n个县（区）') && text.includes('漳浦县1\n2个'));
    assert.deepEqual(run(RULE, text).map((f) => f.message), named('分布在6个县（区）', 6, 5));
    assert.deepEqual(run(RULE, hardWrapped(notice(lead, six), 25)), []);
  });

  it('reads the last two places joined by 和, not the 和 of a name', () => {
    assert.deepEqual(messages('存在问题的水源地涉及4个乡镇，分别是石塘镇、白沙镇和城东街道。'), ['称涉及4个乡镇，其后所列为3个 (3 places are named, not 4)']);
    assert.deepEqual(messages('存在问题的水源地涉及3个乡镇，分别是石塘镇、白沙镇和城东街道。'), []);
    assert.deepEqual(messages('项目涉及4个乡镇，分别是石塘镇、白沙镇、和平镇和城东街道。'), []);
  });

  it('is quiet where as many places are named, or the list names some of them only', () => {
    for (const quiet of [
      six,
      '示范基地分布在四个乡镇：石塘镇、城东街道、白沙镇、前亭镇。',
      // Some places only: 等, 主要, the rest apart, a subset with its count, parts that are no places.
      '今年共认定示范基地50个，分布在6个县（区），主要集中在芗城区、龙文区。',
      '今年共认定示范基地50个，分布在6个县（区），其中芗城区10个、龙文区8个等。',
      '今年共认定示范基地50个，分布在6个县（区），其中芗城区10个、龙文区8个，其余4个县（区）共32个。',
      '今年共认定示范基地50个，分布在6个县（区），其中3个县位于山区。',
      '今年共认定示范基地50个，分布在6个县（区），其中省级示范基地10个、市级示范基地40个。',
      '今年共建成文化站20个，覆盖6个乡镇，其中石塘镇、白沙镇为重点镇。',
      // Places of another kind (城区, 乡镇) are no places each.
      '今年共建成文化站20个，覆盖6个乡镇，其中城区8个、乡镇12个。',
    ]) assert.deepEqual(messages(lead, quiet), [], quiet);
  });
});
