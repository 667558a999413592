import { strict as assert } from 'node:assert';
import { parseIssue, type Issue } from '../../server/src/engine';
import { corpus, corpusAvailable, CORPUS_DIR, lineOf } from '../corpus';

function parsed(name: 'J18' | 'J19' | 'SX'): Issue {
  return parseIssue(corpus(name));
}

const numbered = (issue: Issue) => issue.documents.filter((d) => d.number);

describe('parser on the real corpus', function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });
  if (!corpusAvailable) it(`skipped: corpus not found at ${CORPUS_DIR}`, () => undefined);

  describe('jiaxing-2018-12', () => {
    const issue = () => parsed('J18');

    it('finds the TOC with its two sections and ten entries with pages', () => {
      const toc = issue().toc!;
      assert.deepEqual(toc.sections.map((s) => s.name), ['市政府文件', '市政府办公室文件']);
      assert.equal(toc.entries.length, 10);
      assert.deepEqual(toc.entries.map((e) => e.page), [2, 2, 4, 7, 10, 12, 12, 16, 19, 20]);
      assert.equal(toc.entries[0].number!.key, '嘉政发〔2018〕30号');
      assert.equal(toc.entries[0].section, '市政府文件');
      assert.equal(toc.entries[8].number, undefined);
    });

    it('finds the eight numbered documents with titles and numbers', () => {
      const docs = numbered(issue());
      assert.deepEqual(
        docs.map((d) => d.number!.key),
        ['嘉政发〔2018〕30号', ...[68, 69, 70, 71, 72, 73, 74].map((n) => `嘉政办发〔2018〕${n}号`)],
      );
      assert.equal(docs[0].title.norm, '嘉兴市人民政府关于表扬在慈善工作中作出突出贡献集体和个人的通报');
      assert.equal(docs[0].title.text, '嘉兴市人民政府关于表扬在慈善工作中 作出突出贡献集体和个人的通报');
      // TOC titles equal body titles once extraction spaces are gone.
      const toc = issue().toc!.entries;
      docs.forEach((d, i) => assert.equal(d.title.norm, toc[i].title.norm));
    });

    it('reads addressee, signature and the issued plan', () => {
      const [d30, d68, d69] = numbered(issue());
      assert.equal(d30.addressee!.text, '各县(市、区)人民政府,市政府各部门、直属各单位:');
      assert.equal(d30.signature!.organ!.text, '嘉兴市人民政府');
      assert.deepEqual([d30.signature!.date!.year, d30.signature!.date!.month, d30.signature!.date!.day], [2018, 12, 17]);
      assert.equal(d68.parts.length, 1);
      assert.equal(d69.parts[1].kind, 'attached');
      assert.equal(d69.parts[1].title!.norm, '嘉兴市高水平推进国土绿化美化高质量建设国家森林城市实施方案');
    });

    it('reads the 附件 declaration marked (略)', () => {
      const d30 = numbered(issue())[0];
      assert.equal(d30.attachmentDecls.length, 1);
      assert.equal(d30.attachmentDecls[0].title.norm, '慈善工作突出贡献集体和个人表扬名单');
      assert.equal(d30.attachmentDecls[0].omitted, true);
    });

    it('builds the heading tree of 68号: 一、 > (一) > 1. > (1)', () => {
      const d68 = numbered(issue())[1];
      const h = d68.headings;
      const labels = h.map((x) => `${'  '.repeat(x.depth)}${x.kind}:${x.value}`);
      assert.deepEqual(labels.slice(0, 9), ['cn:1', '  paren-cn:1', '  paren-cn:2', '    arabic:1', '    arabic:2', '      paren-arabic:1', '      paren-arabic:2', '      paren-arabic:3', '      paren-arabic:4']);
      assert.equal(h.filter((x) => x.kind === 'cn').length, 3);
      // (2) carries a space after its label, (1) does not (a real inconsistency).
      assert.equal(h[5].spaceAfter, false);
      assert.equal(h[6].spaceAfter, true);
    });

    it('reads the responsible-unit annotations of 70号, including the one closed by ]', () => {
      const d70 = numbered(issue())[3];
      const anns = d70.tasks.flatMap((t) => t.annotations);
      assert.equal(anns.length, 8);
      assert.equal(anns[0].label, '责任单位');
      assert.deepEqual(anns[0].units.map((u) => [u.name, u.role]), [['市农业经济局', 'responsible'], ['市供销社(农合联)', 'support']]);
      const bad = anns.find((a) => a.open === '〔' && a.close === ']');
      assert.ok(bad, 'the 〔…] annotation is parsed');
      assert.equal(lineOf(corpus('J18'), bad!.range.start), 262);
      assert.equal(lineOf(corpus('J18'), bad!.closeRange!.start), 264);
      const square = anns.find((a) => a.open === '[');
      assert.equal(lineOf(corpus('J18'), square!.range.start), 268);
    });

    it('parses the appointments section and the broken-table 发文目录', () => {
      const i = issue();
      const appointments = i.documents.find((d) => d.kind === 'appointments')!;
      assert.equal(lineOf(corpus('J18'), appointments.range.start), 588);
      const dir = i.directory!;
      assert.equal(dir.rows.length, 8);
      assert.equal(dir.hasHeader, false);
      assert.ok(dir.emptyHeaderRange);
      assert.equal(dir.rows[0].number!.open, '[');
      assert.equal(dir.rows[0].number!.key, '嘉政发〔2018〕30号');
      assert.equal(dir.rows[7].title!.norm, '嘉兴市人民政府办公室关于印发嘉兴市“十三五”结核病防治规划的通知');
    });

    it('joins a citation number broken across a page (嘉政办发〔2018〕 / 9号)', () => {
      const i = issue();
      const split = i.numbers.find((n) => n.key === '嘉政办发〔2018〕9号');
      assert.ok(split);
      assert.equal(lineOf(corpus('J18'), split!.range.start), 220);
      assert.equal(lineOf(corpus('J18'), split!.range.end), 222);
    });
  });

  describe('jiaxing-2019-07', () => {
    const issue = () => parsed('J19');

    it('finds six documents, the [] body number among them', () => {
      const docs = numbered(issue());
      assert.deepEqual(docs.map((d) => d.number!.key), ['嘉政发〔2019〕15号', ...[31, 32, 33, 34, 35].map((n) => `嘉政办发〔2019〕${n}号`)]);
      assert.equal(docs[1].number!.open, '[');
      assert.equal(docs[1].number!.raw, '嘉政办发[2019]31 号');
      assert.equal(issue().toc!.entries.length, 7);
    });

    it('keeps the (一)…(二十) run of 15号 across 一、 sections', () => {
      const d15 = numbered(issue())[0];
      const parenCn = d15.headings.filter((h) => h.kind === 'paren-cn').map((h) => h.value);
      assert.deepEqual(parenCn, Array.from({ length: 20 }, (_, k) => k + 1));
    });

    it('reads the numbered 附件 list of 33号 and its 见附件 references', () => {
      const d33 = numbered(issue())[3];
      assert.deepEqual(d33.attachmentDecls.map((a) => a.number), [1, 2, 3, 4]);
      assert.ok(d33.attachmentDecls.every((a) => a.omitted));
      assert.deepEqual(d33.attachmentRefs.map((r) => r.number), [1, 2, 3]);
      const d32 = numbered(issue())[2];
      assert.equal(d32.attachmentDecls[0].title.norm, '2019年嘉兴市深化“最多跑一次”改革推进政府数字化转型绩效指标体系');
    });

    it('reads both annotation styles of 34号, including one broken over a page', () => {
      const d34 = numbered(issue())[4];
      const anns = d34.tasks.flatMap((t) => t.annotations);
      assert.ok(anns.length >= 25, `found ${anns.length}`);
      const first = anns[0];
      assert.equal(first.open, '〔');
      assert.equal(first.close, '〕');
      assert.equal(lineOf(corpus('J19'), first.range.start), 446);
      assert.equal(lineOf(corpus('J19'), first.range.end), 448);
      assert.ok(anns.some((a) => a.open === '('));
      assert.ok(anns.some((a) => a.open === '〔' && a.close === ']'));
    });

    it('parses the TAB 发文目录 with 〔〕', () => {
      const dir = issue().directory!;
      assert.equal(dir.rows.length, 6);
      assert.ok(dir.rows.every((r) => r.number!.open === '〔'));
    });
  });

  describe('shaoxing-2018-08', () => {
    const issue = () => parsed('SX');

    it('reads the masthead', () => {
      const m = issue().masthead!;
      assert.equal(m.name!.text, '绍兴市人民政府公报');
      assert.equal(m.issueNo!.value, 8);
      assert.equal(m.totalNo!.value, 286);
      assert.equal(m.publicationDate!.raw, '2018年8月31日');
    });

    it('reads the one-line TOC entries with nested 〔〕 and TAB page', () => {
      const toc = issue().toc!;
      assert.equal(toc.entries.length, 16);
      assert.equal(toc.entries[0].title.norm, '绍兴市人民政府关于开展第三次全市土地调查的通知');
      assert.equal(toc.entries[0].number!.key, '绍政发〔2018〕12号');
      assert.equal(toc.entries[15].page, 72);
    });

    it('finds all 16 documents, titles equal to the TOC, and the colophon', () => {
      const i = issue();
      const docs = numbered(i);
      assert.equal(docs.length, 16);
      docs.forEach((d, k) => {
        assert.equal(d.number!.key, i.toc!.entries[k].number!.key);
        assert.equal(d.title.norm, i.toc!.entries[k].title.norm);
      });
      assert.ok(i.colophon);
      assert.equal(lineOf(corpus('SX'), i.colophon!.start), 2126);
    });

    it('takes the plan title printed above the notice as its pre-title', () => {
      const docs = numbered(issue());
      const d13 = docs[1];
      assert.equal(d13.preTitle!.norm, '绍兴市深度参与“一带一路”建设行动方案(2018-2022年)');
      assert.equal(d13.parts[1].kind, 'attached');
      assert.equal(docs[0].parts.length, 1, '12号 issues nothing');
      assert.equal(docs[9].preTitle!.norm, '关于加强职工文化活动阵地建设的意见');
    });

    it('builds chapter/article trees (17号) and decimal trees (50号)', () => {
      const docs = numbered(issue());
      const d17 = docs[5];
      const articles = d17.headings.filter((h) => h.kind === 'article').map((h) => h.value);
      assert.deepEqual(articles, Array.from({ length: 78 }, (_, k) => k + 1));
      assert.equal(d17.headings.filter((h) => h.kind === 'chapter').length, 10);
      const d50 = docs[10];
      const decimal = d50.headings.filter((h) => h.kind === 'decimal');
      assert.equal(decimal[0].label, '1.1');
      assert.equal(d50.headings[decimal[0].parent].label, '1.');
    });

    it('reads the responsibility table of 13号 with 序号, △ and 共N项', () => {
      const d13 = numbered(issue())[1];
      const table = d13.tables[0];
      assert.equal(table.columns.seq, 1);
      assert.equal(table.columns.units, 3);
      assert.deepEqual(d13.counts.map((c) => c.value), [1, 6, 6, 5, 7, 10, 6, 41]);
      const rowTasks = d13.tasks.filter((t) => t.table !== undefined);
      assert.equal(rowTasks.length, 41); // the 41 numbered rows; the 合计 row is no task
      const row2 = rowTasks[1].annotations[0];
      assert.deepEqual(row2.units.map((u) => [u.name, u.role]), [['市交通运输局', 'lead'], ['各区、县(市)政府', 'responsible']]);
      assert.deepEqual(row2.separators, [' ']);
    });

    it('finds the in-issue citation of 17号 and the attachment of 54号', () => {
      const i = issue();
      const cite = i.citations.find((c) => c.number?.key === '绍政发〔2018〕17号');
      assert.equal(cite!.title.norm, '绍兴市基本医疗保险实施办法(试行)');
      const d54 = numbered(i)[14];
      assert.equal(d54.attachments.length, 1);
      assert.equal(d54.attachments[0].title!.norm, '绍兴市慢性病防治中长期规划(2018-2025年)主要指标');
      assert.equal(d54.attachmentDecls[0].title.norm, '绍兴市慢性病防治中长期规划(2018-2025年)主要指标');
    });
  });
});

