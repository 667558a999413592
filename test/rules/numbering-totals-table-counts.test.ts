// numbering/totals on a count in a document's text of what its one numbered table lists, named by the table's header:
// 重大行政决策事项共9项 over a table of 决策事项名称, 清单共列收费项目8项 over one of 收费项目.
import { strict as assert } from 'node:assert';
import { run, suggested } from './helpers';

const RULE = 'numbering/totals';
const messages = (text: string) => run(RULE, text).map((f) => f.message);

const ROWS = [
  '1\t沂江市国土空间总体规划实施评估\t市自然资源和规划局\t2025年第四季度',
  '2\t沂江市城市供水价格调整方案\t市发展改革委\t2025年第二季度',
  '3\t沂江市中心城区公共停车设施专项规划\t市城市管理局\t2025年第三季度',
  '4\t沂江市养老服务设施布局规划\t市民政局\t2025年第三季度',
  '5\t沂江市城乡居民基本医疗保险实施办法\t市医疗保障局\t2025年第四季度',
];

/** A notice with `sentence` in its text and the catalogue it prints (`extra` lines after the table). */
const notice = (sentence: string, extra: string[] = []) =>
  [
    '沂江市人民政府办公室关于印发沂江市2025年度重大行政决策事项目录的通知', '', '沂政办发〔2025〕6号', '', '各县（市、区）人民政府，市政府各部门：', '',
    '　　《沂江市2025年度重大行政决策事项目录》已经市政府同意，现印发给你们，并就有关事项通知如下：', '',
    `　　一、${sentence}`, '', '　　二、各承办单位要严格履行法定程序，按时完成决策事项。', '',
    '　　附件：沂江市2025年度重大行政决策事项目录', '', '沂江市人民政府办公室', '', '2025年2月18日', '', '附件', '',
    '沂江市2025年度重大行政决策事项目录', '', '序号\t决策事项名称\t承办单位\t完成时限', ...ROWS, '', ...extra,
  ].join('\n');

describe(`${RULE}: a count of what the document's one numbered table lists`, () => {
  it('counts the numbered rows of the table whose header names what is counted', () => {
    assert.deepEqual(messages(notice('2025年度市政府重大行政决策事项共5项，由各承办单位组织实施。')), []);
    assert.deepEqual(messages(notice('2025年度市政府重大行政决策事项共6项，由各承办单位组织实施。')), [
      '正文称决策事项共6项，表中实际列出5项 (the text counts 6, the table lists 5)',
    ]);
    assert.match(suggested(RULE, notice('2025年度市政府重大行政决策事项共六项，由各承办单位组织实施。')), /决策事项共五项/);
    // 共 and a verb before what is counted.
    assert.equal(messages(notice('目录共列决策事项6项，由各承办单位组织实施。')).length, 1);
  });

  it('stays quiet on counts of other things, parts, rough or far counts, and with two numbered tables', () => {
    for (const sentence of [
      '2025年度市政府重大行政决策事项共5项。2024年度决策事项共8项已全部完成。',
      '2025年度共安排专项资金6项，由各承办单位组织实施。',
      '2025年度重大行政决策事项中，其中规划类决策事项共3项。',
      '2025年度市政府重大行政决策事项共6项以上。',
      '全市各级重大行政决策事项共40项，由各承办单位组织实施。',
    ]) assert.deepEqual(messages(notice(sentence)), [], sentence);
    const second = ['附表', '', '序号\t决策事项名称\t承办单位', '1\t某项\t市司法局', ''];
    assert.deepEqual(messages(notice('2025年度市政府重大行政决策事项共6项。', second)), []);
  });
});
