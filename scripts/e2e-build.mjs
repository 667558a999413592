// Bundles the extension-host test suite (test/extension-host) into out/test/extension-host:
// index.js exports run() (the @vscode/test-electron contract), suite/*.js are the mocha files.
// vscode comes from the extension host; mocha is loaded from node_modules at run time.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const suites = readdirSync('test/extension-host/suite').filter((f) => f.endsWith('.ts'));

await build({
  entryPoints: ['test/extension-host/index.ts', ...suites.map((f) => `test/extension-host/suite/${f}`)],
  outdir: 'out/test/extension-host',
  outbase: 'test/extension-host',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
