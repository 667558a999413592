// A draft converted from Word by pandoc to Markdown: headings with attributes ({#id .unnumbered}),
// hard line breaks (a trailing \), bookmark spans ([]{#_Toc1 .anchor}), a 目录 of link lines
// ([title……（2）](#_Toc1)), a bold label (**附件：**1．…), a pipe table, escaped list stops (1\.) and
// brackets (\[2024\]), a footnote. The parser must read through all of it, and the rules stay quiet on
// it, then catch defects injected into it.
import { strict as assert } from 'node:assert';
import { analyze, applyFixes, parseIssue } from '../../server/src/engine';
import { assertClean, itCatches } from '../rules/helpers';

const DRAFT = [
  '# 临江市人民政府公报', '', '**2024年第3期**', '', '## 目　录', '',
  '[临江市人民政府关于印发临江市推进数字经济高质量发展三年行动方案（2024—2026年）的通知（临政发〔2024〕5号）……（1）](#_Toc160000001)', '',
  '[临江市人民政府办公室关于进一步加强城市内涝治理工作的意见（临政办发〔2024〕11号）……（4）](#_Toc160000002)', '',
  '# 临江市人民政府关于印发临江市推进数字经济\\', '高质量发展三年行动方案（2024—2026年）的通知', '', '临政发〔2024〕5号', '',
  '各县（市、区）人民政府，市政府各部门：\\', '现将《临江市推进数字经济高质量发展三年行动方案（2024—2026年）》印发给你们，请认真贯彻执行。', '',
  '临江市人民政府', '', '2024年3月4日', '',
  '## 临江市推进数字经济高质量发展三年行动方案（2024—2026年） {#临江市推进数字经济高质量发展三年行动方案20242026年 .unnumbered}', '',
  '为加快推动数字技术与实体经济深度融合，制定本行动方案。[^1]', '',
  '**一、重点任务**', '',
  '1\\. 做强数字产业集群。实施产业链“链长制”。（责任单位：市经信局）', '',
  '2\\. 推进制造业数字化转型。分行业制定数字化改造指南。（责任单位：市经信局）', '',
  '3\\. 加快数字基础设施建设。布局建设城市算力中心。（责任单位：市大数据局）', '',
  '**二、任务分工**', '',
  '| 序号 | 重点任务 | 牵头单位 | 配合单位 |', '|---|---|---|---|',
  '| 1 | 实施集成电路产业链“链长制” | 市经信局 | 市发展改革委、市商务局 |',
  '| 2 | 建设临江城市算力中心 | 市大数据局 | 市发展改革委、市财政局 |',
  '| 3 | 设立数字经济产业基金 | 市财政局 | 市金融办 |',
  '| 4 | 建设行业级工业互联网平台 | 市经信局 | 市科技局 |',
  '| 5 | 建设市级数据交易服务中心 | 市大数据局 | 市市场监管局 |', '',
  '[^1]: 本方案所称数字经济核心产业，按国家统计局分类确定。', '',
  '# []{#_Toc2 .anchor}临江市人民政府办公室关于进一步加强城市内涝治理工作的意见', '', '临政办发〔2024〕11号', '',
  '各县（市、区）人民政府，市政府各部门：', '', '为加强城市内涝治理，提出如下意见。', '',
  '**附件：**1．临江市城市内涝治理重点项目表', '', '2．临江市易涝点清单', '', '临江市人民政府办公室', '', '2024年3月8日', '',
  '附件1', '', '临江市城市内涝治理重点项目表', '', '| 序号 | 项目 | 责任单位 |', '|---|---|---|', '| 1 | 排水管网改造 | 市住建局 |', '| 2 | 泵站建设 | 市水利局 |', '',
  '附件2', '', '临江市易涝点清单', '', '| 序号 | 易涝点 | 责任单位 |', '|---|---|---|', '| 1 | 解放路下穿 | 市城管局 |', '| 2 | 滨江路 | 市城管局 |', '',
].join('\n');

