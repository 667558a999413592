// An issue as a Word export gives it, unlike the PDF extractions of the corpus: no blank line
// between a document's lines, full-width punctuation, the government's own number series without
// 发 (某政〔2023〕15号, as 杭政, 穗府, 沪府 write theirs), a government decree (某市人民政府令 / 第345号)
// with the rules it promulgates, a department's number cited (水农〔2019〕12号), a 批复 with the
// 附注 （此件公开发布） under its date, a notice of two organs with two attachments. The parser
// must read it and the rules stay quiet on it, then catch defects injected into it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, applyFixes, parseIssue } from '../../server/src/engine';
import { assertClean, itCatches, reportedRulesAfter } from '../rules/helpers';

const TEXT = readFileSync(path.join(__dirname, '../fixtures/dense-issue.txt'), 'utf8');

describe('an issue without blank lines, with a decree and numbers of other series', () => {
  it('is read whole: the documents, their numbers and addressees, the decree and its rules', () => {
    const issue = parseIssue(TEXT);
    assert.deepEqual(
      issue.documents.map((d) => [d.kind, d.number?.key, d.title.norm]),
      [
        ['document', '某政〔2023〕15号', '某市人民政府关于印发某市城市更新行动方案的通知'],
        ['decree', undefined, '某市人民政府令第345号'],
        ['document', '某政函〔2023〕21号', '某市人民政府关于同意设立某市高新技术产业园区的批复'],
        ['document', '某政办〔2023〕8号', '某市人民政府办公厅关于进一步加强农村饮用水安全保障工作的实施意见'],
        ['document', '某政办发〔2023〕9号', '某市人民政府办公厅某市财政局关于印发某市政府投资项目管理办法的通知'],
        ['interpretation', undefined, '《某市城市更新行动方案》政策解读'],
      ],
    );
    const [notice, decree, reply, opinion, joint] = issue.documents;
    // The addressee is its own line, though the body follows it without a blank line.
    for (const d of [notice, opinion]) assert.equal(d.addressee?.text, '各区、县（市）人民政府，市政府各部门、各直属单位：');
    assert.equal(decree.signature?.date?.raw, '2023年3月1日');
    assert.equal(decree.parts[1]?.title?.norm, '某市公共场所控制吸烟条例实施办法');
    // The 附注 under the date is the reply's last line, not the title of the notice after it.
    assert.equal(reply.signature?.date?.raw, '2023年3月12日');
    assert.equal(reply.parts.length, 1);
    assert.ok(issue.text.slice(reply.range.start, reply.range.end).trimEnd().endsWith('（此件公开发布）'));
    assert.equal(joint.preTitle, undefined);
    assert.deepEqual(joint.parts.map((p) => [p.kind, p.title?.norm]), [
      ['main', undefined],
      ['attached', '某市政府投资项目管理办法'],
      ['attachment', '某市政府投资项目审批流程图'],
      ['attachment', '某市政府投资项目管理职责分工表'],
    ]);
    assert.deepEqual(
      issue.numbers.map((n) => [n.role, n.issuer]),
      [
        ['toc', '某政'], ['toc', '某政函'], ['toc', '某政办'], ['toc', '某政办发'],
        ['document', '某政'], ['document', '某政函'], ['citation', '某发改'], ['document', '某政办'], ['citation', '水农'], ['document', '某政办发'], ['citation', '某政'],
      ],
    );
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(TEXT);
  });

  itCatches(TEXT, [
    ['a [] year in a number of the 某政 series', '某政〔2023〕15号\n', '某政[2023]15号\n', 'doc-number/format'],
    ['a [] year in a department\'s number', '水农〔2019〕12号', '水农[2019]12号', 'doc-number/format'],
    ['an addressee without its colon', '各直属单位：\n为进一步', '各直属单位\n为进一步', 'structure/required-parts'],
    ['a skipped article of the decree\'s rules', '第三条  市卫生健康', '第四条  市卫生健康', 'numbering/'],
    ['a TOC entry naming another decree', '某市人民政府令第345号（', '某市人民政府令第346号（', 'cross-reference/toc'],
    ['a printed attachment titled otherwise than declared', '管理职责分工表\n\n序号', '管理分工表\n\n序号', 'cross-reference/attachments'],
    ['the reply\'s date lost under its organ', '2023年3月12日\n（此件公开发布）', '（此件公开发布）', 'structure/required-parts'],
  ]);

  it('a 通告 is sent to no one: the line that opens its body with a colon is not its addressee', () => {
    const notice = ['某市人民政府关于生活垃圾分类管理的通告', '某府〔2024〕3号', '为推进生活垃圾分类工作，根据《某市生活垃圾管理条例》，现就有关事项通告如下：', '一、单位和个人应当履行分类投放义务。', '', '某市人民政府', '2024年1月20日', ''].join('\n');
    const [d] = parseIssue(notice).documents;
    assert.equal(d.number?.key, '某府〔2024〕3号');
    assert.equal(d.addressee, undefined);
    assertClean(notice);
  });

  it('reads a decree laid out as PDF extraction leaves it: blank lines, (第 345 号), a page break inside', () => {
    const pdf = [
      '目  录', '', '某市人民政府令（第345号）……（1）', '', '某市公共场所控制吸烟条例实施办法（市政府令第346号）……（3）', '',
      '某市人民政府令', '', '', '', '（第 345 号）', '',
      '《某市公共场所控制吸烟条例实施办法》已经市人民政府常务会议审议通过，现予公布，自2023年5月1日起施行。', '',
      '市长  张  明', '', '2023年3月1日', '', '某市公共场所控制吸烟条例实施办法', '',
      '第一条  为了实施《某市公共场所控制吸烟条例》，制定本办法。', '', '- 2 -', '', '某市人民政府公报', '',
      '第二条  本办法自2023年5月1日起施行。', '',
      '某市人民政府令', '', '（第346号）', '', '《某市公共场所控制吸烟条例实施办法》已经市人民政府常务会议修订通过，现予公布。', '',
      '市长  张  明', '', '2023年3月20日', '', '某市公共场所控制吸烟条例实施办法', '', '第一条  为了实施条例，制定本办法。', '',
    ].join('\n');
    const issue = parseIssue(pdf);
    assert.deepEqual(issue.documents.map((d) => [d.kind, d.title.norm]), [['decree', '某市人民政府令(第345号)'], ['decree', '某市人民政府令(第346号)']]);
    // The 目录 finds each decree by its number, whether it lists the decree or the rules' title.
    assertClean(pdf);
    // An entry giving the rules another title, or another decree's number.
    const retitled = pdf.replace('条例实施办法（市政府令第346号）', '条例管理规定（市政府令第346号）');
    assert.deepEqual(analyze(retitled).findings.map((f) => [f.ruleId, f.message]), [
      ['cross-reference/toc', '目录标题与正文标题不一致：目录为“某市公共场所控制吸烟条例管理规定”，第346号令公布的是“某市公共场所控制吸烟条例实施办法” (title differs from the rules the decree promulgates)'],
    ]);
    const renumbered = pdf.replace('（市政府令第346号）', '（市政府令第347号）');
    const found = analyze(renumbered).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.message]), [
      ['cross-reference/toc', '目录所列令号“第347号”与正文“第346号”不一致 (the decree number in the table of contents differs from the one printed)'],
    ]);
    assert.equal(applyFixes(renumbered, found.map((f) => ({ ...f, fix: f.suggestions?.[0] }))).text, pdf);
    // The entry wrapped over two lines: the serial is found where it is written.
    const wrapped = pdf.replace('（市政府令第346号）', '（市政府\n令第346号）');
    const wrong = wrapped.replace('令第346号）', '令第347号）');
    const onWrapped = analyze(wrong).findings.filter((f) => f.ruleId === 'cross-reference/toc');
    assert.deepEqual(onWrapped.map((f) => wrong.slice(f.range.start, f.range.end)), ['347']);
    assert.equal(applyFixes(wrong, onWrapped.map((f) => ({ ...f, fix: f.suggestions?.[0] }))).text, wrapped);
    // A decree's date lost under its signature: that is what is reported, and its rules are still read.
    const undated = pdf.replace('市长  张  明\n\n2023年3月1日', '市长  张  明');
    assert.deepEqual(analyze(undated).findings.map((f) => [f.ruleId, f.message]), [['structure/required-parts', '签署“市长  张  明”之后缺少成文日期 (date missing under the decree\'s signature)']]);
    assert.equal(parseIssue(undated).documents[0].parts[1]?.title?.norm, '某市公共场所控制吸烟条例实施办法');
  });

  it('the decree\'s rules are not read as the plan before it: its 本办法 is its own', () => {
    // Before decrees were read, the rules ran on inside the notice, whose plan-name rule then wanted 本行动方案.
    assert.ok(!analyze(TEXT).findings.some((f) => f.ruleId === 'cross-reference/plan-name'));
  });
});

