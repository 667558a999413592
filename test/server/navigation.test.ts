// Navigation in an issue: references and highlights of units, attachments and 目录 entries without a number.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, parseIssue } from '../../server/src/engine';
import { AnalysisCache } from '../../server/src/features/analysis';
import { DefinitionProvider } from '../../server/src/features/definition';
import { DocumentHighlightsProvider } from '../../server/src/features/documentHighlights';
import { ReferencesProvider } from '../../server/src/features/references';
import { WorkspaceFiles } from '../../server/src/features/workspaceFiles';

function providers(text: string) {
  const workspace = new WorkspaceFiles(parseIssue);
  const cache = new AnalysisCache(workspace, () => {}, () => {}, allRules);
  const doc = TextDocument.create('file:///tmp/navigation.gazette', 'gazette', 1, text);
  const lines = text.split('\n');
  const at = (needle: string, nth = 0, shift = 1) => {
    let offset = -1;
    for (let k = 0; k <= nth; k++) offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, needle);
    return doc.positionAt(offset + shift);
  };
  const shown = (r: { start: { line: number; character: number }; end: { character: number } }) => `${r.start.line}:${lines[r.start.line].slice(r.start.character, r.end.character)}`;
  const references = new ReferencesProvider(cache, workspace);
  const highlights = new DocumentHighlightsProvider(cache, workspace);
  const definition = new DefinitionProvider(cache, workspace);
  return {
    references: (needle: string, nth = 0, includeDeclaration = true) => references.provide(doc, at(needle, nth), includeDeclaration).map((l) => shown(l.range)),
    highlights: (needle: string, nth = 0, shift = 1) => highlights.provide(doc, at(needle, nth, shift)).map((h) => shown(h.range)),
    definition: (needle: string, nth = 0, shift = 1) => definition.provide(doc, at(needle, nth, shift)).map((l) => shown(l.range)),
  };
}

describe('navigation: units of a task list', () => {
  const text = [
    '某市人民政府办公室关于印发某市停车设施建设工作要点的通知', '', '某政办发〔2024〕8号', '', '各区人民政府，市政府各部门：', '',
    '现将《某市停车设施建设工作要点》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '', '2024年4月1日', '',
    '某市停车设施建设工作要点', '',
    '一、加快建设公共停车场。（牵头单位：市住建局；配合单位：市财政局）', '',
    '二、推进错时共享停车。（牵头单位：市公安局；配合单位：市住建局）', '',
    '三、规范停车收费管理。（牵头单位：市发展改革委）', '',
  ].join('\n');
  const { references, highlights } = providers(text);

  it('lists every annotation naming the unit as its references', () => {
    assert.deepStrictEqual(references('市住建局'), ['14:市住建局', '16:市住建局']);
    assert.deepStrictEqual(references('市住建局', 1), ['14:市住建局', '16:市住建局']);
    assert.deepStrictEqual(references('市住建局'), highlights('市住建局'));
  });

  it('lists only its own annotation for a unit named once', () => {
    assert.deepStrictEqual(references('市发展改革委'), ['18:市发展改革委']);
  });
});

describe('navigation: attachments', () => {
  const text = [
    '某市人民政府办公室关于做好停车场建设工作的通知', '', '某政办发〔2024〕8号', '', '各区人民政府，市政府各部门：', '',
    '一、加快建设公共停车场，具体见附件1。', '', '二、落实建设资金，具体见附件2。', '',
    '附件：1．某市停车场建设计划表', '　　　2．某市停车场建设资金表', '', '某市人民政府办公室', '', '2024年4月1日', '',
    '附件1', '', '某市停车场建设计划表', '', '新建停车位5000个。', '', '附件2', '', '某市停车场建设资金表', '', '资金5000万元。', '',
    '某市人民政府关于公布重点建设项目的通知', '', '某政发〔2024〕9号', '', '各区人民政府：', '', '现将项目名单予以公布（见附件）。', '',
    '附件：某市重点建设项目名单', '', '某市人民政府', '', '2024年4月8日', '', '附件', '', '某市重点建设项目名单', '', '项目186个。', '',
  ].join('\n');
  const { references, highlights, definition } = providers(text);

  it('lists 见附件N, the 附件说明 line and the printed label as references, from any of them', () => {
    const places = ['6:见附件1', '10:1', '17:附件1'];
    assert.deepStrictEqual(references('附件1。'), places);
    assert.deepStrictEqual(references('附件1\n'), places, 'from the printed label');
    assert.deepStrictEqual(references('附件1。', 0, false), ['6:见附件1', '10:1'], 'without the printed label, its declaration');
    assert.deepStrictEqual(references('附件2。'), ['8:见附件2', '11:2', '23:附件2']);
  });

  it('highlights them from the printed label, and goes from the label to the attachment’s title', () => {
    assert.deepStrictEqual(highlights('附件1\n'), ['6:见附件1', '10:1', '17:附件1']);
    assert.deepStrictEqual(definition('附件1\n'), ['19:某市停车场建设计划表']);
  });

  it('takes an unnumbered 见附件 for the only attachment of its document', () => {
    assert.deepStrictEqual(highlights('见附件）', 0, 2), ['35:见附件', '37:某市重点建设项目名单', '43:附件']);
    assert.deepStrictEqual(definition('见附件）', 0, 2), ['45:某市重点建设项目名单']);
  });
});

