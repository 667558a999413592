// What the editor tests need from the machine: the built and packaged extension, code-server,
// Chromium, Neovim, scratch folders. Each ensure* answers a path or the reason it is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, copyFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test/e2e/fixtures/workspace');
// Test runs keep their screenshots under out/; `npm run screenshots` refreshes the ones the README shows.
export const SCREENSHOTS = process.env.GAZETTE_SCREENSHOTS_DIR ?? path.join(REPO, 'out/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KEEP = process.env.GAZETTE_E2E_KEEP === '1';

export type Found = { path: string } | { missing: string };

/** The absolute path of a command on PATH, if any. */
export function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, cmd);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** Installs Debian packages when missing, if running as root with apt-get; false when that cannot be done. */
export function ensureApt(packages: string[]): boolean {
  const missing = packages.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (!missing.length) return true;
  if (process.getuid?.() !== 0 || !which('apt-get')) return false;
  const run = spawnSync('bash', [path.join(REPO, 'scripts/e2e-apt.sh'), ...missing], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 15 * 60_000 });
  return run.status === 0;
}

export function ensureChromium(): Found {
  if (existsSync(CHROMIUM)) return { path: CHROMIUM };
  ensureApt(['chromium', 'fonts-noto-cjk']);
  return existsSync(CHROMIUM) ? { path: CHROMIUM } : { missing: `Chromium not found at ${CHROMIUM} (apt-get install chromium)` };
}

export function ensureNeovim(): Found {
  if (process.env.NVIM_PATH) return existsSync(process.env.NVIM_PATH) ? { path: process.env.NVIM_PATH } : { missing: `NVIM_PATH=${process.env.NVIM_PATH} does not exist` };
  let nvim = which('nvim');
  if (!nvim) {
    ensureApt(['neovim']);
    nvim = which('nvim');
  }
  return nvim ? { path: nvim } : { missing: 'nvim not found (apt-get install neovim)' };
}

/** A VS Code release the editor tests run against, as a code-server release. */
export interface Editor {
  /** `1.100` or `newest`, as named in GAZETTE_E2E_EDITORS. */
  id: string;
  /** The describe() title. */
  title: string;
  codeServerVersion: string;
  /** A code-server binary to use instead of installing one. */
  codeServerPath?: string;
  /** Extra code-server arguments for runs that pass the workbench a payload (extension-host tests). */
  payloadArgs: string[];
  /** Where the scene screenshots go: the committed ones come from VS Code 1.100. */
  screenshots: string;
}

const baseline = process.env.CODE_SERVER_VERSION ?? '4.100.3';
const newest = process.env.CODE_SERVER_NEWEST_VERSION ?? '4.139.1';
const ALL_EDITORS: Editor[] = [
  {
    id: '1.100',
    title: `VS Code ${baseline.replace(/^4\.(\d+)\..*/, '1.$1')} (code-server ${baseline})`,
    codeServerVersion: baseline,
    codeServerPath: process.env.CODE_SERVER_PATH,
    payloadArgs: [],
    screenshots: SCREENSHOTS,
  },
  {
    id: 'newest',
    title: `newest VS Code (code-server ${newest})`,
    codeServerVersion: newest,
    codeServerPath: process.env.CODE_SERVER_NEWEST_PATH,
    // 4.139 ignores the payload parameter unless the smoke-test driver is enabled.
    payloadArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    screenshots: path.join(REPO, 'out/screenshots', `code-server-${newest}`),
  },
];
const wanted = (process.env.GAZETTE_E2E_EDITORS ?? '1.100,newest').split(',').map((s) => s.trim());
/** The editors to test, from GAZETTE_E2E_EDITORS (default both). */
export const EDITORS = ALL_EDITORS.filter((e) => wanted.includes(e.id));

const codeServers = new Map<string, Found>();
/** code-server from the cache folder, installed there on first use (two to four minutes); never throws. */
export function ensureCodeServer(editor: Editor): Found {
  const known = codeServers.get(editor.id);
  if (known) return known;
  const found = installCodeServer(editor);
  codeServers.set(editor.id, found);
  return found;
}

