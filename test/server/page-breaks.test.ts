// Outline and folding around a page break: the page number and running header a PDF extraction keeps
// between two pages belong to no heading and no document.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver';
import { allRules, parseIssue } from '../../server/src/engine';
import { AnalysisCache } from '../../server/src/features/analysis';
import { DocumentSymbolsProvider } from '../../server/src/features/documentSymbols';
import { FoldingProvider } from '../../server/src/features/folding';
import { WorkspaceFiles } from '../../server/src/features/workspaceFiles';

const text = [
  '某市人民政府关于进一步加强耕地保护工作的意见', '', '某政发〔2024〕32号', '', '各区、县（市）人民政府，市政府各部门：', '',
  '一、严格落实耕地保护责任', '', '（一）全面落实耕地保护党政同责。各级党委和政府对本行政区域内耕地保有量负总责。', '',
  '— 4 —', '', '某市人民政府公报　　　　　　　　　　　　　　　2024年第8期', '',
  '（二）严格耕地保护目标考核。将耕地保护目标任务纳入综合考核。', '',
  '二、强化监督执法', '', '加强耕地保护动态监测，对违法占用耕地行为早发现、早制止、严查处。', '',
  '某市人民政府', '', '2024年8月9日', '', '（此件公开发布）', '',
  '— 5 —', '', '某市人民政府公报　　　　　　　　　　　　　　　2024年第8期', '',
  '某市人民政府办公室关于做好秋冬季森林防灭火工作的通知', '', '某政办发〔2024〕40号', '', '各区、县（市）人民政府：', '',
  '一、压紧压实防火责任。严格落实地方行政首长负责制。', '', '二、强化火源管控。严禁野外用火。', '',
  '某市人民政府办公室', '', '2024年8月14日', '',
].join('\n');
const lines = text.split('\n');
const lineOf = (needle: string) => lines.findIndex((l) => l.startsWith(needle));

function analysed() {
  const workspace = new WorkspaceFiles(parseIssue);
  const cache = new AnalysisCache(workspace, () => {}, () => {}, allRules);
  const doc = TextDocument.create('file:///tmp/page-breaks.gazette', 'gazette', 1, text);
  return { doc, symbols: new DocumentSymbolsProvider(cache), folding: new FoldingProvider(cache) };
}

describe('page breaks in the outline and in folding', () => {
  const { doc, symbols, folding } = analysed();
  const outline = symbols.provide(doc);
  const all: DocumentSymbol[] = [];
  const walk = (list: DocumentSymbol[]) => list.forEach((s) => (all.push(s), walk(s.children ?? [])));
  walk(outline);
  const named = (prefix: string) => all.find((s) => s.name.startsWith(prefix))!;
  const folds = folding.provide(doc);
  const foldAt = (line: number) => folds.find((f) => f.startLine === line);

  it('ends a document before the page number and running header after its last line', () => {
    assert.strictEqual(named('某市人民政府关于进一步加强').range.end.line, lineOf('（此件公开发布）'));
    assert.strictEqual(foldAt(0)?.endLine, lineOf('（此件公开发布）'));
  });

  it('ends a heading cut by a page break at its last line', () => {
    const item = named('（一）全面落实');
    assert.strictEqual(item.range.end.line, lineOf('（一）全面落实'));
    assert.ok(!foldAt(lineOf('（一）全面落实')), 'a one-line item has no fold');
  });

  it('keeps a heading whose block goes on over a page break whole', () => {
    const section = named('一、严格落实');
    assert.strictEqual(section.range.end.line, lineOf('（二）严格耕地'));
    assert.strictEqual(foldAt(lineOf('一、严格落实'))?.endLine, lineOf('（二）严格耕地'));
  });

  it('ends the last document at its last line', () => {
    assert.strictEqual(named('某市人民政府办公室关于做好').range.end.line, lineOf('2024年8月14日'));
  });
});
