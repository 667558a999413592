// A small LSP client for tests: starts the bundled server over stdio and speaks JSON-RPC.
import { execFile, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const REPO = path.resolve(__dirname, '../..');
export const CORPUS = path.resolve(REPO, '../shared/corpus');
export const SERVER = path.join(REPO, 'dist/server.js');

export function corpusAvailable(): boolean {
  return fs.existsSync(path.join(CORPUS, 'jiaxing-2018-12.txt'));
}

export function corpusText(name: string): string {
  return fs.readFileSync(path.join(CORPUS, name), 'utf8');
}

let built: Promise<void> | undefined;

/** Bundles dist/ once per test run, unless it is newer than every source file. */
export function buildOnce(): Promise<void> {
  built ??= upToDate()
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        execFile(process.execPath, ['scripts/build.mjs'], { cwd: REPO }, (error, _stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolve()));
      });
  return built;
}

function upToDate(): boolean {
  const outputs = ['dist/server.js', 'dist/client.js'].map((f) => path.join(REPO, f));
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  const builtAt = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
      const full = path.join(dir, e.name);
      return Math.max(max, e.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
    }, 0);
  return ['server/src', 'client/src', 'scripts'].every((d) => newest(path.join(REPO, d)) < builtAt);
}

/** A scratch workspace folder with the given files. */
export function makeWorkspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-ws-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: any[];
}

export class LspClient {
  readonly published: PublishedDiagnostics[] = [];
  readonly shownMessages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  readonly registrations: any[] = [];
  /** $/progress reports (begin, report, end), with the time each arrived. */
  readonly progress: { kind: string; title?: string; message?: string; percentage?: number; at: number }[] = [];
  /** gazette/timings notifications (the server sends them when GAZETTE_LSP_TIMINGS is set). */
  readonly timings: any[] = [];
  initializeResult: any;
  /** Returned for workspace/configuration requests of the "gazette" section. */
  settings: Record<string, unknown> = {};
  private readonly versions = new Map<string, number>();
  /** Where each document's last opening falls in `timings` (versions start again at 1 on reopening). */
  private readonly openedAt = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private waiters: (() => void)[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(
    rootDir: string,
    settings: Record<string, unknown> = {},
    args = ['--stdio'],
    /** versionSupport: whether the client says it reads the version of published diagnostics (VS Code and Neovim do not). */
    /** configurationDelayMs: the client answers workspace/configuration that late (VS Code may, as it starts). */
    options: { initializationOptions?: unknown; env?: Record<string, string>; versionSupport?: boolean; configurationDelayMs?: number } = {},
  ): Promise<LspClient> {
    await buildOnce();
    // GAZETTE_LSP_TIMINGS: a gazette/timings notification after each check, sent or not (see checked()).
    const child = spawn(process.execPath, [SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GAZETTE_LSP_TIMINGS: '1', ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    client.settings = settings;
    child.stderr!.on('data', (d) => client.logs.push(String(d)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      client.published.push(p);
      client.notify();
    });
    connection.onNotification('window/showMessage', (p) => {
      client.shownMessages.push(p);
      client.notify();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => void client.logs.push(p.message));
    connection.onNotification('gazette/timings', (p: unknown) => {
      client.timings.push(p);
      client.notify();
    });
    connection.onRequest('workspace/configuration', async (p: { items: { section?: string }[] }) => {
      if (options.configurationDelayMs) await new Promise((r) => setTimeout(r, options.configurationDelayMs));
      return p.items.map((item) => (item.section === 'gazette' ? client.settings : null));
    });
    connection.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', (p: { token: unknown; value: { kind: string; title?: string; message?: string; percentage?: number } }) => {
      client.progress.push({ ...p.value, at: performance.now() });
      client.notify();
    });
    connection.onRequest('workspace/workspaceFolders', () => [{ uri: uriOf(rootDir), name: path.basename(rootDir) }]);
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(rootDir),
      workspaceFolders: [{ uri: uriOf(rootDir), name: path.basename(rootDir) }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: options.versionSupport ?? true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          rename: { prepareSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    connection.sendNotification('initialized', {});
    return client;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  open(uri: string, text: string, languageId = 'gazette'): void {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    this.openedAt.set(uri, this.timings.length);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  /** Sends incremental edits (LSP ranges) and keeps the local copy in step. */
  change(uri: string, edits: { range: { start: Pos; end: Pos }; text: string }[]): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri) ?? '';
    for (const e of edits) text = applyEdit(text, e.range, e.text);
    this.texts.set(uri, text);
    this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.text })),
    });
    return version;
  }

  close(uri: string): void {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Waits for a diagnostics publication for uri that satisfies the predicate (newest first). */
  async diagnostics(uri: string, predicate: (p: PublishedDiagnostics) => boolean = () => true, timeout = 10000): Promise<PublishedDiagnostics> {
    return this.waitFor(() => this.latest(uri, predicate), timeout, `diagnostics for ${uri}`);
  }

  /**
   * What the client shows for uri once the server has checked that version (or a later one):
   * the server sends diagnostics only when they change, so this is the last publication for uri.
   */
  async checked(uri: string, version: number, timeout = 10000): Promise<PublishedDiagnostics> {
    const from = this.openedAt.get(uri) ?? 0;
    await this.waitFor(() => this.timings.slice(from).find((t) => t.uri === uri && t.version >= version), timeout, `a check of ${uri} v${version}`);
    return this.shown(uri);
  }

  /** A function that waits for the next check of uri after this call, then gives what the client shows. */
  nextCheck(uri: string, timeout = 10000): () => Promise<PublishedDiagnostics> {
    const count = this.timings.length;
    return async () => {
      await this.waitFor(() => this.timings.slice(count).find((t) => t.uri === uri), timeout, `a check of ${uri}`);
      return this.shown(uri);
    };
  }

  /** The diagnostics the client shows for uri: the last ones published. */
  shown(uri: string): PublishedDiagnostics {
    return this.latest(uri) ?? { uri, diagnostics: [] };
  }

  /** The newest publication for uri that satisfies the predicate. */
  private latest(uri: string, predicate: (p: PublishedDiagnostics) => boolean = () => true): PublishedDiagnostics | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri && predicate(this.published[i])) return this.published[i];
    return undefined;
  }

  async waitFor<T>(probe: () => T | undefined, timeout = 10000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = probe();
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server log:\n${this.logs.join('\n').slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Asks again (every 100 ms) until the answer is defined. */
  async poll<T>(probe: () => Promise<T | undefined>, timeout = 10000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error('timed out polling the server');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    setTimeout(() => this.process.kill(), 500).unref();
  }
}

export interface Pos {
  line: number;
  character: number;
}

export function offsetAt(text: string, pos: Pos): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + pos.character;
}

export function positionAt(text: string, offset: number): Pos {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Position of the n-th occurrence (0-based) of needle, plus delta characters. */
export function find(text: string, needle: string, nth = 0, delta = 0): Pos {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not found`);
  }
  return positionAt(text, at + delta);
}

export function applyEdit(text: string, range: { start: Pos; end: Pos }, newText: string): string {
  return text.slice(0, offsetAt(text, range.start)) + newText + text.slice(offsetAt(text, range.end));
}

/** Applies LSP TextEdits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: { range: { start: Pos; end: Pos }; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const e of sorted) text = applyEdit(text, e.range, e.newText);
  return text;
}
