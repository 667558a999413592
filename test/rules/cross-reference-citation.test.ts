import { strict as assert } from 'node:assert';
import { parseIssue, WorkspaceIndex } from '../../server/src/engine';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { hardWrapped, inject, lines, run } from './helpers';

const RULE = 'cross-reference/citation';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus (SX:2106 cites 17号 by its plan\'s title, correctly)', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('leaves a title cited with another number of this issue to doc-number/consistency', () => {
    const text = inject(corpus('SX'), '(试行)》(绍政发〔2018〕17号)规定', '(试行)》(绍政发〔2018〕16号)规定');
    assert.deepEqual(run(RULE, text).filter((f) => /绍政发〔2018〕1[67]号/.test(f.message)), []);
    assert.deepEqual(lines(text, run('doc-number/consistency', text)), [2106]);
  });

  it('flags a citation whose title is not the title of the document with that number', () => {
    const text = inject(corpus('SX'), '根据《绍兴市基本医疗保险实施办法(试行)》', '根据《绍兴市基本医疗保险管理办法(试行)》');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [2106]);
    assert.match(found[0].message, /此处引作/);
  });

  it('accepts a citation without the trailing years or the issuing organ', () => {
    const noYears = inject(corpus('SX'), '根据《绍兴市基本医疗保险实施办法(试行)》', '根据《绍兴市基本医疗保险实施办法》');
    assert.deepEqual(run(RULE, noYears), []);
  });

  it('resolves citations of documents printed in another issue of the workspace', () => {
    const ws = new WorkspaceIndex();
    ws.set('file:///sx.txt', parseIssue(corpus('SX')));
    const j19 = excerpt('J19', 191, 378);
    const ok = inject(j19, '《浙江省深化“最多跑一次”改革推进政府数字化转型工作总体方案》(浙政发〔2018〕48号)', '《绍兴市基本医疗保险实施办法(试行)》(绍政发〔2018〕17号)');
    assert.deepEqual(run(RULE, ok, ws), []);
    const wrong = inject(j19, '《浙江省深化“最多跑一次”改革推进政府数字化转型工作总体方案》(浙政发〔2018〕48号)', '《绍兴市基本医疗保险实施办法(试行)》(绍政发〔2018〕71号)');
    const found = run(RULE, wrong, ws);
    assert.deepEqual(lines(wrong, found), [205 - 190]);
    assert.equal(found[0].related?.[0].uri, 'file:///sx.txt');
    assert.deepEqual(run(RULE, wrong), [], 'without the workspace nothing is known about 绍政发');
  });
});

