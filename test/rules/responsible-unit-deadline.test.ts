import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { hardWrapped, inject, run } from './helpers';

const RULE = 'responsible-unit/deadline';

/** A 责任分解 whose items each close on their lead unit and deadline. */
const BREAKDOWN = [
  '某市人民政府关于印发2026年市政府工作报告重点工作责任分解的通知', '', '某政发〔2026〕6号', '', '各区人民政府，市政府各部门：', '',
  '现将《2026年市政府工作报告重点工作责任分解》印发给你们，请认真贯彻落实。', '', '某市人民政府', '', '2026年3月2日', '',
  '2026年市政府工作报告重点工作责任分解', '', '一、聚力扩大有效投资', '',
  '1．全年完成固定资产投资增长6%以上。〔牵头单位：市发展改革委；完成时限：2026年12月底〕', '',
  '2．实施重大项目120个。〔牵头单位：市发展改革委；配合单位：市财政局；完成时限：2026年12月底〕', '', '二、聚力培育新质生产力', '',
  '3．新增规模以上工业企业100家。〔牵头单位：市经信局；完成时限：2026年12月底〕', '',
  '4．新认定高新技术企业80家。〔牵头单位：市科技局；完成时限：2026年10月底〕', '',
].join('\n');

describe(RULE, () => {
  it('is quiet where every annotation gives its deadline, and on the corpus', () => {
    assert.deepEqual(run(RULE, BREAKDOWN), []);
    assert.deepEqual(run(RULE, hardWrapped(BREAKDOWN, 23)), []);
    if (corpusAvailable) for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('reports an annotation that leaves out the deadline its siblings give, across the sections', () => {
    const text = inject(BREAKDOWN, '配合单位：市财政局；完成时限：2026年12月底〕', '配合单位：市财政局〕');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['“2．”的标注未写完成时限，同级4项中3项写明了 (no deadline; 3 of 4 sibling annotations give one)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '〔牵头单位：市发展改革委；配合单位：市财政局〕');
    assert.equal(run(RULE, hardWrapped(text, 23)).length, 1);
  });

  it('takes a deadline in the item\'s own words, or a standing task, for one; reads lists that give none apart', () => {
    const own = inject(BREAKDOWN, '4．新认定高新技术企业80家。〔牵头单位：市科技局；完成时限：2026年10月底〕', '4．新认定高新技术企业80家，2026年10月底前完成认定。〔牵头单位：市科技局〕');
    assert.deepEqual(run(RULE, own), []);
    assert.deepEqual(run(RULE, inject(BREAKDOWN, '；完成时限：2026年10月底〕', '；长期坚持〕')), []);
    assert.deepEqual(run(RULE, BREAKDOWN.replace(/完成时限：/g, '时间要求：')), []);
    assert.equal(run(RULE, inject(BREAKDOWN.replace(/完成时限：/g, '时间要求：'), '；时间要求：2026年10月底〕', '〕')).length, 1);
    // A list of another parent whose items give no deadline at all (三、保障措施) has no such habit.
    const measures = `${BREAKDOWN}\n三、保障措施\n\n5．加强组织领导。〔牵头单位：市政府办公室〕\n`;
    assert.deepEqual(run(RULE, measures), []);
    assert.equal(run(RULE, inject(measures, '；完成时限：2026年10月底〕', '〕')).length, 1);
  });

  it('reads the field under its other names, and stays quiet where deadlines are no habit', () => {
    const renamed = BREAKDOWN.replace(/完成时限/g, '完成时间');
    assert.deepEqual(run(RULE, renamed), []);
    assert.equal(run(RULE, inject(renamed, '；完成时间：2026年10月底〕', '〕')).length, 1);
    // Two of four give one: no habit; items with no annotation are responsible-unit/missing's.
    const fewer = inject(inject(BREAKDOWN, '；完成时限：2026年10月底〕', '〕'), '；完成时限：2026年12月底〕\n\n二、', '〕\n\n二、');
    assert.deepEqual(run(RULE, fewer), []);
    assert.deepEqual(run(RULE, inject(BREAKDOWN, '〔牵头单位：市科技局；完成时限：2026年10月底〕', '')), []);
  });
});
