import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';
import { parseIssue } from '../../server/src/engine';

const RULE = 'cross-reference/attachments';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports the corpus attachment defects of §8 and nothing else', () => {
    assert.deepEqual(run(RULE, corpus('J18')), []);
    const j19 = run(RULE, corpus('J19'));
    assert.deepEqual(lines(corpus('J19'), j19), [422]);
    assert.equal(j19[0].severity, 'info'); // 附件4 is never cited while 1-3 are
    const sx = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), sx), [2066, 2070]);
    assert.ok(sx.every((f) => f.severity === 'warning' && /防治慢性病中长期规划/.test(f.message)));
    assert.equal(sx[0].suggestions?.[0].edits[0].text, '绍兴市防治慢性病中长期规划');
  });

  it('flags a printed attachment title that differs from its declaration', () => {
    const text = inject(excerpt('SX', 103, 269), '附件\n\n绍兴市深度参与“一带一路”建设重点工作责任清单', '附件\n\n绍兴市深度参与“一带一路”建设重点任务责任清单');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [220 - 102]);
    assert.deepEqual(found[0].related?.map((r) => text.slice(r.range.start, r.range.start + 6)), ['绍兴市深度参']);
  });

  it('flags a declared attachment that is not printed, and a printed one that is not declared', () => {
    const notPrinted = excerpt('SX', 103, 217);
    assert.deepEqual(lines(notPrinted, run(RULE, notPrinted)), [216 - 102]);
    const undeclared = inject(excerpt('SX', 103, 269), '附件:\n\n绍兴市深度参与“一带一路”建设重点工作责任清单(2018-2022年)\n\n', '');
    const found = run(RULE, undeclared);
    assert.deepEqual(lines(undeclared, found), [218 - 102 - 4]);
    assert.match(found[0].message, /没有附件说明/);
  });

  it('counts an attachment printed without its 附件 line (SX 48号) as printed, and compares its title', () => {
    const base = excerpt('SX', 1297, 1413);
    assert.deepEqual(run(RULE, base), []);
    const text = inject(base, '\n\n绍兴市加强个人诚信体系建设重点任务分工表\n\n序号', '\n\n绍兴市加强个人诚信体系建设主要任务分工表\n\n序号');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1390 - 1296]);
    assert.match(found[0].message, /附件说明/);
  });

  it('leaves attachments marked (略) alone', () => {
    assert.deepEqual(run(RULE, excerpt('J18', 45, 64)), []);
  });

  it('leaves misnumbered lists to numbering/sequence, and still resolves 见附件N by position', () => {
    const text = inject(excerpt('J19', 379, 427), '2. 农信机构“一对一”', '3. 农信机构“一对一”');
    assert.deepEqual(run(RULE, text).filter((f) => f.severity === 'error'), []);
  });

  it('flags 见附件N with no attachment N, and then keeps the soft check quiet', () => {
    const text = inject(excerpt('J19', 379, 427), '(见附件 2)', '(见附件 5)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [399 - 378]);
    assert.match(found[0].message, /没有附件5/);
    // Each of the attachments listed after it: 见附件2、附件5.
    const listed = inject(excerpt('J19', 379, 427), '(见附件 2)', '(见附件 2、附件 5)');
    assert.match(run(RULE, listed)[0]?.message ?? '', /没有附件5/);
    assert.deepEqual(run(RULE, inject(excerpt('J19', 379, 427), '(见附件 2)', '(见附件 1、附件 2)')).filter((f) => /没有附件/.test(f.message)), []);
  });
  describe('a 附件1 printed in parts (附件1-1, 附件1-2), and a printed title marked （略）', () => {
    const notice = (parts: string[], second = '2025年市级部门预算项目申报说明（略）') =>
      [
        '某市财政局关于编制2025年市级部门预算的通知', '', '某财预〔2024〕30号', '', '市级各部门：', '', '现将有关事项通知如下。', '',
        '附件：1．2025年市级部门预算编制表格', '2．2025年市级部门预算项目申报说明', '', '某市财政局', '', '2024年9月1日', '',
        '附件1', '', '2025年市级部门预算编制表格', '', ...parts, '附件2', '', second, '',
      ].join('\n');
    const parts = ['附件1-1', '', '部门收支总表', '', '项目\t金额', '收入\t100', '', '附件1-2', '', '部门项目支出表', '', '项目\t金额', '支出\t100', ''];

    it('takes the parts of a 附件1 declared whole as declared with it', () => {
      assert.deepEqual(run(RULE, notice(parts)), []);
    });

    it('reads （略） after a printed title as no part of it, and still compares the title', () => {
      assert.deepEqual(run(RULE, notice([])), []);
      assert.equal(run(RULE, notice([], '2025年市级部门预算项目编制说明（略）')).length, 1);
    });
  });
  describe('附表 (tables printed with a document) and 见附表N', () => {
    const notice = (see: string, labels: [string, string]) =>
      [
        '某市人民政府办公室关于开展质量工作考核的通知', '', '某政办发〔2024〕30号', '', '各区人民政府，市政府各部门：', '',
        `各区政府报送自评报告（格式见附表1）和佐证材料目录（见${see}）。`, '', '某市人民政府办公室', '', '2024年9月1日', '',
        labels[0], '', '自评报告（格式）', '', '一、基本情况', '', labels[1], '', '佐证材料目录', '', '序号\t材料名称', '1\t质量工作方案', '',
      ].join('\n');

    it('is quiet when each 附表 referred to is printed', () => {
      assert.deepEqual(run(RULE, notice('附表2', ['附表1', '附表2'])), []);
      assert.deepEqual(run('numbering/sequence', notice('附表2', ['附表1', '附表2'])), []);
    });

    it('compares a printed 附表\'s title with the list under the text (附表：title, 附表：1．title / 2．title)', () => {
      const plan = (decl: string[], printed: string[]) =>
        [
          '某市人民政府办公室关于印发某市养老服务体系建设三年行动计划的通知', '', '某政办发〔2024〕24号', '', '各县（市、区）人民政府，市政府各部门：', '',
          '　　现将《某市养老服务体系建设三年行动计划》印发给你们，请认真贯彻落实。', '', '某市人民政府办公室', '2024年7月8日', '',
          '某市养老服务体系建设三年行动计划', '', '　　一、强化资金保障。市、县两级福利彩票公益金用于养老服务的比例不低于55%。', '', ...decl, '',
          ...printed.flatMap((p, k) => [printed.length > 1 ? `附表${k + 1}` : '附表', '', p, '', '序号\t项目名称\t总投资（万元）', '1\t某市社会福利中心改扩建工程\t32000', '']),
        ].join('\n');
      const one = '　　附表：某市养老服务体系建设重点项目表（2024—2026年）';
      assert.deepEqual(run(RULE, plan([one], ['某市养老服务体系建设重点项目表（2024—2026年）'])), []);
      assert.deepEqual(run(RULE, plan([one], ['某市养老服务体系建设重点项目清单（2024—2026年）'])).map((f) => f.message), [
        '附表标题“某市养老服务体系建设重点项目清单(2024-2026年)”与附表说明中的“某市养老服务体系建设重点项目表(2024-2026年)”不一致 (table title differs from its declaration)',
      ]);
      const two = ['　　附表：1．重点项目表', '　　　　　2．资金安排表（略）'];
      assert.deepEqual(run(RULE, plan(two, ['重点项目表'])), []);
      assert.deepEqual(run(RULE, plan(two, ['重点项目表', '资金安排表'])), []);
      assert.deepEqual(run(RULE, plan(two, ['重点项目表', '资金分配表'])).map((f) => f.message), ['附表标题“资金分配表”与附表说明中的“资金安排表”不一致 (table title differs from its declaration)']);
      // A title wrapped over two lines, one printed as left out, one with the unit line under it.
      assert.deepEqual(run(RULE, plan([one], ['某市养老服务体系建设重点项目表\n（2024—2026年）'])), []);
      assert.deepEqual(run(RULE, plan([one], ['某市养老服务体系建设重点项目表（2024—2026年）（略）'])), []);
      assert.deepEqual(run(RULE, plan([one], ['某市养老服务体系建设重点项目表（2024—2026年）\n单位：万元'])), []);
      assert.deepEqual(run(RULE, plan([one], ['某市养老服务体系建设重点\n项目清单（2024—2026年）'])).map((f) => f.message), [
        '附表标题“某市养老服务体系建设重点项目清单(2024-2026年)”与附表说明中的“某市养老服务体系建设重点项目表(2024-2026年)”不一致 (table title differs from its declaration)',
      ]);
    });

    it('joins a declared 附表 title a hard wrap broke, where the two lines make the printed title', () => {
      const plan = (decl: string[], printed: string) =>
        [
          '某市人民政府关于印发2025年民生实事项目的通知', '', '某政发〔2025〕2号', '', '各县（市、区）人民政府，市政府各部门：', '',
          '　　现将2025年民生实事项目印发给你们，请认真组织实施。', '', ...decl, '', '某市人民政府', '2025年2月8日', '',
          '附表', '', printed, '', '序号\t项目名称\t牵头单位', '1\t新增城镇就业岗位\t市人力社保局', '',
        ].join('\n');
      const wrapped = ['　　附表：2025年市政府民生实事', '项目责任分解表'];
      assert.deepEqual(run(RULE, plan(wrapped, '2025年市政府民生实事项目责任分解表')), []);
      assert.deepEqual(run(RULE, plan(wrapped, '2025年市政府民生实事项目清单')).map((f) => f.message), [
        '附表标题“2025年市政府民生实事项目清单”与附表说明中的“2025年市政府民生实事”不一致 (table title differs from its declaration)',
      ]);
    });

    it('flags 见附表N with no 附表N, and 附表 labels out of sequence', () => {
      assert.deepEqual(run(RULE, notice('附表3', ['附表1', '附表2'])).map((f) => f.message), ['见附表3，但本文件没有附表3 (no table 附表3 in this document)']);
      assert.deepEqual(run('numbering/sequence', notice('附表2', ['附表1', '附表3'])).map((f) => f.message), ['附表编号跳号：“附表1”之后为“附表3”，缺少“附表2” (label 2 missing before 3)']);
    });
  });
});

