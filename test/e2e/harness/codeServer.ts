// code-server with a throw-away profile: its own user data, extensions, config and XDG folders.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { freePort, isolatedEnv, scratch, waitFor } from './tools';

/** User settings that keep the workbench quiet and deterministic. */
const SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'outline.collapseItems': 'alwaysExpand',
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'editor.cursorBlinking': 'solid',
  'editor.lightbulb.enabled': 'on',
  'editor.hover.delay': 200,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'chat.commandCenter.enabled': false,
  // Newer releases open a chat view in the secondary side bar by default.
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export interface CodeServerOptions {
  bin: string;
  /** A .vsix to install into the fresh profile before starting. */
  vsix?: string;
  /** Extra environment for code-server and so for the extension host. */
  env?: Record<string, string>;
  settings?: Record<string, unknown>;
  /** Extra command-line arguments. */
  args?: string[];
}

export class CodeServer {
  readonly port: number;
  readonly root: string;
  private child?: ChildProcess;
  private output = '';

  private constructor(
    private readonly options: CodeServerOptions,
    port: number,
  ) {
    this.port = port;
    this.root = scratch('code-server');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Everything code-server printed, for failure messages. */
  get log(): string {
    return this.output;
  }

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const server = new CodeServer(options, await freePort());
    await server.launch();
    return server;
  }

  private dirs() {
    return {
      userData: path.join(this.root, 'user-data'),
      extensions: path.join(this.root, 'extensions'),
      config: path.join(this.root, 'config.yaml'),
    };
  }

  private baseArgs(): string[] {
    const d = this.dirs();
    return ['--config', d.config, '--user-data-dir', d.userData, '--extensions-dir', d.extensions];
  }

  private async launch(): Promise<void> {
    const d = this.dirs();
    mkdirSync(path.join(d.userData, 'User'), { recursive: true });
    mkdirSync(d.extensions, { recursive: true });
    writeFileSync(d.config, `bind-addr: 127.0.0.1:${this.port}\nauth: none\ncert: false\n`);
    writeFileSync(path.join(d.userData, 'User/settings.json'), JSON.stringify({ ...SETTINGS, ...this.options.settings }, null, 2));
    const env = isolatedEnv(path.join(this.root, 'env'), this.options.env);
    if (this.options.vsix) {
      execFileSync(this.options.bin, [...this.baseArgs(), '--install-extension', this.options.vsix], { env, stdio: 'pipe', timeout: 120_000 });
    }
    // Its own process group: code-server forks a file watcher and extension hosts.
    this.child = spawn(
      this.options.bin,
      [
        ...this.baseArgs(),
        '--bind-addr',
        `127.0.0.1:${this.port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...(this.options.args ?? []),
      ],
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const keep = (b: Buffer) => {
      this.output = (this.output + b.toString()).slice(-20_000);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    let exited: string | undefined;
    this.child.on('exit', (code, signal) => (exited = `code-server exited (${code ?? signal})`));
    await waitFor('code-server /healthz', async () => {
      if (exited) throw new Error(`${exited}\n${this.output}`);
      const res = await fetch(`${this.url}/healthz`).catch(() => undefined);
      return res?.ok;
    }, 30_000);
  }

  /**
   * The end of the extension's output channel (the language server's log) and of the extension host's
   * log, for failure messages: what the server said while a scene failed.
   */
  extensionLog(chars = 3000): string {
    const logs = path.join(this.dirs().userData, 'logs');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name === 'Gazette Lint.log' || e.name === 'remoteexthost.log') files.push(p);
      }
    };
    if (existsSync(logs)) walk(logs);
    return files
      .sort()
      .map((f) => `--- ${path.relative(logs, f)}\n${readFileSync(f, 'utf8').slice(-chars)}`)
      .join('\n');
  }

  /** The workbench URL for a folder, with optional payload entries (extension development, tests). */
  workbenchUrl(folder: string, payload?: [string, string][]): string {
    let url = `${this.url}/?folder=${encodeURIComponent(folder)}`;
    if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
  }

  /** A path on this machine as the workbench names it. */
  remoteUri(file: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${file}`;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.pid === undefined) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const group = -child.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
    // Children that outlive the leader (extension host, watcher) share the group.
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      /* none left */
    }
  }
}
