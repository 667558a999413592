// Neovim as a second real LSP client: headless nvim runs test/nvim/lsp.lua against dist/server.js
// over stdio; this wrapper checks what it collected.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildAll, ensureNeovim, isolatedEnv, REPO, scratch, skipBecause, workspaceCopy } from '../e2e/harness/tools';

const FILE = 'jiaxing-2019-07-excerpt.gazette';

interface Position {
  line: number;
  character: number;
}
interface LspRange {
  start: Position;
  end: Position;
}
interface TextEdit {
  range: LspRange;
  newText: string;
}
interface Symbol {
  name: string;
  children?: Symbol[];
}
interface Output {
  ok: boolean;
  error?: unknown;
  nvim: { major: number; minor: number; patch: number };
  uri: string;
  diagnostics: { range: LspRange; code?: string; message: string; severity?: number }[];
  symbols?: { result?: Symbol[]; error?: unknown };
  definition?: { result?: { uri?: string; range?: LspRange; targetUri?: string; targetSelectionRange?: LspRange }[]; error?: unknown };
  codeActions?: {
    result?: { title: string; edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[] } }[];
    error?: unknown;
  };
}

/** UTF-16 offset of an LSP position. */
function offsetAt(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    i = nl + 1;
    line++;
  }
  return i + p.character;
}

function positionOf(text: string, needle: string, nth = 0, delta = 0): Position {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `“${needle}” in the fixture`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: at + delta - (before.lastIndexOf('\n') + 1) };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

function names(symbols: Symbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);
}

function runNvim(nvim: string, file: string, root: string, query: unknown): Promise<{ code: number | null; output: Output | undefined; stderr: string }> {
  const dir = scratch('nvim');
  const outFile = path.join(dir, 'out.json');
  const env = isolatedEnv(dir, {
    GAZETTE_NVIM_OUT: outFile,
    GAZETTE_SERVER: path.join(REPO, 'dist/server.js'),
    GAZETTE_ROOT: root,
    GAZETTE_NVIM_QUERY: JSON.stringify(query),
  });
  return new Promise((resolve, reject) => {
    const child = spawn(nvim, ['--headless', '-n', '-i', 'NONE', '-u', path.join(REPO, 'test/nvim/lsp.lua'), file], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => undefined);
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      let output: Output | undefined;
      try {
        output = JSON.parse(readFileSync(outFile, 'utf8'));
      } catch {
        output = undefined;
      }
      resolve({ code, output, stderr });
    });
  });
}

describe('Neovim LSP client (headless)', function () {
  this.timeout(120_000);
  let out: Output;
  let text: string;

  before(async function () {
    const nvim = ensureNeovim();
    if ('missing' in nvim) skipBecause(this, `Neovim tests: ${nvim.missing}`);
    buildAll();
    const root = workspaceCopy();
    const file = path.join(root, FILE);
    text = readFileSync(file, 'utf8');
    const query = { definition: positionOf(text, '嘉兴市人民政府办公室关于支持全市农信机构', 0, 4), codeAction: { code: 'doc-number/format', line: positionOf(text, '嘉政办发[2019]33号').line } };
    const run = await runNvim(nvim.path, file, root, query);
    assert.ok(run.output, `nvim wrote no output (exit ${run.code}): ${run.stderr}`);
    out = run.output;
    assert.equal(out.error, undefined, `nvim reported: ${JSON.stringify(out.error)}`);
    assert.ok(out.ok && run.code === 0, `nvim exit ${run.code}: ${run.stderr}`);
  });

  it('receives diagnostics with rule codes and UTF-16 ranges', () => {
    const at = (code: string, needle: string) => {
      const line = positionOf(text, needle).line;
      return out.diagnostics.find((d) => d.code === code && d.range.start.line === line);
    };
    const number = at('doc-number/format', '嘉政办发[2019]33号');
    assert.ok(number, `doc-number/format among ${out.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`).join(', ')}`);
    assert.equal(text.slice(offsetAt(text, number.range.start), offsetAt(text, number.range.end)), '[2019]');
    assert.ok(at('numbering/sequence', '(四)建立问题建议清单'), 'numbering/sequence on (四)');
    assert.ok(at('cross-reference/attachments', '见附件 5'), 'cross-reference/attachments on 见附件 5');
    assert.ok(at('responsible-unit/brackets', '嘉兴港区负责]'), 'responsible-unit/brackets');
  });

  it('gets the outline as document symbols', () => {
    const all = names(out.symbols?.result ?? []);
    for (const name of ['目录', '嘉兴市人民政府办公室关于支持全市农信机构高质量发展的意见', '一、明确目标任务', '(四)建立问题建议清单']) {
      assert.ok(all.some((n) => n.includes(name)), `${name} in ${all.join(' | ')}`);
    }
  });

  it('goes from a TOC entry to the document title', () => {
    const locations = out.definition?.result ?? [];
    assert.equal(locations.length, 1, JSON.stringify(out.definition));
    const loc = locations[0];
    const range = loc.targetSelectionRange ?? loc.range!;
    assert.equal(range.start.line, positionOf(text, '嘉兴市人民政府办公室关于支持全市农信机构', 1).line);
    assert.equal(loc.targetUri ?? loc.uri, out.uri);
  });

  it('gets a code action whose edit fixes exactly the defect', () => {
    const actions = out.codeActions?.result ?? [];
    const fix = actions.find((a) => a.title.includes('〔2019〕'));
    assert.ok(fix?.edit, `a 〔2019〕 fix among ${actions.map((a) => a.title).join(' | ')}`);
    const edits = fix.edit.changes?.[out.uri] ?? fix.edit.documentChanges?.find((c) => c.textDocument.uri === out.uri)?.edits ?? [];
    assert.equal(applyEdits(text, edits), text.replace('嘉政办发[2019]33号', '嘉政办发〔2019〕33号'));
  });
});
