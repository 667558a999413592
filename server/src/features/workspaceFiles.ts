// The workspace index: every gazette file of the workspace folders, parsed once,
// kept current from file events; open documents override what is on disk.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import picomatch from 'picomatch';
import { indexedIssue, WorkspaceIndex, type GazetteDocument, type Issue, type Range } from '../engine';
import { lineIndexAt } from '../engine/rules/shared/locate';
import { movableMemo } from '../engine/documentMemo';
import { decodeFile } from '../node';
import { deferred, type Deferred } from './deferred';
import { TimeSlices } from './timeSlices';

/** Always gazettes; other files only through gazette.filePatterns. */
export const GAZETTE_EXTENSIONS = ['.gazette', '.gzt'];

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache']);
const MAX_FILES = 5000;
const MAX_BYTES = 8 * 1024 * 1024;
/** How long checks and cross-file requests wait for a scan of the workspace before going on with what is indexed. */
export const INDEX_WAIT_MS = 2000;

/** file: URIs in one spelling, so the disk scan and the editor agree on keys. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Reads a draft in whatever encoding it arrived (see ../node/encoding); undefined when not text. */
export function readText(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
    const decoded = decodeFile(fs.readFileSync(file));
    return decoded.kind === 'text' ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/** Does a path relative to its workspace folder match a gazette.filePatterns glob? A pattern without a slash matches the name anywhere. */
export function matchPattern(pattern: string, relativePath: string): boolean {
  let match = matchers.get(pattern);
  if (!match) {
    const p = pattern.replace(/\\/g, '/').replace(/^\.?\//, '');
    match = picomatch(p, { dot: true, nocase: true, basename: !p.includes('/'), windows: false });
    matchers.set(pattern, match);
  }
  return match(relativePath.split(path.sep).join('/'));
}

const matchers = new Map<string, (path: string) => boolean>();

export class WorkspaceFiles {
  readonly index = new WorkspaceIndex();
  /** Bumped on every change, so cached cross-file findings know when to refresh. */
  generation = 0;
  private folders: string[] = [];
  private patterns: string[] = [];
  /** canonical URI → the URI the editor uses for an open document. */
  private readonly open = new Map<string, string>();
  private readonly signatures = new Map<string, string>();
  /** Scans and batches of file changes, queued or running: they run one at a time, in order. */
  private jobs = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** Settles when no job is queued, running or announced (see indexed). */
  private idle?: Deferred;

  constructor(
    private readonly parse: (text: string) => Issue,
    private readonly log: (message: string) => void = () => {},
  ) {}

  setFolders(folders: string[]): void {
    this.folders = folders.map((f) => uriToPath(f) ?? f);
  }

  setPatterns(patterns: string[]): void {
    this.patterns = patterns;
  }

  /** Is this file a gazette by its extension or the configured patterns? */
  isGazettePath(file: string): boolean {
    const lower = file.toLowerCase();
    if (GAZETTE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return true;
    if (this.patterns.length === 0) return false;
    const folder = this.folders.find((f) => isInside(f, file));
    const rel = folder ? path.relative(folder, file) : path.basename(file);
    return this.patterns.some((p) => matchPattern(p, rel));
  }

  /**
   * Indexes every gazette file under the workspace folders (open documents are kept), a slice of
   * time at a time: requests are answered between slices, and files may change meanwhile.
   */
  async scan(progress?: (done: number, total: number) => void, slices = new TimeSlices()): Promise<number> {
    return this.indexing(async () => {
      const found: string[] = [];
      for (const folder of this.folders) this.walk(folder, found);
      // What was indexed before, as it was: a file refreshed during the scan (opened, closed) stays.
      const before = new Map(this.index.uris().map((uri) => [uri, this.index.get(uri)]));
      const seen = new Set<string>();
      for (let i = 0; i < found.length; i++) {
        await slices.next();
        const uri = canonicalUri(pathToFileURL(found[i]).href);
        seen.add(uri);
        if (!this.open.has(uri)) this.loadFromDisk(uri);
        progress?.(i + 1, found.length);
      }
      for (const [uri, issue] of before) {
        if (!seen.has(uri) && !this.open.has(uri) && this.index.get(uri) === issue) this.index.delete(uri);
      }
      this.generation++;
      return found.length;
    });
  }

  /** Files changed on disk (a checkout changes hundreds), taken a slice of time at a time; see fileChanged. */
  async filesChanged(uris: readonly string[], slices = new TimeSlices()): Promise<void> {
    await this.indexing(async () => {
      for (const uri of uris) {
        await slices.next();
        this.fileChanged(uri);
      }
    });
  }

  /**
   * Runs a job that changes the index after those queued before it (two batches of file events
   * interleaved at their slices could apply an older event last); checks wait for it (see indexed).
   */
  private indexing<T>(job: () => Promise<T>): Promise<T> {
    const done = this.queue.then(job);
    this.queue = done.catch(() => undefined);
    this.announce(done);
    return done;
  }

  /**
   * Work that will change the index before it settles (a rescan that first reads the settings):
   * checks wait for it as for a job, whether it succeeds or fails.
   */
  announce(work: Promise<unknown>): void {
    this.jobs++;
    const over = () => {
      this.jobs--;
      this.settleIfIdle();
    };
    work.then(over, over);
  }

  /**
   * Resolves when no scan or batch of file changes is queued, running or announced, or after maxWaitMs:
   * a check run before the index is complete could report a cited document as missing, but a
   * workspace of thousands of files should not keep a draft's diagnostics away for minutes.
   */
  indexed(maxWaitMs = Infinity): Promise<void> {
    if (this.jobs === 0) return Promise.resolve();
    this.idle ??= deferred();
    const idle = this.idle.promise;
    if (!Number.isFinite(maxWaitMs)) return idle;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, maxWaitMs);
      void idle.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private settleIfIdle(): void {
    if (this.jobs > 0 || !this.idle) return;
    const { resolve } = this.idle;
    this.idle = undefined;
    resolve();
  }

  private walk(dir: string, out: string[]): void {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) this.walk(full, out);
      } else if (entry.isFile() && this.isGazettePath(full)) out.push(full);
    }
  }

  private loadFromDisk(uri: string): boolean {
    const file = uriToPath(uri);
    const text = file ? readText(file) : undefined;
    if (text === undefined) {
      this.index.delete(uri);
      return false;
    }
    try {
      this.index.set(uri, indexedIssue(this.parse(text)));
    } catch (e) {
      this.log(`cannot parse ${file}: ${String(e)}`);
      this.index.delete(uri);
    }
    return true;
  }

  /** An open document's current parse replaces the disk content. */
  setOpen(uri: string, issue: Issue): void {
    const key = canonicalUri(uri);
    this.open.set(key, uri);
    if (this.index.get(key) === issue) return;
    this.index.set(key, issue);
    // Typing inside a paragraph changes nothing other files can see (unless it moves a place they link to): their findings stay valid.
    const signature = crossFileSignature(issue);
    if (this.signatures.get(key) !== signature) {
      this.signatures.set(key, signature);
      this.generation++;
    }
  }

  /** A document was closed: fall back to the disk content, if it is a gazette file. */
  close(uri: string): void {
    const key = canonicalUri(uri);
    this.open.delete(key);
    this.signatures.delete(key);
    const file = uriToPath(key);
    if (file && this.isGazettePath(file) && this.folders.some((f) => isInside(f, file))) this.loadFromDisk(key);
    else this.index.delete(key);
    this.generation++;
  }

  /** A file changed on disk (created, changed, deleted); open documents ignore it. */
  fileChanged(uri: string): void {
    const key = canonicalUri(uri);
    if (this.open.has(key)) return;
    const file = uriToPath(key);
    // What is on disk now, whatever the event said: events of a checkout may come in another order
    // (deleted, created), and a file that cannot be read is dropped.
    if (!file || !this.isGazettePath(file)) this.index.delete(key);
    else this.loadFromDisk(key);
    this.generation++;
  }

  issue(uri: string): Issue | undefined {
    return this.index.get(canonicalUri(uri));
  }

  /** The URI to hand back to the editor for an indexed file. */
  editorUri(uri: string): string {
    return this.open.get(canonicalUri(uri)) ?? uri;
  }

  entries(): [string, Issue][] {
    return this.index.entries().map(([uri, issue]) => [this.editorUri(uri), issue]);
  }
}

