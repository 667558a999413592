// Indexing a workspace gives way to requests, keeps what changed meanwhile, and tells checks when it is done.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parseIssue } from '../../server/src/engine';
import { TimeSlices } from '../../server/src/features/timeSlices';
import { canonicalUri, WorkspaceFiles } from '../../server/src/features/workspaceFiles';

const DRAFT = (n: number) => ['嘉兴市人民政府办公室关于做好示范工作的通知', '', `嘉政办发〔2018〕${n}号`, '', '一、总体要求', ''].join('\n');

function folderWith(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-scan-'));
  for (let i = 1; i <= count; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.gazette`), DRAFT(i));
  return dir;
}

const uriOf = (file: string) => canonicalUri(pathToFileURL(file).href);
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('features: workspace scan', () => {
  let dir: string;
  let workspace: WorkspaceFiles;
  beforeEach(() => {
    dir = folderWith(20);
    workspace = new WorkspaceFiles(parseIssue);
    workspace.setFolders([dir]);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lets the event loop run between slices, and reports its progress', async () => {
    let ran = 0;
    let running = true;
    const other = async () => {
      while (running) {
        await tick();
        ran++;
      }
    };
    void other();
    const progress: string[] = [];
    // Slices of 0 ms: a yield before every file.
    const count = await workspace.scan((done, total) => progress.push(`${done}/${total}`), new TimeSlices(0));
    running = false;
    assert.strictEqual(count, 20);
    assert.ok(ran >= 19, `other work ran ${ran} times during the scan`);
    assert.deepStrictEqual(progress.slice(0, 2), ['1/20', '2/20']);
    assert.strictEqual(progress[progress.length - 1], '20/20');
    assert.strictEqual(workspace.index.uris().length, 20);
  });

  it('keeps a file that changed on disk during the scan, and drops one that is gone', async () => {
    await workspace.scan();
    const gone = path.join(dir, '001.gazette');
    const created = path.join(dir, 'new.gazette');
    fs.rmSync(gone);
    const scan = workspace.scan(undefined, new TimeSlices(0));
    // Created while the scan runs, after its listing of the folder: the file watcher reports it.
    fs.writeFileSync(created, DRAFT(99));
    workspace.fileChanged(uriOf(created), false);
    await scan;
    assert.ok(workspace.issue(uriOf(created)), 'the file created during the scan is indexed');
    assert.strictEqual(workspace.issue(uriOf(gone)), undefined);
    assert.strictEqual(workspace.index.uris().length, 20);
  });

  it('leaves a document opened during the scan as the editor has it', async () => {
    const file = path.join(dir, '020.gazette');
    const scan = workspace.scan(undefined, new TimeSlices(0));
    const edited = parseIssue(DRAFT(777));
    workspace.setOpen(uriOf(file), edited);
    await scan;
    assert.strictEqual(workspace.issue(uriOf(file)), edited);
  });

  it('indexed() waits for an expected scan and the one running, or for at most the time given', async () => {
    await workspace.indexed(); // nothing expected: at once
    workspace.expectScan();
    let done = false;
    const waiting = workspace.indexed().then(() => (done = true));
    await tick();
    assert.strictEqual(done, false, 'waits for the scan that is expected');
    const started = Date.now();
    await workspace.indexed(30);
    assert.ok(Date.now() - started >= 25, 'a bounded wait ends when its time is up');
    assert.strictEqual(done, false);
    await workspace.scan(undefined, new TimeSlices(0));
    await waiting;
    assert.strictEqual(done, true);
  });

  it('takes a batch of file changes a slice at a time, and checks wait for it', async () => {
    await workspace.scan();
    const files = Array.from({ length: 20 }, (_, i) => path.join(dir, `${String(i + 1).padStart(3, '0')}.gazette`));
    for (const file of files) fs.writeFileSync(file, DRAFT(500));
    let ran = 0;
    let running = true;
    void (async () => {
      while (running) {
        await tick();
        ran++;
      }
    })();
    let waited = false;
    const batch = workspace.filesChanged(files.map((file) => ({ uri: uriOf(file), deleted: false })), new TimeSlices(0));
    const check = workspace.indexed().then(() => (waited = workspace.index.uris().every((uri) => workspace.issue(uri)!.numbers[0]?.serial === '500')));
    await batch;
    running = false;
    await check;
    assert.ok(ran >= 19, `other work ran ${ran} times during the batch`);
    assert.ok(waited, 'a check waiting for the index saw every change');
  });

  it('stops waiting when the expected scan cannot run', async () => {
    workspace.expectScan();
    const waiting = workspace.indexed();
    workspace.cancelExpectedScan();
    await waiting;
  });
});
