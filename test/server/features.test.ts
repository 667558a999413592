// The language features in process, on small texts: the pieces the protocol tests cannot reach easily.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { SelectionRange } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, LineIndex, lintIssue, parseIssue, resolveConfig, type Rule } from '../../server/src/engine';
import { AnalysisCache } from '../../server/src/features/analysis';
import { checkConfigText } from '../../server/src/features/configFile';
import { normalNumber, parseNumber, RenameProvider } from '../../server/src/features/rename';
import { ConfigurationService, readSettings } from '../../server/src/features/settings';
import { crossFileSignature, matchPattern, WorkspaceFiles } from '../../server/src/features/workspaceFiles';
import { CodeLensProvider, taskLists } from '../../server/src/features/codeLens';
import { CompletionProvider, headingItems } from '../../server/src/features/completion';
import { attachmentTarget, DefinitionProvider } from '../../server/src/features/definition';
import { shorten } from '../../server/src/features/convert';
import { DocumentHighlightsProvider } from '../../server/src/features/documentHighlights';
import { DocumentLinksProvider } from '../../server/src/features/documentLinks';
import { DocumentSymbolsProvider, issueSymbols } from '../../server/src/features/documentSymbols';
import { FoldingProvider } from '../../server/src/features/folding';
import { HoverProvider } from '../../server/src/features/hover';
import { ReferencesProvider } from '../../server/src/features/references';
import { questionsOf } from '../../server/src/features/questions';
import { SelectionRangesProvider } from '../../server/src/features/selectionRanges';
import { WorkspaceSymbolsProvider } from '../../server/src/features/workspaceSymbols';
import { corpusAvailable, corpusText } from './lspClient';
import { preferredFix } from '../../server/src/features/codeActions';

const DRAFT = ['嘉兴市人民政府办公室关于做好示范工作的通知', '', '嘉政办发〔2018〕072号', '', '各县(市、区)人民政府:', '', '一、总体要求', ''].join('\n');

function cacheWith(rules: readonly Rule[], errors: string[] = []) {
  const workspace = new WorkspaceFiles(parseIssue);
  return { workspace, cache: new AnalysisCache(workspace, (_uri, rule) => errors.push(rule.id), () => {}, rules) };
}

describe('features: analysis cache', () => {
  it('parses once per version and tells the workspace index', () => {
    const { cache, workspace } = cacheWith(allRules);
    const v1 = TextDocument.create('file:///tmp/a.gazette', 'gazette', 1, DRAFT);
    const a = cache.get(v1);
    assert.strictEqual(cache.get(v1), a);
    assert.strictEqual(workspace.issue('file:///tmp/a.gazette'), a.issue);
    const v2 = TextDocument.update(v1, [{ text: '\n' }], 2);
    assert.notStrictEqual(cache.get(v2), a);
  });

  it('reports a throwing rule once and disables it for that document only', () => {
    const throwing: Rule = {
      id: 'structure/throws',
      category: 'structure',
      defaultSeverity: 'warning',
      description: 'always fails',
      fixable: false,
      check() {
        throw new Error('boom');
      },
    };
    const errors: string[] = [];
    const rules = [throwing, ...allRules];
    const { cache } = cacheWith(rules, errors);
    const config = { config: resolveConfig(undefined, rules).config };
    let doc = TextDocument.create('file:///tmp/b.gazette', 'gazette', 1, DRAFT);
    const first = cache.findings(doc, config);
    assert.ok(first.some((f) => f.ruleId === 'doc-number/format'), 'the other rules still run');
    doc = TextDocument.update(doc, [{ text: '\n' }], 2);
    cache.findings(doc, config);
    assert.deepStrictEqual(errors, ['structure/throws']);
    cache.findings(TextDocument.create('file:///tmp/c.gazette', 'gazette', 1, DRAFT), config);
    assert.deepStrictEqual(errors, ['structure/throws', 'structure/throws'], 'another document reports it again');
  });

  it('applies inline disable comments', () => {
    const { cache } = cacheWith(allRules);
    const config = { config: resolveConfig(undefined, allRules).config };
    const text = DRAFT.replace('嘉政办发', '<!-- gazette-lint-disable-next-line doc-number/format -->\n嘉政办发');
    const findings = cache.findings(TextDocument.create('file:///tmp/d.gazette', 'gazette', 1, text), config);
    assert.ok(!findings.some((f) => f.ruleId === 'doc-number/format'));
  });
});

describe('features: helpers', () => {
  it('checks configuration text with positions', () => {
    const text = '{ "rules": { "doc-number/format": "loud", "no/such": "off" }, "colour": 1 }';
    const { problems } = checkConfigText(text);
    const at = (needle: string) => text.indexOf(needle);
    assert.ok(problems.some((p) => /invalid severity/.test(p.message) && p.range.start === at('"doc-number/format"')));
    assert.ok(problems.some((p) => /unknown rule/.test(p.message) && p.range.start === at('"no/such"')));
    assert.ok(problems.some((p) => /unknown key/.test(p.message) && p.range.start === at('"colour"')));
    const broken = checkConfigText('{ "rules": ');
    assert.strictEqual(broken.raw, undefined);
    assert.strictEqual(broken.problems[0].severity, 'error');
    assert.deepStrictEqual(checkConfigText('// comment\n{ "rules": {}, }').problems, [], 'comments and trailing commas, as the CLI accepts');
  });

  it('validates and normalises a new document number', () => {
    const n = parseNumber(' 嘉政办发[2018]07 号');
    assert.ok(typeof n !== 'string');
    assert.strictEqual(normalNumber(n), '嘉政办发〔2018〕7号');
    assert.match(parseNumber('嘉政办发〔18〕7号') as string, /four digits/);
    assert.match(parseNumber('关于印发') as string, /not a document number/);
  });

  it('matches gazette.filePatterns by name anywhere or by path', () => {
    assert.ok(matchPattern('*.txt', 'drafts/2018/issue.txt'));
    assert.ok(matchPattern('drafts/**/*.md', 'drafts/a/b.md'));
    assert.ok(!matchPattern('drafts/**/*.md', 'other/b.md'));
    assert.ok(matchPattern('*公报*.txt', '嘉兴公报12.txt'));
  });

  it('sanitises editor settings', () => {
    assert.deepStrictEqual(readSettings({ rules: [1], filePatterns: ['*.txt', 3], locale: 'fr' }), { rules: {}, filePatterns: ['*.txt'], locale: 'auto' });
  });
});

describe('features: outline', () => {
  it('shows a decree as 政府令, with the rules it promulgates and their articles under it', () => {
    const text = readFileSync(path.join(__dirname, '../fixtures/dense-issue.txt'), 'utf8');
    const issue = parseIssue(text);
    const decree = issueSymbols(issue, new LineIndex(text)).find((s) => s.name === '某市人民政府令第345号');
    assert.ok(decree, 'the decree is in the outline');
    assert.strictEqual(decree.detail, '政府令');
    const rules = decree.children!.find((c) => c.name === '某市公共场所控制吸烟条例实施办法');
    assert.deepStrictEqual(rules?.children?.map((c) => c.name.slice(0, 3)), ['第一条', '第二条', '第三条', '第四条']);
  });
});

describe('features: names shown in menus', () => {
  it('leave out the spaces extraction put between two characters, and keep those around other text', () => {
    assert.strictEqual(shorten('嘉兴市人民政府关于表扬在慈善工作中 作出突出贡献集体和个人的通报', 80), '嘉兴市人民政府关于表扬在慈善工作中作出突出贡献集体和个人的通报');
    assert.strictEqual(shorten('城市排 水防涝', 40), '城市排水防涝');
    assert.strictEqual(shorten('2018 年 12 月', 40), '2018 年 12 月');
  });
});

describe('features: outline of the corpus', () => {
  it('names the J18 人事任免 without the 任命: run into its header', function () {
    if (!corpusAvailable()) this.skip();
    const text = corpusText('jiaxing-2018-12.txt');
    const names = issueSymbols(parseIssue(text), new LineIndex(text)).map((s) => s.name);
    assert.ok(names.includes('【市政府人事任免】(2018 年 12 月份)'), names.join(' | '));
  });
});

