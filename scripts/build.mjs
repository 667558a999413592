// Bundles the CLI, the language server and the VS Code client with esbuild.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  // ESM entries first: jsonc-parser's UMD entry cannot be bundled.
  mainFields: ['module', 'main'],
};

await Promise.all([
  // The CLI: its bundle, and the small executable that runs it from a code cache (see server/src/cli/launch.ts).
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' }),
  build({ ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
]);

// The configuration schema follows the rules' metadata.
await import('./gen-schema.mjs');
