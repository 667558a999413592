// The language server under abuse: edits to documents it never saw, thousands of
// edits, a language switch and back, configuration changes mid-burst, and memory
// over a long session. It must keep answering, never lose an edit, and stay bounded.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LspClient, corpusAvailable, corpusText, makeWorkspace, positionAt, uriOf } from './lspClient';
import { random } from '../random';

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const summary = (p: { diagnostics: { code?: unknown; range: unknown; message: string }[] }) =>
  p.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`).sort();

describe('language server robustness', function () {
  this.timeout(120000);
  let dir: string;
  let client: LspClient;
  let j19: string;

  before(async function () {
    if (!corpusAvailable()) {
      console.warn('    corpus not found at ../shared/corpus: skipping the robustness tests');
      this.skip();
    }
    j19 = corpusText('jiaxing-2019-07.txt');
    dir = makeWorkspace({ 'j19.gazette': j19 });
    client = await LspClient.start(dir);
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ignores edits to a document it never opened, and keeps serving', async () => {
    const ghost = uriOf(path.join(dir, 'ghost.gazette'));
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: ghost, version: 7 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 2 } }, text: 'x' }],
    });
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ghost } });
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: ghost } });
    assert.ok(symbols === null || Array.isArray(symbols));
    const uri = uriOf(path.join(dir, 'j19.gazette'));
    client.open(uri, j19);
    const first = await client.diagnostics(uri);
    assert.ok(first.diagnostics.length > 0);
    client.close(uri);
  });

  it('never loses an edit: 3,000 rapid edits end in the same diagnostics as a fresh open of the result', async () => {
    const uri = uriOf(path.join(dir, 'rapid.gazette'));
    client.open(uri, j19);
    const rnd = random(20190701);
    let version = 1;
    for (let i = 0; i < 3000; i++) {
      const text = client.text(uri);
      const at = Math.floor(rnd() * text.length);
      const start = positionAt(text, at);
      // Insert or delete one character, never inside a CRLF or a surrogate pair (the corpus has neither).
      const insert = rnd() < 0.5;
      const end = insert || at >= text.length - 1 || text[at] === '\n' ? start : positionAt(text, at + 1);
      version = client.change(uri, [{ range: { start, end }, text: insert ? '一〔2〕(三)号'[Math.floor(rnd() * 8)] : '' }]);
    }
    const last = await client.diagnostics(uri, (p) => p.version === version, 30000);
    // The reference sees the same workspace: the edited copy is closed first (unit names are
    // compared across the open issues, so two copies would change the majority spelling).
    const finalText = client.text(uri);
    client.close(uri);
    const fresh = uriOf(path.join(dir, 'fresh.gazette'));
    client.open(fresh, finalText);
    const reference = await client.diagnostics(fresh);
    assert.deepStrictEqual(summary(last), summary(reference));
    client.close(fresh);
  });

  it('clears diagnostics when the file leaves the gazette language, and brings them back', async () => {
    const uri = uriOf(path.join(dir, 'switch.txt'));
    client.open(uri, j19);
    const gazette = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    client.close(uri);
    const count = client.published.length;
    client.open(uri, j19, 'plaintext');
    const cleared = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === uri));
    assert.strictEqual(cleared.diagnostics.length, 0);
    client.close(uri);
    const count2 = client.published.length;
    client.open(uri, j19, 'gazette');
    const back = await client.waitFor(() => client.published.slice(count2).find((p) => p.uri === uri && p.diagnostics.length > 0));
    assert.deepStrictEqual(summary(back), summary(gazette));
    client.close(uri);
  });

  it('applies a configuration change made in the middle of a burst of edits', async () => {
    const uri = uriOf(path.join(dir, 'config.gazette'));
    client.open(uri, j19);
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'doc-number/format'));
    let version = 1;
    for (let i = 0; i < 50; i++) {
      if (i === 25) {
        client.settings = { rules: { 'doc-number/format': 'off' } };
        client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      }
      version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: i % 2 ? '' : ' ' }]);
    }
    const last = await client.checked(uri, version, 15000);
    assert.ok(!last.diagnostics.some((d) => d.code === 'doc-number/format'), 'the rule turned off reports nothing');
    assert.ok(last.diagnostics.length > 0, 'the other rules still report');
    client.settings = {};
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    client.close(uri);
  });

  it('stays within a memory bound over 10,000 edits (RSS grows < 80 MB after warm-up, stays < 300 MB)', async function () {
    const pid = (client as unknown as { process: { pid: number } }).process.pid;
    if (!fs.existsSync(`/proc/${pid}/status`)) this.skip();
    const uri = uriOf(path.join(dir, 'memory.gazette'));
    client.open(uri, j19);
    const rnd = random(7);
    let version = 1;
    let warm = 0;
    let lastInsert = 0;
    for (let i = 1; i <= 10000; i++) {
      const text = client.text(uri);
      const at = Math.floor(rnd() * (text.length - 1));
      const pos = positionAt(text, at);
      // Alternate an insertion and its removal so the text keeps its size.
      const edit = i % 2 ? { range: { start: pos, end: pos }, text: '号' } : undefined;
      version = edit ? client.change(uri, [edit]) : client.change(uri, [{ range: { start: positionAt(text, lastInsert), end: positionAt(text, lastInsert + 1) }, text: '' }]);
      if (edit) lastInsert = at;
      if (i % 250 === 0) await client.checked(uri, version, 30000);
      if (i === 1000) warm = rssMb(pid);
    }
    assert.strictEqual(client.text(uri), j19, 'every insertion was removed again');
    const end = rssMb(pid);
    assert.ok(end - warm < 80, `RSS grew from ${warm.toFixed(0)} MB to ${end.toFixed(0)} MB`);
    assert.ok(end < 300, `RSS ${end.toFixed(0)} MB`);
    client.close(uri);
  });
});