describe('features: workspace symbols', () => {
  it('name a 人事任免 as the outline does, without the 任命: run into its header', () => {
    const text = ['某市人民政府办公室关于做好停车场建设工作的通知', '', '某政办发〔2024〕8号', '', '各区人民政府：', '', '现就有关事项通知如下。', '', '某市人民政府办公室', '', '2024年4月1日', '',
      '【市政府人事任免】(2024 年 4 月份)**任命:**', '', '王明同志任某市交通运输局副局长;', '', '李华同志任某市财政局副局长。', ''].join('\n');
    const workspace = new WorkspaceFiles(parseIssue);
    const cache = new AnalysisCache(workspace, () => {}, () => {}, allRules);
    cache.get(TextDocument.create('file:///tmp/ws-symbols.gazette', 'gazette', 1, text));
    const names = new WorkspaceSymbolsProvider(workspace).provide('').map((s) => s.name);
    assert.deepStrictEqual(names, ['某市人民政府办公室关于做好停车场建设工作的通知', '【市政府人事任免】(2024 年 4 月份)']);
  });
});

describe('features: outline of a PDF extraction', () => {
  it('names bold headings (**一、确保粮食安全**) without the closing marks, under the plan a notice issues', () => {
    const text = readFileSync(path.join(__dirname, '../fixtures/pdf-breaks-issue.txt'), 'utf8');
    const notice = issueSymbols(parseIssue(text), new LineIndex(text)).find((s) => s.detail === '某政发〔2024〕3号');
    const plan = notice?.children?.find((c) => c.name === '某县乡村振兴重点工作任务清单');
    assert.deepStrictEqual(plan?.children?.map((c) => c.name), ['一、确保粮食安全', '二、推进产业振兴', '三、加强乡村建设']);
  });
});

describe('features: outline of a draft pandoc made', () => {
  it('names headings and labels without the converter\'s escapes and attributes', () => {
    const text = [
      '# 某市人民政府关于印发某市数字经济行动方案的通知', '', '某政发〔2024〕5号', '', '各区人民政府，市政府各部门：', '', '现将《某市数字经济行动方案》印发给你们。', '',
      '某市人民政府', '', '2024年3月4日', '', '## 某市数字经济行动方案 {#某市数字经济行动方案 .unnumbered}', '',
      '1\\. 做强数字产业集群。', '', '2\\. 推进制造业数字化转型。', '',
    ].join('\n');
    const notice = issueSymbols(parseIssue(text), new LineIndex(text)).find((s) => s.detail === '某政发〔2024〕5号');
    const plan = notice?.children?.find((c) => c.name === '某市数字经济行动方案');
    assert.deepStrictEqual(plan?.children?.map((c) => c.name), ['1. 做强数字产业集群', '2. 推进制造业数字化转型']);
  });
});

describe('features: outline of a plan in parts', () => {
  it('puts each 第N部分 over the 一、 under it', () => {
    const text = [
      '某市人民政府关于印发某市国民经济和社会发展第十四个五年规划纲要的通知', '', '某政发〔2021〕3号', '', '各区人民政府，市政府各部门：', '',
      '《某市国民经济和社会发展第十四个五年规划纲要》已经市人大审议通过，现印发给你们。', '', '某市人民政府', '', '2021年3月1日', '',
      '某市国民经济和社会发展第十四个五年规划纲要', '', '第一部分　发展环境', '', '一、发展基础', '', '二、面临形势', '', '第二部分　总体要求', '', '一、指导思想', '',
    ].join('\n');
    const notice = issueSymbols(parseIssue(text), new LineIndex(text))[0];
    const plan = notice.children?.find((c) => c.name === '某市国民经济和社会发展第十四个五年规划纲要');
    // The plan starts (and folds) at its title, not the blank line above it.
    assert.strictEqual(plan?.range.start.line, 12);
    assert.deepStrictEqual(plan?.children?.map((c) => [c.name, c.children?.map((g) => g.name)]), [
      ['第一部分 发展环境', ['一、发展基础', '二、面临形势']],
      ['第二部分 总体要求', ['一、指导思想']],
    ]);
  });
});

describe('features: attachments numbered in two parts', () => {
  const text = readFileSync(path.join(__dirname, '../fixtures/sub-attachments-issue.txt'), 'utf8').replace('请认真组织实施。', '请认真组织实施（见附件1-2）。');

  it('names them 附件1-1, 附件1-2 in the outline', () => {
    const notice = issueSymbols(parseIssue(text), new LineIndex(text))[0];
    assert.deepStrictEqual(notice.children?.map((c) => c.name), ['附件1-1 某市2024年重点建设项目表', '附件1-2 某市2024年重点前期项目表', '附件2 某市2024年重点项目责任分工表']);
  });

  it('goes from 见附件1-2 to 附件1-2', () => {
    const [d] = parseIssue(text).documents;
    const [ref] = d.attachmentRefs;
    assert.deepStrictEqual([ref.number, ref.sub], [1, 2]);
    const target = attachmentTarget(d, ref)!;
    assert.strictEqual(text.slice(target.start, target.end), '某市2024年重点前期项目表');
    assert.ok(target.start > text.indexOf('\n附件1-2\n'), 'the printed attachment, not its declaration');
  });
});

