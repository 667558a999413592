// Issues laid out otherwise than the corpus's PDF extractions. A Word export: page footers
// (— 1 —) between the documents, 目录 entries with dot leaders, a 名录 notice claiming how
// many items its attachment's table lists, a 序号 table under headers of other names, units
// annotated by role (牵头单位：…；配合单位：…). An issue written with Markdown heading marks
// (## title, ### （一）), a two-line 目录 entry, a 人事任免 whose entries name no 同志, and a
// 发文目录 with 序号 and date columns. A PDF extraction whose titles a break split over blank
// lines, with labels spaced out (( 一 )) and a running header inside a sentence. A plan whose items
// name their units on lines of their own (牵头单位：… / 配合单位：…) or mark the lead inside a list
// (市数据局〔牵头〕). An issue with a 公告 numbered in its own series (2024年第1号), a department's
// notice (某财预〔2024〕12号) and its 政策解读, under 目录 entries wrapped over two lines. A table
// written one cell per line, as a Word table saved as text gives it. A 版记 (抄送 / 印发) under a
// document, and a report with its 签发人 beside its number. The parser must read them and the
// rules stay quiet on them, then catch defects injected into them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, applyFixes, parseIssue } from '../../server/src/engine';
import { findDocNumbers } from '../../server/src/engine/parse/docNumber';
import { assertClean, itCatches, run } from '../rules/helpers';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures', name), 'utf8');

describe('an issue exported from Word, with page footers between the documents', () => {
  const text = fixture('word-export-issue.txt');

  it('starts each document at its title: a page footer above it is not the title of a plan', () => {
    const issue = parseIssue(text);
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    assert.deepEqual(
      issue.documents.map((d) => [d.kind, lineOf(d.range.start), d.preTitle?.text, d.number?.key]),
      [
        ['document', 23, undefined, '某政发〔2024〕5号'],
        ['document', 73, undefined, '某政发〔2024〕6号'],
        ['document', 102, undefined, '某政办〔2024〕12号'],
        ['interpretation', 148, undefined, undefined],
      ],
    );
    assert.equal(issue.documents[0].parts[1]?.title?.norm, '某市推进制造业高质量发展三年行动方案');
  });

  it('reads a table headed 序号 | 项目名称 | 申报地区或单位 as a table with a 序号 column', () => {
    const [table] = parseIssue(text).documents[1].tables;
    assert.equal(table.columns.seq, 0);
    assert.equal(table.header?.cells.map((c) => c.norm).join('|'), '序号|项目名称|申报地区或单位');
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(text);
  });

  itCatches(text, [
    ['a count in the notice that its attachment\'s table does not list', '（共5项）', '（共6项）', 'numbering/totals'],
    ['a 序号 out of sequence in a table headed otherwise', '2\t某地昆曲', '3\t某地昆曲', 'numbering/sequence'],
    ['a skipped item in a list that runs under page footers', '（三）实施企业梯队培育工程', '（四）实施企业梯队培育工程', 'numbering/sequence'],
    ['an item naming only supporting units', '（牵头单位：市经信局；配合单位：市大数据局）', '（配合单位：市大数据局）', 'responsible-unit/lead-marker'],
    ['a 目录 entry with another number', '（某政发〔2024〕6号）……', '（某政发〔2024〕7号）……', 'doc-number/consistency'],
    ['the interpretation citing the plan by another title', '市政府出台了《某市推进制造业高质量发展三年行动方案》', '市政府出台了《某市推进制造业高质量发展行动方案》', 'cross-reference/interpretation'],
    ['the plan naming itself otherwise', '本方案自2024年3月1日起施行', '本意见自2024年3月1日起施行', 'cross-reference/plan-name'],
  ]);
});

describe('an issue with Markdown heading marks, a 人事任免 without 同志 and a 发文目录 with 序号', () => {
  const text = fixture('heading-marks-issue.txt');

  it('reads the documents, the appointments and the 发文目录', () => {
    const issue = parseIssue(text);
    assert.deepEqual(
      issue.documents.map((d) => [d.kind, d.number?.key]),
      [['document', '某政发〔2024〕8号'], ['document', '某政发〔2024〕9号'], ['document', '某政办发〔2024〕21号'], ['appointments', undefined]],
    );
    assert.deepEqual(issue.toc?.entries.map((e) => e.number?.key), ['某政发〔2024〕8号', '某政发〔2024〕9号', '某政办发〔2024〕21号', undefined, undefined]);
    // Each row's title is its own cell, between the 序号 and the date.
    assert.deepEqual(issue.directory?.rows.map((r) => [r.number?.key, r.title?.norm]), issue.documents.slice(0, 3).map((d) => [d.number?.key, d.title.norm]));
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(text);
  });

  itCatches(text, [
    ['an appointment list whose last entry ends with a semicolon', '李四为某市财政局局长。', '李四为某市财政局局长；', 'structure/appointment-list'],
    ['a removal inside the list that ends with a full stop', '王五的某市发展和改革委员会主任职务；', '王五的某市发展和改革委员会主任职务。', 'structure/appointment-list'],
    ['a skipped article', '第三条  本办法所称', '第四条  本办法所称', 'numbering/sequence'],
    ['a chapter out of sequence', '第二章  数据收集与归集', '第三章  数据收集与归集', 'numbering/sequence'],
    ['an item under a ### mark out of sequence', '### （三）完善融资', '### （二）完善融资', 'numbering/sequence'],
    ['a 发文目录 row with another number', '3\t某政办发〔2024〕21号', '3\t某政办发〔2024〕22号', 'doc-number/consistency'],
    ['a 目录 title that differs over two lines', '表彰2023年度某市科学技术奖获奖者的决定\n（某政发', '表彰2022年度某市科学技术奖获奖者的决定\n（某政发', 'cross-reference/toc'],
    ['a [] year in a number', '某政发〔2024〕8号\n\n各 区', '某政发[2024]8号\n\n各 区', 'doc-number/format'],
  ]);
});

describe('an issue extracted from PDF, its titles split by blank lines', () => {
  const text = fixture('pdf-breaks-issue.txt');

  it('joins a title\'s pieces, and keeps the plan\'s title above the notice as its pre-title', () => {
    const [notice, decision, fire] = parseIssue(text).documents;
    assert.equal(notice.title.norm, '某县人民政府关于印发某县乡村振兴重点工作任务清单的通知');
    assert.equal(notice.preTitle?.norm, '某县乡村振兴重点工作任务清单');
    assert.equal(decision.title.norm, '某县人民政府关于调整县级行政审批事项的决定');
    assert.equal(fire.title.norm, '某县人民政府办公室关于做好2024年春季森林防火工作的通知');
  });

  it('joins an organ\'s name over 关于…的通知, but not a plan\'s whole title over its notice', () => {
    const notice = (title: string[], number: string) => [...title, '', number, '', '各区人民政府，市政府各部门：', '', '现予公布。', '', '某市人民政府', '2024年3月2日', ''];
    const issue = parseIssue(
      [
        ...notice(['某市人民政府办公室', '', '关于做好2024年春季森林防火工作的通知'], '某政办发〔2024〕7号'),
        ...notice(['某市历史建筑保护办法', '', '某市人民政府关于印发某市历史建筑保护办法的通知'], '某政发〔2024〕9号'),
      ].join('\n'),
    );
    assert.deepEqual(issue.documents.map((d) => [d.title.norm, d.preTitle?.norm]), [
      ['某市人民政府办公室关于做好2024年春季森林防火工作的通知', undefined],
      ['某市人民政府关于印发某市历史建筑保护办法的通知', '某市历史建筑保护办法'],
    ]);
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(text);
  });

  itCatches(text, [
    ['a 目录 title that differs from the body\'s split title', '重点工作任务清单的通知 〔某政发', '重点工作清单的通知 〔某政发', 'cross-reference/toc'],
    ['a first piece of the split title that differs from the 目录', '某县人民政府关于印发某县乡村振兴\n', '某县人民政府关于印发某县乡村发展\n', 'cross-reference/toc'],
    ['a spaced-out label out of sequence', '( 二 ) 加强耕地保护', '( 三 ) 加强耕地保护', 'numbering/sequence'],
    ['a bold section heading out of sequence', '**三、加强乡村建设**', '**四、加强乡村建设**', 'numbering/sequence'],
    ['an item without its unit among items with one', '（责任单位：县交通运输局）', '', 'responsible-unit/missing'],
    ['a printed attachment numbered out of sequence', '附件 2\n\n调整的', '附件 3\n\n调整的', 'numbering/sequence'],
    ['a [] year in a citation broken over a page', '（国发〔2023〕\n\n12号）', '（国发[2023]\n\n12号）', 'doc-number/format'],
    ['a document numbered otherwise than in the 目录', '森林防火工作的通知\n\n某政办发〔2024〕7号', '森林防火工作的通知\n\n某政办发〔2024〕17号', 'doc-number/consistency'],
  ]);
});