describe(`${RULE}: 附件说明 as Word and PDF write it`, () => {
  const notice = (decl: string[], see: string, printed: string) =>
    [
      '临安市人民政府办公室关于做好2024年防汛防台工作的通知', '', '临政办发〔2024〕21号', '', '各镇人民政府、街道办事处，市政府各部门：', '',
      `具体分工见附件1，责任人名单${see}。`, '', ...decl, '', '临安市人民政府办公室', '2024年5月10日', '', printed, '', '防汛防台重点任务分工表', '', '一、加强监测预警。', '',
    ].join('\n');
  const messages = (text: string) => [...run(RULE, text), ...run('structure/attachment-declaration', text)].map((f) => f.message);

  it('reads numbers in full-width digits (附件：１．, 附件１, 见附件２) as the numbers', () => {
    assert.deepEqual(messages(notice(['附件：１．防汛防台重点任务分工表', '　　　２．防汛防台责任人名单（略）'], '见附件２', '附件１')), []);
    assert.deepEqual(messages(notice(['附件：１．防汛防台重点任务分工表', '　　　２．防汛防台责任人名单（略）'], '见附件３', '附件１')), ['见附件3，但本文件没有附件3 (no attachment 3 in this document)']);
  });

  it('reads the items of a 附件说明 written on one line', () => {
    const text = notice(['附件：1．防汛防台重点任务分工表　　2．防汛防台责任人名单（略）'], '见附件2', '附件1');
    assert.deepEqual(messages(text), []);
    const [first, second] = parseIssue(text).documents[0].attachmentDecls;
    assert.equal(first.title.text, '防汛防台重点任务分工表');
    assert.equal(text.slice(first.range.start, first.range.end), '防汛防台重点任务分工表');
    assert.deepEqual([second.number, second.title.text, second.omitted], [2, '防汛防台责任人名单', true]);
  });

  it('does not split a title at a number a PDF set off with one space (第 2、3 批, 第 2. 版)', () => {
    for (const title of ['某市第 2、3 批历史建筑名单', '某市历史建筑保护规划第 2. 版']) {
      const decls = parseIssue(notice([`附件：1．${title}`], '见附件1', '附件1')).documents[0].attachmentDecls;
      assert.deepEqual(decls.map((d) => d.title.text), [title]);
    }
  });
});

