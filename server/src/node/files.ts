// Finding the drafts to check: files, directories (walked) and globs (expanded).
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

/** Extensions of gazette drafts, for directory walks. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.gazette', '.gzt'];

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Named directly on the command line (not found by a walk or a glob). */
  explicit: boolean;
}

export interface DiscoveryError {
  input: string;
  message: string;
}

export interface DiscoveryOptions {
  cwd?: string;
  extensions?: readonly string[];
}

/** Resolves inputs to files, in input order, without duplicates. */
export function discoverFiles(inputs: readonly string[], options: DiscoveryOptions = {}): {
  files: DiscoveredFile[];
  errors: DiscoveryError[];
} {
  const cwd = options.cwd ?? process.cwd();
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const files: DiscoveredFile[] = [];
  const errors: DiscoveryError[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push({ path: file, explicit });
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch (error) {
      if (!isGlob(input)) {
        errors.push({ input, message: describeFsError(error) });
        continue;
      }
    }
    if (stat?.isDirectory()) {
      const found = walkDirectory(abs, extensions);
      if (found.length === 0) errors.push({ input, message: `no ${extensions.map((e) => `*${e}`).join(', ')} files in this directory` });
      for (const f of found) add(f, false);
    } else if (stat) {
      add(abs, true);
    } else {
      const matched = expandGlob(input, cwd);
      if (matched.length === 0) errors.push({ input, message: 'no files match this pattern' });
      for (const f of matched) add(f, false);
    }
  }
  return { files, errors };
}

export function isGlob(input: string): boolean {
  return picomatch.scan(input).isGlob;
}

/** Directories a walk never enters. */
function skipDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Files under dir with one of the extensions, sorted, skipping node_modules and dot-directories. */
export function walkDirectory(dir: string, extensions: readonly string[] = DEFAULT_EXTENSIONS): string[] {
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  return walk(dir, (rel) => wanted.has(path.extname(rel).toLowerCase()));
}

function walk(dir: string, accept: (rel: string) => boolean, maxDepth = Infinity): string[] {
  const out: string[] = [];
  const visit = (abs: string, rel: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const childAbs = path.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      // Symbolic links to files are followed; links to directories are not (no cycles).
      const isFile = e.isFile() || (e.isSymbolicLink() && statIsFile(childAbs));
      if (e.isDirectory()) {
        if (!skipDirectory(e.name) && depth + 1 < maxDepth) visit(childAbs, childRel, depth + 1);
      } else if (isFile && accept(childRel)) {
        out.push(childAbs);
      }
    }
  };
  visit(dir, '', 0);
  return out;
}

function statIsFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Files matching a glob (relative to cwd or absolute), sorted. Never enters node_modules or dot-directories below the glob's base. */
export function expandGlob(pattern: string, cwd: string = process.cwd()): string[] {
  const posix = pattern.split(path.sep).join('/');
  const scan = picomatch.scan(posix);
  const base = path.resolve(cwd, scan.base || '.');
  const match = picomatch(scan.glob, { dot: false, windows: false });
  try {
    if (!fs.statSync(base).isDirectory()) return [];
  } catch {
    return [];
  }
  // Without ** the glob cannot match deeper than its own segments.
  const depth = /\*\*|\{/.test(scan.glob) ? Infinity : scan.glob.split('/').length;
  return walk(base, match, depth);
}

/** A short reason for a failed fs call: "no such file or directory", "permission denied"… */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}
