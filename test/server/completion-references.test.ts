// Completion of references: titles to cite after 《, attachment numbers after 附件.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem } from 'vscode-languageserver';
import { allRules, parseIssue } from '../../server/src/engine';
import { AnalysisCache } from '../../server/src/features/analysis';
import { CompletionProvider } from '../../server/src/features/completion';
import { ConfigurationService } from '../../server/src/features/settings';
import { WorkspaceFiles } from '../../server/src/features/workspaceFiles';

const ISSUE = [
  '某市人民政府办公室关于印发某市公共数据授权运营管理办法的通知', '', '某政办发〔2024〕41号', '', '各区人民政府，市政府各部门：', '',
  '现将《某市公共数据授权运营管理办法》印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '', '2024年8月20日', '',
  '某市公共数据授权运营管理办法', '', '第一条　为规范公共数据授权运营，制定本办法。', '', '第二条　本办法自2024年9月1日起施行。', '',
  '某市人民政府办公室关于做好停车场建设工作的通知', '', '某政办发〔2024〕42号', '', '各区人民政府，市政府各部门：', '',
  '一、加快建设公共停车场，具体见附件1。', '', '二、落实建设资金，具体见附件2。', '', '三、做好数据共享。', '',
  '附件：1．某市停车场建设计划表', '　　　2．某市停车场建设资金表', '', '某市人民政府办公室', '', '2024年8月26日', '',
  '附件1', '', '某市停车场建设计划表', '', '新建停车位5000个。', '', '附件2', '', '某市停车场建设资金表', '', '资金5000万元。', '',
].join('\n');

async function complete(text: string, after: string, typed: string): Promise<CompletionItem[]> {
  const at = text.indexOf(after) + after.length;
  const edited = text.slice(0, at) + typed + text.slice(at);
  const workspace = new WorkspaceFiles(parseIssue);
  const cache = new AnalysisCache(workspace, () => {}, () => {}, allRules);
  const provider = new CompletionProvider(cache, workspace, new ConfigurationService(async () => ({})));
  const doc = TextDocument.create('file:///tmp/completion.gazette', 'gazette', 1, edited);
  return (await provider.provide(doc, doc.positionAt(at + typed.length))).items;
}

describe('completion: titles after 《', () => {
  it('offers the issue’s documents with their numbers, and the plans they issue, but not the document the cursor is in', async () => {
    const items = await complete(ISSUE, '三、做好数据共享。', '依据《');
    const inserted = items.map((i) => (i.textEdit as { newText: string }).newText);
    assert.ok(inserted.includes('某市人民政府办公室关于印发某市公共数据授权运营管理办法的通知》（某政办发〔2024〕41号）'), inserted.join('\n'));
    assert.ok(inserted.includes('某市公共数据授权运营管理办法》'), inserted.join('\n'));
    assert.ok(!items.some((i) => i.label === '某市人民政府办公室关于做好停车场建设工作的通知'));
  });

  it('replaces what was typed of the title', async () => {
    const items = await complete(ISSUE, '三、做好数据共享。', '依据《某市公共');
    const plan = items.find((i) => i.label === '某市公共数据授权运营管理办法')!;
    const edit = plan.textEdit as { range: { start: { character: number }; end: { character: number } } };
    assert.strictEqual(edit.range.end.character - edit.range.start.character, '某市公共'.length);
  });

  it('replaces the 》 the editor closed the 《 with, and gives no 发文字号 already written after it', async () => {
    const open = await complete(ISSUE.replace('三、做好数据共享。', '三、做好数据共享。依据《》。'), '三、做好数据共享。依据《', '');
    const notice = (list: CompletionItem[]) => list.find((i) => i.label === '某市人民政府办公室关于印发某市公共数据授权运营管理办法的通知')!;
    const edit = notice(open).textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
    assert.strictEqual(edit.range.end.character - edit.range.start.character, 1);
    assert.strictEqual(edit.newText, '某市人民政府办公室关于印发某市公共数据授权运营管理办法的通知》（某政办发〔2024〕41号）');
    const numbered = await complete(ISSUE.replace('三、做好数据共享。', '三、做好数据共享。依据《》（某政办发〔2024〕41号）。'), '三、做好数据共享。依据《', '');
    assert.strictEqual((notice(numbered).textEdit as { newText: string }).newText, '某市人民政府办公室关于印发某市公共数据授权运营管理办法的通知》');
  });

  it('offers no title once the citation is closed', async () => {
    const items = await complete(ISSUE, '三、做好数据共享。', '依据《某市公共数据授权运营管理办法》');
    assert.ok(!items.some((i) => i.label === '某市公共数据授权运营管理办法'));
  });
});

describe('completion: attachment numbers after 附件', () => {
  it('offers the attachments the document declares, with their titles', async () => {
    const items = await complete(ISSUE, '三、做好数据共享', '，名单见附件');
    assert.deepStrictEqual(items.map((i) => `${i.label} ${i.detail}`), ['1 附件1 某市停车场建设计划表', '2 附件2 某市停车场建设资金表']);
  });

  it('offers none in a document without numbered attachments', async () => {
    const items = await complete(ISSUE, '第二条　本办法自2024年9月1日起施行', '，见附件');
    assert.ok(!items.some((i) => i.detail?.startsWith('附件')));
  });
});
