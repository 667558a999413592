// Issues far larger than any real one: thousands of documents in one series, listed
// in the 目录 and the 发文目录, and one paragraph of many thousand lines. Work that
// compared every document, row or line with every other one (a longest run in order
// found by scanning all earlier items, a list grown by copying it, a paragraph's whole
// text tested again for each line) took from seconds to minutes here; linear work fits
// the CPU budget of the other reliability tests.
import { strict as assert } from 'node:assert';
import { analyze, checkFindings, checkTime } from './properties';

const DOCUMENTS = 20_000;

/** An issue of `n` short documents of one series, dated out of order, with its 目录 and 发文目录. */
function largeIssue(n: number): string {
  const title = (i: number) => `嘉兴市人民政府关于第${i}项工作的通知`;
  const toc: string[] = [];
  const body: string[] = [];
  const directory: string[] = [];
  for (let i = 1; i <= n; i++) {
    toc.push(title(i), `(嘉政发〔2018〕${i}号)(${(i % 900) + 1})`);
    body.push(title(i), '', `嘉政发〔2018〕${i}号`, '', '各县(市、区)人民政府:', '', `现将有关事项通知如下。`, '', '嘉兴市人民政府', `2018年12月${(i % 28) + 1}日`, '');
    directory.push(`嘉政发〔2018〕${i}号\t${title(i)}\t2018年12月1日`);
  }
  return ['嘉兴市人民政府公报', '2018年第12期', '', '目  录', '', ...toc, '', ...body, '嘉兴市人民政府2018年12月份发文目录', '', ...directory].join('\n');
}

describe('issues far larger than real ones stay within the time budget', function () {
  this.timeout(180_000);

  before(() => {
    // Warm the JIT, so that the budget measures the code and not its compilation.
    for (let k = 0; k < 3; k++) analyze(largeIssue(200));
  });

  it(`${DOCUMENTS} documents of one series, dated out of order, in the 目录 and the 发文目录`, () => {
    const text = largeIssue(DOCUMENTS);
    const a = analyze(text);
    assert.equal(a.issue.documents.length, DOCUMENTS);
    assert.equal(a.issue.directory?.rows.length, DOCUMENTS);
    checkTime(text, a);
    checkFindings(text, a.findings);
    // The dates go backwards every 28 numbers: those off the longest run in order are reported.
    assert.ok(a.findings.some((f) => f.ruleId === 'structure/date' && /早于序号在前/.test(f.message)));
  });

  it('one paragraph of 100,000 lines', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `第${i}行的文字`).join('\n');
    const text = `嘉兴市人民政府关于加强管理的通知\n\n嘉政发〔2018〕1号\n\n各县(市、区)人民政府:\n\n${lines}\n\n嘉兴市人民政府\n2018年12月1日`;
    const a = analyze(text);
    assert.ok(a.issue.paragraphs.some((p) => p.pieces.length === 100_000));
    checkTime(text, a);
  });
});