describe(`${RULE}: attachments numbered in two parts`, () => {
  const text = readFileSync(path.join(__dirname, '../fixtures/sub-attachments-issue.txt'), 'utf8');
  const seeing = (n: string) => text.replace('请认真组织实施。', `请认真组织实施（分工见${n}）。`);

  it('counts 附件1-1 and 附件1-2 as one 附件1: 见附件3 names none of the two', () => {
    assert.deepEqual(run(RULE, seeing('附件2')), []);
    assert.deepEqual(run(RULE, seeing('附件3')).map((f) => f.message), ['见附件3，但本文件没有附件3 (no attachment 3 in this document)']);
  });
});

describe(`${RULE}: a 名单's count closing its title`, () => {
  const notice = (declared: string, printed: string) =>
    [
      '某市人民政府办公室关于表彰2024年度优秀志愿者的通报', '', '某政办发〔2024〕31号', '', '各区人民政府，市政府各部门：', '',
      '市政府办公室决定对王海燕等同志予以通报表彰。', '', `附件：${declared}`, '', '某市人民政府办公室', '2024年12月12日', '',
      '附件', '', printed, '', '王海燕  市应急管理局', '刘  强  市消防救援支队', '',
    ].join('\n');

  it('reads a count closing the title in the 附件 line or over the list (（共2名）) as no part of its name', () => {
    assert.deepEqual(run(RULE, notice('2024年度优秀志愿者名单（共2名）', '2024年度优秀志愿者名单')), []);
    assert.deepEqual(run(RULE, notice('2024年度优秀志愿者名单', '2024年度优秀志愿者名单（共2名）')), []);
    assert.equal(run(RULE, notice('2024年度优秀志愿者名单（共2名）', '2024年度志愿服务先进个人名单')).length, 1);
  });
});

