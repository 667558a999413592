import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { corpus, corpusAvailable, lineOf } from '../corpus';
import { parseIssue } from '../../server/src/engine';
import { lines, run } from './helpers';

const RULE = 'cross-reference/toc';

/** Replaces `from` by `to` on one line (1-based) of the text. */
function onLine(text: string, line: number, from: string, to: string): string {
  const all = text.split('\n');
  if (!all[line - 1].includes(from)) throw new Error(`line ${line} has no ${from}`);
  all[line - 1] = all[line - 1].replace(from, to);
  return all.join('\n');
}

/** Removes lines [from, to] (1-based). */
function cut(text: string, from: number, to: number): string {
  const all = text.split('\n');
  all.splice(from - 1, to - from + 1);
  return all.join('\n');
}

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus: titles, numbers and pages agree', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a TOC title that differs from the body, at the TOC entry', () => {
    const text = onLine(corpus('SX'), 30, '第三次', '第二次');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [30]);
    assert.match(found[0].message, /目录标题与正文标题不一致/);
    assert.equal(lineOf(text, found[0].related![0].range.start), 50);
  });

  it('flags the body title when the TOC and the 发文目录 agree against it (J18)', () => {
    const text = onLine(corpus('J18'), 126, '国土绿化', '国土绿地');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [126]);
    assert.equal(found[0].related?.length, 2);
  });

  it('flags the body title when only the TOC disagrees and the body\'s own words side with the TOC (SX)', () => {
    const text = onLine(corpus('SX'), 50, '第三次', '第二次');
    assert.deepEqual(lines(text, run(RULE, text)), [50]);
  });

  it('leaves numbers that differ to doc-number/consistency', () => {
    const toc = onLine(corpus('J18'), 19, '69 号', '96 号');
    assert.deepEqual(run(RULE, toc), []);
    const body = onLine(corpus('SX'), 1220, '47号', '56号');
    assert.deepEqual(run(RULE, body), []);
  });

  it('flags a page number that goes backwards', () => {
    const text = onLine(corpus('J18'), 31, '(12)', '(1)');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [31]);
    assert.match(found[0].message, /页码/);
    // A page that jumps ahead is reported itself, not the entries after it.
    const spike = onLine(corpus('J18'), 19, '(4)', '(40)');
    assert.deepEqual(lines(spike, run(RULE, spike)), [19]);
  });

  it('flags an entry whose document is not printed, and a document the TOC leaves out', () => {
    const noDoc = cut(corpus('J19'), 528, 548); // 35号 removed from the body
    assert.deepEqual(lines(noDoc, run(RULE, noDoc)), [29]);
    const noEntry = cut(corpus('J19'), 25, 28); // 34号's entry removed from the TOC
    const found = run(RULE, noEntry);
    assert.deepEqual(lines(noEntry, found), [428 - 4]);
    assert.equal(found[0].severity, 'warning');
  });

  it('pairs a numberless entry with the piece it lists when one title was changed (政策解读, Markdown layout)', () => {
    const md = readFileSync(path.join(__dirname, '../fixtures/markdown-issue.md'), 'utf8');
    assert.deepEqual(run(RULE, md), []);
    const text = md.replace('# 关于《某市优化营商环境若干措施》的政策解读', '# 关于《某市优化营商环境若干举措》的政策解读');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /正文标题与目录不一致/);
    assert.equal(lineOf(text, found[0].range.start), lineOf(text, text.indexOf('# 关于《某市优化营商环境若干举措》')));
  });

  it('pairs the 人事任免 entry with its section by the title alone, not the subheading run into its line (J18)', () => {
    // 【市政府人事任免】(2018 年 12 月份)**任命:** is listed as 市政府人事任免(2018 年 12 月份): the same title.
    assert.deepEqual(run(RULE, corpus('J18')), []);
    const text = onLine(corpus('J18'), 588, '2018 年', '2018 政年');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [41]);
    assert.match(found[0].message, /目录标题与正文标题不一致.*正文为“【市政府人事任免】\(2018政年12月份\)”/);
    assert.equal(lineOf(text, found[0].related![0].range.start), 588);
  });

  describe('a 目录 that gives the page first (1　title（number）)', () => {
    const notice = (title: string, number: string, date: string) => [title, '', number, '', '各区人民政府，市政府各部门：', '', '现予公布。', '', '某市人民政府', '', date, ''];
    const issue = (toc: string[]) =>
      [
        '目　录', '', ...toc.flatMap((l) => [l, '']),
        ...notice('某市人民政府关于公布某市第三批历史文化街区名单的通知', '某政发〔2024〕31号', '2024年8月5日'),
        ...notice('某市人民政府关于调整某市最低工资标准的通知', '某政发〔2024〕32号', '2024年8月9日'),
      ].join('\n');
    const right = ['1　某市人民政府关于公布某市第三批历史文化街区名单的通知（某政发〔2024〕31号）', '5　某市人民政府关于调整某市最低工资标准的通知（某政发〔2024〕32号）'];

    it('reads each entry and finds nothing wrong in a 目录 that matches the body', () => {
      assert.deepEqual(run(RULE, issue(right)), []);
    });

    it('flags a title that differs, and a page that goes backwards', () => {
      const text = issue([right[0].replace('1　', '7　'), right[1].replace('最低工资标准', '最低工资')]);
      const found = run(RULE, text);
      assert.deepEqual(found.map((f) => [lines(text, [f])[0], /页码/.test(f.message) ? 'page' : /标题/.test(f.message) ? 'title' : f.message]), [[5, 'page'], [5, 'title']]);
    });
  });

  describe('a 目录 that gives the number first, an entry wrapped onto a second line', () => {
    const notice = (title: string, number: string) => [title, '', number, '', '各区人民政府，市政府各部门：', '', '现予公布。', '', '某市人民政府办公室', '2024年8月20日', ''];
    const issue = (second: string[]) =>
      [
        '目　录', '', '某政办发〔2024〕40号　某市人民政府办公室关于做好秋冬季森林防灭火工作的通知……6', '', ...second, '',
        ...notice('某市人民政府办公室关于做好秋冬季森林防灭火工作的通知', '某政办发〔2024〕40号'),
        ...notice('某市人民政府办公室关于印发某市公共数据授权运营管理办法（试行）的通知', '某政办发〔2024〕41号'),
      ].join('\n');
    const wrapped = ['某政办发〔2024〕41号　某市人民政府办公室关于印发某市公共数据授权运营管理', '办法（试行）的通知…………8'];

    it('reads the number and the title over both lines', () => {
      for (const second of [wrapped, ['某政办发〔2024〕41号', '某市人民政府办公室关于印发某市公共数据授权运营管理办法（试行）的通知…………8'], ['（某政办发〔2024〕41号）某市人民政府办公室关于印发某市公共数据授权运营管理', '办法（试行）的通知…………8']]) {
        const text = issue(second);
        const entry = parseIssue(text).toc!.entries[1];
        assert.deepEqual([entry.number?.key, entry.title.norm, entry.page], ['某政办发〔2024〕41号', '某市人民政府办公室关于印发某市公共数据授权运营管理办法(试行)的通知', 8], second[0]);
        assert.equal(text.slice(entry.title.range.start, entry.title.range.start + 4), '某市人民', second[0]);
        assert.deepEqual(run(RULE, text), [], second[0]);
      }
    });

    it('flags a title that differs, at the entry', () => {
      const text = issue([wrapped[0], wrapped[1].replace('（试行）', '')]);
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [5]);
      assert.match(found[0].message, /目录为“某市人民政府办公室关于印发某市公共数据授权运营管理办法的通知”/);
    });

    it('takes the number that opens the entry, not one cited in its title', () => {
      const text = issue(['某政办发〔2024〕41号　某市人民政府办公室关于转发《某省数据条例》（某政发〔2023〕9号）的通知……8']);
      const entry = parseIssue(text).toc!.entries[1];
      assert.deepEqual([entry.number?.key, entry.title.norm], ['某政办发〔2024〕41号', '某市人民政府办公室关于转发《某省数据条例》(某政发〔2023〕9号)的通知']);
    });
  });

  describe('a 目录 that gives its pages in full-width digits (……（２）)', () => {
    const notice = (title: string, number: string) => [title, '', number, '', '各区人民政府，市政府各部门：', '', '现予公布。', '', '某市人民政府', '2024年8月9日', ''];
    const issue = (pages: [string, string]) =>
      [
        '目　录', '',
        `某市人民政府关于公布某市第三批历史文化街区名单的通知（某政发〔2024〕31号）……（${pages[0]}）`, '',
        `某市人民政府关于调整某市最低工资标准的通知（某政发〔2024〕32号）……（${pages[1]}）`, '',
        ...notice('某市人民政府关于公布某市第三批历史文化街区名单的通知', '某政发〔2024〕31号'),
        ...notice('某市人民政府关于调整某市最低工资标准的通知', '某政发〔2024〕32号'),
      ].join('\n');

    it('reads each entry, in either width, alone', () => {
      const cases: [[string, string], number[]][] = [[['２', '５'], [2, 5]], [['２', '5'], [2, 5]], [['2', '１５'], [2, 15]]];
      for (const [pages, read] of cases) {
        const text = issue(pages);
        assert.deepEqual(parseIssue(text).toc?.entries.map((e) => [e.number?.key, e.page]), [['某政发〔2024〕31号', read[0]], ['某政发〔2024〕32号', read[1]]], pages.join());
        assert.deepEqual(run(RULE, text), [], pages.join());
      }
    });

    it('flags a full-width page that goes backwards', () => {
      const text = issue(['５', '２']);
      assert.deepEqual(lines(text, run(RULE, text)), [5]);
    });
  });

  describe('a 目录 section header in the brackets an OCR gave for 【】 ([市政府文件], （政策解读）)', () => {
    const issue = (header: string, title = '某市人民政府关于调整某市最低工资标准的通知') =>
      ['目　录', '', header, '', `${title}（某政发〔2024〕32号）……（2）`, '',
        '某市人民政府关于调整某市最低工资标准的通知', '', '某政发〔2024〕32号', '', '各区人民政府，市政府各部门：', '', '现予公布。', '', '某市人民政府', '2024年8月9日', ''].join('\n');

    it('reads the header as the section, not as the start of the entry under it', () => {
      for (const header of ['【市政府文件】', '[市政府文件]', '(市政府文件)', '［市政府文件］', '〖市政府文件〗', '〔市政府文件〕', '（市政府文件）', '[市政府文件】']) {
        const text = issue(header);
        const toc = parseIssue(text).toc!;
        assert.deepEqual([toc.sections.map((x) => x.name), toc.entries.map((e) => [e.title.norm, e.section])], [['市政府文件'], [['某市人民政府关于调整某市最低工资标准的通知', '市政府文件']]], header);
        assert.deepEqual(run(RULE, text), [], header);
      }
    });

    it('still flags the title under it that differs', () => {
      const text = issue('[市政府文件]', '某市人民政府关于调整某市最低工资的通知');
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [5]);
      assert.match(found[0].message, /目录为“某市人民政府关于调整某市最低工资的通知”/);
    });

    it('takes a bracketed line that names no kind of piece for part of the entry', () => {
      const text = issue('（试行）');
      assert.deepEqual(parseIssue(text).toc!.sections, []);
    });
  });

  it('says so when no entry under the 目录 header could be read, rather than checking nothing', () => {
    const text = ['目　录', '', '某市人民政府关于公布某市第三批历史文化街区名单的通知', '', '某市人民政府关于公布某市第三批历史文化街区名单的通知', '', '某政发〔2024〕31号', '', '各区人民政府，市政府各部门：', '', '现予公布。', '', '某市人民政府', '2024年8月5日', ''].join('\n');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1]);
    assert.match(found[0].message, /没有可识别的条目/);
    assert.equal(found[0].severity, 'warning');
  });

  describe('a notice that forwards a document printed after it', () => {
    const text = readFileSync(path.join(__dirname, '../fixtures/forwarded-issue.txt'), 'utf8');

    it('does not ask the 目录 to list the forwarded document', () => {
      assert.deepEqual(run(RULE, text), []);
    });

    it('still reports a document the 目录 leaves out when no notice forwards it', () => {
      const unforwarded = text.replace('转发给你们', '印发给你们').replace(/转发省政府办公厅/g, '关于省政府办公厅');
      assert.notEqual(unforwarded, text);
      const found = run(RULE, unforwarded);
      assert.ok(found.some((f) => /未列入目录/.test(f.message)), found.map((f) => f.message).join('; '));
    });
  });
});

