// The server indexes a workspace without making the editor wait: requests are answered while it
// runs, the editor shows its progress, and checks wait for it so as not to report a cited file missing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { INTERPRETATION } from '../fixtures/interpretation';
import { LspClient, corpusAvailable, corpusText, makeWorkspace, uriOf } from './lspClient';

describe('language server: indexing the workspace', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient | undefined;

  before(function () {
    if (!corpusAvailable()) this.skip();
    const files: Record<string, string> = {
      // Interprets a document printed only in the other file.
      'drafts/interpretation.gazette': INTERPRETATION.trimStart(),
      'issues/sx.gazette': corpusText('shaoxing-2018-08.txt'),
    };
    // Enough issues for the scan to take many slices of time.
    const j19 = corpusText('jiaxing-2019-07.txt');
    for (let i = 0; i < 60; i++) files[`archive/${2000 + i}.gazette`] = j19;
    dir = makeWorkspace(files);
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a request while indexing, and reports its progress', async () => {
    client = await LspClient.start(dir);
    const uri = uriOf(path.join(dir, 'archive/2000.gazette'));
    client.open(uri, corpusText('jiaxing-2019-07.txt'));
    await client.waitFor(() => client!.progress.find((p) => p.kind === 'begin'), 30000, 'indexing to begin');
    const begin = client.progress.find((p) => p.kind === 'begin')!;
    assert.match(begin.title!, /indexing gazette files/);
    await client.request('textDocument/foldingRange', { textDocument: { uri } });
    const answered = performance.now();
    const end = await client.waitFor(() => client!.progress.find((p) => p.kind === 'end'), 30000, 'indexing to end');
    assert.ok(answered < end.at, `the outline came ${(answered - end.at).toFixed(0)} ms after indexing ended`);
    const reports = client.progress.filter((p) => p.kind === 'report');
    assert.ok(reports.length > 1 && reports[reports.length - 1].message === '62/62', reports.map((r) => r.message).join(' '));
  });

  it('first checks a draft opened at startup against the whole index', async () => {
    // Without a debounce, the first check would run as soon as the draft is opened, before the scan.
    const settings = { diagnostics: { debounceMs: 0 } };
    client = await LspClient.start(dir, settings, ['--stdio'], { initializationOptions: settings });
    const uri = uriOf(path.join(dir, 'drafts/interpretation.gazette'));
    client.open(uri, INTERPRETATION.trimStart());
    const first = await client.diagnostics(uri, () => true, 30000);
    // Checked before sx.gazette was indexed, the interpreted document would be reported missing.
    assert.deepStrictEqual(
      first.diagnostics.filter((d) => d.code === 'cross-reference/interpretation').map((d) => d.message),
      [],
    );
  });
});