describe('features: rename of a document number', () => {
  const text = readFileSync(path.join(__dirname, '../fixtures/hard-wrapped-issue.txt'), 'utf8');
  const { cache } = cacheWith(allRules);
  const doc = TextDocument.create('file:///tmp/wrapped.gazette', 'gazette', 1, text);
  const provider = new RenameProvider(cache);
  const at = (needle: string) => {
    const offset = text.indexOf(needle) + 2;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  it('keeps the line break of a number a hard wrap split in the 目录, so no line moves', () => {
    const edit = provider.rename(doc, at('某政发〔2024〕14号\n各县'), '某政发〔2024〕15号');
    const renamed = TextDocument.applyEdits(doc, edit.changes![doc.uri]);
    assert.strictEqual(renamed.split('\n').length, text.split('\n').length);
    assert.ok(renamed.includes('（某政发〔2\n024〕15号）'));
    assert.ok(!renamed.includes('〔2024〕14号'));
  });

  it('keeps the page a page break put inside a number (某政发〔2024〕 / - 9 - / 14号)', () => {
    const cut = ['某市人民政府关于加强城市管理的意见', '', '某政发〔2024〕21号', '', '各区人民政府：', '', '根据《某市人民政府关于某事项的通知》（某政发〔2024〕', '', '- 9 -', '', '14号）精神，现提出如下意见。', ''].join('\n');
    const cutDoc = TextDocument.create('file:///tmp/cut.gazette', 'gazette', 1, cut);
    const edit = new RenameProvider(cacheWith(allRules).cache).rename(cutDoc, cutDoc.positionAt(cut.indexOf('某政发〔2024〕\n') + 1), '某政发〔2024〕15号');
    const renamed = TextDocument.applyEdits(cutDoc, edit.changes![cutDoc.uri]);
    assert.strictEqual(renamed, cut.replace('\n14号）', '\n15号）'));
  });

  it('refuses a number another document of the issue has', () => {
    assert.throws(() => provider.rename(doc, at('某政发〔2024〕14号\n各县'), '某政办发〔2024〕41号'), /已是本期《.*》的发文字号/);
  });

  it('refuses a number the 发文目录 gives another title, and takes the one it gives this document', () => {
    const listed = [
      '某市人民政府关于加强城市管理的意见', '', '某政发〔2024〕21号', '', '各区人民政府：', '', '现提出如下意见。', '', '某市人民政府', '2024年5月6日', '',
      '2024年5月份市政府发文目录', '', '文号\t标题', '某政发〔2024〕21号\t某市人民政府关于加强城市管理的意见', '某政发〔2024〕22号\t某市人民政府关于另一件事的通知', '',
    ].join('\n');
    const listedDoc = TextDocument.create('file:///tmp/listed.gazette', 'gazette', 1, listed);
    const rename = (to: string) => new RenameProvider(cacheWith(allRules).cache).rename(listedDoc, listedDoc.positionAt(listed.indexOf('某政发〔2024〕21号\n\n各区') + 1), to);
    assert.throws(() => rename('某政发〔2024〕22号'), /发文目录中“某政发〔2024〕22号”是《某市人民政府关于另一件事的通知》的发文字号/);
    assert.equal(rename('某政发〔2024〕23号').changes![listedDoc.uri].length, 2);
    // The row that gives this document's title, its years written another way, is this document's.
    const years = listed.replace('关于加强城市管理的意见\n\n某政发〔2024〕21号', '关于加强城市管理的意见（2024—2026年）\n\n某政发〔2024〕21号').replace('某政发〔2024〕22号\t某市人民政府关于另一件事的通知', '某政发〔2024〕22号\t某市人民政府关于加强城市管理的意见(2024~2026 年)');
    const yearsDoc = TextDocument.create('file:///tmp/years.gazette', 'gazette', 1, years);
    const edit = new RenameProvider(cacheWith(allRules).cache).rename(yearsDoc, yearsDoc.positionAt(years.indexOf('某政发〔2024〕21号\n\n各区') + 1), '某政发〔2024〕22号');
    assert.ok(edit.changes![yearsDoc.uri].length >= 1);
  });
});

describe('features: a 专栏 box with a list of its own', () => {
  const text = [
    '某市人民政府关于印发某市城市更新行动计划的通知', '', '某政发〔2024〕9号', '', '各区人民政府，市政府各部门：', '',
    '现将《某市城市更新行动计划》印发给你们，请认真贯彻执行。', '', '某市人民政府', '', '2024年4月1日', '',
    '某市城市更新行动计划', '', '一、重点任务', '', '（一）实施城市生命线安全工程。', '',
    '1．更新改造地下管网。加快管道老化更新改造。（责任单位：市住建局）', '', '2．推进海绵城市建设。新增海绵城市达标面积20平方公里。（责任单位：市住建局）', '',
    '专栏1  城市生命线安全工程', '', '（1）燃气管网监测：覆盖全市高压燃气管网。', '（2）桥梁结构监测：覆盖全市重点桥梁56座。', '',
    '（二）提升城市绿色空间品质。', '', '1．建设口袋公园。建成口袋公园30个。（责任单位：市住建局）', '',
  ].join('\n');

  it('puts the box\'s items, of a lower level than the items around it, under the box', () => {
    const hs = parseIssue(text).documents[0].headings;
    const box = hs.findIndex((h) => h.kind === 'box');
    assert.deepStrictEqual(hs.filter((h) => h.parent === box).map((h) => h.label), ['（1）', '（2）']);
  });

  it('counts no box as a task without units in the code lens', () => {
    const lists = taskLists(parseIssue(text).documents[0]);
    assert.deepStrictEqual(lists.map((l) => [l.tasks, l.missing]), [[2, 0], [1, 0]]);
  });
});

describe('features: a task table with its 合计 row', () => {
  it('counts no total row as a task in the code lens', () => {
    const text = [
      '某市人民政府办公室关于印发某市数字经济行动方案的通知', '', '某政办发〔2024〕5号', '', '各区人民政府，市政府各部门：', '', '现将方案印发给你们。', '',
      '某市人民政府办公室', '', '2024年3月4日', '', '某市数字经济行动方案', '',
      '| 序号 | 重点任务 | 牵头单位 |', '|---|---|---|', '| 1 | 建设算力中心 | 市大数据局 |', '| 2 | 设立产业基金 | 市财政局 |', '| 合计 | 共2项 |  |', '',
    ].join('\n');
    const lists = taskLists(parseIssue(text).documents[0]);
    assert.deepStrictEqual(lists.map((l) => [l.tasks, l.missing]), [[2, 0]]);
  });
});

describe('features: the code lens over a task list with a list of its own under an item', () => {
  const text = [
    '某市人民政府关于印发某市数字经济发展实施方案的通知', '', '某政发〔2024〕8号', '', '各区人民政府，市政府各部门：', '',
    '现将《某市数字经济发展实施方案》印发给你们，请认真贯彻执行。', '', '某市人民政府', '', '2024年5月6日', '',
    '某市数字经济发展实施方案', '', '一、重点任务', '', '（一）推进产业数字化转型。', '',
    '1．实施制造业数字化改造。每年完成数字化改造项目50个。（牵头单位：市经信局；配合单位：市发改委）', '',
    '2．发展智慧农业。建设数字农业工厂10家。具体包括：', '', '（1）建设特色产业数字化生产基地；', '', '（2）推广农业物联网监测设备；', '', '（3）培育农村电商示范村20个。', '',
    '（牵头单位：市农业农村局；配合单位：市商务局）', '',
    '3．推动服务业数字化。培育智慧商圈2个。（牵头单位：市商务局）', '',
    '4．推进数字化车间建设。新建数字化车间20个。', '',
  ].join('\n');

  it('counts an item whose sub-items name the units as having them, and shows no task list for those sub-items', () => {
    const lists = taskLists(parseIssue(text).documents[0]);
    assert.deepStrictEqual(lists.map((l) => [text.slice(l.range.start, l.range.start + 5), l.tasks, l.missing]), [['（一）推进', 4, 1]]);
  });
});

describe('features: outline of a 转发 notice', () => {
  it('shows the document it forwards, printed after it, under the notice', () => {
    const text = readFileSync(path.join(__dirname, '../fixtures/forwarded-issue.txt'), 'utf8');
    const symbols = issueSymbols(parseIssue(text), new LineIndex(text)).filter((s) => s.name !== '目录');
    assert.deepStrictEqual(symbols.map((s) => s.name), ['某市人民政府办公室转发省政府办公厅关于进一步加强安全生产工作的通知', '某市人民政府关于公布某市第三批历史文化街区名单的通知']);
    const forwarded = symbols[0].children!.find((c) => c.name === '浙江省人民政府办公厅关于进一步加强安全生产工作的通知');
    assert.ok(forwarded, 'the forwarded document is under the notice');
    assert.ok(symbols[0].range.end.line >= forwarded.range.end.line, 'within the notice\'s range');
  });
});

describe('features: outline of an announcement', () => {
  it('shows a 公告 numbered in its own series as 公告', () => {
    const text = readFileSync(path.join(__dirname, '../fixtures/announcement-issue.txt'), 'utf8');
    const symbols = issueSymbols(parseIssue(text), new LineIndex(text));
    assert.strictEqual(symbols.find((s) => s.name === '某市人民政府公告2024年第1号')?.detail, '公告');
  });
});

describe('features: go to definition from a 目录 entry without a number', () => {
  it('goes to the decree the entry names by its number, and to the 政策解读 it names by its title', () => {
    const text = readFileSync(path.join(__dirname, '../fixtures/dense-issue.txt'), 'utf8');
    const { cache, workspace } = cacheWith(allRules);
    const doc = TextDocument.create('file:///tmp/dense.gazette', 'gazette', 1, text);
    const definition = new DefinitionProvider(cache, workspace);
    const at = (needle: string) => doc.positionAt(text.indexOf(needle) + 2);
    const lineOf = (needle: string) => doc.positionAt(text.indexOf(needle)).line;
    const [decree] = definition.provide(doc, at('某市人民政府令第345号（'));
    assert.strictEqual(decree?.range.start.line, lineOf('某市人民政府令\n'));
    const [interpretation] = definition.provide(doc, at('《某市城市更新行动方案》政策解读……'));
    assert.strictEqual(interpretation?.range.start.line, lineOf('《某市城市更新行动方案》政策解读\n'));
    // From the interpretation's own title, to the plan it interprets (not to itself): the plan's title, under the notice issuing it.
    const [plan] = definition.provide(doc, at('《某市城市更新行动方案》政策解读\n'));
    assert.strictEqual(plan?.range.start.line, lineOf('某市城市更新行动方案\n\n为深入实施'));
  });

  it('goes from an entry naming a decree\'s rules (某办法（市政府令第16号修改）) to those rules', () => {
    const text = [
      '目　录', '', '某市人民政府关于修改《某市城市供水管理办法》的决定（市政府令第16号）……（1）', '', '某市城市供水管理办法（市政府令第16号修改）……（3）', '',
      '某市人民政府令', '', '第16号', '', '《某市人民政府关于修改〈某市城市供水管理办法〉的决定》已经市人民政府常务会议审议通过，现予公布。', '',
      '市长　李振华', '', '2024年10月12日', '', '某市人民政府关于修改《某市城市供水管理办法》的决定', '', '市人民政府决定对《某市城市供水管理办法》作如下修改：', '',
      '一、删去第二十六条第二款。', '', '本决定自公布之日起施行。', '', '某市城市供水管理办法', '', '（2012年5月20日某市人民政府令第48号公布　根据2024年10月12日某市人民政府令第16号修改）', '',
      '第一条　为了加强城市供水管理，制定本办法。', '',
    ].join('\n');
    const { cache, workspace } = cacheWith(allRules);
    const doc = TextDocument.create('file:///tmp/amended.gazette', 'gazette', 1, text);
    const definition = new DefinitionProvider(cache, workspace);
    const lineOf = (needle: string) => doc.positionAt(text.indexOf(needle)).line;
    const [rules] = definition.provide(doc, doc.positionAt(text.indexOf('某市城市供水管理办法（市政府令第16号修改）') + 2));
    assert.strictEqual(rules?.range.start.line, lineOf('某市城市供水管理办法\n\n（2012年'));
    const [decision] = definition.provide(doc, doc.positionAt(text.indexOf('某市人民政府关于修改《某市城市供水管理办法》的决定（') + 2));
    assert.strictEqual(decision?.range.start.line, lineOf('某市人民政府关于修改《某市城市供水管理办法》的决定\n'));
  });

  it('goes from the 目录\'s entry of the 发文目录 to its heading, and from a line of the 附件说明 to that attachment', () => {
    const wrapped = readFileSync(path.join(__dirname, '../fixtures/hard-wrapped-issue.txt'), 'utf8');
    const { cache, workspace } = cacheWith(allRules);
    const doc = TextDocument.create('file:///tmp/wrapped.gazette', 'gazette', 1, wrapped);
    const definition = new DefinitionProvider(cache, workspace);
    const lines = wrapped.split('\n');
    const [heading] = definition.provide(doc, doc.positionAt(wrapped.indexOf('2024年10月份市政府、市政府办公室发文目录……') + 2));
    assert.strictEqual(lines[heading?.range.start.line], '2024年10月份市政府、市政府办公室发文目');
    const [second] = definition.provide(doc, doc.positionAt(wrapped.indexOf('2．2024年度全市安全生产工作自评表') + 3));
    assert.strictEqual(lines[second?.range.start.line], '2024年度全市安全生产工作自评表');
    assert.ok(second.range.start.line > lines.indexOf('附件2'));
  });
});

describe('features: heading label completion', () => {
  function labels(lines: string[]): string[] {
    const text = [...lines, ''].join('\n');
    const issue = parseIssue(text);
    const index = new LineIndex(text);
    const offset = text.length;
    const analysis = { uri: 'file:///x.gazette', version: 1, text, issue, lines: index };
    const lineStart = index.lineStart(index.position(offset).line);
    return headingItems(analysis, '', offset, lineStart, (s) => ({ start: index.position(s), end: index.position(offset) })).map((i) => i.textEdit!.newText);
  }

  it('continues the open sequences, deepest first, in the style written', () => {
    assert.deepStrictEqual(labels(['一、总体要求', '（一）指导思想。', '1．目标。']), ['2．', '（1）', '（二）', '二、']);
    assert.deepStrictEqual(labels(['三、主要任务', '(十九)做好。', '(二十)做好。']), ['(二十一)', '1.', '四、']);
    assert.deepStrictEqual(labels(['二、保障', '1. 加强领导。', '(一)明确责任。']).slice(0, 2), ['(二)', '1.']);
    // With the space the label above is written with: an ideographic one where it is one.
    assert.deepStrictEqual(labels(['第九条 为了规范。']), ['第十条 ']);
    assert.deepStrictEqual(labels(['第九条　为了规范。']), ['第十条　']);
    assert.deepStrictEqual(labels(['一、重点任务', '3\\. 加快数字基础设施建设。'])[0], '4\\. ');
    assert.deepStrictEqual(labels(['第一部分　发展环境', '一、发展基础']).slice(-1), ['第二部分　']);
    // Decimal outlines: the next at each depth still open.
    assert.deepStrictEqual(labels(['2.1　市级应急指挥机构', '2.1.1　市供水应急指挥部', '市政府设立指挥部。']), ['2.1.2　', '2.2　']);
  });
});

describe('features: every provider on every line of the corpus', function () {
  this.timeout(120000);
  it('answers without throwing, with ranges inside the text', async function () {
    if (!corpusAvailable()) this.skip();
    const workspace = new WorkspaceFiles(parseIssue);
    const cache = new AnalysisCache(workspace, () => {}, () => {}, allRules);
    const configuration = new ConfigurationService(async () => ({}));
    const providers = {
      hover: new HoverProvider(cache, workspace),
      definition: new DefinitionProvider(cache, workspace),
      references: new ReferencesProvider(cache, workspace),
      completion: new CompletionProvider(cache, workspace, configuration),
    };
    const selections = new SelectionRangesProvider(cache);
    for (const name of ['jiaxing-2018-12.txt', 'jiaxing-2019-07.txt', 'shaoxing-2018-08.txt']) {
      const text = corpusText(name);
      const doc = TextDocument.create(`file:///corpus/${name}`, 'gazette', 1, text);
      const lineCount = doc.lineCount;
      const symbols = new DocumentSymbolsProvider(cache).provide(doc);
      const within = (r: { start: { line: number }; end: { line: number } }) => r.start.line >= 0 && r.end.line < lineCount && r.start.line <= r.end.line;
      const walk = (list: typeof symbols): void =>
        list.forEach((s) => {
          assert.ok(within(s.range) && within(s.selectionRange), s.name);
          walk(s.children ?? []);
        });
      walk(symbols);
      assert.ok(new FoldingProvider(cache).provide(doc).every((f) => f.endLine < lineCount));
      await new CodeLensProvider(cache, configuration).provide(doc);
      new DocumentLinksProvider(cache).provide(doc);
      for (let line = 0; line < lineCount; line++) {
        for (const character of [0, 1, 3, 8, 20]) {
          const position = { line, character };
          providers.hover.provide(doc, position);
          providers.definition.provide(doc, position).forEach((l) => assert.ok(within(l.range)));
          if (character === 3) providers.references.provide(doc, position, true);
          if (character < 2) await providers.completion.provide(doc, position);
          for (let r: SelectionRange | undefined = selections.provide(doc, [position])[0]; r; r = r.parent) assert.ok(within(r.range));
        }
      }
    }
  });
});

describe('features: outline of rules with inserted articles', () => {
  it('shows 第十六条之一 and 之二 after 第十六条, with the items under them', () => {
    const text = [
      '某市人民政府令', '', '第20号', '', '《某市停车场管理办法》已经市人民政府第5次常务会议审议通过，现予公布，自2024年5月1日起施行。', '', '市长　张三', '', '2024年3月1日', '',
      '某市停车场管理办法', '', '第一章　总则', '', '第一条　为了加强停车场管理，制定本办法。', '', '第二条　本办法适用于本市行政区域。', '',
      '第二章　管理', '', '第三条　停车场经营者应当遵守下列规定：', '', '（一）公示收费标准；', '', '（二）保障车辆安全。', '',
      '第三条之一　新建住宅小区应当配建停车位。', '', '第三条之二　鼓励错时共享停车：', '', '（一）机关单位开放停车场；', '',
      '第四条　本办法自2024年5月1日起施行。', '',
    ].join('\n');
    const [decree] = issueSymbols(parseIssue(text), new LineIndex(text));
    const rules = decree.children!.find((c) => c.name === '某市停车场管理办法')!;
    const management = rules.children!.find((c) => c.name.startsWith('第二章'))!;
    assert.deepStrictEqual(management.children!.map((c) => [c.name, c.children!.map((g) => g.name)]), [
      ['第三条 停车场经营者应当遵守下列规定：', ['（一）公示收费标准', '（二）保障车辆安全']],
      ['第三条之一 新建住宅小区应当配建停车位', []],
      ['第三条之二 鼓励错时共享停车：', ['（一）机关单位开放停车场']],
      ['第四条 本办法自2024年5月1日起施行', []],
    ]);
    const lineOf = (l: string) => text.split('\n').indexOf(l);
    const [third, first, second] = management.children!;
    assert.strictEqual(third.range.end.line, lineOf('（二）保障车辆安全。'), 'the article ends before the inserted one');
    assert.ok(third.children!.every((c) => c.range.end.line <= third.range.end.line), 'its items end with it');
    assert.strictEqual(first.selectionRange.start.line, lineOf('第三条之一　新建住宅小区应当配建停车位。'));
    assert.deepStrictEqual([first.range.end.line, second.range.end.line], [lineOf('第三条之一　新建住宅小区应当配建停车位。'), lineOf('（一）机关单位开放停车场；')]);
    // Folding ends 第三条 there too.
    const { cache } = cacheWith(allRules);
    const folds = new FoldingProvider(cache).provide(TextDocument.create('file:///tmp/inserted.gazette', 'gazette', 1, text));
    assert.ok(folds.some((f) => f.startLine === lineOf('第三条　停车场经营者应当遵守下列规定：') && f.endLine === lineOf('（二）保障车辆安全。')), JSON.stringify(folds));
  });
});

describe('features: outline of a 政策解读 in questions and answers', () => {
  const notice = [
    '临江市人民政府办公室关于印发临江市促进民营经济高质量发展若干措施的通知', '', '临政办发〔2024〕21号', '', '各区、县（市）人民政府，市政府各部门：', '',
    '《临江市促进民营经济高质量发展若干措施》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。企业有困难怎么办？找政府。', '',
    '临江市人民政府办公室', '', '2024年6月5日', '', '临江市促进民营经济高质量发展若干措施', '', '一、优化市场准入环境', '', '（一）全面落实市场准入负面清单制度。', '',
  ];
  const outline = (...piece: string[]) => {
    const text = [...notice, ...piece].join('\n');
    const symbols = issueSymbols(parseIssue(text), new LineIndex(text));
    const lineOf = (l: string) => text.split('\n').indexOf(l);
    const { cache } = cacheWith(allRules);
    const folds = new FoldingProvider(cache).provide(TextDocument.create('file:///tmp/qa.gazette', 'gazette', 1, text));
    return { symbols, lineOf, folds, interpretation: symbols.find((s) => s.detail === '政策解读')! };
  };

  it('shows each question (一问：…？) as a child over its answer, without the source note under the last', () => {
    const { interpretation, lineOf, folds } = outline(
      '《临江市促进民营经济高质量发展若干措施》政策解读', '',
      '近日，市政府办公室印发了《临江市促进民营经济高质量发展若干措施》（临政办发〔2024〕21号，以下简称《若干措施》）。现就有关内容解读如下。', '',
      '一问：《若干措施》出台的背景是什么？', '', '答：民营经济是推进中国式现代化的生力军。', '', '市发展改革委会同有关部门起草了《若干措施》。', '',
      '二问：《若干措施》何时开始施行？', '', '答：《若干措施》自2024年7月1日起施行，有效期至2026年12月31日。', '', '（市发展改革委供稿）', '',
    );
    assert.deepStrictEqual(interpretation.children!.map((c) => c.name), ['一问：《若干措施》出台的背景是什么？', '二问：《若干措施》何时开始施行？']);
    const [first, second] = interpretation.children!;
    assert.deepStrictEqual([first.range.start.line, first.range.end.line], [lineOf('一问：《若干措施》出台的背景是什么？'), lineOf('市发展改革委会同有关部门起草了《若干措施》。')]);
    assert.deepStrictEqual([second.range.start.line, second.range.end.line], [lineOf('二问：《若干措施》何时开始施行？'), lineOf('答：《若干措施》自2024年7月1日起施行，有效期至2026年12月31日。')]);
    assert.deepStrictEqual([first.selectionRange.start.character, first.selectionRange.end.character], [0, 3], 'the label');
    assert.ok(folds.some((f) => f.startLine === first.range.start.line && f.endLine === first.range.end.line), JSON.stringify(folds));
  });

  it('finds a document’s questions once per analysis, for the outline and the folding alike', () => {
    const text = [...notice, '《临江市促进民营经济高质量发展若干措施》政策解读', '', '一问：《若干措施》何时开始施行？', '', '答：自2024年7月1日起施行。', ''].join('\n');
    const issue = parseIssue(text);
    const d = issue.documents.find((x) => x.title.norm.endsWith('政策解读'))!;
    const questions = questionsOf(issue, d);
    assert.equal(questions.length, 1);
    assert.equal(questionsOf(issue, d), questions, 'kept, not found again');
    assert.notEqual(questionsOf(parseIssue(text), parseIssue(text).documents.at(-1)!), questions, 'another analysis finds its own');
  });

  it('reads 问： and a question the 答： under it answers', () => {
    const { interpretation } = outline(
      '关于《临江市促进民营经济高质量发展若干措施》的解读', '',
      '问：《临江市促进民营经济高质量发展若干措施》出台的依据是什么？', '', '答：依据国家和省有关规定制定。', '',
      '哪些企业可以申请研发投入补助？', '', '答：年度研发费用增长超过20%的民营企业。', '',
    );
    assert.deepStrictEqual(interpretation.children!.map((c) => c.name), ['问：《临江市促进民营经济高质量发展若干措施》出台的依据是什么？', '哪些企业可以申请研发投入补助？']);
  });

  it('puts the questions under the heading they are asked in', () => {
    const { interpretation } = outline(
      '关于《临江市促进民营经济高质量发展若干措施》的解读', '', '一、出台背景', '', '问：为什么要出台《若干措施》？', '', '答：为激发民营经济活力。', '',
      '二、主要内容', '', '问：《若干措施》何时施行？', '', '答：自2024年7月1日起施行。', '',
    );
    assert.deepStrictEqual(interpretation.children!.map((c) => [c.name, c.children!.map((q) => q.name)]), [
      ['一、出台背景', ['问：为什么要出台《若干措施》？']],
      ['二、主要内容', ['问：《若干措施》何时施行？']],
    ]);
  });

  it('makes no entry of a sentence ending in ？ that no 答： answers, nor of one in another document', () => {
    const { interpretation, symbols } = outline(
      '《临江市促进民营经济高质量发展若干措施》政策解读', '',
      '民营企业为什么是高质量发展的生力军？因为它们贡献了大部分税收和就业。', '', '《若干措施》从五个方面提出了20条措施。', '',
      '如何落实好这些措施？', '', '各部门要细化配套政策。', '',
    );
    assert.deepStrictEqual(interpretation.children, []);
    const noticeSymbol = symbols.find((s) => s.detail === '临政办发〔2024〕21号')!;
    assert.ok(!JSON.stringify(noticeSymbol).includes('怎么办'));
  });
});

describe('features: outline of another piece in questions and answers (政策问答)', () => {
  const toc = [
    '临江市人民政府公报', '', '2024年第6期（总第198期）', '', '目　录', '', '【市政府办公室文件】', '',
    '临江市人民政府办公室关于印发临江市促进民营经济高质量发展若干措施的通知（临政办发〔2024〕21号）……………（2）', '',
    '【政策问答】', '', '《临江市促进民营经济高质量发展若干措施》政策问答……………（6）', '',
    '临江市人民政府办公室关于印发临江市促进民营经济高质量发展若干措施的通知', '', '临政办发〔2024〕21号', '', '各区、县（市）人民政府，市政府各部门：', '',
    '《临江市促进民营经济高质量发展若干措施》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。', '',
    '临江市人民政府办公室', '', '2024年6月5日', '', '临江市促进民营经济高质量发展若干措施', '', '一、优化市场准入环境', '', '（一）全面落实市场准入负面清单制度。', '',
    '《临江市促进民营经济高质量发展若干措施》政策问答', '',
  ];
  // A piece the parser does not take for a 政策解读 (its title no 解读, 问答 or 答记者问).
  const OTHER = '临江市民营企业诉求解答汇编';
  const piece = (...paragraphs: string[]) => {
    const text = [...toc, ...paragraphs.flatMap((p) => [p, ''])].join('\n').replaceAll('《临江市促进民营经济高质量发展若干措施》政策问答', OTHER);
    return issueSymbols(parseIssue(text), new LineIndex(text)).find((s) => s.name === OTHER)!;
  };

  it('shows the questions of a piece whose 问： and 答： alternate strictly', () => {
    const qa = piece('问：《若干措施》出台的背景是什么？', '答：为激发民营经济活力。', '问：《若干措施》何时施行？', '答：自2024年7月1日起施行。', '（市发展改革委供稿）');
    assert.deepStrictEqual(qa.children!.map((c) => c.name), ['问：《若干措施》出台的背景是什么？', '问：《若干措施》何时施行？']);
  });

  it('shows a piece the 目录 does not list under its own title, under a 【政策解读】 section line', () => {
    const lines = toc.filter((l) => !l.includes('政策问答……') && l !== '【政策问答】');
    const text = [...lines.slice(0, -2), '【政策解读】', '', ...lines.slice(-2), '问：《若干措施》出台的背景是什么？', '', '答：为激发民营经济活力。', '', '问：《若干措施》何时施行？', '', '答：自2024年7月1日起施行。', ''].join('\n');
    const symbols = issueSymbols(parseIssue(text), new LineIndex(text));
    const qa = symbols.find((s) => s.detail === '政策解读');
    assert.strictEqual(qa?.name, '《临江市促进民营经济高质量发展若干措施》政策问答');
    assert.deepStrictEqual(qa.children!.map((c) => c.name), ['问：《若干措施》出台的背景是什么？', '问：《若干措施》何时施行？']);
  });

  it('shows none where a 问： is not answered right under it, or a single one', () => {
    assert.deepStrictEqual(piece('问：《若干措施》出台的背景是什么？', '各部门要抓好落实。', '答：为激发民营经济活力。', '问：《若干措施》何时施行？', '答：自2024年7月1日起施行。').children, []);
    assert.deepStrictEqual(piece('问：《若干措施》何时施行？', '答：自2024年7月1日起施行。').children, []);
  });
});

describe('features: a decree\'s number after a citation', () => {
  const text = [
    '某市人民政府令', '', '第20号', '', '《某市停车场管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年5月1日起施行。', '', '市长　张三', '', '2024年3月1日', '',
    '某市停车场管理办法', '', '第一条　为了加强停车场管理，制定本办法。', '', '第二条　本办法自2024年5月1日起施行。', '',
    '某市人民政府办公室关于做好停车场建设工作的通知', '', '某政办发〔2024〕8号', '', '各区人民政府，市政府各部门：', '',
    '为贯彻《某市停车场管理办法》（市政府令第20号）和《某市道路交通安全条例》（市政府令第7号），现就有关事项通知如下。', '',
    '某市人民政府办公室', '', '2024年4月1日', '',
  ].join('\n');
  const { cache, workspace } = cacheWith(allRules);
  const doc = TextDocument.create('file:///tmp/decree-cited.gazette', 'gazette', 1, text);
  const at = (needle: string) => doc.positionAt(text.indexOf(needle) + 1);

  it('goes from 市政府令第20号 to decree 20, and nowhere from a decree the issue does not print', () => {
    const definition = new DefinitionProvider(cache, workspace);
    const [decree] = definition.provide(doc, at('政府令第20号）和'));
    assert.strictEqual(decree?.range.start.line, 0);
    assert.deepStrictEqual(definition.provide(doc, at('政府令第7号')), []);
  });

  it('shows the decree and the rules it promulgates on hover', () => {
    const hover = new HoverProvider(cache, workspace).provide(doc, at('政府令第20号）和'));
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /某市人民政府令第20号/);
    assert.match(value, /公布：《某市停车场管理办法》/);
    assert.strictEqual(hover?.range?.start.character, text.split('\n')[22].indexOf('市政府令第20号'));
    const missing = new HoverProvider(cache, workspace).provide(doc, at('政府令第7号'));
    assert.match((missing?.contents as { value: string }).value, /本期没有刊登这一政府令/);
  });
});