describe(`${RULE}: a Markdown export without blank lines`, () => {
  const text = [
    '## 泓州市人民政府办公室关于印发低空经济产业发展三年行动计划的通知', '泓政办发[2025]4号', '各县（市、区）人民政府：',
    '现将《泓州市低空经济产业发展三年行动计划》印发给你们，请认真组织实施。', '附件：泓州市低空经济重点项目清单', '泓州市人民政府办公室', '2025年1月20日',
    '### 附件', '### 泓州市低空经济重点项目清单', '| 序号 | 项目名称 | 总投资（亿元） | 建设单位 |', '|---|---|---|---|',
    '| 1 | 泓东通用机场 | 6.5 | 市交通投资集团 |', '| 合计 | | 6.5 | |',
  ].join('\n');

  it('ends the attachment\'s title before the table right under it', () => {
    assert.deepEqual(run(RULE, text), []);
  });

  it('still reports a title that differs from the declaration', () => {
    assert.equal(run(RULE, text.replace('### 泓州市低空经济重点项目清单', '### 泓州市低空经济重点项目表')).length, 1);
  });

  it('still ends a title over a form\'s line and a TAB table at the form\'s line', () => {
    const form = [
      '泓州市人民政府办公室关于召开全市安全生产工作会议的通知', '泓政办函〔2025〕3号', '各县（市、区）人民政府：',
      '请于2025年3月10日前报送参会回执。', '附件：参会回执', '泓州市人民政府办公室', '2025年3月3日',
      '附件', '参会回执', '单位名称：____________________（盖章）', '姓名\t职务\t联系电话', '\t\t',
    ].join('\n');
    assert.deepEqual(run(RULE, form), []);
  });
});

describe(`${RULE}: a label printed with its colon, or with its title after a wide gap`, () => {
  const plan = (first: string[], second: string[]) =>
    [
      '某市2025年市属事业单位公开招聘工作方案', '', '某市人民政府办公室关于印发某市2025年市属事业单位公开招聘工作方案的通知', '', '某政办发〔2025〕17号', '',
      '市政府各部门：', '', '　　报考人员须签署《诚信承诺书》（附件1），体检项目和标准按照附件2执行。', '',
      '　　附件：1．诚信承诺书', '　　　　　2．体检项目和标准', '', '某市人民政府办公室', '', '2025年6月3日', '',
      ...first, '', '　　本人郑重承诺：所提供的个人信息和证明材料真实、准确。', '', ...second, '', '　　体检项目和标准参照《公务员录用体检通用标准（试行）》执行。', '',
    ].join('\n');
  const messages = (text: string) => ['structure/attachment-label', RULE].flatMap((r) => run(r, text)).map((f) => f.message);

  it('finds the attachments printed under 附件1： or as 附件2　体检项目和标准', () => {
    assert.deepEqual(messages(plan(['附件1：', '', '诚信承诺书'], ['附件2　体检项目和标准'])), []);
    assert.deepEqual(messages(plan(['附件1\t诚信承诺书'], ['附件2  体检项目和标准'])), []);
    const doc = parseIssue(plan(['附件1：', '', '诚信承诺书'], ['附件2　体检项目和标准'])).documents[0];
    assert.deepEqual(doc.attachments.map((a) => [a.number, a.title?.text]), [[1, '诚信承诺书'], [2, '体检项目和标准']]);
  });

  it('is quiet on the labels alone on their lines, and still reports an attachment not printed', () => {
    assert.deepEqual(messages(plan(['附件1', '', '诚信承诺书'], ['附件2', '', '体检项目和标准'])), []);
    const lost = plan(['附件1　诚信承诺书'], ['体检项目和标准参照执行']);
    assert.deepEqual(messages(lost), ['附件“体检项目和标准”已在附件说明中列出，但未刊出，也未注明“略” (declared attachment is neither printed nor marked omitted)']);
  });

  it('reads no label in the rows of a table that lists attachments (附件1<TAB>报名表<TAB>1份)', () => {
    const checklist = ['报名须提交的材料：', '', '材料\t名称\t份数', '附件1\t诚信承诺书\t1份', '附件2\t体检表\t1份'];
    const text = plan(['附件1', '', '诚信承诺书'], ['附件2\t体检项目和标准', '', '项目\t标准', '内科\t无异常']).replace(
      '　　本人郑重承诺：所提供的个人信息和证明材料真实、准确。', `　　本人郑重承诺：所提供的个人信息和证明材料真实、准确。\n\n${checklist.join('\n')}`,
    );
    assert.deepEqual(messages(text), []);
    assert.deepEqual(parseIssue(text).documents[0].attachments.map((a) => a.number), [1, 2]);
    const twoColumns = text.replace('附件1\t诚信承诺书\t1份\n附件2\t体检表\t1份', '附件1\t诚信承诺书\n附件2\t体检表');
    assert.deepEqual(parseIssue(twoColumns).documents[0].attachments.map((a) => a.number), [1, 2]);
  });
});

