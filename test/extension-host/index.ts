// Entry point of the extension-host tests: run() is called inside the extension host (code-server's
// or VS Code desktop's through @vscode/test-electron). Results also go to $GAZETTE_EH_RESULTS as JSON,
// because the extension host of code-server exits 0 whatever the outcome.
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface Results {
  passed: string[];
  failed: { title: string; error: string }[];
  pending: string[];
  durationMs: number;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const dir = path.join(__dirname, 'suite');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) mocha.addFile(path.join(dir, f));
  const results: Results = { passed: [], failed: [], pending: [], durationMs: 0 };
  const started = Date.now();
  const save = () => {
    results.durationMs = Date.now() - started;
    if (process.env.GAZETTE_EH_RESULTS) writeFileSync(process.env.GAZETTE_EH_RESULTS, JSON.stringify(results, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        save();
        if (failures) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => results.passed.push(t.fullTitle()));
      runner.on('fail', (t, err: Error) => results.failed.push({ title: t.fullTitle(), error: err.stack ?? String(err) }));
      runner.on('pending', (t) => results.pending.push(t.fullTitle()));
    } catch (e) {
      results.failed.push({ title: 'mocha', error: e instanceof Error ? e.stack ?? e.message : String(e) });
      save();
      reject(e);
    }
  });
}