describe('a draft pandoc made from Word (Markdown)', () => {
  it('is read: titles without their attributes and line breaks, the 目录 of links, the pipe tables, the escaped labels', () => {
    const issue = parseIssue(DRAFT);
    assert.deepEqual(issue.documents.map((d) => [d.title.norm, d.number?.key]), [
      ['临江市人民政府关于印发临江市推进数字经济高质量发展三年行动方案(2024-2026年)的通知', '临政发〔2024〕5号'],
      ['临江市人民政府办公室关于进一步加强城市内涝治理工作的意见', '临政办发〔2024〕11号'],
    ]);
    assert.deepEqual(issue.toc?.entries.map((e) => e.page), [1, 4]);
    const [plan, opinion] = issue.documents;
    assert.equal(plan.parts[1]?.title?.text, '临江市推进数字经济高质量发展三年行动方案（2024—2026年）');
    // The title's range ends where its text does, before the attributes (a fix of the title keeps them).
    const t = plan.parts[1]!.title!;
    assert.equal(DRAFT.slice(t.range.start, t.range.end), '临江市推进数字经济高质量发展三年行动方案（2024—2026年）');
    assert.deepEqual(plan.headings.filter((h) => h.kind === 'arabic').map((h) => [h.value, h.separator]), [[1, '.'], [2, '.'], [3, '.']]);
    assert.deepEqual(plan.tables.map((t) => [t.rows.length, t.columns]), [[6, { seq: 0, lead: 2, support: 3 }]]);
    assert.deepEqual(opinion.attachmentDecls.map((a) => [a.number, a.title.text]), [[1, '临江市城市内涝治理重点项目表'], [2, '临江市易涝点清单']]);
    assertClean(DRAFT);
  });

  itCatches(DRAFT, [
    ['a 序号 skipped in a pipe table', '| 3 | 设立数字经济产业基金', '| 4 | 设立数字经济产业基金', 'numbering/sequence'],
    ['a pipe table row with its unit cells emptied', '| 市财政局 | 市金融办 |', '|  |  |', 'responsible-unit/missing'],
    ['an escaped list label skipped (1\\. 2\\. 4\\.)', '3\\. 加快', '4\\. 加快', 'numbering/sequence'],
  ]);

  it('names an escaped label as the reader sees it, in messages', () => {
    const text = DRAFT.replace('3\\. 加快', '4\\. 加快');
    assert.deepEqual(analyze(text).findings.map((f) => f.message), ['编号跳号：“2.”之后为“4.”，缺少“3.” (label 3 missing before 4)']);
  });

  itCatches(DRAFT, [
    ['a title in the 目录 link differing from the body', '进一步加强城市内涝治理工作的意见（临政办发', '进一步加强城市防涝治理工作的意见（临政办发', 'cross-reference/toc'],
    ['an attachment the bold 附件说明 declares and the issue does not print', '2．临江市易涝点清单', '2．临江市易涝点清单\n\n3．临江市排水设施清单', 'cross-reference/attachments'],
  ]);

  it('reads a grid table (+----+ borders, cells wrapped over lines) as one table', () => {
    const grid = [
      '各项任务分工见下表（共3项）。', '',
      '+------+------------------+----------+', '| 序号 | 重点任务         | 牵头单位 |', '+======+==================+==========+',
      '| 1    | 实施集成电路产业 | 市经信局 |', '|      | 链“链长制”       |          |', '+------+------------------+----------+',
      '| 2    | 建设城市算力中心 | 市大数据局 |', '+------+------------------+----------+',
      '| 3    | 设立产业基金     | 市财政局 |', '+------+------------------+----------+', '',
    ].join('\n');
    const text = DRAFT.replace('**二、任务分工**', `${grid}\n**二、任务分工**`);
    const plan = parseIssue(text).documents[0];
    assert.deepEqual(plan.tables.map((t) => t.rows.length), [5, 6]);
    assertClean(text);
    assert.ok(analyze(text.replace('| 3    | 设立产业基金', '| 4    | 设立产业基金')).findings.some((f) => f.ruleId === 'numbering/sequence'));
    assert.ok(analyze(text.replace('（共3项）', '（共4项）')).findings.some((f) => f.ruleId === 'numbering/totals'));
  });

  it('reads a 目录 heading with attributes, a hard break after a declared title and inside a split number', () => {
    const variant = DRAFT.replace('## 目　录', '## 目　录 {#目录 .TOC-Heading}')
      .replace('2．临江市易涝点清单', '2．临江市易涝点清单\\')
      .replace('临政办发〔2024〕11号\n\n各县', '临政办发〔2024〕\\\n11号\n\n各县');
    const issue = parseIssue(variant);
    assert.equal(issue.toc?.entries.length, 2);
    assert.deepEqual(issue.documents.map((d) => d.number?.key), ['临政发〔2024〕5号', '临政办发〔2024〕11号']);
    assert.equal(issue.documents[1].attachmentDecls[1].title.text, '临江市易涝点清单');
    assertClean(variant);
    // The 目录 is still checked.
    assert.ok(analyze(variant.replace('加强城市内涝治理工作的意见（临政办发', '加强城市防涝治理工作的意见（临政办发')).findings.some((f) => f.ruleId === 'cross-reference/toc'));
  });

  it('reads a 目录 link line whose number has brackets in it (\\[2024\\], [2024])', () => {
    for (const bracket of ['\\[2024\\]', '[2024]', '[2024〕']) {
      const text = DRAFT.replace('（临政办发〔2024〕11号）……（4）](#_Toc160000002)', `（临政办发${bracket}11号）……（4）](#_Toc160000002)`);
      assert.deepEqual(parseIssue(text).toc?.entries.map((e) => [e.number?.key, e.page]), [['临政发〔2024〕5号', 1], ['临政办发〔2024〕11号', 4]]);
      const found = analyze(text).findings;
      assert.deepEqual(found.map((f) => f.ruleId), ['doc-number/format'], bracket);
      assert.equal(applyFixes(text, found).text, DRAFT);
    }
  });

  it('keeps a footnote and a （联系人：…） note under the 落款 in the document, not as a part of their own', () => {
    const notice = (tail: string[]) =>
      ['某市人民政府办公室关于做好防汛工作的通知', '', '某政办发〔2024〕9号', '', '各区人民政府：', '', '请做好防汛工作。[^1]', '', '某市人民政府办公室', '', '2024年5月6日', '', ...tail].join('\n');
    for (const tail of [['（此件公开发布）', '', '（联系人：李明，电话：0571-86012345）', ''], ['[^1]: 本通知所称防汛，含防台。', '']]) {
      const [d] = parseIssue(notice(tail)).documents;
      assert.deepEqual(d.parts.map((p) => p.kind), ['main'], tail[0]);
      assertClean(notice(tail));
    }
  });

  it('reports an escaped [2024] and fixes it with the escapes', () => {
    const text = DRAFT.replace('临政发〔2024〕5号\n', '临政发\\[2024\\]5号\n');
    const found = analyze(text).findings.filter((f) => f.ruleId === 'doc-number/format');
    assert.equal(found.length, 1);
    assert.equal(applyFixes(text, found).text, DRAFT);
  });
});