describe('a plan whose items name their units on lines of their own', () => {
  const text = fixture('unit-lines-issue.txt');
  const units = () => {
    const [doc] = parseIssue(text).documents;
    return doc.tasks.filter((t) => t.annotations.length > 0).map((t) => t.annotations.flatMap((a) => a.units.map((u) => `${u.role}:${u.name}`)).join(' '));
  };

  it('reads 牵头单位：/配合单位： lines as the item\'s units, 〔牵头〕 as a role, 按职责分工负责 as no part of a name', () => {
    assert.deepEqual(units(), [
      'lead:市数据局 responsible:市政务服务中心 responsible:各区、县〔市〕人民政府',
      'lead:市政务服务中心 responsible:市级有关部门',
      'lead:市市场监管局 responsible:市税务局 responsible:市公安局',
      'lead:市自然资源和规划局 support:市发展改革委 support:市经信局',
      'lead:市发展改革委 support:国网某市供电公司',
      'lead:市金融办 support:人行某市分行 support:市财政局',
      'responsible:市司法局 responsible:各行政执法部门',
      'responsible:市市场监管局',
    ]);
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(text);
  });

  itCatches(text, [
    ['an item with only its 配合单位 line', '牵头单位：市金融办\n\n配合单位', '配合单位', 'responsible-unit/lead-marker'],
    ['a 配合单位 line above the 牵头单位 line', '牵头单位：市金融办\n\n配合单位：人行某市分行、市财政局', '配合单位：人行某市分行、市财政局\n\n牵头单位：市金融办', 'responsible-unit/lead-marker'],
    ['an item without either line among items with them', '牵头单位：市金融办\n\n配合单位：人行某市分行、市财政局', '', 'responsible-unit/missing'],
    ['a unit named twice on one line', '配合单位：人行某市分行、市财政局', '配合单位：人行某市分行、人行某市分行', 'responsible-unit/duplicate'],
    ['one unit under two names', '牵头单位：市发展改革委\n', '牵头单位：市发改委\n', 'responsible-unit/names'],
    ['a bracketed annotation never closed', '市税务局、市公安局）', '市税务局、市公安局', 'responsible-unit/brackets'],
  ]);
});

describe('an issue with a 公告 numbered in its own series', () => {
  const text = fixture('announcement-issue.txt');

  it('reads the 公告 as a document of its own, between the notice and the department\'s notice', () => {
    const issue = parseIssue(text);
    assert.deepEqual(
      issue.documents.map((d) => [d.kind, d.number?.key, d.title.norm]),
      [
        ['document', '某政发〔2024〕20号', '某市人民政府关于印发某市加快推进新型工业化实施方案的通知'],
        ['announcement', undefined, '某市人民政府公告2024年第1号'],
        ['document', '某财预〔2024〕12号', '某市财政局关于印发某市市级财政专项资金管理办法的通知'],
        ['interpretation', undefined, '关于《某市市级财政专项资金管理办法》的政策解读'],
      ],
    );
    // The notice before it ends at its own 落款: the 公告 is not part of its plan.
    assert.ok(!issue.text.slice(issue.documents[0].range.start, issue.documents[0].range.end).includes('公告'));
  });

  it('gives no errors or warnings on the clean text: the 目录 finds the 公告 by its number', () => {
    assertClean(text);
  });

  itCatches(text, [
    ['a 目录 entry giving the 公告 another number', '某市人民政府公告（2024年第1号）……', '某市人民政府公告（2024年第2号）……', 'cross-reference/toc'],
    ['a 公告 the 目录 does not list', '某市人民政府公告（2024年第1号）………………………………………6\n\n', '', 'cross-reference/toc'],
    ['the interpretation citing the rules by another title', '制定了《某市市级财政专项资金管理办法》', '制定了《某市财政专项资金管理办法》', 'cross-reference/interpretation'],
    ['a [] year in the department\'s number', '某财预〔2024〕12号\n\n市级', '某财预[2024]12号\n\n市级', 'doc-number/format'],
  ]);
});

describe('a 公告 with no number of its own, in an issue with no 目录', () => {
  // The same issue without its 目录 and without the 公告's 2024年第1号: only its title, its words and its end tell it.
  const full = fixture('announcement-issue.txt');
  const body = full.slice(full.indexOf('某市人民政府关于印发某市加快推进新型工业化实施方案的通知\n\n某政发'));
  const text = `某市人民政府公报\n\n2024年第6期\n\n${body.replace('某市人民政府公告\n\n2024年第1号\n', '某市人民政府关于征收某区某街道集体土地的公告\n')}`;
  const kinds = (t: string) => parseIssue(t).documents.map((d) => [d.kind, d.title.norm]);

  it('reads it as a document of its own after the notice\'s date, not as part of the notice\'s plan', () => {
    assert.deepEqual(kinds(text), [
      ['document', '某市人民政府关于印发某市加快推进新型工业化实施方案的通知'],
      ['announcement', '某市人民政府关于征收某区某街道集体土地的公告'],
      ['document', '某市财政局关于印发某市市级财政专项资金管理办法的通知'],
      ['interpretation', '关于《某市市级财政专项资金管理办法》的政策解读'],
    ]);
    const plan = parseIssue(text).documents[0];
    assert.ok(!text.slice(plan.range.start, plan.range.end).includes('征收'));
    assertClean(text);
  });

  it('reads its title whole where a wrap cut it over two lines', () => {
    const wrapped = text.replace('某市人民政府关于征收某区某街道集体土地的公告\n', '某市人民政府关于征收某区某街道\n集体土地的公告\n');
    assert.deepEqual(kinds(wrapped), kinds(text));
    const plan = parseIssue(wrapped).documents[0];
    assert.ok(!wrapped.slice(plan.range.start, plan.range.end).includes('征收'));
  });

  it('reads no 公告 where the line does not announce, or is no document\'s start', () => {
    // Words that announce nothing (no 特此公告, 现予公告, …公告如下 before its date): a plan's line, not a document.
    const silent = text.replace('现予公告。', '现予发布。').replace('特此公告。', '');
    assert.deepEqual(kinds(silent).map(([k]) => k), ['document', 'document', 'interpretation']);
    // The title of an attachment under its label is the notice's attachment.
    const attached = text.replace('某市人民政府关于征收某区某街道集体土地的公告\n', '附件\n\n某市人民政府关于征收某区某街道集体土地的公告\n');
    assert.deepEqual(kinds(attached).map(([k]) => k), ['document', 'document', 'interpretation']);
  });
});

describe('a 发文目录 whose heading a wrap broke (…发文目 / 录), listed in the 目录', () => {
  it('reads it as the directory, not as a numberless piece the 目录 names', () => {
    const issue = parseIssue(fixture('hard-wrapped-issue.txt'));
    assert.deepEqual(issue.documents.map((d) => d.kind), ['document', 'document']);
  });
});

describe('a Word export without blank lines, the plan\'s title above its notice', () => {
  const notice = (title: string[], number: string, end: string[]) => [...title, number, '各区人民政府，市政府各部门：', '现将有关文件印发给你们。', '某市人民政府办公室', '2024年7月3日', ...end];
  const text = [
    ...notice(['某市推进城市更新三年行动方案(2024-2026年)', '某市人民政府办公室关于印发某市推进城市更新三年行动方案的通知'], '某政办发〔2024〕47号', ['附件：某市城市更新项目清单(略)', '(可登陆某市人民政府门户网站查询，网址：http://www.example.gov.cn)']),
    ...notice(['关于加强职工文化活动阵地建设的意见', '市总工会', '某市人民政府办公室转发市总工会关于加强职工文化活动阵地建设意见的通知'], '某政办发〔2024〕49号', []),
    ...notice(['某市人民政府办公室转发', '市财政局关于加强预算绩效管理的意见的通知'], '某政办发〔2024〕50号', []),
    '',
  ].join('\n');

  it('takes the line that opens the notice\'s title for its start, and the plan\'s title above it for the pre-title', () => {
    assert.deepEqual(
      parseIssue(text).documents.map((d) => [d.number?.key, d.title.norm, d.preTitle?.norm]),
      [
        ['某政办发〔2024〕47号', '某市人民政府办公室关于印发某市推进城市更新三年行动方案的通知', '某市推进城市更新三年行动方案(2024-2026年)'],
        // The plan's author between the two titles is neither's.
        ['某政办发〔2024〕49号', '某市人民政府办公室转发市总工会关于加强职工文化活动阵地建设意见的通知', '关于加强职工文化活动阵地建设的意见'],
        // A title wrapped after 转发 is one title.
        ['某政办发〔2024〕50号', '某市人民政府办公室转发市财政局关于加强预算绩效管理的意见的通知', undefined],
      ],
    );
  });
});