describe(`${RULE}: a CMS's Markdown 目录 and section names`, () => {
  const issue = (entry: string, section: string) =>
    [
      '# 瓯江市人民政府公报', '', '## 目录', '', entry, '- 《瓯江市养老服务若干措施》政策解读 …… 5', '',
      '### 瓯江市人民政府关于印发瓯江市养老服务若干措施的通知 {#doc-18}', '', '瓯政发〔2024〕18号', '', '各县（市、区）人民政府，市政府直属各单位：', '',
      '现将《瓯江市养老服务若干措施》印发给你们，请认真贯彻执行。', '', '瓯江市人民政府', '', '2024年6月24日', '', '瓯江市养老服务若干措施', '', '一、完善养老服务设施网络。', '', '二、提升养老服务质量。', '',
      section, '', '### 《瓯江市养老服务若干措施》政策解读', '', '《若干措施》共2条。', '',
    ].join('\n');

  it('reads an entry that is a link with its page after the link', () => {
    const text = issue('- [瓯江市人民政府关于印发瓯江市养老服务若干措施的通知（瓯政发〔2024〕18号）](#doc-18) …… 1', '## 政策解读');
    assert.deepEqual(run(RULE, text), []);
    assert.deepEqual(run('typography/unbalanced-pairs', text), []);
    assert.equal(parseIssue(text).toc?.entries[0].title.text, '瓯江市人民政府关于印发瓯江市养老服务若干措施的通知');
  });

  it('takes a section\'s name alone (## 政策解读, 政策解读) for no piece of its own', () => {
    for (const section of ['## 政策解读', '政策解读']) {
      const text = issue('- 瓯江市人民政府关于印发瓯江市养老服务若干措施的通知（瓯政发〔2024〕18号） …… 1', section);
      assert.deepEqual(run(RULE, text), [], section);
      assert.deepEqual(parseIssue(text).documents.map((d) => d.kind), ['document', 'interpretation'], section);
    }
  });
});

