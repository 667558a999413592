// VS Code client: starts the gazette language server and adds the few things only the editor can do.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

/** The server starts with the first gazette (plain-text activation alone does not start it). */
function start(): Promise<void> {
  return (starting ??= client!.start());
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'gazette' },
      { scheme: 'untitled', language: 'gazette' },
      { scheme: 'file', pattern: '**/.gazettelintrc.json' },
    ],
    outputChannelName: 'Gazette Lint',
  };
  client = new LanguageClient('gazette', 'Gazette Lint', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('gazette.problems', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Gazette problems';
  status.command = 'workbench.actions.view.problems';
  const updateStatus = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'gazette') return status.hide();
    const count = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'gazette-lint').length;
    status.text = count ? `$(warning) 公报 ${count}` : '$(check) 公报';
    status.tooltip = `${count} 个公报问题 (${count} gazette problem${count === 1 ? '' : 's'})`;
    status.show();
  };

  context.subscriptions.push(
    status,
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      treatIfMatching(doc);
      if (doc.languageId === 'gazette') void start();
    }),
    vscode.commands.registerCommand('gazette.treatAsGazette', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && doc.languageId !== 'gazette') await vscode.languages.setTextDocumentLanguage(doc, 'gazette');
    }),
    vscode.commands.registerCommand('gazette.checkWorkspace', async () => {
      await start();
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: '正在检查工作区 (checking the workspace)…' },
        () => client!.sendRequest<{ files: number; problems: number }>('gazette/checkWorkspace'),
      );
      vscode.window.showInformationMessage(`已检查 ${result.files} 个文件，发现 ${result.problems} 个问题 (checked ${result.files} files, ${result.problems} problems)`);
      await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    }),
    vscode.commands.registerCommand('gazette.showRuleDocumentation', showRuleDocumentation),
    vscode.commands.registerCommand('gazette.restartServer', () => (starting ? client!.restart() : start())),
  );
  vscode.workspace.textDocuments.forEach(treatIfMatching);
  const hasGazettes = (await vscode.workspace.findFiles('**/*.{gazette,gzt}', '**/node_modules/**', 1)).length > 0;
  if (hasGazettes || vscode.workspace.textDocuments.some((d) => d.languageId === 'gazette')) await start();
  updateStatus();
}

/** Files matching gazette.filePatterns (.txt/.md drafts) open as gazettes. */
function treatIfMatching(doc: vscode.TextDocument): void {
  if (doc.languageId === 'gazette' || doc.uri.scheme !== 'file') return;
  const patterns = vscode.workspace.getConfiguration('gazette', doc.uri).get<string[]>('filePatterns') ?? [];
  const matches = patterns.some((p) => vscode.languages.match({ pattern: p.includes('/') ? p : `**/${p}` }, doc) > 0);
  if (matches) void vscode.languages.setTextDocumentLanguage(doc, 'gazette');
}

interface RuleInfo {
  id: string;
  description: string;
  docUrl: string;
}

/** Opens a rule's page: the one given, else the rule of a problem under the cursor, else a pick. */
async function showRuleDocumentation(ruleId?: string): Promise<void> {
  await start();
  const rules = await client!.sendRequest<RuleInfo[]>('gazette/rules');
  const editor = vscode.window.activeTextEditor;
  const here = editor
    ? vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'gazette-lint' && d.range.contains(editor.selection.active))
    : undefined;
  let rule = rules.find((r) => r.id === (ruleId ?? (typeof here?.code === 'string' ? here.code : undefined)));
  if (!rule) {
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, detail: r.description, rule: r })),
      { placeHolder: '选择规则 (choose a rule)', matchOnDetail: true },
    );
    rule = picked?.rule;
  }
  if (rule) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.parse(rule.docUrl));
}

export function deactivate(): Thenable<void> | undefined {
  return starting ? client?.stop() : undefined;
}
