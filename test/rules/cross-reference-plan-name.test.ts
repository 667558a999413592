import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';
import { analyze, parseIssue } from '../../server/src/engine';

const RULE = 'cross-reference/plan-name';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports 本实施方案 in the 工作方案 of SX 51号 and nothing else in the corpus', () => {
    const found = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), found), [1745]);
    assert.equal(found[0].suggestions?.[0].edits[0].text, '本工作方案');
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('flags a self-reference of another kind of plan, but not 本地区… or 基本…', () => {
    const text = inject(excerpt('J18', 296, 375), '本工作方案', '本实施方案');
    assert.deepEqual(lines(text, run(RULE, text)), [310 - 295]);
    assert.deepEqual(run(RULE, excerpt('SX', 1856, 1942)), []); // 本地区行动计划
    assert.deepEqual(run(RULE, excerpt('SX', 694, 1068)), []); // 基本医疗保险实施办法
  });

  it('flags a printed plan title that differs from the one the notice issues', () => {
    // The 目录 and 发文目录 vouch for the notice's title: the plan's printed title is the slip.
    const text = inject(corpus('J18'), '\n嘉兴市政府数字化转型工作方案\n', '\n嘉兴市政府数字化改革工作方案\n');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [308]);
    assert.match(found[0].message, /所附文件标题/);
    // Without them the notice's title is reported, the plan's pointed at.
    const alone = inject(excerpt('J18', 296, 375), '\n嘉兴市政府数字化转型工作方案\n', '\n嘉兴市政府数字化改革工作方案\n');
    const one = run(RULE, alone);
    assert.deepEqual(lines(alone, one), [1]);
    assert.deepEqual(one[0].related?.map((r) => alone.slice(r.range.start, r.range.end)), ['嘉兴市政府数字化改革工作方案']);
  });

  it('flags 《…》(已经市政府同意,现)印发给你们 naming the plan differently', () => {
    const text = inject(excerpt('SX', 1702, 1746), '《绍兴市推进城镇人口密集区危险化学品生产企业搬迁改造工作方案》已经', '《绍兴市推进城镇人口密集区危险化学品企业搬迁改造工作方案》已经');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1710 - 1701, 1745 - 1701]);
    assert.match(found[0].message, /印发的《/);
  });

  it('flags 本方案 in a plan called 若干措施, and leaves 本通知 in a plan alone (Markdown layout)', () => {
    const md = readFileSync(path.join(__dirname, '../fixtures/markdown-issue.md'), 'utf8');
    assert.deepEqual(run(RULE, md), []);
    const text = md.replace('制定本措施', '制定本方案');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].suggestions?.[0].edits[0].text, '本措施');
    assert.deepEqual(run(RULE, md.replace('制定本措施', '制定本通知')), []);
  });

  it('suggests 本规定, not 本管理规定, for rules whose title ends in 管理规定 (a notice whose title quotes them in 《》)', () => {
    const text = [
      '某市人民政府关于印发《某市政府投资项目管理规定》的通知', '', '某政发〔2024〕40号', '', '各区人民政府，市政府各部门：', '',
      '现将《某市政府投资项目管理规定》印发给你们，请认真贯彻执行。', '', '某市人民政府', '', '2024年9月12日', '',
      '某市政府投资项目管理规定', '', '第一条　为规范政府投资行为，制定本办法。', '', '第二条　本规定自2024年10月1日起施行。', '',
    ].join('\n');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [15]);
    assert.equal(found[0].suggestions?.[0].edits[0].text, '本规定');
  });
});

describe(`${RULE}: a decree's 修改决定 and the rules it republishes`, () => {
  const decree = (quoted: string, republished = true) =>
    [
      '某市人民政府令', '', '第16号', '', '《某市人民政府关于修改〈某市城市供水管理办法〉的决定》已经市人民政府常务会议审议通过，现予公布。', '',
      '市长　李振华', '', '2024年10月12日', '', '某市人民政府关于修改《某市城市供水管理办法》的决定', '',
      '市人民政府决定对《某市城市供水管理办法》作如下修改：', '', `一、将第二十二条修改为：${quoted}`, '', '二、删去第二十六条第二款。', '', '本决定自公布之日起施行。', '',
      ...(republished
        ? ['某市城市供水管理办法', '', '（2012年5月20日某市人民政府令第48号公布　根据2024年10月12日某市人民政府令第16号修改）', '',
            '第一条　为了加强城市供水管理，制定本办法。', '', '第二条　本办法自2012年7月1日起施行。', '']
        : []),
    ].join('\n');

  it('reads 本办法 inside the quoted new wording as the quoted rules\', and the republished rules as a part of their own', () => {
    assert.deepEqual(run(RULE, decree('“违反本办法第十四条规定的，由市城市管理部门责令改正。”')), []);
    assert.deepEqual(analyze(decree('“违反本办法第十四条规定的，由市城市管理部门责令改正。”')).findings, []);
    // Outside a quotation, the decision's own 本办法 is still a slip.
    const slip = decree('违反本办法第十四条规定的，由市城市管理部门责令改正。', false);
    assert.equal(run(RULE, slip).length, 1);
  });
});