describe(`${RULE}: an attachment printed as （略） with no blank lines`, () => {
  const plan = (omitted: string) =>
    [
      '某市人民政府办公室关于印发某市森林火灾应急预案的通知', '某政办发〔2025〕18号', '各区人民政府，市政府各部门：',
      '《某市森林火灾应急预案》已经市政府同意，现印发给你们，请认真组织实施。', '附件：1．某市森林火灾应急响应流程图', '　　　2．某市森林火灾分级标准',
      '某市人民政府办公室', '2025年6月5日', '附件1', '某市森林火灾应急响应流程图', omitted, '附件2', '某市森林火灾分级标准',
      '一般森林火灾：受害森林面积在1公顷以下的。', '',
    ].join('\n');

  it('takes neither （略） nor the next label into the title above them', () => {
    const text = plan('（略）');
    assert.deepEqual(run(RULE, text), []);
    assert.equal(parseIssue(text).documents[0].attachments[0].title?.text, '某市森林火灾应急响应流程图');
    assert.deepEqual(run(RULE, plan('（另发）')), []);
    assert.deepEqual(run(RULE, plan('（略）').replace('附件1\n某市森林火灾应急响应流程图', '附件1\n某市森林火灾应急处置流程图')).map((f) => f.message),
      ['附件标题“某市森林火灾应急处置流程图”与附件说明中的“某市森林火灾应急响应流程图”不一致 (attachment title differs from its declaration)']);
  });
});

describe(`${RULE}: a page break between an attachment's label and its title`, () => {
  const notice = (between: string[]) =>
    [
      '某市人民政府关于公布行政规范性文件清理结果的决定', '', '某政发〔2026〕8号', '', '各区人民政府，市政府各部门：', '',
      '现将清理结果公布如下：决定废止的文件共1件，继续有效的文件共1件。', '',
      '附件：1．决定废止的行政规范性文件目录', '　　　2．决定继续有效的行政规范性文件目录', '', '某市人民政府', '2026年5月12日', '',
      '附件1', '', '决定废止的行政规范性文件目录', '', '序号\t文件名称\t文号', '1\t某市人民政府关于加强农村客运管理的通知\t某政发〔2015〕19号', '',
      '附件2', ...between, '决定继续有效的行政规范性文件目录', '', '序号\t文件名称\t文号', '1\t某市人民政府关于优化营商环境的若干意见\t某政发〔2023〕17号', '',
    ].join('\n');

  it('reads the title under the page number and running header, not the page number', () => {
    for (const between of [['', '— 2 —', '', '某市人民政府公报  2026年第5期', '', ''], ['- 12 -', '某市人民政府公报'], ['']]) {
      const text = notice(between);
      assert.deepEqual(run(RULE, text), [], between.join('|'));
      assert.deepEqual(run('structure/attachment-label', text), [], between.join('|'));
      assert.equal(parseIssue(text).documents[0].attachments[1].title?.text, '决定继续有效的行政规范性文件目录');
    }
  });

  it('still reports a title under the page break that differs from its declaration', () => {
    const text = notice(['', '— 2 —', '', '某市人民政府公报  2026年第5期', '']).replace('\n决定继续有效的行政规范性文件目录\n', '\n决定继续执行的行政规范性文件目录\n');
    assert.deepEqual(run(RULE, text).map((f) => f.message),
      ['附件标题“决定继续执行的行政规范性文件目录”与附件说明中的“决定继续有效的行政规范性文件目录”不一致 (attachment title differs from its declaration)']);
  });
});