describe('navigation: 目录 entries without a number', () => {
  const text = [
    '目　录', '', '【市政府令】', '', '某市停车场管理办法（市政府令第28号）……（1）', '', '【人事任免】', '', '市政府人事任免(2024年4月份)……（5）', '',
    '2024年4月份市政府、市政府办公室发文目录……（6）', '',
    '某市人民政府令', '', '第28号', '', '《某市停车场管理办法》已经2024年3月26日市人民政府第41次常务会议审议通过，现予公布，自2024年5月1日起施行。', '',
    '市长　张明', '', '2024年4月1日', '', '某市停车场管理办法', '', '第一条　为了加强停车场管理，制定本办法。', '', '第二条　本办法自2024年5月1日起施行。', '',
    '【市政府人事任免】(2024年4月份)', '', '任命：', '', '王明同志任某市交通运输局副局长；', '',
    '2024年4月份市政府、市政府办公室发文目录', '', '序号\t文号\t标题\t成文日期', '1\t某政发〔2024〕9号\t某市人民政府关于推进智慧停车的通知\t4月8日', '',
  ].join('\n');
  const { references, highlights, definition } = providers(text);

  it('lists the entry among the references of the document it names, from its title', () => {
    assert.deepStrictEqual(definition('市政府人事任免(2024'), ['28:【市政府人事任免】(2024年4月份)']);
    assert.deepStrictEqual(references('【市政府人事任免】'), ['8:市政府人事任免(2024年4月份)', '28:【市政府人事任免】(2024年4月份)']);
    assert.deepStrictEqual(highlights('市政府人事任免(2024'), ['8:市政府人事任免(2024年4月份)', '28:【市政府人事任免】(2024年4月份)']);
  });

  it('highlights a decree’s entry with the decree and the rules it promulgates', () => {
    const decree = highlights('某市停车场管理办法（市政府令');
    assert.ok(decree.includes('4:某市停车场管理办法（市政府令第28号）'), decree.join(' '));
    assert.ok(decree.includes('22:某市停车场管理办法'), decree.join(' '));
    assert.ok(references('某市停车场管理办法》').includes('4:某市停车场管理办法（市政府令第28号）'));
  });

  it('pairs the 发文目录’s entry with its heading', () => {
    const both = ['10:2024年4月份市政府、市政府办公室发文目录', '34:2024年4月份市政府、市政府办公室发文目录'];
    assert.deepStrictEqual(references('2024年4月份市政府'), both);
    assert.deepStrictEqual(references('2024年4月份市政府', 1), both);
    assert.deepStrictEqual(highlights('2024年4月份市政府', 1), both);
    assert.deepStrictEqual(definition('2024年4月份市政府'), ['34:2024年4月份市政府、市政府办公室发文目录']);
  });

  it('leaves out the entries of other documents', () => {
    assert.ok(!references('【市政府人事任免】').some((r) => r.includes('管理办法')));
    assert.ok(!highlights('某市停车场管理办法（市政府令').some((r) => r.includes('人事任免')));
  });
});

describe('navigation: an issue of many 目录 entries without a number', function () {
  this.timeout(60_000);

  it('finds a document\'s entry without matching every entry against every document', () => {
    const n = 3000;
    const toc = Array.from({ length: n }, (_, i) => [`市政府第${i + 1}批人事任免事项……（${i + 1}）`, '']).flat();
    const body = Array.from({ length: n }, (_, i) => [`市政府第${i + 1}批人事任免事项`, '', `　　决定任命张${i + 1}为某市某局局长。`, '']).flat();
    const { references, highlights } = providers(['目　　录', '', ...toc, ...body].join('\n'));
    const needle = '市政府第5批人事任免事项…';
    assert.deepStrictEqual(references(needle), ['10:市政府第5批人事任免事项', `${2 + 2 * n + 16}:市政府第5批人事任免事项`]);
    // Each answer alone: the analysis is made by the first one.
    const best = (f: () => unknown) => Math.min(...[0, 1, 2].map(() => { const t = performance.now(); f(); return performance.now() - t; }));
    assert.ok(best(() => references(needle)) < 150);
    assert.ok(best(() => highlights(needle)) < 150);
  });
});

describe('navigation: a plan a notice issues', () => {
  const text = [
    '目　录', '', '某市人民政府办公室关于印发某市公共数据授权运营管理办法（试行）的通知（某政办发〔2024〕41号）……（1）', '',
    '某市人民政府办公室关于印发某市公共数据授权运营管理办法（试行）的通知', '', '某政办发〔2024〕41号', '', '各区人民政府，市政府各部门：', '',
    '现将《某市公共数据授权运营管理办法（试行）》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '', '2024年8月20日', '',
    '某市公共数据授权运营管理办法（试行）', '', '第一条　为规范公共数据授权运营，制定本办法。', '', '第二条　本办法自2024年9月1日起施行。', '',
    '关于《某市公共数据授权运营管理办法（试行）》的解读', '', '一、起草背景', '', '为规范公共数据授权运营，市数据局起草了《某市公共数据授权运营管理办法（试行）》。', '',
  ].join('\n');
  const { definition } = providers(text);

  it('goes from a citation of the plan, and from an interpretation of it, to the plan’s title', () => {
    assert.deepStrictEqual(definition('某市公共数据授权运营管理办法（试行）》印发'), ['16:某市公共数据授权运营管理办法（试行）']);
    assert.deepStrictEqual(definition('某市公共数据授权运营管理办法（试行）》。'), ['16:某市公共数据授权运营管理办法（试行）']);
    assert.deepStrictEqual(definition('关于《某市公共数据'), ['16:某市公共数据授权运营管理办法（试行）']);
  });

  it('goes from the notice’s number and its 目录 entry to the notice’s title', () => {
    const notice = ['4:某市人民政府办公室关于印发某市公共数据授权运营管理办法（试行）的通知'];
    assert.deepStrictEqual(definition('某政办发〔2024〕41号', 1), notice);
    assert.deepStrictEqual(definition('某市人民政府办公室关于印发'), notice);
  });
});