// Another issue: 目录 sections without 【】 (市政府文件, 部门文件), each also over its documents in the
// body; a notice with its 版记 (抄送, 印发) and a listed attachment; a 公告 sent to no one.
describe('an issue whose sections have no 【】', () => {
  const text = readFileSync(path.join(__dirname, '../fixtures/bare-sections.txt'), 'utf8');

  it('reads the sections in the 目录 and does not take their names for titles in the body', () => {
    const issue = parseIssue(text);
    assert.deepEqual(issue.toc!.sections.map((s) => s.name), ['市政府文件', '部门文件']);
    assert.deepEqual(issue.toc!.entries.map((e) => [e.section, e.title.norm]), [
      ['市政府文件', '某市人民政府关于公布某市第六批市级非物质文化遗产代表性项目名录的通知'],
      ['市政府文件', '某市人民政府公告'],
      ['部门文件', '某市自然资源和规划局关于印发某市国土空间规划编制管理规定的通知'],
    ]);
    assert.deepEqual(issue.documents.map((d) => [d.title.norm, d.preTitle, d.section]), [
      ['某市人民政府关于公布某市第六批市级非物质文化遗产代表性项目名录的通知', undefined, '市政府文件'],
      ['某市人民政府公告', undefined, '市政府文件'],
      ['某市自然资源和规划局关于印发某市国土空间规划编制管理规定的通知', undefined, '部门文件'],
    ]);
    // The section's name before the next document is no part the 公告 issues.
    assert.deepEqual(issue.documents[1].parts.map((p) => p.kind), ['main']);
  });

  it('gives no errors or warnings on the clean text', () => {
    assertClean(text);
  });

  it('catches a 目录 title that differs from the body', () => {
    const found = reportedRulesAfter(text, '第六批市级非物质文化遗产代表性项目名录的通知 某政发', '第五批市级非物质文化遗产代表性项目名录的通知 某政发');
    assert.ok(found.includes('cross-reference/toc'), found.join(', '));
  });
});

