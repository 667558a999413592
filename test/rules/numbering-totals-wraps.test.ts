// numbering/totals on hard-wrapped text: a sentence's parts broken over lines are read whole.
import { strict as assert } from 'node:assert';
import { run } from './helpers';

const RULE = 'numbering/totals';

describe(`${RULE}: parts listed over lines a wrap broke after a semicolon`, () => {
  const bulletin = (third: string) =>
    [
      '2025年某市国民经济和社会发展统计公报', '', '某市统计局', '', '2026年3月20日', '', '2025年，全市经济运行总体平稳。', '', '一、综合', '',
      '初步核算，全年全市地区生产总值2856.4亿元，按可比价格计算，比', '上年增长5.8%。其中，第一产业增加值214.6亿元，增长3.2%；',
      '第二产业增加值1142.8亿元，增长6.4%；第三产业增加值', `${third}亿元，增长5.7%。三次产业结构为7.5∶40.0∶`, '52.5。', '',
    ].join('\n');

  it('adds up the parts on the lines under the semicolon', () => {
    assert.deepEqual(run(RULE, bulletin('1489.0')).map((f) => f.message), ['称共2856.4亿元，“其中”所列各项之和为2846.4亿元 (the parts listed add up to 2846.4, not 2856.4)']);
    assert.deepEqual(run(RULE, bulletin('1499.0')), []);
  });
});