describe(`${RULE}: rules cited with their decree's number`, () => {
  const issue = (cited: string) =>
    [
      '某市人民政府令', '', '第12号', '', '《某市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布。', '', '市长　王建国', '', '2024年4月15日', '',
      '某市城市绿化管理办法', '', '第一条　为了促进城市绿化事业发展，制定本办法。', '', '第二条　本办法自2024年6月1日起施行。', '',
      '某市人民政府办公室关于做好春季植树工作的通知', '', '某政办发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
      `请按照${cited}做好植树工作。`, '', '某市人民政府办公室', '2024年4月20日', '',
    ].join('\n');

  it('is quiet when the title is that of the rules the decree promulgates, or the decree is another government\'s', () => {
    assert.deepEqual(run(RULE, issue('《某市城市绿化管理办法》（市政府令第12号）')), []);
    assert.deepEqual(run(RULE, issue('《城市绿化管理办法》（某市人民政府令第12号）')), []);
    assert.deepEqual(run(RULE, issue('《江南省城市绿化条例实施办法》（省政府令第12号）')), []);
    assert.deepEqual(run(RULE, issue('《某市古树名木保护办法》（市政府令第13号）')), []);
  });

  it('reports another title cited with the decree\'s number, offering the rules\' title', () => {
    const text = issue('《某市城市绿化管理条例》（市政府令第12号）');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['第12号令公布的是《某市城市绿化管理办法》，此处引作《某市城市绿化管理条例》 (cited title differs from the rules that decree promulgates)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '某市城市绿化管理条例');
    assert.equal(found[0].suggestions?.[0].edits[0].text, '某市城市绿化管理办法');
    // A decree of a 修改决定 names other rules in 《》: no title is offered (the number may be the slip).
    const amending = text.replace(/《某市城市绿化管理办法》已经/, '《某市人民政府关于修改〈某市城市绿化管理办法〉的决定》已经').replace('某市城市绿化管理办法\n\n第一条', '某市人民政府关于修改《某市城市绿化管理办法》的决定\n\n第一条');
    const onAmending = run(RULE, amending.replace('《某市城市绿化管理条例》（市政府令第12号）', '《某市住宅物业管理办法》（市政府令第12号）'));
    assert.equal(onAmending.length, 1);
    assert.equal(onAmending[0].suggestions, undefined);
  });
});

describe(`${RULE}: printed rules cited with another decree's number`, () => {
  const issue = (sentence: string, width?: number) => {
    const text = [
      '某市人民政府令', '', '第12号', '', '《某市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布。', '', '市长　王建国', '', '2024年4月15日', '',
      '某市城市绿化管理办法', '', '第一条　为了促进城市绿化事业发展，制定本办法。', '', '第二条　本办法自2024年6月1日起施行。', '',
      '某市人民政府关于废止《某市城市绿化暂行规定》的决定', '', '某政发〔2024〕6号', '', '各区人民政府，市政府各部门：', '',
      `　　${sentence}`, '', '某市人民政府', '2024年4月20日', '',
    ].join('\n');
    return width ? hardWrapped(text, width) : text;
  };
  const said = (n: number) => `《某市城市绿化管理办法》（某市人民政府令第${n}号）已于2024年4月15日公布。经市政府研究，决定废止《某市城市绿化暂行规定》（某政发〔2012〕22号）。`;

  it('reports the number where no decree of it is printed and the rules are printed under another, wrapped or not', () => {
    for (const width of [undefined, 23, 29]) {
      assert.deepEqual(run(RULE, issue(said(12), width)), [], String(width));
      assert.deepEqual(run(RULE, issue(said(21), width)).map((f) => f.message), ['《某市城市绿化管理办法》由第12号令公布，此处引作第21号令 (the rules cited were promulgated by decree 12, not 21)'], String(width));
    }
  });

  it('is quiet on earlier rules of the same title repealed under their own decree', () => {
    assert.deepEqual(run(RULE, issue('《某市城市绿化管理办法》（某市人民政府令第3号）同时废止。')), []);
    assert.deepEqual(run(RULE, issue('《某市城市绿化管理办法》（省政府令第21号）已于2024年4月15日公布。')), []);
  });
});

describe(`${RULE}: a report's closing note and a title nested in a citation`, () => {
  const report = [
    '政府工作报告', '', '——2025年1月15日在泓州市第十七届人民代表大会第四次会议上', '', '各位代表：', '',
    '　　现在，我代表市人民政府向大会报告工作，请予审议。', '', '　　（一）全力扩大有效需求。', '', '（本报告有删节）', '',
  ];
  const notice = [
    '泓州市人民政府关于落实2025年《政府工作报告》重点工作责任分工的通知', '', '泓政发〔2025〕4号', '',
    '各县（市、区）人民政府，市政府各部门：', '', '　　现将重点工作责任分工通知如下。', '', '泓州市人民政府', '', '2025年1月24日', '',
  ];
  const citing = (title: string) => [
    '泓州市人民政府办公室关于做好民生实事项目征集工作的通知', '', '泓政办发〔2025〕5号', '', '各县（市、区）人民政府：', '',
    `　　根据《${title}》（泓政发〔2025〕4号）要求，现就有关工作通知如下。`, '', '泓州市人民政府办公室', '', '2025年2月10日',
  ];
  const text = (title: string) => [...report, ...notice, ...citing(title)].join('\n');
  const nested = '泓州市人民政府关于落实2025年〈政府工作报告〉重点工作责任分工的通知';

  it('reads the title nested in a cited title in 〈〉 as the document\'s own 《》', () => {
    assert.deepEqual(run(RULE, text(nested)), []);
    // Without blank lines too.
    assert.deepEqual(run(RULE, text(nested).replace(/\n\n+/g, '\n').replace(/　　/g, '')), []);
  });

  it('reads the editor\'s note under a report as its end, not as a title over the next notice', () => {
    for (const t of [text(nested), text(nested).replace(/\n\n+/g, '\n')]) {
      const d = parseIssue(t).documents.find((x) => x.number?.raw === '泓政发〔2025〕4号')!;
      assert.equal(d.preTitle, undefined);
    }
  });

  it('still reports another title cited with the number', () => {
    const found = run(RULE, text('泓州市人民政府关于落实2025年〈政府工作报告〉重点任务分工的通知'));
    assert.equal(found.length, 1);
  });
});

describe(`${RULE}: a citation wrapped at its opening bracket or inside its number`, () => {
  const notice = [
    '岚山市人民政府关于2024年度行政复议和行政应诉工作情况的报告', '', '岚政函〔2025〕8号', '', '市人大常委会：', '',
    '　　现将我市2024年度行政复议和行政应诉工作情况报告如下。', '', '　　特此报告。', '', '岚山市人民政府', '', '2025年3月20日', '',
  ];
  // The citing paragraph hard-wrapped at 35 characters, as a PDF's lines.
  const citing = (paragraph: string) => [
    '岚山市人民政府办公室关于加强行政应诉工作的通知', '', '岚政办发〔2025〕15号', '', '各县（市、区）人民政府，市政府各部门：', '',
    ...paragraph.split('|'), '', '岚山市人民政府办公室', '', '2025年4月2日',
  ];
  const text = (paragraph: string) => [...notice, ...citing(paragraph)].join('\n');
  const title = '岚山市人民政府关于2024年度行政复议和行政应诉工作情况的报告';
  const other = '岚山市人民政府关于2024年度行政复议工作情况的报告';

  it('ties the number on the next line to the title when the wrap leaves the bracket at the line\'s end', () => {
    const wrapped = (t: string) => text(`　　《${t}》（|岚政函〔2025〕8号）显示，2024年全市行政机关败诉率为7.4%。`);
    assert.deepEqual(run(RULE, wrapped(title)), []);
    assert.equal(run(RULE, wrapped(other)).length, 1);
  });

  it('ties the number to the title when the wrap falls right after the number\'s own bracket', () => {
    const wrapped = (t: string) => text(`　　《${t}》（岚政函〔|2025〕8号）显示，2024年全市行政机关败诉率为7.4%。`);
    assert.deepEqual(run(RULE, wrapped(title)), []);
    assert.equal(run(RULE, wrapped(other)).length, 1);
    assert.deepEqual(run('doc-number/format', wrapped(title)), []);
    assert.deepEqual(run('doc-number/consistency', wrapped(title)), []);
    assert.equal(run('doc-number/consistency', wrapped(title).replace('〔\n2025〕8号', '〔\n2025〕9号')).length, 1);
  });
});

describe(`${RULE}: a document called by its kind alone (《实施意见》, 《意见》)`, () => {
  const issue = (title: string, cited: string) =>
    [
      title, '', '澜政发〔2025〕5号', '', '各县（市、区）人民政府，市政府各部门：', '', '　　为加快推进数字经济高质量发展，提出如下意见。', '',
      '澜沧市人民政府', '', '2025年5月6日', '',
      '澜沧市工业和信息化局关于组织申报2025年数字经济发展专项资金的通知', '', '澜工信发〔2025〕12号', '', '各县（市、区）工业和信息化局：', '',
      `　　根据${cited}要求，现就申报有关事项通知如下。`, '', '澜沧市工业和信息化局', '', '2025年6月16日', '',
    ].join('\n');
  const implementing = '澜沧市人民政府关于加快推进数字经济高质量发展的实施意见';
  const opinions = '澜沧市人民政府关于加快推进数字经济高质量发展的意见';

  it('takes the kind the printed title ends in, and leaves a number printed nowhere alone', () => {
    for (const cited of ['《实施意见》（澜政发〔2025〕5号）', '《意见》（澜政发〔2025〕5号）', '《实施意见》（澜政发〔2025〕6号）', '省政府《实施意见》（云政发〔2024〕8号）', '《实施意见》']) {
      assert.deepEqual(run(RULE, issue(implementing, cited)), [], cited);
    }
  });

  it('reports a kind the document of that number is not', () => {
    const found = run(RULE, issue(opinions, '《实施意见》（澜政发〔2025〕5号）'));
    assert.deepEqual(found.map((f) => f.message), [`澜政发〔2025〕5号的标题为《${opinions}》，此处引作《实施意见》 (cited title differs from the document of that number)`]);
  });
});