describe('an issue with a 政府工作报告 and a 大事记, pieces without a number', () => {
  const text = fixture('report-issue.txt');
  // The same issue without its 目录: the pieces must then be known by their own look.
  const withoutToc = text.replace(/目　录[\s\S]*?……12\n\n/, '');
  const pieces = (t: string) => parseIssue(t).documents.map((d) => [d.kind, d.title.norm]);
  const expected = [
    ['document', '某市人民政府关于印发2024年某市十方面民生实事项目的通知'],
    ['other', '政府工作报告'],
    ['other', '某市人民政府大事记(2024年1月)'],
  ];

  it('reads the report (by its subtitle ——…会议上) and the 大事记 as pieces of their own, with or without a 目录', () => {
    assert.notEqual(withoutToc, text);
    assert.deepEqual(pieces(text), expected);
    assert.deepEqual(pieces(withoutToc), expected);
  });

  it('gives no errors or warnings on either: the report\'s sections are not items of the notice\'s plan', () => {
    assertClean(text);
    assertClean(withoutToc);
  });

  it('leaves a 大事记 printed as an attachment to its document', () => {
    const attached = withoutToc.replace('某市人民政府大事记（2024年1月）', '附件\n\n某市人民政府大事记（2024年1月）');
    assert.equal(parseIssue(attached).documents.length, 2);
  });
});

describe('目录 page references in the forms converters leave', () => {
  const issue = (page: string) =>
    ['目　录', '', `某市人民政府关于调整某市最低工资标准的通知（某政发〔2024〕32号）${page}`, '', '— 1 —', '',
      '某市人民政府关于调整某市最低工资标准的通知', '', '某政发〔2024〕32号', '', '各区人民政府：', '', '现予公布。', '', '某市人民政府', '', '2024年8月9日', ''].join('\n');

  for (const page of ['……（2）', '……2', '\t2', '……第2页', '……第 2 页', '……- 2 -', '……—2—', '　2', '（2）']) {
    it(`reads "${page}" as page 2, and the page footer under the 目录 as no entry`, () => {
      const text = issue(page);
      assert.deepEqual(parseIssue(text).toc?.entries.map((e) => [e.number?.key, e.page]), [['某政发〔2024〕32号', 2]]);
      assertClean(text);
    });
  }

  it('reads a page set off by spaces alone from a title without a number (…政策解读　　　　18)', () => {
    const toc = (page: string) =>
      ['目　录', '', '某市人民政府关于调整某市最低工资标准的通知（某政发〔2024〕32号）……（2）', '', `《某市最低工资规定》政策解读${page}`, '',
        '某市人民政府关于调整某市最低工资标准的通知', '', '某政发〔2024〕32号', '', '各区人民政府：', '', '现予公布。', '', '某市人民政府', '', '2024年8月9日', '',
        '《某市最低工资规定》政策解读', '', '一、出台背景', '', '保障劳动者权益。', ''].join('\n');
    for (const page of ['　　　　18', '    18']) assert.deepEqual(parseIssue(toc(page)).toc?.entries.map((e) => e.page), [2, 18], JSON.stringify(page));
    assert.ok(analyze(toc('　　　　1')).findings.some((f) => f.ruleId === 'cross-reference/toc'));
    // A year a wrap left at a line's end (…关于公布　2018 / 年度…) is no page.
    const year = toc('').replace('《某市最低工资规定》政策解读\n', '《某市最低工资规定》政策解读　2018\n年度……（18）\n');
    assert.ok(!parseIssue(year).toc?.entries.some((e) => e.page === 2018));
    // One space is a title's own (…2024年 5): no page.
    assert.ok(!parseIssue(toc(' 18')).toc?.entries.some((e) => e.page === 18));
  });
});

describe('annotations with a deadline field (责任单位：…；完成时限：…)', () => {
  const text = fixture('deadline-fields-issue.txt');

  it('reads the annotation to its closing bracket, and the deadline as no unit', () => {
    const [doc] = parseIssue(text).documents;
    assert.deepEqual(
      doc.tasks.filter((t) => t.annotations.length > 0).map((t) => [t.annotations[0].close, t.annotations.flatMap((a) => a.units.map((u) => u.name)).join('、')]),
      [['）', '市住建局'], ['）', '市住建局、各区人民政府'], ['）', '市自然资源局'], ['）', '市城管局、各区人民政府'], ['）', '市民政局、各区人民政府']],
    );
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(text);
  });

  itCatches(text, [
    ['an annotation never closed after its deadline', '完成时限：2024年底）', '完成时限：2024年底', 'responsible-unit/brackets'],
    ['an annotation closed with another bracket', '完成时限：2024年底）', '完成时限：2024年底]', 'responsible-unit/brackets'],
    ['an item with a deadline and no unit', '（责任单位：市住建局；完成时限：2024年底）', '（完成时限：2024年底）', 'responsible-unit/missing'],
  ]);
});

describe('attachments numbered in Chinese numerals (附件：一、… / 附件一) and a date in full-width digits', () => {
  const text = fixture('chinese-numerals-issue.txt');

  it('reads the declarations, the printed attachments and the 成文日期', () => {
    const [doc] = parseIssue(text).documents;
    assert.deepEqual(doc.attachmentDecls.map((a) => [a.number, a.title.norm]), [[1, '某市防汛防台应急组织体系图'], [2, '某市防汛防台应急响应流程图']]);
    assert.deepEqual(doc.attachments.map((a) => [a.number, a.title?.norm]), [[1, '某市防汛防台应急组织体系图'], [2, '某市防汛防台应急响应流程图']]);
    assert.equal(doc.signature?.date?.year, 2024);
  });

  it('asks for Arabic numerals and half-width digits, and nothing else; the fixes leave a clean text', () => {
    const { findings } = analyze(text);
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), [
      'structure/attachment-declaration', 'structure/attachment-declaration', 'structure/attachment-label', 'structure/attachment-label', 'structure/date',
    ]);
    const fixed = applyFixes(text, findings).text;
    assert.ok(fixed.includes('附件：1．某市防汛防台应急组织体系图') && fixed.includes('\n附件2\n') && fixed.includes('2024年5月10日'));
    assertClean(fixed);
  });

  itCatches(text, [
    ['a printed attachment numbered out of sequence', '附件二\n', '附件三\n', 'numbering/sequence'],
    ['a declared attachment not printed', '附件二\n\n某市防汛防台应急响应流程图\n\n（略）', '', 'cross-reference/attachments'],
  ]);
});

describe('an interpretation in pictures (一图读懂《…》)', () => {
  const text = [
    '某市人民政府关于印发某市政府投资项目管理办法的通知', '', '某政发〔2024〕40号', '', '各区人民政府，市政府各部门：', '',
    '现将《某市政府投资项目管理办法》印发给你们，请认真贯彻执行。', '', '某市人民政府', '', '2024年9月12日', '',
    '某市政府投资项目管理办法', '', '第一条　为规范政府投资行为，制定本办法。', '', '第二条　本办法自2024年10月1日起施行。', '',
    '一图读懂《某市政府投资项目管理办法》', '', '一、为什么要出台《办法》', '', '规范政府投资行为，提高投资效益。', '',
  ].join('\n');

  it('is a piece of its own, not part of the rules before it', () => {
    assert.deepEqual(parseIssue(text).documents.map((d) => [d.kind, d.title.norm]), [
      ['document', '某市人民政府关于印发某市政府投资项目管理办法的通知'],
      ['interpretation', '一图读懂《某市政府投资项目管理办法》'],
    ]);
    assertClean(text);
  });

  itCatches(text, [['an interpretation of rules by another title', '一图读懂《某市政府投资项目管理办法》', '一图读懂《某市政府投资项目管理规定》', 'cross-reference/interpretation']]);
});

