// Writes schemas/gazettelintrc.schema.json from the rules' metadata.
// Usage: node scripts/gen-schema.mjs [--check]   (--check: exit 1 if the file is stale)
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { allRules } = await tsImport('../server/src/engine/rules/index.ts', import.meta.url);
const { configSchemaText, SCHEMA_PATH } = await tsImport('../server/src/node/schema.ts', import.meta.url);
const out = join(root, SCHEMA_PATH);
const text = configSchemaText(allRules);
let current = '';
try {
  current = readFileSync(out, 'utf8');
} catch {
  // not written yet
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${SCHEMA_PATH} is out of date: run node scripts/gen-schema.mjs`);
    process.exit(1);
  }
} else if (current !== text) {
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, out);
}