describe('features: hover on a unit of a task table', () => {
  it('names each task by its 序号 and its words, not by the whole row', () => {
    const text = [
      '某市人民政府办公室关于印发某市停车设施建设实施方案的通知', '', '某政办发〔2024〕8号', '', '各区人民政府，市政府各部门：', '', '现将《某市停车设施建设实施方案》印发给你们，请认真贯彻执行。', '',
      '某市人民政府办公室', '', '2024年4月1日', '', '某市停车设施建设实施方案', '', '一、重点任务', '',
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 |', '|---|---|---|---|', '| 1 | 新建公共停车位5000个 | 市住建局 | 市自然资源局 |', '| 2 | 推进错时共享停车 | 市公安局 | 市住建局 |', '',
    ].join('\n');
    const { cache, workspace } = cacheWith(allRules);
    const doc = TextDocument.create('file:///tmp/pipe.md', 'gazette', 1, text);
    const hover = new HoverProvider(cache, workspace).provide(doc, doc.positionAt(text.indexOf('市住建局') + 1));
    const lines = (hover?.contents as { value: string }).value.split('\n').filter((l) => l.startsWith('- '));
    assert.deepStrictEqual(lines, ['- 第 19 行 1 新建公共停车位5000个（牵头）', '- 第 20 行 2 推进错时共享停车（配合）']);
  });
});