describe('a table written one cell per line (a Word table saved as text)', () => {
  const text = fixture('cell-table-issue.txt');
  const table = () => parseIssue(text).documents[0].tables[0];

  it('reads its header, its rows by their 序号, and its header repeated after a page footer', () => {
    const t = table();
    assert.equal(t.header?.cells.map((c) => c.norm).join('|'), '序号|项目名称|目标任务|牵头单位|配合单位');
    assert.deepEqual(t.columns, { seq: 0, lead: 3, support: 4 });
    assert.deepEqual(t.rows.map((r) => (r.isHeader ? 'header' : r.cells[0].norm)), ['header', '1', '2', '3', '4', 'header', '5', '6']);
    const row2 = t.rows[2].cells.map((c) => c.norm);
    assert.deepEqual(row2, ['2', '新增城镇就业', '新增城镇就业3万人', '市人力社保局', '市财政局、市经信局']);
    // Row 1's 目标任务 is wrapped over two lines: its cells cannot be told apart, and only its 序号 is read as such.
    assert.equal(t.rows[1].unaligned, true);
    assert.ok(t.rows.slice(2).every((r) => !r.unaligned));
  });

  it('takes the units of a row from its 牵头单位 and 配合单位 cells', () => {
    const tasks = parseIssue(text).documents[0].tasks;
    assert.deepEqual(tasks[0].annotations.flatMap((a) => a.units.map((u) => `${u.role}:${u.name}`)), ['lead:市人力社保局', 'support:市财政局', 'support:市经信局']);
  });

  it('does not join the cells into one paragraph: a row\'s name repeated in its target is no doubled word', () => {
    assertClean(text);
  });

  it('ends the table at the paragraph after it', () => {
    const notice = `${text.split('\n').slice(0, 63).join('\n')}\n\n以上项目须于2024年底前完成，各牵头单位要加强统筹。\n`;
    const [t] = parseIssue(notice).documents[0].tables;
    assert.deepEqual(t.rows.map((r) => r.cells.length), [5, 6, 5, 5, 5, 5, 5, 5]);
  });

  it('reads two tables one after the other, each once', () => {
    const lines = text.split('\n');
    const second = lines.indexOf('— 2 —');
    // The page footer gone and the second piece numbered from 1: a table of its own.
    const two = [...lines.slice(0, second), ...lines.slice(second + 2)].join('\n').replace('\n5\n建设口袋公园', '\n1\n建设口袋公园').replace('\n6\n提升学校食堂', '\n2\n提升学校食堂');
    const tables = parseIssue(two).documents[0].tables;
    assert.deepEqual(tables.map((t) => t.rows.map((r) => (r.isHeader ? 'header' : r.cells[0].norm))), [['header', '1', '2', '3', '4'], ['header', '1', '2']]);
  });

  it('takes a figure in a column of numbers for a cell, not for the next 序号', () => {
    const withCount = text.replace('目标任务\n牵头单位', '数量\n牵头单位').replace('新增城镇就业3万人', '3');
    const t = parseIssue(withCount).documents[0].tables[0];
    assert.deepEqual(t.rows.map((r) => (r.isHeader ? 'header' : r.cells[0].norm)), ['header', '1', '2', '3', '4', 'header', '5', '6']);
    assert.deepEqual(t.rows[2].cells.map((c) => c.norm), ['2', '新增城镇就业', '3', '市人力社保局', '市财政局、市经信局']);
  });

  it('does not take a unit over a date in a table of the notice for its 落款', () => {
    const notice = [
      '某市人民政府办公室关于做好2024年民生实事工作的通知', '', '某政办发〔2024〕22号', '', '各区、县（市）人民政府，市政府各部门：', '',
      '现将2024年民生实事项目分工如下，请抓好落实。', '', '序号', '项目名称', '牵头单位', '完成时间', '1', '新建改建农村公路', '市交通运输局', '2024年12月31日',
      '2', '新增城镇就业', '市人力社保局', '2024年11月30日', '', '某市人民政府办公室', '', '2024年3月1日', '',
    ].join('\n');
    const [d] = parseIssue(notice).documents;
    assert.equal(d.signature?.organ?.text, '某市人民政府办公室');
    assert.deepEqual(d.parts.map((p) => p.kind), ['main']);
    assertClean(notice);
  });

  it('reads 序号 in full-width digits', () => {
    const wide = text.replace(/\n([1-6])\n/g, (_m, d: string) => `\n${String.fromCharCode(d.charCodeAt(0) + 0xfee0)}\n`);
    assert.deepEqual(parseIssue(wide).documents[0].tables[0].rows.map((r) => (r.isHeader ? 'header' : r.cells[0].norm)), ['header', '１', '２', '３', '４', 'header', '５', '６']);
    assertClean(wide);
    assert.ok(analyze(wide.replace('\n３\n', '\n４\n')).findings.some((f) => f.ruleId === 'numbering/sequence'));
  });

  itCatches(text, [
    ['a skipped 序号', '\n3\n建设普惠性托育机构', '\n4\n建设普惠性托育机构', 'numbering/sequence'],
    ['a 序号 repeated after the page footer', '\n5\n建设口袋公园', '\n4\n建设口袋公园', 'numbering/sequence'],
    ['a row whose unit cells are empty', '市人力社保局\n市财政局、市经信局\n', '\n\n', 'responsible-unit/missing'],
    ['a count in the notice that the table does not list', '（共6项）', '（共7项）', 'numbering/totals'],
    ['a repeated header that differs from the first', '— 2 —\n\n序号\n项目名称\n目标任务', '— 2 —\n\n序号\n项目\n目标任务', 'structure/table-header'],
  ]);
});

describe('a Word export that keeps the 版记 (抄送 / 印发) and a report\'s 签发人', () => {
  const text = fixture('record-issue.txt');

  it('ends a document at its 版记, and reads a number with the 签发人 beside it', () => {
    const issue = parseIssue(text);
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    assert.deepEqual(
      issue.documents.map((d) => [lineOf(d.range.start), d.number?.key, d.parts.map((p) => p.kind)]),
      [
        [1, '某政办发〔2024〕25号', ['main']],
        [26, '某政〔2024〕12号', ['main']],
      ],
    );
    assert.equal(issue.documents[1].addressee?.text, '省人民政府：');
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(text);
  });

  itCatches(text, [
    ['a [] year in the number beside the 签发人', '某政〔2024〕12号  ', '某政[2024]12号  ', 'doc-number/format'],
    ['a skipped item in the report', '（二）推进严格规范', '（三）推进严格规范', 'numbering/sequence'],
    ['an annotation closed with another bracket in the notice', '（责任单位：市水利局）', '（责任单位：市水利局〕', 'responsible-unit/brackets'],
    ['an impossible 成文日期 in the report', '2024年3月20日', '2024年2月30日', 'structure/date'],
  ]);
});

describe('attachments numbered in two parts (附件：1-1．… / 附件1-1)', () => {
  const text = fixture('sub-attachments-issue.txt');

  it('reads each number with its sub-number, declared and printed', () => {
    const [d] = parseIssue(text).documents;
    assert.deepEqual(d.attachmentDecls.map((a) => [a.number, a.sub]), [[1, 1], [1, 2], [2, undefined]]);
    assert.deepEqual(d.attachments.map((a) => [a.number, a.sub, a.title?.norm]), [
      [1, 1, '某市2024年重点建设项目表'],
      [1, 2, '某市2024年重点前期项目表'],
      [2, undefined, '某市2024年重点项目责任分工表'],
    ]);
    assertClean(text);
  });

  it('names a skipped group by its first number, and a skipped sub-number in full', () => {
    const messages = (changed: string) => analyze(changed).findings.filter((f) => f.ruleId === 'numbering/sequence').map((f) => f.message);
    assert.deepEqual(messages(text.replace('\n附件2\n', '\n附件3\n')), ['附件编号跳号：“附件1”之后为“附件3”，缺少“附件2” (label 2 missing before 3)']);
    assert.deepEqual(messages(text.replace('1-2．某市', '1-3．某市')), ['附件说明编号跳号：“1-1.”之后为“1-3.”，缺少“1-2.” (label 2 missing before 3)']);
  });

  it('reports 见附件1-3 where 附件1 has parts 1-1 and 1-2 only', () => {
    const cited = (n: string) => analyze(text.replace('请认真组织实施。', `请认真组织实施（见附件${n}）。`)).findings.filter((f) => f.ruleId === 'cross-reference/attachments').map((f) => f.message);
    assert.deepEqual(cited('1-2'), []);
    assert.deepEqual(cited('2'), []);
    assert.deepEqual(cited('1-3'), ['见附件1-3，但本文件没有附件1-3 (no attachment 1-3 in this document)']);
  });

  itCatches(text, [
    ['a printed sub-number out of sequence', '\n附件1-2\n', '\n附件1-3\n', 'numbering/sequence'],
    ['a sub-numbered attachment declared but not printed', '\n附件1-2\n\n某市2024年重点前期项目表\n\n序号\t项目名称\t责任单位\n1\t某地铁\t市发展改革委\n', '\n', 'cross-reference/attachments'],
  ]);
});

