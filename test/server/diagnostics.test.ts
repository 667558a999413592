// Diagnostics as the user types: the debounce setting (gazette.diagnostics.debounceMs or
// initializationOptions), the timings the server reports for measurements, diagnostics sent
// only when they change, and memory with the whole corpus open through a stream of edits.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readDebounce } from '../../server/src/features/diagnostics';
import { LspClient, corpusAvailable, corpusText, find, makeWorkspace, offsetAt, positionAt, uriOf } from './lspClient';

describe('diagnostics: debounce setting', () => {
  it('reads gazette.diagnostics.debounceMs in every shape a client may send it', () => {
    assert.strictEqual(readDebounce({ diagnostics: { debounceMs: 0 } }), 0);
    assert.strictEqual(readDebounce({ 'diagnostics.debounceMs': 40 }), 40);
    assert.strictEqual(readDebounce({ debounceMs: 5 }), 5);
    assert.strictEqual(readDebounce({ gazette: { diagnostics: { debounceMs: 7 } } }), 7);
    assert.strictEqual(readDebounce({ diagnostics: { debounceMs: 12.6 } }), 13);
    assert.strictEqual(readDebounce({ diagnostics: { debounceMs: 1e9 } }), 10_000);
  });

  it('ignores what is not a usable delay', () => {
    for (const value of [undefined, null, 3, 'x', [], {}, { diagnostics: {} }, { diagnostics: { debounceMs: -1 } }, { diagnostics: { debounceMs: '0' } }, { debounceMs: NaN }, { debounceMs: Infinity }]) {
      assert.strictEqual(readDebounce(value), undefined, JSON.stringify(value));
    }
  });
});

