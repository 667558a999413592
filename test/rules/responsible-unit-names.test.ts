import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';
import { allRules, lintIssue, parseIssue, resolveConfig, WorkspaceIndex } from '../../server/src/engine';

const RULE = 'responsible-unit/names';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports 市人社局 / 市人社保局 beside 市人力社保局 in SX (warnings, with a suggestion)', () => {
    const found = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), found), [435, 439, 451, 455, 515, 519, 1157, 1190]);
    assert.ok(found.every((f) => f.severity === 'warning'));
    assert.ok(found.every((f) => f.suggestions?.[0].edits[0].text === '市人力社保局' && !f.fix));
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('flags an abbreviation injected into one annotation', () => {
    // 市经信委, the short form of 市经济和信息化委 (经|济和, 信|息化), is written in the excerpt's other annotations.
    const text = inject(excerpt('SX', 1702, 1746), '(责任单位:市经信委、市安监局、市环保局、市规划局', '(责任单位:市经济和信息化委、市安监局、市环保局、市规划局');
    const long = run(RULE, text);
    assert.equal(long.length, 1);
    assert.match(long[0].message, /市经济和信息化委.*市经信委|市经信委.*市经济和信息化委/);
    const typo = inject(excerpt('SX', 1702, 1746), '(责任单位:市经信委、市安监局、市环保局、市规划局', '(责任单位:市经信委、市安监局、市环境保护局、市规划局');
    const found = run(RULE, typo);
    assert.deepEqual(lines(typo, found), [1735 - 1701]);
    assert.match(found[0].message, /市环境保护局.*市环保局/);
  });

  it('pairs a short form with its full name (区住建局 / 区住房和城乡建设局), not a body named longer', () => {
    const plan = (units: string[]) =>
      [
        '某区人民政府办公室关于印发某区城市更新三年行动方案的通知', '', '某区政办发〔2024〕8号', '', '各街道办事处，区政府各部门：', '',
        ...units.map((u, i) => `${'一二三四'[i]}、推进第${i + 1}项工作。（责任单位：${u}）`), '', '某区人民政府办公室', '2024年5月6日', '',
      ].join('\n');
    const found = run(RULE, plan(['区住房和城乡建设局', '区住房和城乡建设局、区财政局', '区住建局']));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“区住建局”与“区住房和城乡建设局”/);
    assert.deepEqual(run(RULE, plan(['区人力资源和社会保障局', '区人社局'])).length, 1);
    // A longer name that only adds a tail is another body; a word left whole is no short form.
    assert.deepEqual(run(RULE, plan(['区交通运输局', '区交通运输综合行政执法局'])), []);
    assert.deepEqual(run(RULE, plan(['区文化局', '区文化广电旅游体育局'])), []);
    // 委员会 and 办公室 as short forms write them.
    assert.equal(run(RULE, plan(['区发改委', '区发展和改革委员会'])).length, 1);
    assert.equal(run(RULE, plan(['区人防办', '区人民防空办公室'])).length, 1);
    // A short form that leaves out only what the body does (发展管理).
    assert.equal(run(RULE, plan(['区大数据发展管理局', '区大数据发展管理局、区财政局', '区大数据局'])).length, 1);
  });

  it('does not pair two units an annotation lists side by side, a body under another, or a name with a word put before it', () => {
    const plan = (units: string[]) =>
      [
        '某区人民政府办公室关于印发某区数字政府建设方案的通知', '', '某区政办发〔2024〕9号', '', '各街道办事处，区政府各部门：', '',
        ...units.map((u, i) => `${'一二三四'[i]}、推进第${i + 1}项工作。（责任单位：${u}）`), '', '某区人民政府办公室', '2024年5月6日', '',
      ].join('\n');
    assert.deepEqual(run(RULE, plan(['区人社局、区人社保局', '区人社局'])), []);
    assert.equal(run(RULE, plan(['区人社局', '区人社保局', '区财政局'])).length, 1);
    assert.deepEqual(run(RULE, plan(['区税务局', '区税务局稽查局'])), []);
    assert.deepEqual(run(RULE, plan(['区信息中心', '区信用信息中心'])), []);
    // A kind of body one name has and the other has not: 中心.
    assert.deepEqual(run(RULE, plan(['区中医院', '区中心医院'])), []);
    assert.deepEqual(run(RULE, plan(['区建设公司', '区建设咨询中心有限公司'])), []);
  });

  it('pairs a company written short with its legal form (公司 / 集团有限公司)', () => {
    const plan = (units: string[]) =>
      [
        '某市人民政府办公室关于印发某市城市更新行动方案的通知', '', '某政办发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
        ...units.map((u, i) => `（${'一二三四'[i]}）推进第${i + 1}项改造。（责任单位：市住建局、${u}）`), '', '某市人民政府办公室', '2024年3月1日', '',
      ].join('\n');
    const found = run(RULE, plan(['市公交公司', '市公共交通集团有限公司', '市公共交通集团有限公司']));
    assert.deepEqual(found.map((f) => f.message), ['“市公交公司”与“市公共交通集团有限公司”似为同一单位的不同写法 (same unit spelled two ways; did you mean 市公共交通集团有限公司?)']);
    assert.equal(run(RULE, plan(['市城投公司', '市城市建设投资有限公司', '市城市建设投资有限公司'])).length, 1);
  });

  it('hints (not warns) when the other spelling is in another document of the issue', () => {
    // 51号 gets 市交通局; 13号 writes 市交通运输局.
    const text = inject(corpus('SX'), '市发改委、滨海新城管委会,各区、县〔市〕政府,2018年7月底前完成)', '市发改委、市交通局、滨海新城管委会,各区、县〔市〕政府,2018年7月底前完成)');
    const found = run(RULE, text).filter((f) => /交通/.test(f.message));
    assert.deepEqual(lines(text, found), [1727]);
    assert.equal(found[0].severity, 'hint');
    assert.equal(found[0].suggestions?.[0].edits[0].text, '市交通运输局');
  });

  it('checks names against other issues of the same city in the workspace (hint) and the configured list', () => {
    const ws = new WorkspaceIndex();
    ws.set('file:///j18.txt', parseIssue(corpus('J18')));
    ws.set('file:///sx.txt', parseIssue(corpus('SX')));
    // J18 writes 市交通运输局; J19 never names that unit but for this injected 市交通局.
    const j19 = inject(corpus('J19'), '(市生态环境局、市农业农村局负责)', '(市生态环境局、市交通局负责)');
    const found = run(RULE, j19, ws);
    assert.deepEqual(lines(j19, found), [484]);
    assert.equal(found[0].severity, 'hint');
    assert.equal(found[0].related?.[0].uri, 'file:///j18.txt');
    // Another city's units are other bodies: J19's 市发展改革委 is not compared with SX's 市发改委.
    assert.ok(!found.some((f) => /发展改革委/.test(f.message)));
    const { config } = resolveConfig({ units: ['市交通局'] }, allRules);
    const withKnown = lintIssue(parseIssue(j19), { config, workspace: ws, rules: allRules.filter((r) => r.id === RULE) });
    assert.deepEqual(withKnown, [], 'a configured name is never reported');
  });

  it('reads the other issues again when one of them changes, not when the checked one does', () => {
    const ws = new WorkspaceIndex();
    const j18 = parseIssue(corpus('J18'));
    ws.set('file:///j18.txt', j18);
    const j19 = inject(corpus('J19'), '(市生态环境局、市农业农村局负责)', '(市生态环境局、市交通局负责)');
    const check = (text: string, uri = 'file:///j19.txt') => {
      const issue = parseIssue(text);
      ws.set(uri, issue);
      return lintIssue(issue, { workspace: ws, uri, rules: allRules.filter((r) => r.id === RULE) });
    };
    assert.equal(check(j19)[0]?.related?.[0].uri, 'file:///j18.txt');
    // The checked issue edited: the other issues' names are those read before, and still right.
    const edited = j19 + '\n';
    assert.equal(check(edited)[0]?.related?.[0].uri, 'file:///j18.txt');
    // The same issue under another name: found there.
    ws.delete('file:///j18.txt');
    ws.set('file:///other.txt', j18);
    assert.equal(check(edited)[0]?.related?.[0].uri, 'file:///other.txt');
    // Changed: 市交通运输局 is gone from the workspace, so nothing pairs with 市交通局.
    ws.set('file:///other.txt', parseIssue(corpus('J18').replaceAll('市交通运输局', '市水利局')));
    assert.deepEqual(check(edited), []);
    ws.set('file:///other.txt', j18);
    // The same workspace seen from another file: that file's own names are not "elsewhere".
    assert.deepEqual(check(edited, 'file:///other.txt').filter((f) => f.related?.[0].uri === 'file:///other.txt'), []);
  });
});
