// The gazette language server: capabilities and wiring; the features live in ./features.
import * as path from 'path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Connection,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from './version';
import { allRules, type Rule } from './engine';
import { SUPPRESSIONS_FILE } from './node';
import { AnalysisCache, boundHeap, safeParse } from './features/analysis';
import { CodeActionsProvider, FIX_ALL_KIND, SUPPRESS_COMMAND } from './features/codeActions';
import { CodeLensProvider } from './features/codeLens';
import { CompletionProvider, TRIGGER_CHARACTERS } from './features/completion';
import { CONFIG_FILE } from './features/configFile';
import { DefinitionProvider } from './features/definition';
import { DEFAULT_DEBOUNCE_MS, DiagnosticsProvider, readDebounce, ruleDocUrl, timingsReporter } from './features/diagnostics';
import { DocumentHighlightsProvider } from './features/documentHighlights';
import { DocumentLinksProvider } from './features/documentLinks';
import { DocumentSymbolsProvider } from './features/documentSymbols';
import { FoldingProvider } from './features/folding';
import { HoverProvider } from './features/hover';
import { ReferencesProvider } from './features/references';
import { RenameProvider } from './features/rename';
import { SelectionRangesProvider } from './features/selectionRanges';
import { deferred } from './features/deferred';
import { ConfigurationService } from './features/settings';
import { INDEX_WAIT_MS, uriToPath, WorkspaceFiles } from './features/workspaceFiles';
import { WorkspaceCheck } from './features/workspaceCheck';
import { WorkspaceSymbolsProvider } from './features/workspaceSymbols';

answerCommandLine(process.argv.slice(2));
const hasTransportArg = process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a));
// A person who typed the command sees why nothing happens.
if (!hasTransportArg && process.stdin.isTTY) process.stderr.write('gazette-language-server: waiting for a Language Server Protocol client on stdin (--help for usage)\n');
// Without a transport argument (started as a plain command), speak over stdio.
const connection: Connection = hasTransportArg ? createConnection() : createConnection(process.stdin, process.stdout);
// Each change is shown to the diagnostics before it is applied (see DiagnosticsProvider.edited).
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update: (document, changes, version) => {
    diagnostics.edited(document.uri, changes, version);
    return TextDocument.update(document, changes, version);
  },
});

const log = (message: string) => connection.console.log(message);
let canPullConfiguration = false;
let canRegisterConfiguration = false;
let canRegisterWatchers = false;
let canWatchFolders = false;
let canShowProgress = false;
let watchers: Disposable | undefined;
let watchedPatterns = '';
let pushedSettings: unknown = {};
let folders: string[] = [];
let initDebounce: number | undefined;

const workspace = new WorkspaceFiles((text) => safeParse(text, log), log);
const fetchSettings = async (scopeUri?: string): Promise<unknown> =>
  canPullConfiguration ? connection.workspace.getConfiguration({ scopeUri, section: 'gazette' }) : pushedSettings;
const configuration = new ConfigurationService(
  fetchSettings,
  (report) => {
    if (diagnostics.configFileLoaded(report)) {
      connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `${report.file}: ${report.problems.join('; ')}` });
    }
  },
);
const cache = new AnalysisCache(workspace, reportRuleError, log);
boundHeap();

function kindOf(doc: TextDocument): 'gazette' | 'config' | undefined {
  const file = uriToPath(doc.uri) ?? doc.uri;
  if (path.basename(file) === CONFIG_FILE) return 'config';
  if (doc.languageId === 'gazette' || workspace.isGazettePath(file)) return 'gazette';
  return undefined;
}

const diagnostics = new DiagnosticsProvider(documents, cache, configuration, workspace, kindOf, (p) => connection.sendDiagnostics(p), log);
// For measurements (scripts/bench.mjs): where the time of each validation went.
if (process.env.GAZETTE_LSP_TIMINGS) diagnostics.timings = timingsReporter((t) => void connection.sendNotification('gazette/timings', t));
const codeActions = new CodeActionsProvider(diagnostics, cache, configuration, workspace);
const symbols = new DocumentSymbolsProvider(cache);
const workspaceSymbols = new WorkspaceSymbolsProvider(workspace);
const folding = new FoldingProvider(cache);
const hover = new HoverProvider(cache, workspace);
const definition = new DefinitionProvider(cache, workspace);
const references = new ReferencesProvider(cache, workspace);
const highlights = new DocumentHighlightsProvider(cache, workspace);
const rename = new RenameProvider(cache);
const completion = new CompletionProvider(cache, workspace, configuration);
const codeLens = new CodeLensProvider(cache, configuration);
const links = new DocumentLinksProvider(cache);
const selections = new SelectionRangesProvider(cache);
const workspaceCheck = new WorkspaceCheck(documents, cache, configuration, workspace, (p) => connection.sendDiagnostics(p));