describe('parser on odd input', () => {
  it('parses empty text', () => {
    const i = parseIssue('');
    assert.equal(i.documents.length, 0);
  });

  it('parses CRLF text with a BOM-less Markdown TOC', () => {
    const text = [
      '## 目录', '', '### 【市政府文件】', '', '- 某市人民政府关于做好某项工作的通知(某政发〔2024〕3 号) ..... (1)', '',
      '# 某市人民政府关于做好某项工作的通知', '', '某政发〔2024〕3号', '', '各县(市、区)人民政府:', '', '一、总体要求', '', '(一)工作目标。', '', '某市人民政府', '2024年3月1日',
    ].join('\r\n');
    const i = parseIssue(text);
    assert.equal(i.toc!.entries.length, 1);
    assert.equal(i.toc!.entries[0].title.norm, '某市人民政府关于做好某项工作的通知');
    assert.equal(i.toc!.entries[0].page, 1);
    assert.equal(i.documents.length, 1);
    assert.equal(i.documents[0].title.norm, '某市人民政府关于做好某项工作的通知');
    assert.equal(i.documents[0].headings.length, 2);
    assert.equal(i.documents[0].signature!.date!.day, 1);
  });

  it('still finds numbers in a fragment that holds no whole document', () => {
    const i = parseIssue('根据《某市人民政府关于某事的通知》(某政发[2024]3 号)精神,制定本方案。');
    assert.deepEqual(i.numbers.map((n) => n.key), ['某政发〔2024〕3号']);
    assert.equal(i.citations.length, 0, 'citations are read inside documents only');
  });

  it('survives unbalanced brackets and binary-looking text', () => {
    const i = parseIssue('〔〔〔(((《《\u0000\u0001〔2018〕\n\n(一)\n1.\n附件:\n');
    assert.ok(Array.isArray(i.documents));
  });
});

describe('heading tree details', function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('keeps 专栏 boxes as leaves: 三、 after 专栏5 is a top-level heading (SX 13号)', () => {
    const d13 = parseIssue(corpus('SX')).documents.filter((d) => d.number)[1];
    const box5 = d13.headings.find((h) => h.kind === 'box' && h.value === 5)!;
    const three = d13.headings.find((h) => h.kind === 'cn' && h.value === 3 && h.part === box5.part)!;
    assert.equal(three.depth, 0);
    assert.equal(three.parent, -1);
    assert.equal(d13.headings[box5.parent].kind, 'paren-cn');
    assert.ok(box5.blockEnd <= three.range.start);
  });
});
