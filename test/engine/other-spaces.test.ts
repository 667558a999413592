// A Word export's no-break spaces, a PDF's thin spaces and a stray U+FEFF read as spaces: the same
// documents, the same findings at the same places as the text written with ASCII spaces.
import { strict as assert } from 'node:assert';
import { lintIssue, parseIssue } from '../../server/src/engine';
import { parseIssueIncremental } from '../../server/src/engine/parse/incremental';

const draft = (sp: string) =>
  [
    '临安市人民政府关于加强城市排水防涝工作的通知', '', `临政发〔2024〕9号${sp}`, '', '各乡镇人民政府、街道办事处，市政府各部门：', '',
    '一、加强组织领导', '', '（一）明确责任。（责任单位：市住建局）', '', '（二）强化考核。（责任单位：市考评办）', '', '（四）加强督查。（责任单位：市督查室）', '',
    `附件：1．城市排水防涝重点任务清单`, `${sp.repeat(6)}2．城市排水防涝责任人名单（略）`, '',
    `${sp.repeat(8)}临安市人民政府`, `${sp.repeat(8)}2024年${sp}5月${sp}15日`, '', '附件1', '', '城市排水防涝重点任务清单', '', '一、疏通管网。', '',
  ].join('\n');

describe('spaces other than the ASCII space', () => {
  for (const [name, sp] of [['no-break space', '\u00a0'], ['thin space', '\u2009'], ['narrow no-break space', '\u202f'], ['stray U+FEFF', '\ufeff']]) {
    it(`reads a ${name} as a space: after the number, in the date, in the 附件说明, before the 落款`, () => {
      const plain = parseIssue(draft(' '));
      const other = parseIssue(draft(sp));
      assert.equal(other.documents.length, 1);
      assert.equal(other.documents[0].number?.key, '临政发〔2024〕9号');
      assert.equal(other.documents[0].signature?.date?.day, 15);
      assert.deepEqual(other.documents[0].attachmentDecls.map((a) => a.number), [1, 2]);
      const summary = (issue: typeof plain) => lintIssue(issue).map((f) => `${f.ruleId} ${f.range.start}-${f.range.end} ${f.message}`);
      assert.deepEqual(summary(other), summary(plain));
      assert.deepEqual(summary(other).map((s) => s.split(' ')[0]), ['numbering/sequence'], 'the skipped （三） is found');
    });
  }

  it('reads them so when the editor re-parses after an edit', () => {
    const before = parseIssueIncremental(draft('\u00a0'));
    const after = parseIssueIncremental(draft('\u00a0').replace('强化考核', '强化考评'), before);
    assert.equal(after.documents[0].number?.key, '临政发〔2024〕9号');
    assert.equal(after.documents[0].signature?.date?.day, 15);
  });

  it('reads one typed into a text that had none, and the text after it is taken out again', () => {
    // The editor reads only the lines an edit changed of a text without them: each step must parse as a fresh parse does.
    const plain = draft(' ');
    const steps = [
      plain.replace('9号 ', '9号\u00a0'),
      plain,
      plain.replace('2024年 5月', '2024年\u20095月'),
      plain.replace('2024年 5月', '2024年\u20095月').replace('强化考核', '强化考评'),
      plain,
      plain.replace('一、加强组织领导', '一、\t加强组织领导'),
      plain,
      // A line break typed before a label makes a line that opens with it: the TAB after it is a label's.
      plain.replace('一、加强组织领导', '说明一、\t加强组织领导'),
      plain.replace('一、加强组织领导', '说明\n一、\t加强组织领导'),
      plain.replace('一、加强组织领导', '说明一、\t加强组织领导'),
      plain,
    ];
    let previous = parseIssueIncremental(plain);
    steps.forEach((text, k) => {
      const next = parseIssueIncremental(text, previous);
      assert.deepStrictEqual(next, parseIssue(text), `step ${k}`);
      previous = next;
    });
  });
});