describe(`${RULE}: a year's index printed in the last issue`, () => {
  const issue = (indexed: string) =>
    [
      '某市人民政府关于2024年度某市科学技术奖励的决定', '', '某政发〔2024〕21号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　市政府决定授予8个项目某市科学技术进步奖一等奖。', '', '某市人民政府', '2024年12月6日', '',
      '某市人民政府公报2024年总目录', '', '【市政府文件】', '', '某市人民政府关于印发某市加快发展新质生产力行动方案的通知', '（某政发〔2024〕3号）………………………… 2—2', '',
      indexed, '（某政发〔2024〕21号）………………………… 12—2', '',
      '某市人民政府关于调整某市最低工资标准的通知（某政发〔2024〕4号）………………………… 3—8', '',
    ].join('\n');

  it('compares the title it gives a document of this issue with the printed one', () => {
    assert.deepEqual(run(RULE, issue('某市人民政府关于2024年度某市科学技术奖励的决定')), []);
    const text = issue('某市人民政府关于2024年度某市科学技术进步奖励的决定');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), [
      '总目录中的标题“某市人民政府关于2024年度某市科学技术进步奖励的决定”与本期所刊文件（某政发〔2024〕21号）的标题“某市人民政府关于2024年度某市科学技术奖励的决定”不一致 (the year\'s index gives another title than the document printed)',
    ]);
    assert.deepEqual(lines(text, found), [19]);
  });
});

