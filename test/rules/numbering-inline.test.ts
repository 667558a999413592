import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { lines, run } from './helpers';

const RULE = 'numbering/inline';

/** A notice whose body holds the given paragraphs. */
function notice(...paragraphs: string[]): string {
  return [
    '某市人民政府关于加强安全生产工作的通知', '', '某政发〔2024〕6号', '', '各区人民政府，市政府各部门：', '',
    ...paragraphs.flatMap((p) => [p, '']),
    '某市人民政府', '2024年2月1日', '',
  ].join('\n');
}
/** Line of the n-th body paragraph (0-based). */
const line = (n: number) => 7 + 2 * n;

describe(RULE, function () {
  it('reports SX 15号\'s 二是 with no 一是, and nothing else in the corpus', function () {
    if (!corpusAvailable) this.skip();
    const found = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), found), [152]);
    assert.match(found[0].message, /从“二是”开始，前面缺少“一是”/);
    // J18 has 一是…三是 inside items (155-177) and paragraphs that each open with the next one (350-360).
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('is quiet on enumerations that run in sequence, inline or paragraph by paragraph', () => {
    const text = notice(
      '（一）压实责任。一是落实属地责任，二是落实部门监管责任，三是落实企业主体责任。',
      '重点抓好以下领域：（1）道路交通；（2）建筑施工；（3）危险化学品。',
      '主要包括：1.开展安全生产月活动；2.开展应急演练；3.开展隐患排查。',
      '近期建设项目：①城市更新项目30个；②综合交通项目15个；③公共服务设施项目20个。',
      '一是聚焦经济调节数字化，提升协同决策能力。',
      '二是聚焦市场管理数字化，提升协同监管能力。',
      '增长率为2.5%；3.5%的企业达标。统一是前提，协同是关键。',
    );
    assert.deepEqual(run(RULE, text), []);
  });

  it('flags a skipped number in each kind of inline enumeration', () => {
    const text = notice(
      '（一）压实责任。一是落实属地责任，三是落实企业主体责任。',
      '重点抓好以下领域：（1）道路交通；（2）建筑施工；（4）危险化学品。',
      '主要包括：1.开展安全生产月活动；3.开展应急演练。',
      '近期建设项目：①城市更新项目30个；③公共服务设施项目20个。',
    );
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [line(0), line(1), line(2), line(3)]);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['三是', '（4）', '3.', '③']);
    assert.match(found[0].message, /“一是”之后为“三是”，缺少“二是”/);
    assert.match(found[1].message, /缺少“（3）”/);
    assert.match(found[3].message, /缺少“②”/);
    assert.ok(found.every((f) => f.severity === 'warning'));
  });

  it('flags a repeat, a run that does not start at one, and a paragraph that skips on from the one before', () => {
    const text = notice(
      '近期建设项目：①城市更新项目；②综合交通项目；②公共服务设施项目。',
      '推进加工贸易创新发展。二是以“抱团参展”方式举办特色产品展。',
      '一是聚焦经济调节数字化，提升协同决策能力。',
      '三是聚焦公共服务数字化，提升协同办事能力。',
    );
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [line(0), line(1), line(3)]);
    assert.match(found[0].message, /“②”不连续（上一项为“②”），应为“③”/);
    assert.match(found[1].message, /从“二是”开始/);
    assert.match(found[2].message, /从“三是”开始，前面缺少“二是”/);
  });

  it('goes on from the label that opens the paragraph: （1）道路交通；（2）建筑施工', () => {
    assert.deepEqual(run(RULE, notice('（1）道路交通；（2）建筑施工；（3）危险化学品。', '1.开展活动；2.开展演练。', '（3）加强执法；（4）完善设施。')), []);
    const text = notice('（1）道路交通；（3）建筑施工。');
    assert.deepEqual(run(RULE, text).map((f) => text.slice(f.range.start, f.range.end)), ['（3）']);
  });

  it('takes circled numbers after a word or a closing quote for note markers, not items', () => {
    const text = notice(
      '为深入贯彻落实省委、省政府关于全域推进未来社区建设的决策部署①，打造共同富裕现代化基本单元。',
      '坚持以人民为中心，以“三化九场景”②为引领，整体推进城镇社区和乡村社区建设。',
      '对2000年底前建成的老旧小区开展综合改造③，同步实施加装电梯等工作。',
      '依托“浙里未来社区在线”应用，实现社区治理数据“一仓共享”④。',
    );
    assert.deepEqual(run(RULE, text), []);
    // An item's label still counts when the text follows it, even after a closing quote's clause.
    const items = notice('主要包括：①城市更新项目；③公共服务设施项目。');
    assert.deepEqual(run(RULE, items).map((f) => items.slice(f.range.start, f.range.end)), ['③']);
  });

  it('leaves labels that open lines to numbering/sequence, and tables alone', () => {
    const text = notice('（一）加强组织领导。', '（三）加强宣传教育。', '序号\t任务\t责任单位', '1\t开展活动；3.开展演练\t市应急局');
    assert.deepEqual(run(RULE, text), []);
  });

  it('counts 第一，…第二，… and 其一，…其二，… as enumerations too, paragraph by paragraph or inline', () => {
    const clean = notice('第一，加强组织领导。', '第二，强化资金保障。', '主要有两方面原因：其一，基础薄弱；其二，投入不足。', '这是第一次召开，第一条规定了适用范围。');
    assert.deepEqual(run(RULE, clean), []);
    const text = notice('第一，加强组织领导。', '第三，强化资金保障。', '主要有两方面原因：其一，基础薄弱；其三，投入不足。');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['第三', '其三']);
    assert.match(found[0].message, /缺少“第二”/);
    assert.match(found[1].message, /缺少“其二”/);
  });
});