function installCodeServer(editor: Editor): Found {
  if (editor.codeServerPath) {
    return existsSync(editor.codeServerPath) ? { path: editor.codeServerPath } : { missing: `${editor.codeServerPath} does not exist` };
  }
  const run = spawnSync('bash', [path.join(REPO, 'scripts/install-code-server.sh')], {
    encoding: 'utf8',
    env: { ...process.env, CODE_SERVER_VERSION: editor.codeServerVersion },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 20 * 60_000,
  });
  const bin = (run.stdout ?? '').trim().split('\n').pop() ?? '';
  if (run.status === 0 && existsSync(bin)) return { path: bin };
  const lines = (run.stderr ?? '').trim().split('\n').filter(Boolean);
  const why = lines.filter((l) => l.startsWith('[install-code-server]')).pop() ?? lines.pop() ?? `exit ${run.status ?? run.signal}`;
  return { missing: `cannot be installed: ${why.replace(/^\[install-code-server\] /, '')}` };
}

let built = false;
/** dist/ (server, client, CLI) and the extension-host tests under out/test/extension-host. */
export function buildAll(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/e2e-build.mjs'], { cwd: REPO, stdio: 'inherit' });
  built = true;
}

let vsix: string | undefined;
/** The extension packaged with vsce into a scratch folder (outside the repository, so it never packs itself). */
export function packageVsix(): string {
  if (vsix) return vsix;
  buildAll();
  const dir = scratch('vsix');
  const out = path.join(dir, 'gazette-lint.vsix');
  const vsce = path.join(REPO, 'node_modules/@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-update-package-json', '--no-rewrite-relative-links', '-o', out], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return (vsix = out);
}

const scratchRoot = mkdtempSync(path.join(os.tmpdir(), 'gazette-e2e-'));
if (!KEEP) process.on('exit', () => rmSync(scratchRoot, { recursive: true, force: true, maxRetries: 3 }));

/** A fresh folder under this run's scratch root (removed at exit unless GAZETTE_E2E_KEEP=1). */
export function scratch(name: string): string {
  const dir = mkdtempSync(path.join(scratchRoot, `${name}-`));
  return dir;
}

/** A copy of the fixture workspace that tests may edit and save. */
export function workspaceCopy(): string {
  const dir = scratch('workspace');
  for (const f of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  return dir;
}

/** XDG and TMPDIR pointing into a scratch folder, so editors leave nothing in $HOME. */
export function isolatedEnv(root: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const [k, sub] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'],
    ['XDG_STATE_HOME', 'state'],
    ['TMPDIR', 'tmp'],
  ] as const) {
    env[k] = path.join(root, sub);
    mkdirSync(env[k]!, { recursive: true });
  }
  return env;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls until the check answers something truthy. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 20_000, everyMs = 200): Promise<Exclude<T, false | 0 | '' | null | undefined>> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Exclude<T, false | 0 | '' | null | undefined>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Does something, then waits for its effect, and does it again while the effect has not come: at most
 * `times` in all, `everyMs` apart. For gestures the workbench may drop on a loaded machine, which a
 * person would repeat. Says when it had to.
 */
export async function repeatUntil(what: string, act: (attempt: number) => Promise<void>, done: () => Promise<boolean>, times: number, everyMs: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await act(attempt);
    if (await waitFor(what, done, everyMs).then(() => true, () => false)) {
      if (attempt > 1) console.log(`      (${what}: at try ${attempt})`);
      return;
    }
    if (attempt === times) throw new Error(`timed out waiting for ${what}: ${times} tries, ${everyMs} ms apart`);
  }
}

/** Skips the running hook or test with one line saying what is missing. */
export function skipBecause(ctx: Mocha.Context, what: string): never {
  console.log(`      skipped: ${what}`);
  ctx.skip();
}