describe(`${RULE}: a plan's title a blank line cut`, () => {
  const issue = (planTitle: string[]) =>
    [
      '临安市人民政府关于印发临安市推进数字经济高质量发展实施方案的通知', '', '临政发〔2024〕8号', '', '各镇人民政府、街道办事处：', '',
      '现将《临安市推进数字经济高质量发展实施方案》印发给你们，请认真贯彻执行。', '', '临安市人民政府', '2024年5月8日', '', ...planTitle, '',
      '为加快推进数字经济高质量发展，制定本实施方案。', '', '一、总体要求', '',
    ].join('\n');

  it('joins the pieces that make the name the notice gives it', () => {
    const text = issue(['临安市推进数字经济', '', '高质量发展实施方案']);
    assert.deepEqual(run(RULE, text), []);
    assert.equal(parseIssue(text).documents[0].parts[1].title?.text, '临安市推进数字经济高质量发展实施方案');
  });

  it('still reports a printed title that differs', () => {
    assert.equal(run(RULE, issue(['临安市推进数字经济', '', '发展实施方案'])).length, 2);
  });
});

describe(`${RULE}: a document that is itself the plan`, () => {
  const opinion = (self: string) =>
    [
      '瓯江市人民政府关于加快构建现代化产业体系的实施意见', '', '瓯政发〔2024〕8号', '', '各县（市、区）人民政府，市政府直属各单位：', '',
      '为加快构建现代化产业体系，现提出如下实施意见。', '', '一、重点任务', '', '（一）做强主导产业集群。', '', '二、保障措施', '', `${self}自2024年5月15日起施行。`, '',
      '瓯江市人民政府', '2024年4月3日', '',
    ].join('\n');

  it('checks its self-references against its own title', () => {
    assert.deepEqual(run(RULE, opinion('本实施意见')), []);
    assert.deepEqual(run(RULE, opinion('本意见')), []);
    assert.deepEqual(run(RULE, opinion('本实施方案')).map((f) => f.message), ['“本实施方案”与文件名称“瓯江市人民政府关于加快构建现代化产业体系的实施意见”不一致，应为“本实施意见” (self-reference does not match the document\'s name)']);
  });
  it('does not take the first chapter heading of rules printed without blank lines for the second line of their title', () => {
    const text = [
      '某市市场监督管理局关于印发《某市食品小作坊管理办法》的通知',
      '某市监规〔2024〕2号',
      '各县（市、区）市场监督管理局：',
      '　　《某市食品小作坊管理办法》已经局长办公会议审议通过，现印发给你们，请认真贯彻执行。',
      '某市市场监督管理局',
      '2024年10月28日',
      '某市食品小作坊管理办法',
      '第一章　总　　则',
      '　　第一条　为了加强食品小作坊管理，制定本办法。',
      '　　第二条　本市行政区域内食品小作坊的监督管理，适用本办法。',
      '第二章　附　　则',
      '　　第三条　本办法自2024年12月1日起施行。',
      '',
    ].join('\n');
    assert.deepEqual(run(RULE, text), []);
    assert.deepEqual(run('numbering/sequence', text), []);
    assert.equal(parseIssue(text).documents[0].parts[1]?.title?.norm, '某市食品小作坊管理办法');
  });
  const withoutBlankLines = (opening: string[]) =>
    [
      '某市人民政府公报',
      '2024年第6期（总第150期）',
      '目录',
      '【市政府办公室文件】',
      '某市人民政府办公室关于印发某市城市供水突发事件应急预案的通知',
      '（某政办发〔2024〕22号）……………………（2）',
      '某市人民政府办公室关于印发某市城市供水突发事件应急预案的通知',
      '某政办发〔2024〕22号',
      '各县（市、区）人民政府，市政府各部门、各直属单位：',
      '　　经市政府同意，现将《某市城市供水突发事件应急预案》印发给你们，请认真组织实施。',
      '某市人民政府办公室',
      '2024年6月3日',
      '（此件公开发布）',
      '某市城市供水突发事件应急预案',
      ...opening,
      '1.1　编制目的',
      '　　建立健全城市供水突发事件应急处置机制，保障城市供水安全。',
      '1.2　适用范围',
      '　　本预案适用于本市行政区域内城市公共供水突发事件的应对工作。',
      '2　组织指挥体系',
      '2.1　市级应急指挥机构',
      '　　市政府设立市城市供水突发事件应急指挥部。',
      '',
    ].join('\n');

  it('does not take a plan\'s own 目录, nor the first chapter of a decimal outline, for the second line of its title', () => {
    const decimal = withoutBlankLines(['1　总则']);
    assert.deepEqual(run(RULE, decimal), []);
    assert.deepEqual(run('numbering/sequence', decimal), []);
    assert.equal(parseIssue(decimal).documents[0].parts[1]?.title?.norm, '某市城市供水突发事件应急预案');
    const contents = withoutBlankLines(['目录', '1　总则', '2　组织指挥体系', '1　总则']);
    assert.deepEqual(run(RULE, contents), []);
    assert.equal(parseIssue(contents).documents[0].parts[1]?.title?.norm, '某市城市供水突发事件应急预案');
  });
});
