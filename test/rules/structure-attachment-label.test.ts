import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'structure/attachment-label';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports only SX:1390 in the corpus (48号 prints its attachment without the label)', () => {
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
    const sx = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), sx), [1390]);
    assert.match(sx[0].message, /缺少“附件”标签/);
  });

  it('adds the label in front of the title', () => {
    const sx = corpus('SX');
    const out = fixed(RULE, sx);
    assert.equal(out, inject(sx, '2018年7月30日\n\n绍兴市加强个人诚信体系建设重点任务分工表', '2018年7月30日\n\n附件\n\n绍兴市加强个人诚信体系建设重点任务分工表'));
    assert.deepEqual(run(RULE, out), []);
  });

  it('flags a label removed from a labelled attachment', () => {
    const sx = corpus('SX');
    const text = inject(sx, '2018年7月27日\n\n附件\n\n', '2018年7月27日\n\n'); // 46号, SX:1170
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1170, 1388]);
    assert.match(found[0].message, /最多跑一次/);
    assert.equal(fixed(RULE, text), fixed(RULE, sx));
  });

  it('stays quiet when the issue never labels its attachments (house style)', () => {
    const text = excerpt('SX', 1297, 1413); // 48号 alone: no labelled attachment anywhere
    assert.deepEqual(run(RULE, text), []);
  });
});

describe(`${RULE}: an attachment of the plan a notice issues`, () => {
  const issue = (label: string[]) =>
    [
      '青岚县人民政府关于公布第五批县级非物质文化遗产代表性项目名录的通知', '', '青政发〔2024〕5号', '', '各乡镇人民政府、街道办事处，县政府各部门：', '',
      '现将第五批县级非物质文化遗产代表性项目名录予以公布。', '', '附件：青岚县第五批县级非物质文化遗产代表性项目名录', '', '青岚县人民政府', '2024年2月26日', '',
      '附件', '', '青岚县第五批县级非物质文化遗产代表性项目名录', '', '序号\t类别\t项目名称', '1\t民间文学\t溪口龙井传说', '',
      '青岚县人民政府办公室关于印发青岚县2024年民生实事项目实施方案的通知', '', '青政办发〔2024〕11号', '', '各乡镇人民政府、街道办事处，县政府各部门：', '',
      '《青岚县2024年民生实事项目实施方案》已经县政府同意，现印发给你们，请认真组织实施。', '', '青岚县人民政府办公室', '2024年3月15日', '',
      '青岚县2024年民生实事项目实施方案', '', '一、项目内容', '', '2024年县政府民生实事项目共2项，具体见附件。', '', '附件：青岚县2024年民生实事项目任务分解表', '',
      ...label, '青岚县2024年民生实事项目任务分解表', '', '序号\t项目名称\t牵头单位', '1\t城乡供水提质工程\t县水利局', '2\t老旧小区改造\t县住房和城乡建设局', '',
    ].join('\n');

  it('reports its missing label (the 附件说明 above it is no label), not an attachment "never printed"', () => {
    const text = issue([]);
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['附件“青岚县2024年民生实事项目任务分解表”正文前缺少“附件”标签 (attachment printed without its 附件 label)']);
    assert.deepEqual(run('cross-reference/attachments', text), []);
    assert.equal(fixed(RULE, text), issue(['附件', '']));
    assert.deepEqual(run(RULE, issue(['附件', ''])), []);
  });
});