describe('a 目录 that gives the number before the title', () => {
  const text = [
    '目  录', '',
    '某政发〔2024〕4号　某市人民政府关于调整某市最低工资标准的通知……………1',
    '（某政发〔2024〕5号）某市人民政府关于公布某市第六批市级非物质文化遗产名录的通知……3', '',
    '某市人民政府关于调整某市最低工资标准的通知', '某政发〔2024〕4号', '各区人民政府，市政府各部门：', '现将有关事项通知如下。', '', '某市人民政府', '2024年1月20日', '',
    '某市人民政府关于公布某市第六批市级非物质文化遗产名录的通知', '某政发〔2024〕5号', '各区人民政府，市政府各部门：', '现予公布。', '', '某市人民政府', '2024年1月25日', '',
  ].join('\n');

  it('reads the title after the number, and finds no fault in a clean issue', () => {
    assert.deepEqual(parseIssue(text).toc!.entries.map((e) => [e.number?.key, e.title.norm, e.page]), [
      ['某政发〔2024〕4号', '某市人民政府关于调整某市最低工资标准的通知', 1],
      ['某政发〔2024〕5号', '某市人民政府关于公布某市第六批市级非物质文化遗产名录的通知', 3],
    ]);
    assertClean(text);
  });

  it('still catches a title that differs', () => {
    assert.deepEqual(reportedRulesAfter(text, '4号　某市人民政府关于调整', '4号　某市人民政府关于修改'), ['cross-reference/toc']);
  });
});

