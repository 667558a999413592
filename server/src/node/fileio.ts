// Reading a draft from disk and writing a fixed version back safely.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeFile, encodeText, keepLayout, type DecodeResult, type DecodedText } from './encoding';

export interface ReadResult {
  /** The bytes as read, to detect changes made on disk before writing. */
  buffer: Buffer;
  decoded: DecodeResult;
}

/** Reads and decodes a file. Throws the usual fs errors (ENOENT, EACCES, EISDIR…). */
export function readTextFile(file: string): ReadResult {
  const buffer = fs.readFileSync(file);
  return { buffer, decoded: decodeFile(buffer) };
}

/** The file changed on disk after it was read; writing would lose those changes. */
export class FileChangedError extends Error {
  constructor(readonly file: string) {
    super('file changed on disk since it was read; not overwritten');
    this.name = 'FileChangedError';
  }
}

/**
 * Writes data through a temporary file in the same directory and a rename, so
 * a reader never sees half a file. With `expected`, refuses (FileChangedError)
 * when the file no longer holds those bytes.
 */
export function writeFileAtomic(file: string, data: Uint8Array, expected?: Uint8Array): void {
  const target = realTarget(file);
  const dir = path.dirname(target);
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const unchanged = () => !expected || sameBytes(fs.readFileSync(target), expected);
  if (!unchanged()) throw new FileChangedError(file);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    fs.writeFileSync(tmp, data, { flag: 'wx', mode });
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    if (!unchanged()) throw new FileChangedError(file);
    fs.renameSync(tmp, target);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/** Writes a link's target, not the link itself. */
function realTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/**
 * Writes the fixed text of a file read with readTextFile, in the file's own
 * encoding, BOM, line breaks and final newline. Throws EncodingError when a
 * character cannot be written in the file's encoding, FileChangedError when
 * the file changed on disk meanwhile.
 */
export function writeFixedText(file: string, read: ReadResult & { decoded: DecodedText }, fixed: string): void {
  const { text, encoding, bom } = read.decoded;
  const bytes = encodeText(keepLayout(text, fixed), encoding, bom);
  writeFileAtomic(file, bytes, read.buffer);
}