describe('features: the last heading of a document', () => {
  const text = [
    '某市人民政府办公室关于做好停车场建设工作的通知', '', '某政办发〔2024〕8号', '', '各区人民政府，市政府各部门：', '', '一、加快建设', '', '各区要加快建设公共停车场。', '',
    '二、加强管理', '', '各区要加强停车场管理。', '', '附件：某市停车场建设计划表', '', '某市人民政府办公室', '', '2024年4月1日', '', '抄送：市委办公室，市人大常委会办公室。', '',
    '附件', '', '某市停车场建设计划表', '', '一、2024年计划', '', '新建停车位5000个。', '', '抄送：市委各部门。', '',
  ].join('\n');
  const lineOf = (needle: string) => text.split('\n').indexOf(needle);

  it('ends in the outline and in folding at its last line, not over the 附件说明, 落款 or 版记', () => {
    const [notice] = issueSymbols(parseIssue(text), new LineIndex(text));
    const second = notice.children!.find((c) => c.name === '二、加强管理')!;
    assert.deepStrictEqual([second.range.start.line, second.range.end.line], [lineOf('二、加强管理'), lineOf('各区要加强停车场管理。')]);
    const plan = notice.children!.find((c) => c.name.startsWith('附件'))!;
    assert.strictEqual(plan.children![0].range.end.line, lineOf('新建停车位5000个。'));
    const { cache } = cacheWith(allRules);
    const folds = new FoldingProvider(cache).provide(TextDocument.create('file:///tmp/closing.gazette', 'gazette', 1, text));
    assert.ok(folds.some((f) => f.startLine === lineOf('二、加强管理') && f.endLine === lineOf('各区要加强停车场管理。')), JSON.stringify(folds));
  });
});