describe('a 发文目录 with a date column, its columns set off by tabs or by spaces', () => {
  const rows = [
    ['某政发〔2024〕3号', '某市人民政府关于印发某市重点项目计划的通知', '2024年1月12日'],
    ['某政发〔2024〕4号', '某市人民政府关于调整某市最低工资标准的通知', '2024年1月20日'],
  ];
  const issue = (row: (cells: string[]) => string) =>
    [
      '某市人民政府关于调整某市最低工资标准的通知', '某政发〔2024〕4号', '各区人民政府，市政府各部门：', '现将有关事项通知如下。', '', '某市人民政府', '2024年1月20日', '',
      '某市人民政府2024年1月份发文目录', '', row(['文号', '标题', '发文日期']), ...rows.map(row), '',
    ].join('\n');
  const layouts: [string, (cells: string[]) => string][] = [
    ['tabs', (cells) => cells.join('\t')],
    ['runs of spaces', (cells) => cells.join('　　　')],
    ['a run of spaces, then one before the date', ([n, t, d]) => `${n}　　${t} ${d}`],
  ];
  for (const [what, row] of layouts) {
    it(`reads its header and each row's title without the date (${what})`, () => {
      const text = issue(row);
      const dir = parseIssue(text).directory!;
      assert.equal(dir.hasHeader, true);
      assert.deepEqual(dir.rows.map((r) => [r.number?.key, r.title?.text]), rows.map(([n, t]) => [n, t]));
      assertClean(text);
    });
  }
  it('still catches a row whose title differs from the document printed', () => {
    assert.deepEqual(reportedRulesAfter(issue((cells) => cells.join('\t')), '4号\t某市人民政府关于调整', '4号\t某市人民政府关于修改'), ['cross-reference/directory']);
  });
});

describe('printed attachments labelled with their title on the same line (附件1：title)', () => {
  const text = [
    '某市人民政府关于表彰先进的决定', '某政发〔2024〕7号', '各区人民政府，市政府各部门：', '市政府决定对以下集体和个人予以表彰。',
    '附件：1．先进集体名单', '      2．先进个人名单', '', '某市人民政府', '2024年2月1日', '',
    '附件1：先进集体名单', '', '某区应急管理局、某县应急管理局。', '',
    '附件2：先进个人名单', '', '张三、李四。', '',
  ].join('\n');

  it('reads each label with its number and title, and finds them printed as declared', () => {
    const [d] = parseIssue(text).documents;
    assert.deepEqual(d.attachments.map((a) => [a.number, a.title?.text, text.slice(a.labelRange.start, a.labelRange.end)]), [
      [1, '先进集体名单', '附件1'],
      [2, '先进个人名单', '附件2'],
    ]);
    assertClean(text);
  });

  it('still catches a printed title that differs from the declaration', () => {
    assert.deepEqual(reportedRulesAfter(text, '附件2：先进个人名单', '附件2：优秀个人名单'), ['cross-reference/attachments']);
  });

  it('reads a single attachment labelled "附件：title" under the 落款 as printed, not declared again', () => {
    const single = [
      '某市人民政府关于表彰先进的决定', '某政发〔2024〕8号', '各区人民政府，市政府各部门：', '市政府决定对以下集体予以表彰。', '附件：先进集体名单', '',
      '某市人民政府', '2024年2月1日', '', '附件：先进集体名单', '', '某区应急管理局、某县应急管理局。', '',
    ].join('\n');
    const [d] = parseIssue(single).documents;
    assert.deepEqual(d.attachmentDecls.map((a) => a.title.text), ['先进集体名单']);
    assert.deepEqual(d.attachments.map((a) => [a.number, a.title?.text]), [[undefined, '先进集体名单']]);
    assertClean(single);
  });
});