/** What rules may read from another file: masthead, documents (titles, numbers, kinds, unit names), numbers. */
export function crossFileSignature(issue: Issue): string {
  const m = issue.masthead;
  const parts: string[] = [m ? `${m.name?.norm}|${m.year}|${m.issueNo?.value}|${m.totalNo?.value}|${m.publicationDate?.raw}` : ''];
  // Where each document starts and ends, by line: other files link to its title, number and units (a related
  // location), and a line added or removed above them moves those links. Typing within a line moves no line.
  const lines = issue.lines;
  let line = 0;
  for (const d of issue.documents) {
    while (line + 1 < lines.length && lines[line + 1].start <= d.range.start) line++;
    let last = line;
    while (last + 1 < lines.length && lines[last + 1].start <= d.range.end) last++;
    parts.push(`${line}-${last}|${documentSignature(d)}`);
  }
  parts.push(issue.numbers.map((n) => n.key).join(','));
  parts.push(anchorColumns(issue));
  return parts.join('\n');
}

/**
 * The column of each place another file may link to (a document's title and number, a unit, the masthead's numbers):
 * a character typed before one on its line moves the link, and the files linking there are checked again. Typing
 * anywhere else on a line moves none.
 */
function anchorColumns(issue: Issue): string {
  const lines = issue.lines;
  const columns: number[] = [];
  const add = (range: Range | undefined) => {
    if (range) columns.push(range.start - lines[lineIndexAt(lines, range.start)].start);
  };
  add(issue.masthead?.issueNo?.range);
  add(issue.masthead?.totalNo?.range);
  for (const d of issue.documents) {
    add(d.title.range);
    add(d.number?.range);
    for (const t of d.tasks) for (const a of t.annotations) for (const u of a.units) add(u.range);
  }
  return columns.join(',');
}

// Offset-free: a document the parser moved keeps its signature. Units with how often each is written:
// another issue's preferred spelling of a unit is the one written most.
const documentSignature = movableMemo((d: GazetteDocument): string => {
  const units = new Map<string, number>();
  for (const t of d.tasks) for (const a of t.annotations) for (const u of a.units) units.set(u.name, (units.get(u.name) ?? 0) + 1);
  const written = [...units].map(([name, n]) => `${name}×${n}`).sort();
  return `${d.kind}|${d.number?.key}|${d.title.norm}|${d.preTitle?.norm}|${d.parts.map((p) => p.title?.norm).join('/')}|${d.signature?.date?.raw}|${written.join(',')}`;
});

function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
