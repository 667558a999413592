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

/** How many turns of the event loop other work got while a job ran. */
async function turnsDuring<T>(job: Promise<T>): Promise<{ result: T; ran: number }> {
  let ran = 0;
  let running = true;
  void (async () => {
    while (running) {
      await tick();
      ran++;
    }
  })();
  const result = await job;
  running = false;
  return { result, ran };
}

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
    const progress: string[] = [];
    // Slices of 0 ms: a yield before every file.
    const { result: count, ran } = await turnsDuring(workspace.scan((done, total) => progress.push(`${done}/${total}`), new TimeSlices(0)));
    assert.strictEqual(count, 20);
    assert.ok(ran >= 19, `other work ran ${ran} times during the scan`);
    assert.deepStrictEqual(progress.slice(0, 2), ['1/20', '2/20']);
    assert.strictEqual(progress[progress.length - 1], '20/20');
    assert.strictEqual(workspace.index.uris().length, 20);
  });

  it('lets a request read during a slice be handled before the next slice', async () => {
    const order: string[] = [];
    const slices = new TimeSlices(5);
    // The editor's request: read from the pipe (an I/O callback) while the slice runs, handled from an immediate.
    fs.stat(__filename, () => setImmediate(() => order.push('request')));
    const until = Date.now() + 10;
    while (Date.now() < until) {
      // the slice's work
    }
    order.push('slice');
    await slices.next();
    order.push('next slice');
    assert.deepStrictEqual(order, ['slice', 'request', 'next slice']);
  });

  it('keeps a file that changed on disk during the scan, and drops one that is gone', async () => {
    await workspace.scan();
    const gone = path.join(dir, '001.gazette');
    const created = path.join(dir, 'new.gazette');
    fs.rmSync(gone);
    const scan = workspace.scan(undefined, new TimeSlices(0));
    // Created while the scan runs, after its listing of the folder: the file watcher reports it.
    fs.writeFileSync(created, DRAFT(99));
    workspace.fileChanged(uriOf(created));
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

  it('indexed() waits for announced work and the jobs it queues, or for at most the time given', async () => {
    await workspace.indexed(); // nothing under way: at once
    let finish!: () => void;
    // As the server announces a rescan that first reads the settings, then scans.
    workspace.announce(new Promise<void>((resolve) => (finish = resolve)).then(() => workspace.scan(undefined, new TimeSlices(0))));
    let done = false;
    const waiting = workspace.indexed().then(() => (done = true));
    await tick();
    assert.strictEqual(done, false, 'waits for the announced work');
    const started = Date.now();
    await workspace.indexed(30);
    assert.ok(Date.now() - started >= 25, 'a bounded wait ends when its time is up');
    assert.strictEqual(done, false);
    finish();
    await waiting;
    assert.strictEqual(workspace.index.uris().length, 20, 'released once the scan is over');
  });

  it('keeps checks waiting for announced work through a batch of file events', async () => {
    let finish!: () => void;
    workspace.announce(new Promise<void>((resolve) => (finish = resolve)));
    let done = false;
    const waiting = workspace.indexed().then(() => (done = true));
    await workspace.filesChanged([uriOf(path.join(dir, '001.gazette'))]);
    await tick();
    assert.strictEqual(done, false, 'checks released before the announced scan');
    finish();
    await waiting;
  });

  it('stops waiting when announced work fails', async () => {
    const failed = Promise.reject(new Error('no settings'));
    workspace.announce(failed);
    await failed.catch(() => {});
    await workspace.indexed();
  });

  it('applies batches of file events one after another, by what is on disk whatever an event says', async () => {
    await workspace.scan();
    const x = path.join(dir, '005.gazette');
    // A checkout: x deleted, then written again; the watcher sends the deletion, then the creation.
    fs.rmSync(x);
    fs.writeFileSync(x, DRAFT(55));
    const others = [1, 2, 3, 4].map((i) => uriOf(path.join(dir, `00${i}.gazette`)));
    const first = workspace.filesChanged([...others, uriOf(x)], new TimeSlices(0));
    const second = workspace.filesChanged([uriOf(x)], new TimeSlices(0));
    await Promise.all([first, second]);
    assert.strictEqual(workspace.issue(uriOf(x))?.numbers[0]?.serial, '55');
    fs.rmSync(x);
    await workspace.filesChanged([uriOf(x)]);
    assert.strictEqual(workspace.issue(uriOf(x)), undefined, 'a file gone from disk is dropped');
  });

  it('takes a batch of file changes a slice at a time, and checks wait for it', async () => {
    await workspace.scan();
    const files = Array.from({ length: 20 }, (_, i) => path.join(dir, `${String(i + 1).padStart(3, '0')}.gazette`));
    for (const file of files) fs.writeFileSync(file, DRAFT(500));
    let waited = false;
    const batch = turnsDuring(workspace.filesChanged(files.map(uriOf), new TimeSlices(0)));
    const check = workspace.indexed().then(() => (waited = workspace.index.uris().every((uri) => workspace.issue(uri)!.numbers[0]?.serial === '500')));
    const { ran } = await batch;
    await check;
    assert.ok(ran >= 19, `other work ran ${ran} times during the batch`);
    assert.ok(waited, 'a check waiting for the index saw every change');
  });
});