describe(`${RULE}: a Markdown rule between the contents and the first document`, () => {
  const text = [
    '# 泓州市人民政府公报', '## 目录', '### 【市政府文件】', '- 泓州市人民政府关于印发促进低空经济发展若干措施的通知（泓政发〔2025〕3号）……1', '---',
    '## 泓州市人民政府关于印发促进低空经济发展若干措施的通知', '泓政发〔2025〕3号', '各县（市、区）人民政府：',
    '现将《促进低空经济发展若干措施》印发给你们，请认真贯彻执行。', '泓州市人民政府', '2025年1月8日',
  ].join('\n');

  it('reads --- as no line of the title under it', () => {
    assert.deepEqual(run(RULE, text), []);
    assert.equal(parseIssue(text).documents[0].title.norm, '泓州市人民政府关于印发促进低空经济发展若干措施的通知');
  });
});

describe(`${RULE}: a numberless piece whose title a wrap broke in the body`, () => {
  const issue = (title: string[]) =>
    [
      '某市人民政府公报', '', '目　录', '', '【市政府文件】', '', '某市人民政府关于公布行政规范性文件清理结果的决定', '', '（某政发〔2026〕8号）　　（1）', '',
      '【政策解读】', '', '《某市人民政府关于公布行政规范性文件清理结果的决定》政策解读　　（8）', '',
      '某市人民政府关于公布行政规范性文件清理结果的决定', '', '某政发〔2026〕8号', '', '各区人民政府，市政府各部门：', '',
      '现将清理结果公布如下：决定废止的文件共1件。', '', '某市人民政府', '2026年5月12日', '',
      ...title, '', '一、清理背景', '', '根据有关规定，市政府于2026年1月启动行政规范性文件清理工作。', '',
    ].join('\n');

  it('finds the piece under its two lines, and reads it as an interpretation', () => {
    for (const title of [['《某市人民政府关于公布行政规范性文件清理结果的决定》政策', '解读'], ['《某市人民政府关于公布行政规范性文件清理结', '果的决定》政策解读'], ['《某市人民政府关于公布行政规范性文件清理结果的决定》政策解读']]) {
      const text = issue(title);
      assert.deepEqual(run(RULE, text), [], title.join('|'));
      const piece = parseIssue(text).documents[1];
      assert.equal(piece.kind, 'interpretation', title.join('|'));
      assert.equal(piece.title?.norm, '《某市人民政府关于公布行政规范性文件清理结果的决定》政策解读');
    }
  });

  it('still reports the entry where the lines make another title', () => {
    const text = issue(['《某市人民政府关于公布行政规范性文件清理结果的决定》政策', '问答']);
    assert.deepEqual(lines(text, run(RULE, text)), [13]);
  });
});