function reportRuleError(uri: string, rule: Rule, error: unknown): void {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  connection.console.error(`rule ${rule.id} failed on ${uri}: ${detail}`);
  connection.sendNotification(ShowMessageNotification.type, {
    type: MessageType.Error,
    message: `规则 ${rule.id} 出错，已在此文件中停用 (rule ${rule.id} failed and is disabled for this file): ${error instanceof Error ? error.message : String(error)}`,
  });
}

/** Runs a handler; a failure is logged and answered with the fallback, never thrown out. */
function guard<P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await fn(...args);
    } catch (e) {
      if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'number') throw e; // a deliberate ResponseError
      connection.console.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}

/** The open gazette document a request is about, if any. */
function gazette(uri: string): TextDocument | undefined {
  const doc = documents.get(uri);
  return doc && kindOf(doc) === 'gazette' ? doc : undefined;
}

/** Resolved once gazette.filePatterns is known: until then a plaintext file is neither in nor out. */
const patternsKnown = deferred();
const PATTERNS_WAIT_MS = 3000;

/**
 * gazette(uri) for a request: one that comes before the settings are read (VS Code asks for the outline
 * right after opening) waits for the file patterns that say whether a plaintext file is a gazette.
 */
async function gazetteFor(uri: string): Promise<TextDocument | undefined> {
  const doc = gazette(uri);
  if (doc || patternsKnown.settled || !documents.get(uri)) return doc;
  await Promise.race([patternsKnown.promise, new Promise((r) => setTimeout(r, PATTERNS_WAIT_MS))]);
  return gazette(uri);
}

/** Resolved when the first scan of the workspace is over (or failed). */
const firstScan = deferred();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  canPullConfiguration = !!caps.workspace?.configuration;
  diagnostics.setVersionedClient(!!caps.textDocument?.publishDiagnostics?.versionSupport);
  canRegisterConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRegisterWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canWatchFolders = !!caps.workspace?.workspaceFolders;
  canShowProgress = !!caps.window?.workDoneProgress;
  folders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (!folders.length && params.rootUri) folders = [params.rootUri];
  workspace.setFolders(folders);
  // Checks wait for the first index (see WorkspaceFiles.indexed), made once initialized.
  workspace.announce(firstScan.promise);
  initDebounce = readDebounce(params.initializationOptions);
  if (initDebounce !== undefined) diagnostics.setDebounce(initDebounce);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: '政府公报' },
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
      codeLensProvider: { resolveProvider: false },
      documentLinkProvider: { resolveProvider: false },
      executeCommandProvider: { commands: [SUPPRESS_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gazette-language-server', version: VERSION },
  };
});

connection.onInitialized(async () => {
  try {
    await initialize();
  } finally {
    firstScan.resolve();
  }
});

async function initialize(): Promise<void> {
  try {
    if (canRegisterConfiguration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'gazette' });
    }
    if (folders.length && canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders = folders.filter((f) => !event.removed.some((r) => r.uri === f)).concat(event.added.map((a) => a.uri));
        workspace.setFolders(folders);
        void rescan(true);
      });
    }
  } catch (e) {
    log(`registration failed: ${String(e)}`);
  }
  await updateDebounce();
  await rescan(true);
}

/** gazette.diagnostics.debounceMs from the settings, else from initializationOptions, else the default. */
async function updateDebounce(): Promise<void> {
  let fromSettings: number | undefined;
  try {
    fromSettings = readDebounce(await fetchSettings());
  } catch (e) {
    log(`cannot read settings: ${String(e)}`);
  }
  diagnostics.setDebounce(fromSettings ?? initDebounce ?? DEFAULT_DEBOUNCE_MS);
}

