// Runs inside the extension host with the real vscode API, on the e2e fixture workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'gazette-tools.gazette-lint';
const FILE = 'jiaxing-2019-07-excerpt.gazette';

function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Runs a provider command until its answer passes a check. The workbench cancels a provider request
 * in flight when the set of providers for the file changes, as when another extension activates
 * (VS Code starts language extensions lazily, e.g. for a settings file it opens): the answer is then
 * "Canceled" or empty, and an editor simply asks again. Other errors are thrown. After the timeout the
 * last answer is returned, for the caller's assertion to report.
 */
async function ask<T>(run: () => Thenable<T>, ok: (answer: T) => unknown, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    let answer: T | undefined;
    let canceled = false;
    try {
      answer = await run();
    } catch (e) {
      if ((e as { name?: unknown } | undefined)?.name !== 'Canceled') throw e;
      canceled = true;
    }
    if (!canceled && ok(answer as T)) return answer as T;
    if (Date.now() > end) {
      if (canceled) throw new Error(`still canceled after ${timeoutMs} ms`);
      return answer as T;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The position of the n-th occurrence of a string (plus an offset into it). */
function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `“${needle}” occurs ${nth + 1} time(s)`);
  }
  return doc.positionAt(at + delta);
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

describe('gazette-lint in the extension host', function () {
  let doc: vscode.TextDocument;

  before(async function () {
    doc = await vscode.workspace.openTextDocument(fileUri(FILE));
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives .gazette files the gazette language and activates the extension', async () => {
    assert.equal(doc.languageId, 'gazette');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await until('activation', () => ext.isActive);
  });

  it('publishes diagnostics with rule codes and exact ranges', async () => {
    const diagnostics = await until('diagnostics', () => {
      const list = vscode.languages.getDiagnostics(doc.uri);
      return list.length ? list : undefined;
    });
    const line = positionOf(doc, '嘉政办发[2019]33号').line;
    const number = diagnostics.find((d) => codeOf(d) === 'doc-number/format' && d.range.start.line === line);
    assert.ok(number, `a doc-number/format diagnostic on line ${line + 1} among ${diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`).join(', ')}`);
    assert.equal(doc.getText(number.range), '[2019]');
    const expected: [string, string][] = [
      ['numbering/sequence', '(四)建立问题建议清单'],
      ['cross-reference/attachments', '见附件 5'],
      ['responsible-unit/brackets', '嘉兴港区负责]'],
    ];
    for (const [code, text] of expected) {
      const at = positionOf(doc, text).line;
      assert.ok(
        diagnostics.some((d) => codeOf(d) === code && d.range.start.line === at),
        `${code} on line ${at + 1}`,
      );
    }
    assert.equal(number.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(number.source, 'gazette-lint');
    for (const d of diagnostics) {
      assert.match(codeOf(d) ?? '', /^[a-z-]+\/[a-z0-9-]+$/, `rule id as code: ${d.message}`);
      assert.ok(!d.range.isEmpty || d.range.start.character === 0, `non-empty range for ${codeOf(d)}`);
    }
  });

  it('lists the TOC, the documents and their headings as document symbols', async () => {
    const symbols = await ask(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => s?.length);
    assert.ok(symbols?.length, 'symbols');
    const all = flatten(symbols);
    const names = all.map((s) => s.name);
    assert.ok(names.includes('目录'), `目录 in ${names.join(' | ')}`);
    assert.ok(names.some((n) => n.includes('市政府办公室文件')), 'the TOC section');
    const docs = symbols.filter((s) => s.kind === vscode.SymbolKind.File);
    assert.deepEqual(
      docs.map((s) => s.name),
      ['嘉兴市人民政府办公室关于支持全市农信机构高质量发展的意见', '嘉兴市人民政府办公室关于印发 2019年嘉兴市食品安全工作要点的通知'],
    );
    const first = flatten(docs[0].children).map((s) => s.name);
    assert.ok(first.some((n) => n.startsWith('一、明确目标任务')), `headings of the first document: ${first.join(' | ')}`);
    assert.ok(first.some((n) => n.startsWith('(四)建立问题建议清单')), 'a (四) heading');
    assert.equal(doc.getText(docs[0].selectionRange), '嘉兴市人民政府办公室关于支持全市农信机构高质量发展的意见');
  });

  it('goes from a TOC entry to the document', async () => {
    const toc = positionOf(doc, '嘉兴市人民政府办公室关于支持全市农信机构', 4);
    const locations = await ask(() => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, toc), (l) => l?.length);
    assert.equal(locations?.length, 1, 'one definition');
    const loc = locations[0];
    const range = 'targetRange' in loc ? (loc.targetSelectionRange ?? loc.targetRange) : loc.range;
    const uri = 'targetUri' in loc ? loc.targetUri : loc.uri;
    assert.equal(uri.toString(), doc.uri.toString());
    const title = positionOf(doc, '嘉兴市人民政府办公室关于支持全市农信机构', 0, 1);
    assert.equal(range.start.line, title.line, 'lands on the document title line');
  });

  it('offers a quick fix that changes exactly the defective text', async () => {
    const line = positionOf(doc, '嘉政办发[2019]33号').line;
    const diagnostic = vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'doc-number/format' && d.range.start.line === line)!;
    assert.ok(diagnostic);
    const isFix = (a: vscode.CodeAction) => a.title.includes('〔2019〕') && a.kind?.value === vscode.CodeActionKind.QuickFix.value;
    const actions = await ask(() => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value), (a) => a?.some(isFix));
    const fix = actions.find(isFix);
    assert.ok(fix?.edit, `the 〔2019〕 fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = doc.getText();
    assert.equal(doc.lineAt(line).text, '嘉政办发〔2019〕33号');
    assert.equal(after, before.replace('嘉政办发[2019]33号', '嘉政办发〔2019〕33号'), 'nothing else changed');
    await until('the diagnostic to go away', () =>
      !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'doc-number/format' && d.range.start.line === line),
    );
  });

  it('renames a document number everywhere it occurs', async () => {
    const at = positionOf(doc, '嘉政办发〔2019〕34号', 3);
    const edit = await ask(() => vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, '嘉政办发〔2019〕36号'), (e) => e?.size);
    const edits = edit.get(doc.uri);
    assert.equal(edits.length, 3, 'TOC, document and 发文目录');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = doc.getText();
    assert.ok(!/嘉政办发〔2019〕34\s*号/.test(text), 'no 34号 left');
    assert.equal(text.match(/嘉政办发〔2019〕36号/g)?.length, 3);
  });

  it('completes the next heading label on an empty line', async () => {
    const heading = positionOf(doc, '(二)做好总结提升');
    const empty = new vscode.Position(heading.line + 1, 0);
    assert.equal(doc.lineAt(empty.line).text, '');
    const list = await ask(() => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, empty), (l) => l?.items.length);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('(三)'), `(三) among ${labels.slice(0, 20).join(' ')}`);
  });
});
