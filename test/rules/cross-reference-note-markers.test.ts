import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { inject, run } from './helpers';

const RULE = 'cross-reference/note-markers';

const OPINION = [
  '青川市人民政府关于推进未来社区建设的实施意见',
  '',
  '青政发〔2024〕18号',
  '',
  '各县（市、区）人民政府，市政府各部门、各直属单位：',
  '',
  '　　为深入贯彻落实省委、省政府关于全域推进未来社区建设的决策部署①，打造共同富裕现代化基本单元，现提出如下意见。',
  '',
  '　　一、总体要求',
  '',
  '　　坚持以人民为中心，以“三化九场景”②为引领，整体推进城镇社区和乡村社区建设。',
  '',
  '　　二、主要任务',
  '',
  '　　（一）推进旧改提升。对2000年底前建成的老旧小区开展综合改造③，同步实施加装电梯等工作。',
  '',
  '　　（二）推进数字赋能。实现社区治理数据“一仓共享”④。',
  '',
  '　　注释：',
  '',
  '　　①《浙江省人民政府办公厅关于全域推进未来社区建设的指导意见》（浙政办发〔2023〕4号）。',
  '',
  '　　②“三化九场景”：“三化”指人本化、生态化、数字化；“九场景”指邻里、教育、健康等九大场景。',
  '',
  '　　③老旧小区综合改造包括基础类、完善类、提升类三类内容。',
  '',
  '　　④“一仓共享”指依托市公共数据平台建设社区数据仓。',
  '',
  '青川市人民政府',
  '',
  '2024年7月30日',
  '',
].join('\n');

const PLAN = [
  '青川市人民政府办公室关于印发青川市公共文化服务提升工作方案的通知',
  '',
  '青政办发〔2024〕33号',
  '',
  '各县（市、区）人民政府，市政府各部门：',
  '',
  '　　为贯彻落实《浙江省“15分钟品质文化生活圈”建设指南》[1]，制定本方案。到2025年底，全市建成城市书房[2]60家、文化驿站[3]80家。',
  '',
  '　　注：',
  '',
  '　　[1]浙江省文化和旅游厅2023年印发。',
  '',
  '　　[2]城市书房：指提供24小时自助借阅服务的公共阅读空间。',
  '',
  '　　[3]文化驿站：指集阅读、展览、培训等功能于一体的小型公共文化空间。',
  '',
  '青川市人民政府办公室',
  '',
  '2024年8月2日',
  '',
].join('\n');

const at = (text: string, found: { range: { start: number; end: number } }) => text.slice(found.range.start, found.range.end);

