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
});