describe('features: the preferred quick fix', () => {
  it('is one fix: the finding’s at the cursor, else the narrowest the range touches', () => {
    const text = ['某市人民政府关于做好停车场建设工作的通知', '', '某政发[2024]8号', '', '各区人民政府，市政府各部门：', '', '根据《某市停车场管理办法》（某政发[2023]5号），现通知如下。', '', '某市人民政府', '', '2024年4月1日', ''].join('\n');
    const findings = lintIssue(parseIssue(text));
    const cited = text.indexOf('[2023]');
    const [own, citation] = findings.filter((f) => f.ruleId === 'doc-number/format');
    assert.strictEqual(citation.range.start, cited);
    assert.strictEqual(preferredFix(findings, cited + 2, cited + 2), citation);
    assert.strictEqual(preferredFix(findings, 0, text.length), own, 'no finding at the cursor: the narrowest, the first of equals');
    assert.strictEqual(preferredFix(findings, 0, 3), undefined);
  });
});

describe('features: document highlights', () => {
  const text = [
    '目　录', '', '某市人民政府办公室关于做好停车场建设工作的通知（某政办发〔2024〕8号）……（1）', '',
    '某市人民政府办公室关于做好停车场建设工作的通知', '', '某政办发〔2024〕8号', '', '各区人民政府，市政府各部门：', '',
    '一、加快建设公共停车场，具体见附件1。（责任单位：市住建局、市财政局）', '', '二、推进错时共享停车。（牵头单位：市公安局；配合单位：市住建局）', '',
    '附件：1．某市停车场建设计划表', '　　　2．某市停车场建设资金表', '', '某市人民政府办公室', '', '2024年4月1日', '', '附件1', '', '某市停车场建设计划表', '', '新建停车位5000个。', '', '附件2', '', '某市停车场建设资金表', '', '资金5000万元。', '',
    '某市人民政府关于推进智慧停车的通知', '', '某政发〔2024〕9号', '', '各区人民政府：', '', '按照《某市人民政府办公室关于做好停车场建设工作的通知》（某政办发〔2024〕8号）要求，现通知如下。', '', '某市人民政府', '', '2024年4月8日', '',
  ].join('\n');
  const { cache, workspace } = cacheWith(allRules);
  const doc = TextDocument.create('file:///tmp/highlights.gazette', 'gazette', 1, text);
  const provider = new DocumentHighlightsProvider(cache, workspace);
  const shown = (needle: string, nth = 0) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
    return provider.provide(doc, doc.positionAt(at + 1)).map((h) => `${h.range.start.line}:${text.split('\n')[h.range.start.line].slice(h.range.start.character, h.range.end.character)}:${h.kind}`);
  };

  it('shows a document’s number and titles everywhere in the file, its own title and number as writes', () => {
    const number = shown('某政办发〔2024〕8号', 1);
    assert.deepStrictEqual(number, [
      '2:某市人民政府办公室关于做好停车场建设工作的通知:2', '2:某政办发〔2024〕8号:2', '4:某市人民政府办公室关于做好停车场建设工作的通知:3', '6:某政办发〔2024〕8号:3',
      '39:某市人民政府办公室关于做好停车场建设工作的通知:2', '39:某政办发〔2024〕8号:2',
    ]);
    assert.deepStrictEqual(shown('某市人民政府办公室关于做好停车场建设工作的通知》'), number, 'the same from a citation of it');
  });

  it('shows a unit in every annotation, and an attachment’s number in 见附件N, the 附件说明 and its label', () => {
    assert.deepStrictEqual(shown('市住建局'), ['10:市住建局:2', '12:市住建局:2']);
    assert.deepStrictEqual(shown('附件1。'), ['10:见附件1:2', '14:1:2', '21:附件1:3']);
  });
});