describe(RULE, () => {
  it('is quiet when every note has its marker and every marker its note', () => {
    assert.deepEqual(run(RULE, OPINION), []);
    assert.deepEqual(run(RULE, PLAN), []);
  });

  it('reports a note whose marker the text lost', () => {
    const text = inject(OPINION, '综合改造③，', '综合改造，');
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /注释③在正文中没有对应的注释标记/);
    assert.equal(at(text, found[0]), '③');
    assert.ok(found[0].range.start > text.indexOf('注释：'), 'at the note');
  });

  it('reports a marker no note explains, and the note left without one, when notes were renumbered', () => {
    const text = inject(OPINION, '　　④“一仓共享”指', '　　⑤“一仓共享”指');
    const found = run(RULE, text);
    const notes = text.indexOf('注释：');
    const byStart = [...found].sort((a, b) => a.range.start - b.range.start);
    assert.deepEqual(byStart.map((f) => [at(text, f), f.range.start > notes]), [['④', false], ['⑤', true]]);
    assert.match(byStart[0].message, /正文中的注释标记④没有对应的注释/);
    assert.match(byStart[1].message, /注释⑤在正文中没有对应的注释标记/);
  });

  it('checks bracketed markers, one carried to a line’s start by a hard wrap included', () => {
    assert.deepEqual(run(RULE, inject(PLAN, '城市书房[2]60家、文化驿站[3]80家', '城市书房[2]60家、文化驿站80家')).map((f) => f.message.slice(0, 9)), ['注释[3]在正文中']);
    const wrapped = inject(PLAN, '建设指南》[1]，制定', '建设指南》\n[1]，制定');
    assert.deepEqual(run(RULE, wrapped), []);
    // A wrap inside the marker itself.
    assert.deepEqual(run(RULE, inject(PLAN, '建设指南》[1]，制定', '建设指南》[\n1]，制定')), []);
    assert.deepEqual(run(RULE, inject(PLAN, '建设指南》[1]，制定', '建设指南》[1\n]，制定')), []);
    const lost = inject(wrapped, '　　[1]浙江省', '　　[4]浙江省');
    assert.deepEqual(run(RULE, lost).map((f) => at(lost, f)).sort(), ['[1]', '[4]']);
  });

  it('stays quiet where no note is marked at all: superscripts an extraction dropped, a table’s remarks', () => {
    const dropped = OPINION.replace(/(部署|场景”|改造|共享”)[①②③④]/g, '$1');
    assert.deepEqual(run(RULE, dropped), []);
    const remarks = inject(PLAN, '　　注：', '　　注：\n\n　　①本表数据截至2024年6月底。\n\n　　②“—”表示无数据。').replace(/\[\d\]/g, '');
    assert.deepEqual(run(RULE, remarks), []);
  });

  it('reads an item opening a line after a colon as an item, not a marker', () => {
    const text = inject(OPINION, '　　二、主要任务', '　　二、主要任务\n\n　　重点做好以下工作：\n①推进城镇社区建设；\n⑤推进乡村社区建设。');
    assert.deepEqual(run(RULE, text), []);
  });

  it('reads items that end without punctuation, one a line, as a list, not markers carried over by a wrap', () => {
    const items = ['①推进城镇社区建设', '②推进乡村社区建设', '③推进数字社区建设', '④推进社区服务', '⑤推进社区治理'];
    const text = inject(OPINION, '　　二、主要任务', `　　二、主要任务\n\n　　重点做好以下工作\n${items.join('\n')}`);
    assert.deepEqual(run(RULE, text), []);
    // A marker a wrap put at a line's start, in a paragraph with no list, is still one.
    const wrapped = inject(OPINION, '以“三化九场景”②为引领', '以“三化九场景”\n②为引领');
    assert.deepEqual(run(RULE, wrapped), []);
    assert.deepEqual(run(RULE, inject(wrapped, '　　②“三化九场景”：', '　　⑤“三化九场景”：')).map((f) => f.message.slice(0, 9)).sort(), ['正文中的注释标记②', '注释⑤在正文中没有']);
  });

  it('reads past the remarks under a table (注：①…⑤…), which are no notes of the text', () => {
    const table = ['　　附表：重点任务清单', '', '序号\t任务\t责任单位', '1\t老旧小区综合改造\t市住房城乡建设局', '2\t社区数据仓建设\t市大数据局', ''];
    const remarks = ['注：①表中任务按年度推进；', '②责任单位为牵头单位；', '③完成时限为2025年底；', '④各地可结合实际细化；', '⑤表中数据截至2024年6月。'];
    const text = inject(OPINION, '　　注释：', `${[...table, ...remarks].join('\n')}\n\n　　注释：`);
    assert.deepEqual(run(RULE, text), []);
    // The notes under 注释： are still checked, right under a table too.
    assert.deepEqual(run(RULE, inject(text, '综合改造③，', '综合改造，')).map((f) => f.message.slice(0, 6)), ['注释③在正文']);
    const notesUnderTable = inject(OPINION, '　　注释：', `${table.join('\n')}\n　　注释：`);
    assert.deepEqual(run(RULE, inject(notesUnderTable, '综合改造③，', '综合改造，')).map((f) => f.message.slice(0, 6)), ['注释③在正文']);
  });

  it('finds nothing in the corpus, which has no such notes', function () {
    if (!corpusAvailable) this.skip();
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), []);
  });
});