describe('a PDF text hard-wrapped at ~35 characters, with no blank lines', () => {
  const text = fixture('hard-wrapped-issue.txt');

  it('reads 目录 numbers a wrap split (（某 / 政办发〔2024〕41号）, （某政发〔2 / 024〕14号）)', () => {
    const issue = parseIssue(text);
    assert.deepEqual(issue.toc?.entries.map((e) => [e.title.norm, e.number?.key]), [
      ['某市人民政府关于加快发展银发经济增进老年人福祉的实施意见', '某政发〔2024〕14号'],
      ['某市人民政府办公室关于开展2024年度全市安全生产工作考核的通知', '某政办发〔2024〕41号'],
      ['2024年10月份市政府、市政府办公室发文目录', undefined],
    ]);
  });

  it('reads a 发文目录 whose heading a wrap split, through a running header between its rows', () => {
    for (const split of ['发文目\n录', '\n发文目录', '发\n文目录']) {
      const issue = parseIssue(text.replace('发文目\n录', split));
      assert.equal(issue.directory?.heading.norm, '2024年10月份市政府、市政府办公室发文目录', split);
      assert.deepEqual(issue.directory?.rows.map((r) => r.number?.key), ['某政发〔2024〕14号', '某政办发〔2024〕41号']);
    }
  });

  it('reads an issuer a wrap split after the bracket, but not a word of the sentence before it', () => {
    const numbers = (s: string) => findDocNumbers(s, 'citation').map((n) => n.key);
    assert.deepEqual(numbers('按照通知（某\n政办发〔2024〕41号）要求'), ['某政办发〔2024〕41号']);
    assert.deepEqual(numbers('按照《某市关于加快发展银发经济的实施意见》（参照\n某政发〔2024〕14号）要求'), ['某政发〔2024〕14号']);
    assert.deepEqual(numbers('（见\n国发〔2019〕1号）'), ['国发〔2019〕1号']);
  });

  it('keeps the 附注 under a 成文日期 with its document, not over the next title', () => {
    const [plan, notice] = parseIssue(text).documents;
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    assert.equal(text.split('\n')[lineOf(plan.range.end) - 1], '（此件公开发布）');
    assert.equal(notice.preTitle, undefined);
    assert.equal(text.split('\n')[lineOf(notice.range.start) - 1], '某市人民政府办公室关于开展2024年度全市');
  });

  it('ends the 附件说明 at the 落款 under it, and reads each attachment\'s title from its first line', () => {
    const [, notice] = parseIssue(text).documents;
    assert.deepEqual(notice.attachmentDecls.map((a) => a.title.norm), ['2024年度全市安全生产工作考核细则', '2024年度全市安全生产工作自评表']);
    assert.equal(notice.signature?.organ?.text, '某市人民政府办公室');
    assert.deepEqual(notice.attachments.map((a) => a.title?.norm), ['2024年度全市安全生产工作考核细则', '2024年度全市安全生产工作自评表']);
  });

  it('reads an annotation a wrap split right after its label (（责任单位： / 市民政局、…）)', () => {
    const [plan] = parseIssue(text).documents;
    assert.deepEqual(plan.tasks.filter((t) => t.annotations.length).length, 4);
    assertClean(text);
  });

  itCatches(text, [
    ['a 目录 number split by the wrap that differs from the document\'s', '（某政发〔2\n024〕14号）', '（某政发〔2\n024〕15号）', 'doc-number/consistency'],
    ['a 发文目录 title that differs from the document\'s', '2024年度全市安全生产工作考核的通知\t2024年10月21日', '2024年度全市安全生产工作考评的通知\t2024年10月21日', 'cross-reference/directory'],
    ['a declared attachment not printed', '附件2\n2024年度全市安全生产工作自评表\n', '', 'cross-reference/attachments'],
    ['an item without its unit among items with one', '（责任单位：市商务局、市建设局）', '', 'responsible-unit/missing'],
  ]);
});

describe('minutes that close with who attended (出席：… / 列席：…), then a 函', () => {
  const text = [
    '某市人民政府第38次常务会议纪要', '', '某政纪〔2024〕4号', '', '2024年3月18日，市长张三主持召开市政府第38次常务会议。会议纪要如下：', '',
    '一、审议通过《某市城市地下管线管理办法（草案）》', '', '会议原则同意该办法草案。', '',
    '出席：张三、李四、王五', '列席：市政府各部门主要负责同志', '请假：赵六（出差）', '',
    '某市人民政府办公室关于商请支持某港区铁路专用线建设的函', '', '某政办函〔2024〕12号', '', '中国铁路某局集团有限公司：', '',
    '为加快推进项目建设，现就有关事项商请如下。', '', '某市人民政府办公室', '', '2024年3月20日', '',
  ].join('\n');

  it('keeps the attendance lines with the minutes, not as the title of a plan over the 函', () => {
    const [minutes, letter] = parseIssue(text).documents;
    assert.equal(letter.preTitle, undefined);
    assert.ok(text.slice(minutes.range.start, minutes.range.end).includes('请假：赵六（出差）'));
    assertClean(text);
  });
});

describe('a column\'s name alone over the piece\'s own title (【市政府人事任免】 / 市政府人事任免（2024年8月份）)', () => {
  const text = [
    '某市人民政府关于表彰先进集体的决定', '', '某政发〔2024〕22号', '', '各区人民政府，市政府各部门：', '', '决定对市应急管理局等单位予以表彰。', '',
    '某市人民政府', '', '2024年8月12日', '', '【市政府人事任免】', '', '市政府人事任免（2024年8月份）', '',
    '任命：', '', '张三为某市发展和改革委员会副主任；', '', '李四为某市教育局副局长。', '',
  ].join('\n');

  it('is one piece, titled by the line under the name, which ends the document above', () => {
    const issue = parseIssue(text);
    assert.deepEqual(issue.documents.map((d) => [d.kind, d.title.norm]), [
      ['document', '某市人民政府关于表彰先进集体的决定'],
      ['appointments', '市政府人事任免(2024年8月份)'],
    ]);
    const [decision, list] = issue.documents;
    assert.ok(!text.slice(decision.range.start, decision.range.end).includes('【'));
    assert.ok(text.slice(list.range.start).startsWith('【市政府人事任免】\n'));
    assertClean(text);
  });
});

describe('a joint document printed with both organs\' numbers side by side', () => {
  const text = [
    '目　录', '', '【部门文件】', '',
    '某市人力资源和社会保障局　某市财政局关于调整城乡居民基础养老金标准的通知（某人社发〔2024〕11号　某财社〔2024〕26号）……（3）', '',
    '某市人力资源和社会保障局　某市财政局关于调整城乡居民基础养老金标准的通知', '', '某人社发〔2024〕11号　某财社〔2024〕26号', '',
    '各区人力资源和社会保障局、财政局：', '', '经市政府同意，自2024年1月1日起调整城乡居民基础养老金标准。', '',
    '某市人力资源和社会保障局　　　　某市财政局', '', '2024年3月1日', '',
  ].join('\n');

  it('takes the first number, the lead organ\'s, for the document\'s, under its title and in the 目录', () => {
    const issue = parseIssue(text);
    assert.deepEqual(issue.documents.map((d) => d.number?.key), ['某人社发〔2024〕11号']);
    assert.equal(issue.toc?.entries[0].number?.key, '某人社发〔2024〕11号');
    assertClean(text);
  });

  itCatches(text, [['a 目录 with another lead number', '（某人社发〔2024〕11号　', '（某人社发〔2024〕12号　', 'doc-number/consistency']]);
});

describe('a masthead letter-spaced by the PDF (临 江 市 … 公 报 / 2 0 2 4 年 第 7 期)', () => {
  it('reads the gazette\'s name, year, number and total number', () => {
    const text = ['某 市 人 民 政 府 公 报', '', '2 0 2 4 年 第 7 期 (总第 2 1 9 期)', '', '目　录', '', '某市人民政府关于某事项的通知（某政发〔2024〕1号）……（1）', ''].join('\n');
    const m = parseIssue(text).masthead;
    assert.deepEqual([m?.name?.text, m?.year, m?.issueNo?.value, m?.totalNo?.value], ['某 市 人 民 政 府 公 报', 2024, 7, 219]);
    assert.equal(text.slice(m!.totalNo!.range.start, m!.totalNo!.range.end), '2 1 9');
  });
});

