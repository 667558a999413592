// One mocha suite (test/extension-host) inside the real extension host, two launchers:
// code-server (the workbench's payload parameter, as @vscode/test-web does), once for each editor
// release (VS Code 1.100 and the newest), and @vscode/test-electron with a VS Code desktop named
// by VSCODE_EXECUTABLE.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Results } from '../extension-host/index';
import { CodeServer } from './harness/codeServer';
import { buildAll, EDITORS, ensureChromium, ensureCodeServer, isolatedEnv, REPO, scratch, skipBecause, waitFor, workspaceCopy, type Editor } from './harness/tools';
import { launchBrowser } from './harness/workbench';

const TESTS = path.join(REPO, 'out/test/extension-host/index.js');

function check(results: Results): void {
  const failures = results.failed.map((f) => `${f.title}\n${f.error}`).join('\n\n');
  assert.equal(results.failed.length, 0, `extension-host failures:\n${failures}`);
  assert.ok(results.passed.length >= 5, `extension-host tests passed: ${results.passed.join(', ')}`);
  console.log(`      ${results.passed.length} extension-host tests passed in ${results.durationMs} ms`);
}

function inCodeServer(editor: Editor): void {
  describe('extension-host suite', function () {
    // The first run may install Chromium and code-server (a few minutes).
    this.timeout(30 * 60_000);

    it('passes inside code-server', async function () {
      const chromium = ensureChromium();
      if ('missing' in chromium) skipBecause(this, `extension-host tests in code-server: ${chromium.missing}`);
      const codeServer = ensureCodeServer(editor);
      if ('missing' in codeServer) skipBecause(this, `extension-host tests on ${editor.title}: ${codeServer.missing}`);
      buildAll();
      const resultsFile = path.join(scratch('eh-results'), 'results.json');
      const workspace = workspaceCopy();
      const server = await CodeServer.start({ bin: codeServer.path, env: { GAZETTE_EH_RESULTS: resultsFile }, args: editor.payloadArgs });
      const browser = await launchBrowser();
      const browserConsole: string[] = [];
      try {
        const page = await browser.newPage();
        page.on('console', (m) => browserConsole.push(m.text()));
        await page.goto(
          server.workbenchUrl(workspace, [
            ['extensionDevelopmentPath', server.remoteUri(REPO)],
            ['extensionTestsPath', server.remoteUri(TESTS)],
          ]),
        );
        await waitFor('the extension-host results', () => existsSync(resultsFile), 4 * 60_000, 500).catch((e) => {
          throw new Error(`${e.message}\nbrowser console:\n${browserConsole.slice(-30).join('\n')}\ncode-server:\n${server.log.slice(-3000)}`);
        });
        const results: Results = JSON.parse(readFileSync(resultsFile, 'utf8'));
        if (results.failed.length) console.log(`      logs of the extension:\n${server.extensionLog().replace(/^/gm, '        ')}`);
        check(results);
      } finally {
        await browser.close();
        await server.stop();
      }
    });
  });
}

for (const editor of EDITORS) describe(editor.title, () => inCodeServer(editor));

describe('VS Code desktop', function () {
  this.timeout(30 * 60_000);

  it('passes the extension-host suite (@vscode/test-electron)', async function () {
    const executable = process.env.VSCODE_EXECUTABLE;
    if (!executable) skipBecause(this, 'extension-host tests in VS Code desktop: set VSCODE_EXECUTABLE to a VS Code binary to run them');
    if (!existsSync(executable)) throw new Error(`VSCODE_EXECUTABLE=${executable} does not exist`);
    buildAll();
    const { runTests } = await import('@vscode/test-electron');
    const root = scratch('electron');
    const resultsFile = path.join(root, 'results.json');
    const workspace = workspaceCopy();
    const env = isolatedEnv(root);
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: TESTS,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(root, 'user-data'), '--extensions-dir', path.join(root, 'extensions')],
      extensionTestsEnv: { GAZETTE_EH_RESULTS: resultsFile, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME!, XDG_CACHE_HOME: env.XDG_CACHE_HOME! },
    }).catch(() => undefined); // the results file says what failed
    assert.ok(existsSync(resultsFile), 'the suite wrote its results');
    check(JSON.parse(readFileSync(resultsFile, 'utf8')));
  });
});