describe('diagnostics over stdio: debounce, timings, memory', function () {
  this.timeout(120000);
  let dir: string;
  let client: LspClient;
  let sx: string;
  let sxUri: string;

  before(async function () {
    if (!corpusAvailable()) {
      console.warn('    corpus not found at ../shared/corpus: skipping the diagnostics latency tests');
      this.skip();
    }
    sx = corpusText('shaoxing-2018-08.txt');
    dir = makeWorkspace({
      'sx.gazette': sx,
      'j18.gazette': corpusText('jiaxing-2018-12.txt'),
      'j19.gazette': corpusText('jiaxing-2019-07.txt'),
    });
    sxUri = uriOf(path.join(dir, 'sx.gazette'));
    // As VS Code's client: it does not say it reads the version of published diagnostics.
    client = await LspClient.start(dir, {}, ['--stdio'], {
      initializationOptions: { diagnostics: { debounceMs: 0 } },
      env: { GAZETTE_LSP_TIMINGS: '1' },
      versionSupport: false,
    });
    for (const name of ['sx', 'j18', 'j19']) {
      const uri = uriOf(path.join(dir, `${name}.gazette`));
      client.open(uri, name === 'sx' ? sx : corpusText(name === 'j18' ? 'jiaxing-2018-12.txt' : 'jiaxing-2019-07.txt'));
      await client.diagnostics(uri);
    }
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Inserts one character at an offset of the SX copy and returns the new version. */
  const insert = (at: number, text = '的') => {
    const pos = positionAt(client.text(sxUri), at);
    return client.change(sxUri, [{ range: { start: pos, end: pos }, text }]);
  };
  const timingsOf = (version: number) => client.waitFor(() => client.timings.find((t) => t.uri === sxUri && t.version === version), 20000, `timings of v${version}`);

  it('initializationOptions { diagnostics: { debounceMs: 0 } }: checked at once, and the timings add up', async () => {
    // A line break moves every diagnostic below it: this version's are sent.
    const version = insert(sx.length >> 1, '\n');
    const t = await timingsOf(version);
    const published = await client.diagnostics(sxUri, (p) => p.version === version);
    // The default debounce would wait 150 ms before starting.
    assert.ok(t.waitMs < 100, `waited ${t.waitMs} ms`);
    assert.ok(t.published);
    assert.strictEqual(t.diagnostics, published.diagnostics.length);
    for (const k of ['parseMs', 'lintMs', 'convertMs', 'publishMs', 'gcMs']) assert.ok(Number.isFinite(t[k]) && t[k] >= 0, `${k} ${t[k]}`);
    assert.ok(t.parseMs > 0 && t.lintMs > 0, 'this version was parsed and linted');
    assert.ok(t.memory.rss > t.memory.heapUsed);
  });

  it('gazette.diagnostics.debounceMs from the settings wins, and applies after a configuration change', async () => {
    client.settings = { diagnostics: { debounceMs: 600 } };
    const checked = client.nextCheck(sxUri, 20000);
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    // The configuration change checks the open drafts again: by then the new delay is in force.
    await checked();
    const version = insert(1000);
    const t = await timingsOf(version);
    // (Timers count from the event loop's cached time: a little less than 600 ms can show.)
    assert.ok(t.waitMs >= 500, `waited ${t.waitMs} ms`);
    // A burst within the delay is checked once, at its last version.
    const before = client.timings.length;
    let last = 0;
    for (let i = 0; i < 4; i++) last = insert(2000 + i);
    await timingsOf(last);
    assert.deepStrictEqual(client.timings.slice(before).filter((x) => x.uri === sxUri).map((x) => x.version), [last]);

    // Without the setting, the initialization option applies again.
    client.settings = {};
    const checkedAgain = client.nextCheck(sxUri, 20000);
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await checkedAgain();
    const quick = await timingsOf(insert(3000));
    assert.ok(quick.waitMs < 100, `waited ${quick.waitMs} ms`);
  });

  it('sends diagnostics only when they change', async () => {
    const j18 = corpusText('jiaxing-2018-12.txt');
    const j18Uri = uriOf(path.join(dir, 'j18.gazette'));
    const shown = client.shown(j18Uri);
    // Trailing spaces after the signing date move nothing and add nothing: checked, not sent.
    const end = find(j18, '2018年12月17日', 0, '2018年12月17日'.length);
    const spaced = client.change(j18Uri, [{ range: { start: end, end }, text: '  ' }]);
    assert.strictEqual(await client.checked(j18Uri, spaced), shown);
    assert.strictEqual(client.timings.find((t) => t.uri === j18Uri && t.version === spaced).published, false);
    // A character right before a finding moves it: sent.
    const at = shown.diagnostics.find((d) => d.range.start.line === d.range.end.line && d.range.start.line !== end.line)!.range.start;
    const moved = client.change(j18Uri, [{ range: { start: at, end: at }, text: '的' }]);
    const after = await client.diagnostics(j18Uri, (p) => p.version === moved);
    assert.notDeepStrictEqual(after.diagnostics, shown.diagnostics);
    client.change(j18Uri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
    const restored = client.change(j18Uri, [{ range: { start: end, end: { line: end.line, character: end.character + 2 } }, text: '' }]);
    assert.deepStrictEqual((await client.checked(j18Uri, restored)).diagnostics, shown.diagnostics);
    assert.strictEqual(client.text(j18Uri), j18);
  });

  it('sends an unchanged list again after an edit inside a diagnostic (the editor shrank its marker)', async () => {
    const j18Uri = uriOf(path.join(dir, 'j18.gazette'));
    const shown = client.shown(j18Uri);
    const d = shown.diagnostics.find((x) => x.range.start.line === x.range.end.line && x.range.end.character > x.range.start.character)!;
    const first = { line: d.range.start.line, character: d.range.start.character + 1 };
    // Its first character deleted and typed again in one change, as a paste of the same text: nothing moved.
    const same = client.text(j18Uri).slice(...[d.range.start, first].map((p) => offsetAt(client.text(j18Uri), p)) as [number, number]);
    const retyped = client.change(j18Uri, [{ range: { start: d.range.start, end: first }, text: same }]);
    const again = await client.diagnostics(j18Uri, (p) => p.version === retyped);
    assert.deepStrictEqual(again.diagnostics, shown.diagnostics);
    // An edit elsewhere on a line without diagnostics is still not sent.
    const flagged = new Set(shown.diagnostics.flatMap((x) => Array.from({ length: x.range.end.line - x.range.start.line + 1 }, (_, k) => x.range.start.line + k)));
    const line = client.text(j18Uri).split('\n').findIndex((t, i) => t.length > 0 && !flagged.has(i));
    const elsewhere = client.change(j18Uri, [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: client.text(j18Uri).split('\n')[line][0] }]);
    assert.strictEqual((await client.checked(j18Uri, elsewhere)).version, retyped);
  });

  it('to a client that reads versions (Helix, eglot drop lists of an old version), sends every check', async () => {
    const j19 = corpusText('jiaxing-2019-07.txt');
    const versioned = await LspClient.start(dir, {}, ['--stdio'], { initializationOptions: { diagnostics: { debounceMs: 0 } }, versionSupport: true });
    try {
      const uri = uriOf(path.join(dir, 'j19.gazette'));
      versioned.open(uri, j19);
      const first = await versioned.diagnostics(uri, (p) => p.version === 1, 20000);
      // An edit that changes no diagnostic is sent again, with its version: a client that dropped
      // the previous list, having moved on, gets the current one.
      const at = positionAt(j19, j19.indexOf('\n'));
      const version = versioned.change(uri, [{ range: { start: at, end: at }, text: '  ' }]);
      const again = await versioned.diagnostics(uri, (p) => p.version === version, 20000);
      assert.deepStrictEqual(again.diagnostics, first.diagnostics);
    } finally {
      await versioned.stop();
    }
  });

  it('every edit of a stream is checked, only changed diagnostics are sent, and RSS stays under 150 MB with the corpus open', async function () {
    const pid = client.process.pid!;
    if (!fs.existsSync(`/proc/${pid}/status`)) this.skip();
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const chars = ['的', '，', '一', ' ', '〔', '1', '号', '。'];
    let sent = 0;
    for (let i = 0; i < 200; i++) {
      const version = insert(Math.floor(random() * client.text(sxUri).length), chars[i % chars.length]);
      const t = await timingsOf(version);
      if (t.published) {
        sent++;
        await client.diagnostics(sxUri, (p) => p.version === version, 20000);
      } else {
        // Not sent: what the client shows is exactly this version's list.
        assert.strictEqual(client.shown(sxUri).diagnostics.length, t.diagnostics, `v${version}`);
      }
    }
    // A character typed on one line moves no diagnostic on the others: most edits send nothing.
    assert.ok(sent > 10 && sent < 150, `${sent} of 200 edits sent diagnostics`);
    const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
    assert.ok(rss < 150, `RSS ${rss.toFixed(0)} MB`);

    // What the client shows after the stream is what a fresh check of the final text gives.
    const held = client.shown(sxUri).diagnostics;
    const text = client.text(sxUri);
    const count = client.published.length;
    client.close(sxUri);
    client.open(sxUri, text);
    const fresh = await client.waitFor(() => client.published.slice(count).find((p) => p.uri === sxUri && p.version === 1), 20000, 'sx reopened');
    assert.ok(held.length > 100);
    assert.deepStrictEqual(held, fresh.diagnostics);
  });
});