describe('features: what other open files see of one', () => {
  const text = [
    '某市人民政府办公室关于做好停车场建设工作的通知', '', '某政办发〔2024〕8号', '', '各区人民政府，市政府各部门：', '',
    '一、加快建设公共停车场。（责任单位：市住建局、市财政局）', '', '二、推进错时共享停车。（责任单位：市公安局）', '', '某市人民政府办公室', '', '2024年4月1日', '',
  ].join('\n');
  const signature = (t: string) => crossFileSignature(parseIssue(t));

  it('stays the same while typing within a line, so other files are not checked again', () => {
    assert.strictEqual(signature(text.replace('各区人民政府', '各区县人民政府')), signature(text));
    assert.strictEqual(signature(text.replace('市财政局）', '市财政局）。')), signature(text), 'after the last unit of its line');
  });

  it('changes when a character typed before a unit on its line moves the link to it', () => {
    assert.notStrictEqual(signature(text.replace('加快建设', '加快推进建设')), signature(text));
  });

  it('changes when a line above a document is added (links into it move) or a unit is written once more', () => {
    assert.notStrictEqual(signature(`\n${text}`), signature(text));
    assert.notStrictEqual(signature(text.replace('（责任单位：市公安局）', '（责任单位：市公安局、市住建局）')), signature(text));
  });
});

describe('features: notes under 注释： and their markers', () => {
  const text = [
    '某市人民政府关于推进未来社区建设的实施意见', '', '某政发〔2024〕18号', '', '各区人民政府，市政府各部门：', '',
    '　　为贯彻省委、省政府关于未来社区建设的决策部署①，现提出如下意见。以“三化九场景”②为引领，整体推进社区建设，落实决策部署①。', '',
    '　　注释：', '', '　　①《浙江省人民政府办公厅关于全域推进未来社区建设的指导意见》', '（浙政办发〔2023〕4号）。', '',
    '　　②“三化九场景”：“三化”指人本化、生态化、数字化。', '', '某市人民政府', '', '2024年7月30日', '',
  ].join('\n');
  const { cache, workspace } = cacheWith(allRules);
  const doc = TextDocument.create('file:///tmp/notes.gazette', 'gazette', 1, text);
  const markerAt = (k: number) => {
    let at = -1;
    for (let n = 0; n <= k; n++) at = text.indexOf('部署①', at + 1);
    return at + 2;
  };
  const note = text.indexOf('　①《') + 1;
  const offsets = (ranges: { start: { line: number; character: number } }[]) => ranges.map((r) => doc.offsetAt(r.start));

  it('goes from a marker to its note, over the lines it runs on to, and from the note to its markers', () => {
    const [target] = new DefinitionProvider(cache, workspace).provide(doc, doc.positionAt(markerAt(0)));
    assert.equal(doc.offsetAt(target.range.start), note);
    assert.equal(doc.offsetAt(target.range.end), text.indexOf('4号）。') + 4, 'to the end of the line the note runs on to');
    const back = new DefinitionProvider(cache, workspace).provide(doc, doc.positionAt(note));
    assert.deepStrictEqual(offsets(back.map((l) => l.range)), [markerAt(0), markerAt(1)]);
  });

  it('finds the markers of a note, highlights them with it and shows the note on hover', () => {
    const refs = new ReferencesProvider(cache, workspace).provide(doc, doc.positionAt(markerAt(1)), true);
    assert.deepStrictEqual(offsets(refs.map((l) => l.range)), [markerAt(0), markerAt(1), note]);
    assert.equal(new ReferencesProvider(cache, workspace).provide(doc, doc.positionAt(markerAt(1)), false).length, 2);
    const highlights = new DocumentHighlightsProvider(cache, workspace).provide(doc, doc.positionAt(text.indexOf('场景”②') + 3));
    assert.deepStrictEqual(offsets(highlights.map((h) => h.range)), [text.indexOf('场景”②') + 3, text.indexOf('　②“') + 1]);
    const hover = new HoverProvider(cache, workspace).provide(doc, doc.positionAt(markerAt(0)))!;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /浙江省人民政府办公厅关于全域推进未来社区建设的指导意见》（浙政办发〔2023〕4号）。/);
    assert.match(value, /正文中标记2处/);
  });

  it('takes a circled number that labels an item for no marker', () => {
    const items = text.replace('现提出如下意见。', '现提出如下意见：\n①推进旧改；\n②推进新建。\n');
    const d = TextDocument.create('file:///tmp/items.gazette', 'gazette', 1, items);
    assert.deepStrictEqual(new DefinitionProvider(cache, workspace).provide(d, d.positionAt(items.indexOf('①推进'))), []);
  });
});

