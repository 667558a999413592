// Navigation in an issue: references and highlights of units, attachments and 目录 entries without a number.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, parseIssue } from '../../server/src/engine';
import { AnalysisCache } from '../../server/src/features/analysis';
import { DefinitionProvider } from '../../server/src/features/definition';
import { DocumentHighlightsProvider } from '../../server/src/features/documentHighlights';
import { HoverProvider } from '../../server/src/features/hover';
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
  const hover = new HoverProvider(cache, workspace);
  return {
    hover: (needle: string, nth = 0, shift = 1) => {
      const h = hover.provide(doc, at(needle, nth, shift));
      return h ? { value: (h.contents as { value: string }).value, range: shown(h.range!) } : undefined;
    },
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

describe('navigation: a 人事任免 header run into its first subheading', () => {
  // As a PDF extraction prints it: the column's name, the period and the bold 任命: on one line.
  const text = [
    '目 录', '', '【市政府文件】', '', '嘉兴市人民政府关于表扬在慈善工作中作出突出贡献集体和个人的通报', '', '(嘉政发〔2018〕30 号) (2)', '',
    '市政府人事任免(2018 年 12 月份) (19)', '',
    '嘉兴市人民政府关于表扬在慈善工作中作出突出贡献集体和个人的通报', '', '嘉政发〔2018〕30号', '', '各县(市、区)人民政府,市政府各部门:', '',
    '为弘扬慈善精神,市政府决定对在慈善工作中作出突出贡献的集体和个人予以通报表扬。', '', '嘉兴市人民政府', '', '2018 年 11 月 28 日', '',
    '【市政府人事任免】(2018 年 12 月份)**任命:**', '', '马成同志任嘉兴市经济和信息化委员会副主任(挂职一年);', '',
    '朱健同志任嘉兴市人民政府金融工作办公室副主任(挂职一年)。', '',
    '免去:', '', '免去王明同志的嘉兴市交通运输局副局长职务。', '',
  ].join('\n');
  const { highlights, definition } = providers(text);

  it('takes the title to end before the subheading', () => {
    const both = ['8:市政府人事任免(2018 年 12 月份)', '22:【市政府人事任免】(2018 年 12 月份)'];
    assert.deepStrictEqual(definition('市政府人事任免(2018'), [both[1]]);
    assert.deepStrictEqual(highlights('【市政府人事任免】'), both);
    assert.deepStrictEqual(highlights('市政府人事任免(2018'), both);
  });

  it('leaves the subheading out of the title’s navigation', () => {
    assert.deepStrictEqual(highlights('任命:**'), []);
    assert.deepStrictEqual(definition('任命:**'), []);
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
    assert.deepStrictEqual(highlights(needle), ['10:市政府第5批人事任免事项', `${2 + 2 * n + 16}:市政府第5批人事任免事项`]);
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

describe('navigation: short names of a document (以下简称《若干措施》)', () => {
  const text = [
    '临江市人民政府办公室关于印发临江市促进民营经济高质量发展若干措施的通知', '', '临政办发〔2024〕21号', '', '各区、县（市）人民政府，市政府各部门：', '',
    '《临江市促进民营经济高质量发展若干措施》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。', '', '临江市人民政府办公室', '', '2024年6月5日', '',
    '临江市促进民营经济高质量发展若干措施', '', '一、优化市场准入环境', '', '（一）全面落实市场准入负面清单制度。', '', '二、强化金融支持', '', '（二）扩大信贷投放。', '',
    '《临江市促进民营经济高质量发展若干措施》政策解读', '',
    '近日，市政府办公室印发了《临江市促进民营经济高质量发展若干措施》（临政办发〔2024〕21号，以下简称《若干措施》）。现就有关内容解读如下。', '',
    '一问：《若干措施》出台的背景是什么？', '',
    '答：为贯彻落实《江南省人民政府办公厅关于进一步激发民营经济活力的若干意见》（江政办发〔2023〕45号，以下简称《省若干意见》），市发展改革委起草了《若干措施》。', '',
    '二问：《若干措施》的主要内容有哪些？', '', '答：《若干措施》共2个方面2条，与《省若干意见》相衔接。', '',
    '关于《临江市民营企业服务办法》的解读', '', '问：《若干措施》与本办法是什么关系？', '', '答：本办法是对《若干措施》的细化。', '',
  ].join('\n');
  const { references, highlights, definition, hover } = providers(text);
  const mentions = ['24:若干措施', '26:若干措施', '28:若干措施', '30:若干措施', '32:若干措施'];

  it('goes from a short name to the document its full title names', () => {
    assert.deepStrictEqual(definition('若干措施》出台'), ['12:临江市促进民营经济高质量发展若干措施']);
    assert.deepStrictEqual(definition('若干措施》共'), ['12:临江市促进民营经济高质量发展若干措施']);
    assert.deepStrictEqual(definition('《若干措施》共', 0, 0), ['12:临江市促进民营经济高质量发展若干措施'], 'from its 《');
  });

  it('goes to the full title where the document is printed nowhere', () => {
    assert.deepStrictEqual(definition('省若干意见》相衔接'), ['28:江南省人民政府办公厅关于进一步激发民营经济活力的若干意见']);
  });

  it('lists the short names among the references and highlights of the document, from either', () => {
    const fromNumber = references('临政办发〔2024〕21号');
    assert.deepStrictEqual(fromNumber.filter((l) => l.endsWith(':若干措施')), mentions);
    assert.ok(fromNumber.includes('24:临江市促进民营经济高质量发展若干措施'), 'the full title too');
    assert.deepStrictEqual(references('若干措施》的主要'), fromNumber);
    const lit = highlights('若干措施》的主要');
    assert.deepStrictEqual(lit.filter((l) => l.endsWith(':若干措施')), mentions);
    assert.ok(lit.includes('12:临江市促进民营经济高质量发展若干措施'));
    assert.ok(!lit.some((l) => l.includes('若干意见')), 'not another document’s short name');
  });

  it('lists the same from the plan’s own printed title under the notice', () => {
    const onPlan = references('临江市促进民营经济高质量发展若干措施', 2);
    assert.deepStrictEqual(onPlan, references('临政办发〔2024〕21号'));
    assert.ok(onPlan.includes('12:临江市促进民营经济高质量发展若干措施') && onPlan.includes('24:临江市促进民营经济高质量发展若干措施'));
    assert.deepStrictEqual(onPlan.filter((l) => l.endsWith(':若干措施')), mentions);
    const lit = highlights('临江市促进民营经济高质量发展若干措施', 2);
    assert.deepStrictEqual(lit.filter((l) => l.endsWith(':若干措施')), mentions);
    assert.ok(lit.includes('6:临江市促进民营经济高质量发展若干措施'), 'the citation in the notice');
  });

  it('holds a short name only in the document that declares it', () => {
    assert.deepStrictEqual(definition('若干措施》与本办法'), []);
    assert.ok(!references('若干措施》的主要').some((r) => r.startsWith('36:') || r.startsWith('38:')));
  });

  it('goes from a 政策解读 titled by the short name it declares to the document', () => {
    const titled = providers(text.replace('《临江市促进民营经济高质量发展若干措施》政策解读', '《若干措施》政策解读'));
    assert.deepStrictEqual(titled.definition('《若干措施》政策解读', 0, 2), ['12:临江市促进民营经济高质量发展若干措施']);
  });

  it('says on hover what a short name stands for', () => {
    const h = hover('若干措施》共')!;
    assert.strictEqual(h.range, '32:若干措施');
    assert.match(h.value, /《临江市促进民营经济高质量发展若干措施》（临政办发〔2024〕21号）的简称/);
    assert.match(h.value, /第 1 行/);
    assert.match(hover('省若干意见》相衔接')!.value, /未刊登/);
  });
});