let scanning: Promise<void> | undefined;
let scannedFor: string | undefined;
/** Indexes the workspace folders again when they or gazette.filePatterns changed. */
async function rescan(force = false): Promise<void> {
  const run = async () => {
    const settings = await configuration.settings();
    const key = JSON.stringify([folders, settings.filePatterns]);
    if (!force && key === scannedFor) return diagnostics.scheduleAll(0);
    scannedFor = key;
    workspace.setPatterns(settings.filePatterns);
    patternsKnown.resolve();
    await watch(settings.filePatterns);
    const started = Date.now();
    const progress = await indexingProgress();
    try {
      const count = await workspace.scan(progress.report);
      log(`indexed ${count} gazette file(s) in ${Date.now() - started} ms`);
    } finally {
      progress.done();
    }
    diagnostics.scheduleAll(0);
  };
  scanning = (scanning ?? Promise.resolve()).then(run).catch((e) => log(`scan failed: ${String(e)}`));
  // Checks wait for it from now, while the settings are read, not only once the scan runs.
  workspace.announce(scanning);
  return scanning;
}

/** Indexing shows in the editor (window/workDoneProgress) when the client can show it. */
async function indexingProgress(): Promise<{ report: (done: number, total: number) => void; done: () => void }> {
  // A client that does not answer within a second gets no progress: the scan does not wait for it.
  const reporter = canShowProgress
    ? await Promise.race([connection.window.createWorkDoneProgress().catch(() => undefined), new Promise<undefined>((r) => setTimeout(() => r(undefined), 1000))])
    : undefined;
  reporter?.begin('索引公报文件 (indexing gazette files)', 0, undefined, false);
  let shown = 0;
  return {
    report: (done, total) => {
      const percentage = Math.floor((done * 100) / total);
      if (percentage === shown) return;
      shown = percentage;
      reporter?.report(percentage, `${done}/${total}`);
    },
    done: () => reporter?.done(),
  };
}

/** Asks the client to report changes of gazette files, configured patterns and configuration files. */
async function watch(patterns: string[]): Promise<void> {
  const key = patterns.join('\n');
  if (!canRegisterWatchers || (watchers && key === watchedPatterns)) return;
  watchedPatterns = key;
  watchers?.dispose();
  const globs = ['**/*.{gazette,gzt}', `**/${CONFIG_FILE}`, `**/${SUPPRESSIONS_FILE}`, ...patterns.map((p) => (p.includes('/') ? p : `**/${p}`))];
  watchers = await connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) })
    .catch((e) => {
      log(`cannot watch files: ${String(e)}`);
      return undefined;
    });
}

connection.onDidChangeConfiguration((change) => {
  pushedSettings = (change.settings as { gazette?: unknown } | undefined)?.gazette ?? pushedSettings;
  configuration.invalidate();
  void updateDebounce()
    .then(() => rescan())
    .then(() => workspaceCheck.refreshAll());
});

connection.onDidChangeWatchedFiles(async (params) => {
  let configChanged = false;
  const files: string[] = [];
  for (const change of params.changes) {
    const file = uriToPath(change.uri) ?? change.uri;
    if (path.basename(file) === CONFIG_FILE || path.basename(file) === SUPPRESSIONS_FILE) configChanged = true;
    else if (workspace.isGazettePath(file) || workspace.issue(change.uri)) files.push(change.uri);
  }
  if (configChanged) {
    configuration.invalidate();
    void workspaceCheck.refreshAll();
  }
  if (files.length) {
    await workspace.filesChanged(files);
    for (const uri of files) void workspaceCheck.refresh(uri);
  }
  if (configChanged || files.length) diagnostics.scheduleAll(configChanged ? 0 : 300);
});

documents.onDidOpen((e) => {
  if (kindOf(e.document) === 'gazette') cache.get(e.document);
});
documents.onDidChangeContent((e) => {
  const kind = kindOf(e.document);
  if (!kind) return;
  boundHeap();
  diagnostics.schedule(e.document.uri);
});
documents.onDidSave((e) => {
  if (kindOf(e.document) === 'config') {
    configuration.invalidate();
    diagnostics.scheduleAll(0);
  }
});
documents.onDidClose((e) => {
  const kind = kindOf(e.document);
  cache.delete(e.document.uri);
  if (kind === 'gazette') workspace.close(e.document.uri);
  // A configuration file keeps its on-disk diagnostics: they are published again on the next load.
  diagnostics.clear(e.document.uri);
  void workspaceCheck.refresh(e.document.uri);
  if (kind === 'config') {
    configuration.invalidate();
    diagnostics.scheduleAll(0);
  }
});