describe('features: expand selection', () => {
  const text = [
    '某市人民政府关于印发某市数字经济发展实施方案的通知', '', '某政发〔2024〕8号', '', '各区人民政府，市政府各部门：', '',
    '现将《某市数字经济发展实施方案》印发给你们，请认真贯彻执行。', '', '某市人民政府', '', '2024年5月6日', '',
    '某市数字经济发展实施方案', '', '一、重点任务', '', '（一）推进产业数字化转型。', '',
    '1．实施制造业数字化改造。每年完成数字化改造项目50个。（牵头单位：市经信局；配合单位：市发改委、', '市财政局）', '',
    '2．发展智慧农业。建设数字农业工厂10家。（牵头单位：市农业农村局）', '',
    '二、保障措施', '', '加强组织领导，落实“一把手”责任。', '',
  ].join('\n');
  const { cache } = cacheWith(allRules);
  const doc = TextDocument.create('file:///tmp/select.gazette', 'gazette', 1, text);
  const provider = new SelectionRangesProvider(cache);
  /** The text of each range from the innermost out, for a position given as a string it sits in. */
  const chain = (inside: string, k = 1) => {
    const offset = text.indexOf(inside) + k;
    let r: SelectionRange | undefined = provider.provide(doc, [doc.positionAt(offset)])[0];
    const out: string[] = [];
    for (; r; r = r.parent) out.push(text.slice(doc.offsetAt(r.range.start), doc.offsetAt(r.range.end)));
    return out;
  };

  it('grows from a unit in an annotation wrapped over two lines to its brackets, sentence, item, heading blocks, document and issue', () => {
    const got = chain('市财政局');
    const item = '1．实施制造业数字化改造。每年完成数字化改造项目50个。（牵头单位：市经信局；配合单位：市发改委、\n市财政局）';
    // The ； inside the brackets ends no sentence: the sentence is the annotation, then the item.
    assert.deepStrictEqual(got.slice(0, 3), ['牵头单位：市经信局；配合单位：市发改委、\n市财政局', '（牵头单位：市经信局；配合单位：市发改委、\n市财政局）', item]);
    // Then the item's heading block, (一)'s, 一、's, the plan, the issue: each holds the one before.
    assert.ok(got.some((s) => s.startsWith('（一）推进产业数字化转型。') && s.endsWith('（牵头单位：市农业农村局）')));
    assert.ok(got.some((s) => s.startsWith('一、重点任务') && s.endsWith('（牵头单位：市农业农村局）')));
    assert.strictEqual(got[got.length - 1], text.trimEnd());
    for (let k = 1; k < got.length; k++) assert.ok(got[k].includes(got[k - 1]) && got[k].length > got[k - 1].length, got[k]);
  });

  it('selects a sentence inside a paragraph, then the paragraph', () => {
    const got = chain('每年完成');
    assert.deepStrictEqual(got.slice(0, 2), ['每年完成数字化改造项目50个。', '1．实施制造业数字化改造。每年完成数字化改造项目50个。（牵头单位：市经信局；配合单位：市发改委、\n市财政局）']);
  });

  it('selects a cited title inside its 《》, and a quoted phrase inside its quotes', () => {
    assert.deepStrictEqual(chain('数字经济发展实施方案》').slice(0, 2), ['某市数字经济发展实施方案', '《某市数字经济发展实施方案》']);
    assert.deepStrictEqual(chain('一把手').slice(0, 3), ['一把手', '“一把手”', '加强组织领导，落实“一把手”责任。']);
  });

  it('pairs nothing with a bracket left open, and answers at the very start and end of the text', () => {
    const open = '某市人民政府关于某事的通知\n\n某政发〔2024〕9号\n\n各区人民政府：\n\n请于月底前报送（责任单位：市财政局。\n\n某市人民政府\n\n2024年5月6日\n';
    const d = TextDocument.create('file:///tmp/open.gazette', 'gazette', 1, open);
    const first = provider.provide(d, [d.positionAt(open.indexOf('市财政局'))])[0];
    assert.strictEqual(d.getText(first.range), '请于月底前报送（责任单位：市财政局。');
    for (const offset of [0, open.length]) assert.ok(provider.provide(d, [d.positionAt(offset)])[0].range);
    // A closer of another kind pairs with nothing; an opener left open inside a pair closes with it.
    const mixed = open.replace('请于月底前报送（责任单位：市财政局。', '请于月底前报送（责任单位：市财政局》，另见《通知（2024年)》。');
    const m = TextDocument.create('file:///tmp/mixed.gazette', 'gazette', 1, mixed);
    const texts = (at: string) => {
      const out: string[] = [];
      for (let r: SelectionRange | undefined = provider.provide(m, [m.positionAt(mixed.indexOf(at))])[0]; r; r = r.parent) out.push(m.getText(r.range));
      return out.slice(0, 3);
    };
    assert.strictEqual(texts('财政局')[0], '请于月底前报送（责任单位：市财政局》，另见《通知（2024年)》。');
    assert.deepStrictEqual(texts('2024年'), ['通知（2024年)', '《通知（2024年)》', '请于月底前报送（责任单位：市财政局》，另见《通知（2024年)》。']);
    const empty = TextDocument.create('file:///tmp/empty.gazette', 'gazette', 1, '');
    assert.deepStrictEqual(provider.provide(empty, [{ line: 0, character: 0 }])[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  it('holds the position past the last line: a file ending in a line break, in blank lines, in CRLF', () => {
    const contains = (r: SelectionRange, p: { line: number; character: number }) =>
      (r.range.start.line < p.line || (r.range.start.line === p.line && r.range.start.character <= p.character)) &&
      (r.range.end.line > p.line || (r.range.end.line === p.line && r.range.end.character >= p.character));
    ['\n', '\n\n\n', '\r\n', '\r\n\r\n'].forEach((ending, k) => {
      const t = text.trimEnd().split('\n').join(ending.startsWith('\r') ? '\r\n' : '\n') + ending;
      const d = TextDocument.create(`file:///tmp/end${k}.gazette`, 'gazette', 1, t);
      for (const offset of [t.length, t.length - 1]) {
        const position = d.positionAt(offset);
        const first = provider.provide(d, [position])[0];
        assert.ok(contains(first, position), `${JSON.stringify(ending)} at ${offset}: ${JSON.stringify(first.range)}`);
      }
    });
  });

  it('answers every position of a messy text with ranges each holding the position and the range before it', () => {
    const messy = [
      '某市人民政府关于印发某市数字经济发展实施方案的通知', '', '某政发〔2024〕8号', '', '各区人民政府，市政府各部门：', '',
      '根据《关于印发〈某市数字经济促进条例〉实施细则的通知》（某政发〔2024〕3号）要求，推进“一件事一次办”（含“企业开办”“项目审批”等）改革。',
      '', '1．实施改造（牵头单位：市经信局；配合单位：市发改委、', '市财政局。2．发展智慧农业》）建设（数字农业工厂10家。', '',
      '3．落实“一把手”责任（市财政局牵头”。】】）)〕”’', '', '某市人民政府', '', '2024年5月6日', '', '',
    ].join('\r\n');
    const d = TextDocument.create('file:///tmp/messy.gazette', 'gazette', 1, messy);
    for (let offset = 0; offset <= messy.length; offset++) {
      if (messy[offset - 1] === '\r' && messy[offset] === '\n') continue; // no position falls inside a CRLF
      let inner: { start: number; end: number } = { start: offset, end: offset };
      for (let r: SelectionRange | undefined = provider.provide(d, [d.positionAt(offset)])[0]; r; r = r.parent) {
        const range = { start: d.offsetAt(r.range.start), end: d.offsetAt(r.range.end) };
        assert.ok(range.start <= inner.start && range.end >= inner.end, `at ${offset}: ${JSON.stringify(range)} around ${JSON.stringify(inner)}`);
        inner = range;
      }
    }
  });
});