describe('a masthead with no 目录 under it: the first document right after it', () => {
  const issue = (masthead: string[]) =>
    [
      ...masthead,
      '某市人民政府关于印发某市优化营商环境若干措施的通知', '', '某政发〔2025〕6号', '', '各区人民政府，市政府各部门：', '',
      '现将《某市优化营商环境若干措施》印发给你们，请认真贯彻执行。', '', '某市人民政府', '2025年3月1日', '',
      '某市优化营商环境若干措施', '', '一、优化政务服务', '', '推进政务服务事项全程网办。', '',
      '某市人民政府公报　　　　　　2025年第3期', '', '二、降低要素成本', '', '落实用地、用能等支持政策。', '',
    ].join('\n');
  const cover = ['某市人民政府公报', '', '2025年第3期', '', '总第123期', '', '某市人民政府办公室主办', ''];

  it('reads the masthead as one, not as the first document\'s pre-title', () => {
    const parsed = parseIssue(issue(cover));
    const m = parsed.masthead;
    assert.deepEqual([m?.name?.text, m?.year, m?.issueNo?.value, m?.totalNo?.value], ['某市人民政府公报', 2025, 3, 123]);
    assert.deepEqual(parsed.documents.map((d) => [d.title.norm, d.preTitle?.text, d.parts.map((p) => p.title?.text)]), [
      ['某市人民政府关于印发某市优化营商环境若干措施的通知', undefined, [undefined, '某市优化营商环境若干措施']],
    ]);
    assertClean(issue(cover));
    // Letter-spaced, the total number beside the issue's, with the day it came out.
    const spaced = ['某 市 人 民 政 府 公 报', '', '2 0 2 5 年 第 3 期 (总第 1 2 3 期)', '', '2025年3月15日出版', ''];
    assert.deepEqual(parseIssue(issue(spaced)).documents.map((d) => d.preTitle?.text), [undefined]);
    assert.equal(parseIssue(issue(spaced)).masthead?.publicationDate?.day, 15);
    // The masthead read, a running header naming another issue is reported.
    assert.deepEqual(run('structure/issue-number', issue(cover).replace('　2025年第3期', '　2025年第4期')).map((f) => f.message), ['页眉期号“2025年第4期”与本期“2025年第3期”不一致 (the running header names another issue)']);
  });

  it('reads no masthead over a title ending in 公报 with no issue number under it', () => {
    const text = [
      '2024年某市国民经济和社会发展统计公报', '', '某市统计局', '', '（2025年3月28日）', '', '一、综合', '', '初步核算，全年全市地区生产总值3286.5亿元，比上年增长6.2%。', '',
      '二、工业', '', '全年规模以上工业增加值1245.8亿元，增长7.9%。', '',
    ].join('\n');
    assert.equal(parseIssue(text).masthead, undefined);
  });
});

describe('a plan printed alone, no notice covering it and no 目录 entry naming it', () => {
  const plan = (third: string) => [
    '某市2025年优化营商环境实施方案', '', '为持续优化营商环境，激发市场主体活力，制定本方案。', '', '一、总体要求', '', '坚持问题导向，对标一流标准。', '',
    '二、主要任务', '', '（一）提升政务服务效能。推进政务服务事项全程网办。', '', '（二）降低企业经营成本。落实各项减税降费政策。', '',
    `${third}保障措施`, '', '加强组织领导，强化督查考核。', '',
  ];
  const cover = ['某市人民政府公报', '', '2025年第3期', '', '总第123期', ''];
  const notice = [
    '某市人民政府关于做好2025年春季森林防火工作的通知', '', '某政发〔2025〕6号', '', '各区人民政府，市政府各部门：', '', '严格野外用火审批。', '', '某市人民政府', '2025年3月1日', '',
  ];
  const skipped = ['编号跳号：“二、”之后为“四、”，缺少“三、” (label 3 missing before 4)'];

  it('reads it as a document, its title and headings, where the body begins or under a column\'s name', () => {
    for (const before of [[], cover, [...cover, ...notice, '【规划计划】', '']]) {
      const text = [...before, ...plan('三、')].join('\n');
      const issue = parseIssue(text);
      const own = issue.documents.at(-1)!;
      assert.equal(own.title.norm, '某市2025年优化营商环境实施方案', before.join());
      assert.deepEqual(own.headings.map((h) => h.label), ['一、', '二、', '（一）', '（二）', '三、']);
      assertClean(text);
      assert.deepEqual(run('numbering/sequence', [...before, ...plan('四、')].join('\n')).map((f) => f.message), skipped, before.join());
    }
    // A report the same way: a 统计公报 opening the issue, its author and date under its title.
    const bulletin = ['2024年某市国民经济和社会发展统计公报', '', '某市统计局', '', '（2025年3月28日）', '', '一、综合', '', '全年全市地区生产总值3286.5亿元。', '', '二、工业', '', '全年规模以上工业增加值1245.8亿元。', ''];
    assert.deepEqual(parseIssue(bulletin.join('\n')).documents.map((d) => [d.title.norm, d.headings.length]), [['2024年某市国民经济和社会发展统计公报', 2]]);
  });

  it('leaves a plan\'s title over the notice that issues it as that notice\'s pre-title, and a heading as a heading', () => {
    const issued = [
      '某市2025年优化营商环境实施方案', '', '某市人民政府关于印发某市2025年优化营商环境实施方案的通知', '', '某政发〔2025〕7号', '', '各区人民政府，市政府各部门：', '',
      '现将《某市2025年优化营商环境实施方案》印发给你们，请认真贯彻执行。', '', '某市人民政府', '2025年3月1日', '',
    ];
    const issue = parseIssue(issued.join('\n'));
    assert.deepEqual(issue.documents.map((d) => [d.title.norm, d.preTitle?.norm]), [['某市人民政府关于印发某市2025年优化营商环境实施方案的通知', '某市2025年优化营商环境实施方案']]);
    // A line shaped as a plan's title with no heading under it opens no document.
    assert.deepEqual(parseIssue(['某市2025年优化营商环境实施方案', '', '为持续优化营商环境，制定本方案。', ''].join('\n')).documents, []);
  });
});

describe('a document closing with its contact lines, then a 人事任免 titled over two lines and the 发文目录', () => {
  const text = [
    '某市人民政府公报', '', '2024年第3期', '', '目　录', '',
    '某区人民政府办公室关于做好2024年春季森林防火工作的通知（某区政办发〔2024〕9号）……（1）', '',
    '某区人民政府人事任免（2024年3月份）……（3）', '', '2024年3月份区政府、区政府办公室发文目录……（4）', '',
    '某区人民政府办公室关于做好2024年春季森林防火工作的通知', '', '某区政办发〔2024〕9号', '', '各镇人民政府、街道办事处，区政府各部门：', '',
    '现就做好今年春季森林防火工作通知如下。', '', '某区人民政府办公室', '2024年3月20日', '', '（此件公开发布）', '',
    '联系人：区应急管理局　李明', '联系电话：0571-86012345', '',
    '某区人民政府人事任免', '', '（2024年3月份）', '', '任命：', '', '陈立新同志任某区教育局局长；', '', '周晓红同志任湖滨街道办事处副主任。', '',
    '2024年3月份区政府、区政府办公室发文目录', '', '序号\t文号\t标题', '1\t某区政办发〔2024〕9号\t某区人民政府办公室关于做好2024年春季森林防火工作的通知', '',
  ].join('\n');

  it('keeps the contact lines with the document, and reads the 人事任免 and the 发文目录 after them', () => {
    const issue = parseIssue(text);
    assert.deepEqual(issue.documents.map((d) => [d.kind, d.title.norm]), [
      ['document', '某区人民政府办公室关于做好2024年春季森林防火工作的通知'],
      ['appointments', '某区人民政府人事任免(2024年3月份)'],
    ]);
    assert.equal(issue.colophon, undefined);
    assert.equal(issue.directory?.rows.length, 1);
    assertClean(text);
  });

  itCatches(text, [['an appointment list whose last entry ends with a semicolon', '湖滨街道办事处副主任。', '湖滨街道办事处副主任；', 'structure/appointment-list']]);

  it('reads a 发文目录 row whose number a page break cut (某区政办发〔2024〕 / — 5 — / 9号)', () => {
    const cut = text.replace('1\t某区政办发〔2024〕9号\t', '1\t某区政办发〔2024〕\n\n— 5 —\n\n9号\t') + '2\t某区政办发〔2024〕10号\t某区人民政府办公室关于另一件事的通知\n';
    const rows = parseIssue(cut).directory!.rows;
    assert.deepEqual(rows.map((r) => [r.number?.key, r.title?.text]), [
      ['某区政办发〔2024〕9号', '某区人民政府办公室关于做好2024年春季森林防火工作的通知'],
      ['某区政办发〔2024〕10号', '某区人民政府办公室关于另一件事的通知'],
    ]);
    // A row whose title the table wrapped, over a page's running header and number.
    const wrapped = text.replace('9号\t某区人民政府办公室关于做好2024年春季森林防火工作的通知', '9号\t某区人民政府办公室关于做好2024年春季森林防火\n某市人民政府公报 第 3 期\n— 5 —\n\t工作的通知') + '2\t某区政办发〔2024〕10号\t某区人民政府办公室关于另一件事的通知\n';
    assert.deepEqual(parseIssue(wrapped).directory!.rows.map((r) => [r.number?.key, r.title?.norm]), [
      ['某区政办发〔2024〕9号', '某区人民政府办公室关于做好2024年春季森林防火工作的通知'],
      ['某区政办发〔2024〕10号', '某区人民政府办公室关于另一件事的通知'],
    ]);
    // The cut row is still checked: a title there that differs from the document's is reported.
    const wrong = analyze(cut.replace('9号\t某区人民政府办公室关于做好2024年春季', '9号\t某区人民政府办公室关于做好2024年秋季'));
    assert.ok(wrong.findings.some((f) => f.ruleId === 'cross-reference/directory'), wrong.findings.map((f) => f.ruleId).join());
  });
});