connection.onCodeAction(guard('codeAction', [], async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? codeActions.provide(doc, params) : [];
}));
connection.onDocumentSymbol(guard('documentSymbol', [], async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? symbols.provide(doc) : [];
}));
/** Requests that look across files wait for the index, as checks do; the others answer at once. */
function afterIndexing<P, R>(handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params) => {
    await workspace.indexed(INDEX_WAIT_MS);
    return handler(params);
  };
}

connection.onWorkspaceSymbol(guard('workspaceSymbol', [], afterIndexing((params) => workspaceSymbols.provide(params.query))));
connection.onFoldingRanges(guard('foldingRange', [], async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? folding.provide(doc) : [];
}));
connection.onSelectionRanges(guard('selectionRange', [], async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? selections.provide(doc, params.positions) : [];
}));
connection.onHover(guard('hover', null, async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? hover.provide(doc, params.position) : null;
}));
connection.onDefinition(guard('definition', [], afterIndexing(async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? definition.provide(doc, params.position) : [];
})));
connection.onReferences(guard('references', [], afterIndexing(async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? references.provide(doc, params.position, params.context.includeDeclaration) : [];
})));
connection.onDocumentHighlight(guard('documentHighlight', [], async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? highlights.provide(doc, params.position) : [];
}));
connection.onPrepareRename(guard('prepareRename', null, async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? rename.prepare(doc, params.position) : null;
}));
connection.onRenameRequest(guard('rename', null, async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? rename.rename(doc, params.position, params.newName) : null;
}));
connection.onCompletion(guard('completion', { isIncomplete: false, items: [] }, async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? completion.provide(doc, params.position) : { isIncomplete: false, items: [] };
}));
connection.onCodeLens(guard('codeLens', [], async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? codeLens.provide(doc) : [];
}));
connection.onDocumentLinks(guard('documentLinks', [], async (params) => {
  const doc = await gazetteFor(params.textDocument.uri);
  return doc ? links.provide(doc) : [];
}));

connection.onExecuteCommand(
  guard('executeCommand', null, async (params) => {
    if (params.command !== SUPPRESS_COMMAND) return null;
    const [uri, entry] = params.arguments ?? [];
    await codeActions.suppress(String(uri), entry);
    configuration.invalidate();
    diagnostics.scheduleAll(0);
    void workspaceCheck.refreshAll();
    return null;
  }),
);

/** Lints every indexed file that is not open and publishes its findings. */
connection.onRequest(
  'gazette/checkWorkspace',
  guard('checkWorkspace', { files: 0, problems: 0 }, async () => {
    await scanning;
    return workspaceCheck.run();
  }),
);

connection.onRequest('gazette/rules', () =>
  allRules.map((r) => ({
    id: r.id,
    category: r.category,
    description: r.description,
    defaultSeverity: r.defaultSeverity,
    fixable: r.fixable,
    docUrl: ruleDocUrl(r.id),
  })),
);

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${String(e)}`));

documents.listen(connection);
connection.listen();

/** --version and --help answer and exit; anything else is left to the connection (--stdio, --node-ipc, --socket=N, --pipe=NAME). */
function answerCommandLine(args: string[]): void {
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${VERSION}\n`);
    process.exit(0);
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      [
        `gazette-language-server ${VERSION}: diagnostics, quick fixes, outline, go-to and rename`,
        'for gazette drafts, over the Language Server Protocol. An editor starts it:',
        '',
        '  gazette-language-server --stdio      (or --node-ipc, --socket=<port>, --pipe=<name>;',
        '                                        stdio when none is given)',
        '',
        'VS Code: the gazette-lint extension starts it. Neovim, Helix, Emacs: see README.md.',
        'Checking files from a terminal or in CI: gazette-lint <files> (gazette-lint --help).',
        '',
        '  -v, --version   print the version',
        '  -h, --help      print this help',
        '',
      ].join('\n'),
    );
    process.exit(0);
  }
}