describe('a TAB after a heading label', () => {
  const plan = (tab: string, rows: string[] = []) =>
    [
      '临安市人民政府关于加强城市排水防涝工作的通知', '', '临政发〔2024〕9号', '', '各乡镇人民政府、街道办事处，市政府各部门：', '',
      `一、${tab}加强组织领导`, '', `（一）${tab}明确责任。`, '', `（二）${tab}强化考核。`, '', `（四）${tab}加强督查。`, '', ...rows,
      `三、${tab}保障措施`, '', '临安市人民政府', '2024年5月15日', '',
    ].join('\n');

  it('reads Word\'s automatic numbering (（一） TAB text) as headings, not as rows of two cells', () => {
    const lint = (text: string) => lintIssue(parseIssue(text)).map((f) => `${f.ruleId} ${f.range.start}`);
    assert.deepEqual(lint(plan('\t')), lint(plan(' ')));
    assert.equal(lint(plan('\t')).length, 2, 'the skipped （三） and 二、');
  });

  it('leaves a table\'s rows their cells: a run of TAB lines with a header', () => {
    const table = ['序号\t项目', '1.\t新建雨水管网', '2.\t改造易涝点', ''];
    const issue = parseIssue(plan('\t', table));
    const [tableRead] = issue.documents[0].tables;
    assert.deepEqual(tableRead?.rows.map((r) => r.cells.map((c) => c.text)).slice(-2), [['1.', '新建雨水管网'], ['2.', '改造易涝点']]);
    assert.deepEqual(issue.documents[0].headings.map((h) => h.label), ['一、', '（一）', '（二）', '（四）', '三、'], 'the headings around it still read');
  });

  it('reads a label whose 、 a Word export lost (二 TAB 支持措施) as no table\'s header row, so the （一） TAB lines under it stay headings', () => {
    // No blank lines, as a PDF without paragraph spacing gives it: each heading right under the line before.
    const measures = [
      '澜沧市人民政府关于印发澜沧市促进民办养老机构发展若干措施的通知', '澜政发〔2025〕11号', '各县（市、区）人民政府，市政府各部门：',
      '一\t总体要求', '坚持政府引导、市场运作、普惠优先。', '二\t支持措施', '（一）\t建设补贴', '对新建民办养老机构给予一次性建设补贴。',
      '（二）\t运营补贴', '对正常运营满1年的民办养老机构给予运营补贴，标准如下：', '1.\t入住自理老年人的，每人每月100元；',
      '2.\t入住失能老年人的，每人每月300元。', '（三）\t用地保障', '新建养老机构用地纳入年度用地计划。', '澜沧市人民政府', '2025年8月1日', '',
    ].join('\n');
    const issue = parseIssue(measures);
    assert.deepEqual(issue.documents[0].headings.map((h) => h.label), ['一、', '二、', '（一）', '（二）', '1.', '2.', '（三）']);
    assert.deepEqual(lintIssue(issue).filter((f) => f.ruleId.startsWith('numbering/')), []);
    // A table's group rows in the 序号 column (一 TAB 公安部门 under 序号 TAB …) are still its rows.
    const table = parseIssue(plan('\t', ['序号\t执收部门', '一\t公安部门', '二\t教育部门', ''])).documents[0].tables[0];
    assert.deepEqual(table?.rows.map((r) => r.cells.map((c) => c.text)).slice(-2), [['一', '公安部门'], ['二', '教育部门']]);
  });

  describe('a numeral alone before a TAB and a short title (一 TAB 总体要求): a heading whose 、 the export lost', () => {
    const measures = (last: string, spacing = '\t') =>
      [
        '澜沧市人民政府关于印发澜沧市促进民办养老机构发展若干措施的通知', '', '澜政发〔2025〕11号', '', '各县（市、区）人民政府，市政府各部门：', '',
        `一${spacing}总体要求`, '', '　　坚持政府引导、市场运作、普惠优先，到2027年全市护理型床位占比达到60%以上。', '',
        `二${spacing}支持措施`, '', '（一）\t建设补贴', '', '　　对新建民办养老机构给予一次性建设补贴。', '', '（二）\t运营补贴', '',
        '　　对正常运营满1年的民办养老机构给予运营补贴。', '', `三${spacing}申报和审核`, '', '　　补贴每年申报一次。', '',
        `四${spacing}监督管理`, '', '　　民政部门应当加强对养老机构的日常监管。', '', `${last}${spacing}附则`, '',
        '　　本措施自2025年9月1日起施行，有效期5年。', '', '澜沧市人民政府', '2025年8月1日', '',
      ].join('\n');
    const sequence = (text: string) => lintIssue(parseIssue(text)).filter((f) => f.ruleId === 'numbering/sequence');

    it('reads it as a heading of the 一、 level, so a skipped numeral is reported at the label', () => {
      assert.deepEqual(parseIssue(measures('五')).documents[0].headings.map((h) => h.label), ['一、', '二、', '（一）', '（二）', '三、', '四、', '五、']);
      assert.deepEqual(sequence(measures('五')), []);
      const text = measures('六');
      const found = sequence(text);
      assert.deepEqual(found.map((f) => f.message), ['编号跳号：“四、”之后为“六、”，缺少“五、” (label 5 missing before 6)']);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '六');
      assert.equal(found[0].fix, undefined, 'the TAB is left as written');
    });

    it('leaves the numeral alone before plain spaces, a sentence, or a table\'s rows', () => {
      // Spaces are an OCR's or a letter-spaced PDF's as often as a lost 、.
      assert.deepEqual(parseIssue(measures('六', ' ')).documents[0].headings.map((h) => h.label), ['（一）', '（二）']);
      const sentence = measures('五').replace('一\t总体要求', '一\t坚持政府引导，市场运作');
      assert.deepEqual(parseIssue(sentence).documents[0].headings.map((h) => h.label)[0], '二、');
      // A table's group rows in the 序号 column (一 TAB 公安部门 under 序号 TAB …), the header right over them.
      const fees = [
        '澜沧市财政局关于公布行政事业性收费目录清单的通知', '', '澜财规〔2025〕2号', '', '各县（市、区）财政局：', '', '　　现将收费目录清单公布如下。', '',
        '序号\t收费项目', '一\t公安部门', '1\t居民身份证工本费', '二\t教育部门', '2\t普通高中学费', '', '澜沧市财政局', '2025年6月1日', '',
      ].join('\n');
      const doc = parseIssue(fees).documents[0];
      assert.deepEqual(doc.headings, []);
      assert.deepEqual(doc.tables[0]?.rows.map((r) => r.cells[1].text), ['收费项目', '公安部门', '居民身份证工本费', '教育部门', '普通高中学费']);
      // A table without a header row: its first group row opens it, right over its rows.
      const headerless = parseIssue(fees.replace('序号\t收费项目\n', '')).documents[0];
      assert.deepEqual(headerless.headings, []);
      assert.deepEqual(headerless.tables[0]?.rows.map((r) => r.cells[1].text), ['居民身份证工本费', '教育部门', '普通高中学费']);
    });
  });

  it('reads a heading set off by a blank line under a table of plain rows as a heading', () => {
    const text = plan('\t', ['指标\t2023年\t2025年', '数字经济增加值（亿元）\t400\t500', '']);
    assert.deepEqual(parseIssue(text).documents[0].headings.map((h) => h.label), ['一、', '（一）', '（二）', '（四）', '三、']);
  });
});