describe('what OCR and converters leave inside the text', () => {
  const text = [
    '目　录', '', '某市人民政府关于做好2024年冬季供暖保障工作的通知（某政发〔2024〕20号）……（1）', '',
    '某市人民政府关于做好2024年冬季供暖保障工作的通知', '', '某政发〔2024〕20号', '', '各区人民政府，市政府各部门：', '',
    '一、总体要求', '', '保障群众温暖过冬。', '', '二、工作措施', '', '加强供热设施检修。', '', '某市人民政府', '', '2024年10月8日', '',
  ].join('\n');

  it('reads a title with a zero-width space or a soft hyphen in it as the same title', () => {
    assertClean(text);
    assertClean(text.replace('冬季供暖保障工作的通知（', '冬季\u200b供暖保障工作的通知（'));
    assertClean(text.replace('冬季供暖保障工作的通知\n', '冬季供\u00ad暖保障工作的通知\n'));
    assertClean(text.replace('某政发〔2024〕20号\n', '某政发\u200b〔2024〕20号\n'));
    assertClean(text.replace('某政发〔2024〕20号\n', '某政发〔2024〕2\u200b0号\n'));
  });

  it('reads a body title a page break cut, with the page\'s number and running header between its pieces', () => {
    const cut = text.replace('某市人民政府关于做好2024年冬季供暖保障工作的通知\n\n某政发', '某市人民政府关于做好2024年冬季\n\n— 1 —\n\n某市人民政府公报　2024年第10期\n\n供暖保障工作的通知\n\n某政发');
    const issue = parseIssue(cut);
    assert.deepEqual(issue.documents.map((d) => [d.title.norm, d.preTitle?.norm]), [['某市人民政府关于做好2024年冬季供暖保障工作的通知', undefined]]);
    assert.equal(issue.toc?.entries.length, 1);
    assertClean(cut);
  });

  it('reads 1） and 2) (a Word list\'s labels) as labels, not as brackets left open', () => {
    const listed = (labels: string[]) =>
      text.replace('加强供热设施检修。', `加强供热设施检修。\n\n${labels[0]}开展管网排查。全面排查供热管网。（责任单位：市住建局）\n\n${labels[1]}加强应急抢修。组建抢修队伍。（责任单位：市住建局）`);
    assertClean(listed(['1）', '2）']));
    // Half-width in a full-width file: a width to report (typography), no bracket left open.
    const half = analyze(listed(['1)', '2)']));
    assert.deepEqual(half.issue.documents[0].headings.filter((h) => h.kind === 'arabic').map((h) => h.label), ['1)', '2)']);
    assert.ok(!half.findings.some((f) => f.ruleId.startsWith('responsible-unit/')));
    assert.ok(analyze(listed(['1）', '3）'])).findings.some((f) => f.ruleId === 'numbering/sequence'));
  });

  it('reads a number an extraction split over two lines (某政发〔2024〕 / 20号), and a page\'s number between the title and its number', () => {
    for (const gap of ['\n', '\n\n']) {
      const split = text.replace('某政发〔2024〕20号\n\n各区', `某政发〔2024〕${gap}20号\n\n各区`);
      const issue = parseIssue(split);
      assert.deepEqual(issue.documents.map((d) => [d.title.norm, d.number?.key]), [['某市人民政府关于做好2024年冬季供暖保障工作的通知', '某政发〔2024〕20号']]);
      assertClean(split);
      // Still read as a number: a slip in it is reported.
      assert.ok(analyze(split.replace(`〔2024〕${gap}20号`, `〔2024〕${gap}020号`)).findings.some((f) => f.ruleId === 'doc-number/format'));
    }
    const paged = text.replace('保障工作的通知\n\n某政发', '保障工作的通知\n\n— 1 —\n\n某政发');
    assert.deepEqual(parseIssue(paged).documents.map((d) => [d.title.norm, d.preTitle]), [['某市人民政府关于做好2024年冬季供暖保障工作的通知', undefined]]);
    assertClean(paged);
    // A sentence that ends with a number's first half is no number line.
    const running = text.replace('保障群众温暖过冬。', '根据某政发〔2024〕\n20号文件精神，保障群众温暖过冬。');
    assert.equal(parseIssue(running).documents.length, 1);
  });

  it('reads 一 、 (an OCR space before the mark) as the label it is', () => {
    const spaced = text.replace('一、总体要求', '一 、总体要求');
    assert.deepEqual(parseIssue(spaced).documents[0].headings.map((h) => h.value), [1, 2]);
    assertClean(spaced);
  });
});

describe('review cases: what the readers above must not take', () => {
  const notice = (body: string[], tail: string[] = []) =>
    [
      '某市人民政府关于做好2024年冬季供暖保障工作的通知', '', '某政发〔2024〕20号', '', '各区人民政府，市政府各部门：', '',
      ...body, '', '某市人民政府', '', '2024年10月8日', '', ...tail,
    ].join('\n');

  it('keeps a colophon that ends with 电话：, 传真：, 网址：, 印刷： lines', () => {
    const text = notice(['现就有关事项通知如下。'], ['主办单位：某市人民政府办公室', '编辑：某市人民政府公报编辑部', '地址：某市人民路1号', '电话：0571-1234567', '传真：0571-7654321', '网址：http://www.example.gov.cn', '印刷：某市印刷厂', '']);
    const issue = parseIssue(text);
    assert.ok(issue.colophon, 'the colophon is read');
    assert.ok(issue.documents[0].range.end <= issue.colophon!.start);
  });

  it('takes no line a wrap began with a figure (3 小时内报告) for a chapter of a decimal outline', () => {
    const text = notice(['1　总则', '', '1.1　编制目的', '', '保障供暖安全。', '', '2　组织体系', '', '2.1　指挥机构', '', '发生突发事件后，各单位应在', '3 小时内报告市指挥部。', '', '2.2　工作机构', '', '市指挥部下设办公室。']);
    assert.deepEqual(parseIssue(text).documents[0].headings.map((h) => h.label), ['1', '1.1', '2', '2.1', '2.2']);
    assertClean(text);
  });

  it('takes no attachment\'s last line over a page break for the top of the next title', () => {
    const text = [
      notice(['现就有关事项通知如下（见附件）。', '', '附件：关于防汛工作责任分工的说明（略）'], ['附件', '', '关于防汛工作责任分工的说明（略）', '', '— 2 —', '', '某市人民政府公报　2024年第5期', '']),
      '某市人民政府办公室转发市财政局市级财政资金管理办法的通知', '', '某政办发〔2024〕5号', '', '各区人民政府，市政府各部门：', '', '现转发给你们。', '', '某市人民政府办公室', '', '2024年10月9日', '',
    ].join('\n');
    assert.deepEqual(parseIssue(text).documents.map((d) => d.title.norm), ['某市人民政府关于做好2024年冬季供暖保障工作的通知', '某市人民政府办公室转发市财政局市级财政资金管理办法的通知']);
  });

  it('reads a 目录 whose pages stand on lines of their own (- 3 -) under numbered entries', () => {
    const text = ['目　录', '', '某市人民政府关于做好2024年冬季供暖保障工作的通知（某政发〔2024〕20号）', '', '- 1 -', '', '某市人民政府关于加强城市管理的意见（某政发〔2024〕21号）', '', '- 3 -', ''].join('\n');
    assert.deepEqual(parseIssue(text).toc?.entries.map((e) => [e.number?.key, e.page]), [['某政发〔2024〕20号', 1], ['某政发〔2024〕21号', 3]]);
  });

  it('reads a 成文日期 with an invisible character in it or beside it', () => {
    for (const date of ['2024年10月8日\u200b', '\u200b2024年10月8日', '2024年10\u200b月8日']) {
      assert.deepEqual(run('structure/required-parts', notice(['现就有关事项通知如下。']).replace('2024年10月8日', date)), [], JSON.stringify(date));
    }
  });

  it('takes a 附件1 printed as its parts only (附件1-1, 附件1-2) as printed', () => {
    const text = notice(['现将有关表格印发给你们。', '', '附件：1．部门预算表', '2．申报说明'], ['附件1-1', '', '部门收支总表', '', '附件1-2', '', '部门项目支出表', '', '附件2', '', '申报说明', '']);
    assert.deepEqual(run('cross-reference/attachments', text), []);
  });
});

