import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fixed, lines, run } from './helpers';

const RULE = 'structure/imprint';
// A Word export that keeps the 版记: 抄送 over two lines, then 某市人民政府办公室  2024年5月20日印发.
const TEXT = readFileSync(path.join(__dirname, '../fixtures/record-issue.txt'), 'utf8');

function edit(from: string, to: string): string {
  assert.ok(TEXT.includes(from), from);
  return TEXT.replace(from, to);
}

describe(RULE, () => {
  it('is quiet on a 版记 in form (a 抄送 list wrapped over two lines, closed by 。)', () => {
    assert.deepEqual(run(RULE, TEXT), []);
  });

  it('reports 抄送 without its colon, and adds it', () => {
    const text = edit('抄送：市委各部门', '抄送市委各部门');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['“抄送”后应加冒号“：” (a colon after 抄送)']);
    assert.deepEqual(lines(text, found), [21]);
    assert.equal(fixed(RULE, text), TEXT);
    // In place of the space that stood for it; in a file written in half-width punctuation, half-width.
    assert.equal(fixed(RULE, edit('抄送：市委各部门', '抄送 市委各部门')), TEXT);
    const half = TEXT.replace(/：/g, ':').replace(/，/g, ',');
    assert.equal(fixed(RULE, half.replace('抄送:市委各部门', '抄送市委各部门')), half);
  });

  it('ends a 抄送 list before a page footer under it', () => {
    const text = edit('市检察院。\n', '市检察院\n— 5 —\n');
    assert.equal(fixed(RULE, text), edit('市检察院。\n', '市检察院。\n— 5 —\n'));
  });

  it('reports a 抄送 list not closed by 。, on its last line, replacing a comma left there', () => {
    const text = edit('市检察院。', '市检察院');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [22]);
    assert.equal(fixed(RULE, text), TEXT);
    assert.equal(fixed(RULE, edit('市检察院。', '市检察院，')), TEXT);
    // A half-width full stop is the file's width, not a missing stop.
    assert.deepEqual(run(RULE, edit('市检察院。', '市检察院.')), []);
  });

  it('reports a 印发日期 with leading zeros or in Chinese numerals, and writes it as a 成文日期 is written', () => {
    const zero = edit('2024年5月20日印发', '2024年05月20日印发');
    assert.deepEqual(run(RULE, zero).map((f) => f.message), ['印发日期的月、日不编虚位（不加前导零）：“2024年5月20日” (no leading zero in the printing date)']);
    assert.equal(fixed(RULE, zero), TEXT);
    const chinese = edit('2024年5月20日印发', '二〇二四年五月二十日印发');
    assert.equal(run(RULE, chinese).length, 1);
    assert.equal(fixed(RULE, chinese), TEXT);
  });

  describe('a 版记 after the attachments, or under a 附注, and lists side by side', () => {
    const notice = (tail: string[], under: string[] = []) =>
      [
        '某市人民政府办公室关于做好2024年防汛工作的通知', '', '某政办发〔2024〕30号', '', '各区人民政府，市政府各部门：', '',
        '现将有关事项通知如下。各地要按照附件要求抄送市防汛办备案。', '', '附件：防汛责任人名单', '', '某市人民政府办公室', '2024年5月6日', '', ...under,
        '附件', '', '防汛责任人名单', '', '王海燕　市水利局', '', '刘　强　市应急管理局', '', ...tail,
      ].join('\n');
    const imprint = ['抄送：市委办公室，市人大常委会办公室。', '抄报：省水利厅。', '', '某市人民政府办公室　　2024年5月6日印发', ''];

    it('checks the 版记 at the end, after the attachments, and one under a 附注', () => {
      assert.deepEqual(run(RULE, notice(imprint)), []);
      assert.equal(run(RULE, notice(imprint.map((l) => l.replace('抄送：', '抄送')))).length, 1);
      assert.equal(run(RULE, notice(imprint.map((l) => l.replace('5月6日印发', '05月06日印发')))).length, 1);
      assert.equal(run(RULE, notice([], ['（联系人：李明，电话：0571-86012345）', '', ...imprint.map((l) => l.replace('5月6日印发', '05月06日印发'))])).length, 1);
    });

    it('reads 抄送 and 抄报 side by side as two lists, and 分送 as one', () => {
      const found = run(RULE, notice(imprint.map((l) => l.replace('人大常委会办公室。', '人大常委会办公室'))));
      assert.deepEqual(found.map((f) => f.message), ['抄送机关的最后一个名称后应标句号“。” (the last organ of the 抄送 list ends with 。)']);
      assert.equal(run(RULE, notice(['分送：各区人民政府', '', '某市人民政府办公室　　2024年5月6日印发'])).length, 1);
    });

    it('leaves a sentence a line began with 抄送 alone', () => {
      assert.deepEqual(run(RULE, notice(imprint).replace('王海燕　市水利局', '抄送市防汛办的材料应于每月5日前报送。\n王海燕　市水利局')), []);
    });
  });
});
