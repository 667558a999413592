// Page numbers and running headers left by PDF extraction between the two pieces
// of a broken sentence (…创建工作 / - 9 - / 工作机制。, 嘉政办发〔2018〕 / 33 / 9号) are
// artifacts: they must neither join the sentence nor be read as the serial of a
// broken document number.
import { strict as assert } from 'node:assert';
import { lintIssue, parseIssue, type Issue } from '../../server/src/engine';
import { findDocNumbers } from '../../server/src/engine/parse/docNumber';
import { splitLines } from '../../server/src/engine/parse/lines';
import { buildParagraphs } from '../../server/src/engine/parse/paragraphs';
import { isPageArtifactLine } from '../../server/src/engine/parse/text';
import { CORPUS, corpus, excerpt, requireCorpus } from '../corpus';

const PAGES = ['33', '- 9 -', '第 12 页', '嘉兴市人民政府公报', '—12—', '  7  ', '2018年第12期', '－ 21 －', '绍兴市人民政府公报 2018 年第 8 期', '第6页 共30页', '6/30', '第 7 页，共 30 页', '3 / 30'];

describe('page numbers and running headers between the pieces of a broken sentence', function () {
  this.timeout(60000);

  it('recognises the usual forms of a page-number or running-header line, and nothing else', () => {
    for (const page of PAGES) assert.ok(isPageArtifactLine(page), page);
    for (const text of ['一、总体要求', '2018年', '(1)', '1.', '33号', '第三条', '12345', '附件1', '', '公报', '关于公布2018年度政府公报目录的通知。', '2024/6/3', '6/', '第6页 共', '共30页']) assert.ok(!isPageArtifactLine(text), text);
  });

  it('reads a document number broken by a page number as the number (J18:220-222)', () => {
    const broken = excerpt('J18', 220, 222);
    for (const page of PAGES) {
      const text = broken.replace('〔2018〕\n\n9号', `〔2018〕\n\n${page}\n\n9号`);
      assert.notEqual(text, broken);
      const n = findDocNumbers(text, 'citation').find((x) => x.issuer === '嘉政办发')!;
      assert.equal(n.key, '嘉政办发〔2018〕9号', page);
      assert.ok(n.hasHao, page);
      assert.equal(text.slice(n.serialRange.start, n.serialRange.end), '9');
      assert.ok(!n.raw.includes(page.trim()), n.raw);
    }
  });

  it('still reads a number whose serial ends its line when no serial with 号 follows', () => {
    for (const text of ['(嘉政办发〔2018〕\n\n33\n\n一、总体要求', '嘉政办发〔2018〕\n72\n2018年12月5日', '嘉政办发〔2018〕\n\n72\n\n12月底前完成']) {
      const n = findDocNumbers(text, 'citation');
      assert.equal(n.length, 1, text);
      assert.equal(n[0].hasHao, false);
      assert.equal(text.slice(n[0].serialRange.start, n[0].serialRange.end), /\n(\d+)\n/.exec(text)![1], text);
    }
  });

  it('keeps a number alone on a line inside a sentence without blank lines around it (共 / 12 / 项)', () => {
    const lines = splitLines('本方案共\n12\n项重点任务。');
    assert.deepEqual(buildParagraphs(lines, 0, lines.length, { reserved: new Set() }).map((p) => p.text), ['本方案共12项重点任务。']);
  });

  it('leaves out a page number and running header on lines of their own inside a sentence, without blank lines', () => {
    const lines = splitLines('考核结果作为领导干部实绩评价的重要\n- 12 -\n某市人民政府公报 2024年第8期\n依据。（责任单位：市自然资源局）');
    assert.deepEqual(buildParagraphs(lines, 0, lines.length, { reserved: new Set() }).map((p) => p.text), ['考核结果作为领导干部实绩评价的重要依据。（责任单位：市自然资源局）']);
  });

  it('joins the sentence around the page number (J18:193-195)', () => {
    const paragraphs = (text: string) => {
      const lines = splitLines(text);
      return buildParagraphs(lines, 0, lines.length, { reserved: new Set() }).map((p) => p.text);
    };
    const plain = excerpt('J18', 193, 195);
    const paged = plain.replace('\n\n工作机制', '\n\n- 9 -\n\n工作机制');
    assert.notEqual(paged, plain);
    assert.deepEqual(paragraphs(paged), paragraphs(plain));
    assert.equal(paragraphs(plain).length, 1);
    assert.match(paragraphs(plain)[0], /创建工作工作机制。$/);
  });

  describe('on the corpus: a page number in every break of a broken sentence changes no finding', () => {
    requireCorpus(this);
    for (const name of Object.keys(CORPUS) as (keyof typeof CORPUS)[]) {
      it(name, () => {
        const text = corpus(name);
        const issue = parseIssue(text);
        const paged = withPageNumbers(issue);
        assert.ok(paged.inserted >= 5, `${paged.inserted} page numbers inserted`);
        const summary = (t: string) => lintIssue(parseIssue(t)).map((f) => `${f.ruleId} ${f.message}`).sort();
        assert.deepEqual(summary(paged.text), summary(text));
      });
    }
  });
});

/** The issue's text with a page number on its own line in the blank line between two pieces of one paragraph. */
function withPageNumbers(issue: Issue): { text: string; inserted: number } {
  const lineAt = (offset: number) => issue.lines.findIndex((l) => offset >= l.start && offset <= l.end);
  const blanks = new Set<number>();
  for (const p of issue.paragraphs) {
    for (let k = 1; k < p.pieces.length; k++) {
      const before = lineAt(p.range.start + p.pieces[k - 1].offset);
      const after = lineAt(p.range.start + p.pieces[k].offset);
      if (after - before >= 2 && issue.lines[before + 1].text.trim() === '') blanks.add(before + 1);
    }
  }
  // Running headers name this issue (one naming another is structure/issue-number's finding).
  const m = issue.masthead;
  const own = (page: string) => (m?.issueNo && m.year ? page.replace(/\d{4}[ ]*年[ ]*第[ ]*\d+[ ]*期/, `${m.year}年第${m.issueNo.value}期`) : page);
  let n = 0;
  const lines = issue.lines.map((l, i) => (blanks.has(i) ? `\n${own(PAGES[n++ % PAGES.length])}\n` : l.text));
  return { text: lines.join('\n'), inserted: n };
}

describe('a page number or running header between a notice and the plan it issues', () => {
  const issue = (between: string) =>
    [
      '临安市人民政府关于印发临安市推进数字经济高质量发展实施方案的通知', '', '临政发〔2024〕8号', '', '各镇人民政府、街道办事处：', '',
      '现将《临安市推进数字经济高质量发展实施方案》印发给你们，请认真贯彻执行。', '', '临安市人民政府', '2024年5月8日', '', between, '',
      '临安市推进数字经济高质量发展实施方案', '', '为加快推进数字经济高质量发展，制定本实施方案。', '', '一、总体要求', '',
    ].join('\n');

  for (const between of ['— 3 —', '第3页 共30页', '3/30', '临安市人民政府公报 2024年第6期']) {
    it(`is not the plan's title: ${between}`, () => {
      const parsed = parseIssue(issue(between));
      assert.equal(parsed.documents[0].parts[1]?.title?.text, '临安市推进数字经济高质量发展实施方案');
      assert.deepEqual(lintIssue(parsed).map((f) => f.ruleId), []);
    });
  }
});