describe('the last issue of a year, with the year\'s index after its documents', () => {
  const issue = (indexTitle: string) =>
    [
      '目　　录', '', '【市政府文件】', '', '某市人民政府关于2024年度某市科学技术奖励的决定', '（某政发〔2024〕21号）…………………（2）', '',
      '【附录】', '', `${indexTitle}…………………（12）`, '',
      '某市人民政府关于2024年度某市科学技术奖励的决定', '', '某政发〔2024〕21号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　市政府决定授予8个项目某市科学技术进步奖一等奖。', '', '某市人民政府', '2024年12月6日', '',
      indexTitle, '', '【市政府令】', '', '某市城市绿化管理办法（市政府令第18号）………………………… 1—2', '',
      '【市政府文件】', '', '某市人民政府关于印发某市加快发展新质生产力行动方案的通知', '（某政发〔2024〕3号）………………………… 2—2', '',
      '某市人民政府关于2024年度某市科学技术奖励的决定', '（某政发〔2024〕21号）………………………… 12—2', '',
      '【政策解读】', '', '《某市加快发展新质生产力行动方案》政策解读………………………… 2—6', '',
      '【人事任免】', '', '市政府人事任免（2024年1月—12月）………………………… 各期末页', '', '注：页码中“—”前为期号，“—”后为该期页码。', '',
    ].join('\n');

  it('takes a list a document issues (…数据资源总目录) for no year\'s index', () => {
    const text = [
      '某市人民政府办公室关于印发某市公共数据资源总目录的通知', '', '某政办发〔2024〕12号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　现将《某市公共数据资源总目录》印发给你们，请认真贯彻执行。', '', '　　附件：某市公共数据资源总目录', '', '某市人民政府办公室', '2024年9月3日', '',
      '附件', '', '某市公共数据资源总目录', '', '一、基础信息资源', '', '1．人口基础信息库　　市公安局　　每日', '',
      '2．法人单位基础信息库　　市市场监管局　　每日', '', '二、主题信息资源', '', '3．社会信用信息　　市发展改革委　　每周', '',
    ].join('\n');
    assert.deepEqual(parseIssue(text).documents.map((d) => [d.kind, d.title.norm, d.attachments.length]), [
      ['document', '某市人民政府办公室关于印发某市公共数据资源总目录的通知', 1],
    ]);
    assertClean(text);
  });

  it('reads the index as one piece: its 政策解读, 人事任免 and sections start no document of their own', () => {
    const text = issue('某市人民政府公报2024年总目录');
    assert.deepEqual(parseIssue(text).documents.map((d) => [d.kind, d.title.norm]), [
      ['document', '某市人民政府关于2024年度某市科学技术奖励的决定'],
      ['other', '某市人民政府公报2024年总目录'],
    ]);
    assertClean(text);
  });
});

describe('a piece in questions and answers that the 目录 does not list (…政策问答, …答记者问)', () => {
  const TITLE = '《临江市促进民营经济高质量发展若干措施》政策问答';
  const NOTICE = [
    '临江市人民政府公报', '', '目　　录', '',
    '临江市人民政府关于印发临江市促进民营经济高质量发展若干措施的通知（临政发〔2024〕8号）……（2）', '',
    '临江市人民政府关于印发临江市促进民营经济高质量发展若干措施的通知', '', '临政发〔2024〕8号', '', '各县（市、区）人民政府，市政府各部门：', '',
    '　　现将《临江市促进民营经济高质量发展若干措施》印发给你们，请认真贯彻执行。', '', '临江市人民政府', '', '2024年3月5日', '',
  ];
  const PLAN = ['临江市促进民营经济高质量发展若干措施', '', '　　为进一步激发民营经济活力，制定以下措施。', '', '一、优化营商环境', '',
    '　　持续深化“放管服”改革。', '', '二、加大金融支持', '', '　　引导金融机构加大信贷投放。', ''];
  const QUESTIONS = ['问：《若干措施》出台的背景是什么？', '', '答：为激发民营经济活力。', '', '问：《若干措施》的主要内容有哪些？', '', '答：共两个方面。', ''];
  const issue = (...head: string[]) => [...NOTICE, ...PLAN, ...head.flatMap((h) => [h, '']), ...QUESTIONS].join('\n');
  const pieces = (text: string) => parseIssue(text).documents.map((d) => [d.kind, d.title.norm]);
  const notice = ['document', '临江市人民政府关于印发临江市促进民营经济高质量发展若干措施的通知'];

  for (const title of [TITLE, '《临江市促进民营经济高质量发展若干措施》问答', '临江市发展改革委负责人就《临江市促进民营经济高质量发展若干措施》答记者问', '就《临江市促进民营经济高质量发展若干措施》答记者问']) {
    it(`reads ${title} after the plan the notice issues as a 政策解读 of its own`, () => {
      const text = issue(title);
      assert.deepEqual(pieces(text), [notice, ['interpretation', title]]);
      const plan = parseIssue(text).documents[0];
      assert.deepEqual(plan.headings.map((h) => h.label + h.text), ['一、优化营商环境', '二、加大金融支持']);
      assertClean(text);
    });
  }

  it('reads one right under the notice\'s 成文日期', () => {
    const text = [...NOTICE, TITLE, '', ...QUESTIONS].join('\n');
    assert.deepEqual(pieces(text), [notice, ['interpretation', TITLE]]);
    assertClean(text);
  });

  it('names the piece under a 【政策解读】 or 政策解读 section line after its title, not the section', () => {
    assert.deepEqual(pieces(issue('【政策解读】', TITLE)), [notice, ['interpretation', TITLE]]);
    assert.deepEqual(pieces(issue('【解读】', TITLE)), [notice, ['interpretation', TITLE]]);
    assert.deepEqual(pieces(issue('政策解读', TITLE)), [notice, ['interpretation', TITLE]]);
    assertClean(issue('【政策解读】', TITLE));
  });

  it('still reads a plan\'s heading 三、政策问答, and an attachment titled so, as the notice\'s', () => {
    const heading = issue('三、政策问答');
    assert.deepEqual(pieces(heading), [notice]);
    assert.deepEqual(parseIssue(heading).documents[0].headings.map((h) => h.label + h.text), ['一、优化营商环境', '二、加大金融支持', '三、政策问答']);
    const attached = parseIssue(issue('附件', TITLE));
    assert.deepEqual(attached.documents.map((d) => [d.kind, d.title.norm]), [notice]);
    assert.equal(attached.documents[0].attachments[0]?.title?.norm, TITLE);
  });
});

describe('a plan that prints its own 目录 of 一、 entries with leader dots', () => {
  const plan = (entry: (title: string, page: number) => string) => [
    '某市人民政府关于印发某市数字政府建设实施方案的通知', '', '某政发〔2025〕6号', '', '各区人民政府，市政府各部门：', '',
    '　　现将《某市数字政府建设实施方案》印发给你们，请认真贯彻执行。', '', '某市人民政府', '', '2025年3月1日', '',
    '某市数字政府建设实施方案', '', '目　　录', '',
    entry('一、总体要求', 1), entry('二、主要任务', 3), entry('三、保障措施', 8), '',
    '一、总体要求', '', '　　以数字化改革为牵引，全面提升政府履职能力。', '',
    '二、主要任务', '', '　　（一）建设一体化政务云平台。2025年底前完成市级部门系统迁移上云。（责任单位：市大数据局）', '',
    '　　（二）推进政务数据共享。建成全市公共数据平台。（责任单位：市大数据局）', '',
    '三、保障措施', '', '　　加强组织领导，强化资金保障。', '',
  ].join('\n');

  it('reads its entries as the 目录, not as headings: each heading of the body once', () => {
    for (const entry of [(t: string, p: number) => `${t}……………………${p}`, (t: string, p: number) => `${t} ······ （${p}）`, (t: string, p: number) => `${t}.......... ${p}`]) {
      const text = plan(entry);
      const headings = parseIssue(text).documents[0].headings.map((h) => text.slice(h.range.start, h.range.end).trim());
      assert.deepEqual(headings.filter((h) => /^[一二三]、/.test(h)), ['一、总体要求', '二、主要任务', '三、保障措施']);
      assertClean(text);
    }
  });

  it('keeps a heading that ends in a figure', () => {
    const text = plan((t, p) => `${t}……………………${p}`).replace('三、保障措施\n', '三、2025年重点项目共12\n');
    assert.ok(parseIssue(text).documents[0].headings.some((h) => h.text.startsWith('2025年重点项目共12')));
  });
});
