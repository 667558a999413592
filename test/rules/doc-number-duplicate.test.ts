import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { edit, lines, run } from './helpers';

const RULE = 'doc-number/duplicate';


describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus, where a document\'s TOC entry, line and 发文目录 row share its number', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags two printed documents with one number, at the later one', () => {
    const text = edit('J18', [128, '69号', '68号']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [128]);
    assert.match(found[0].message, /与《嘉兴市人民政府办公室关于切实加强文教融合促进学生全面发展的意见》重复/);
    assert.deepEqual(lines(text, found[0].related!.map((r) => ({ range: r.range }) as never)), [67]);
    const sx = edit('SX', [580, '16号', '15号']);
    assert.deepEqual(lines(sx, run(RULE, sx)), [580]);
  });

  it('flags a 发文目录 row for another document under a printed document\'s number', () => {
    const text = edit('J18', [722, '69 号', '70 号'], [722, '高水平推进国土绿化美化高质量建设国家森林城市实施方案', '加快推进城乡一体化工作的意见']);
    assert.deepEqual(lines(text, run(RULE, text)), [722]);
    // A row whose title has a slip names the same document: no duplicate (the title is cross-reference's).
    const slip = edit('J18', [723, '“嘉田四季”', '“嘉田四季']);
    assert.deepEqual(run(RULE, slip), []);
  });

  it('does not report the listings of one document, nor a number changed in the TOC only (that is consistency\'s)', () => {
    const toc = edit('J18', [15, '68 号', '69 号']);
    assert.deepEqual(run(RULE, toc), []);
  });

  describe('任免 notices, whose titles differ only in the people they name', () => {
    const notice = (lead: string, number: string, entry: string) =>
      [`某市人民政府关于${lead}等同志职务任免的通知`, '', number, '', '各区人民政府，市政府各部门：', '', '经市政府研究决定：', '', entry, '', '某市人民政府', '', '2024年6月4日', ''];
    const issue = (second: string, toc: string[] = []) =>
      [
        ...toc,
        ...notice('陈志强', '某政任〔2024〕11号', '任命陈志强为某市发展和改革委员会副主任。'),
        ...notice('何静', second, '任命何静为某市卫生健康委员会副主任。'),
      ].join('\n');

    it('flags two notices naming different people under one number', () => {
      const text = issue('某政任〔2024〕11号');
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [17]);
      assert.match(found[0].message, /与《某市人民政府关于陈志强等同志职务任免的通知》重复/);
    });

    it('is quiet on notices numbered apart, and on a 目录 entry that misspells one name of its notice', () => {
      assert.deepEqual(run(RULE, issue('某政任〔2024〕12号')), []);
      const toc = ['目　录', '', '某市人民政府关于陈志墙等同志职务任免的通知（某政任〔2024〕11号）……（1）', '', '某市人民政府关于何静等同志职务任免的通知（某政任〔2024〕12号）……（2）', ''];
      assert.deepEqual(run(RULE, issue('某政任〔2024〕12号', toc)), []);
    });
  });
});
