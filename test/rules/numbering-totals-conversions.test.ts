// numbering/totals: an area given again in another unit (38.6520公顷（折合579.78亩）) is the first converted.
import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run, suggested } from './helpers';

const RULE = 'numbering/totals';

/** A 征收 公告 whose body is the paragraphs given. */
const notice = (...paragraphs: string[]) =>
  documentText({
    title: '某市人民政府关于征收某区某街道集体土地的公告', number: '某政告〔2026〕3号', to: '',
    paragraphs, signer: '某市人民政府', date: '2026年4月8日',
  });

describe(`${RULE}: an area given again in another unit (折合, 约合, 合)`, () => {
  const valid = [
    '本次征收土地总面积为38.6520公顷（折合579.78亩），其中农用地31.2640公顷。',
    '项目用地12.5亩（约合0.83公顷），建筑面积1.2万平方米（折合18亩）；规划区面积2.1平方公里，合3150亩。',
    // Rounded to its printed places; 约 to about 1%; a sum (合计) and a unit given twice are no conversion.
    '征收面积0.6667公顷，折合10亩；林地约120亩（约合8公顷）。面积5公顷，合计75亩；绿地3公顷（合3公顷）。',
    // The area alone in brackets; 平方千米; a bracket holding a part is no conversion.
    '征收土地3.0152公顷（45.23亩），其中耕地3.2016公顷（48.02亩）；规划面积12.6平方千米（折合1260公顷），项目用地5公顷（其中耕地3亩）。',
  ];

  it('is quiet where the second figure is the first converted', () => {
    assert.deepEqual(run(RULE, notice(...valid)), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
  });

  it('reports a second figure that is not the first converted, and offers the right one', () => {
    const text = notice(valid[0].replace('579.78亩', '589.78亩'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['38.6520公顷折合579.78亩，不是589.78亩（1公顷=15亩） (38.6520 ha is 579.78 mu, not 589.78)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '589.78亩');
    assert.equal(suggested(RULE, text), notice(valid[0]));
    assert.deepEqual(run(RULE, notice(valid[1].replace('3150亩', '3500亩'))).map((f) => f.message), ['2.1平方公里折合3150亩，不是3500亩（1平方公里=1500亩） (2.1 km² is 3150 mu, not 3500)']);
    assert.deepEqual(run(RULE, notice(valid[1].replace('（折合18亩）', '（折合1.8亩）'))).map((f) => f.message), ['1.2万平方米折合18.0亩，不是1.8亩（1平方米=0.0015亩） (1.2×10⁴ m² is 18.0 mu, not 1.8)']);
    assert.equal(run(RULE, hardWrapped(text, 23)).length, 1);
    assert.deepEqual(run(RULE, notice(valid[3].replace('45.23亩', '46.23亩'))).map((f) => f.message), ['3.0152公顷折合45.23亩，不是46.23亩（1公顷=15亩） (3.0152 ha is 45.23 mu, not 46.23)']);
    assert.deepEqual(run(RULE, notice(valid[3].replace('1260公顷', '1890公顷'))).map((f) => f.message), ['12.6平方千米折合1260公顷，不是1890公顷（1平方千米=100公顷） (12.6 km² is 1260 ha, not 1890)']);
  });
});
