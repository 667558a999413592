// Detects and decodes the encodings gazette drafts arrive in (UTF-8 with or
// without BOM, UTF-16 with BOM, GB18030/GBK), and writes text back in the same
// encoding so a fix never changes more than the fixed characters.
import { encodeGb18030 } from './gb18030';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  kind: 'text';
  /** The text without its BOM: engine offsets refer to this string. */
  text: string;
  encoding: TextEncodingName;
  /** The file started with a byte order mark. */
  bom: boolean;
  /** The dominant line break ('\n' when the text has none). */
  eol: '\n' | '\r\n' | '\r';
  /** The text ends with a line break. */
  finalNewline: boolean;
}

export interface BinaryContent {
  kind: 'binary';
  /** Why the content is not treated as text, e.g. "NUL byte at offset 12". */
  reason: string;
}

export type DecodeResult = DecodedText | BinaryContent;

/** A character that the target encoding cannot represent. */
export class EncodingError extends Error {
  constructor(
    readonly encoding: TextEncodingName,
    /** UTF-16 offset of the character in the text. */
    readonly offset: number,
    readonly char: string,
  ) {
    const cp = char.codePointAt(0) ?? 0;
    super(`character "${char}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) at offset ${offset} cannot be written in ${encoding}`);
    this.name = 'EncodingError';
  }
}

const SNIFF_BYTES = 8192;

/** Decodes a file's bytes, or says why they are not text. */
export function decodeFile(buffer: Uint8Array): DecodeResult {
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return decodeWith(buffer.subarray(3), 'utf-8', true);
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return decodeWith(buffer.subarray(2), 'utf-16le', true);
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return decodeWith(buffer.subarray(2), 'utf-16be', true);
  const nul = buffer.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) return { kind: 'binary', reason: `NUL byte at offset ${nul}` };
  const utf8 = decodeWith(buffer, 'utf-8', false);
  if (utf8.kind === 'text') return utf8;
  const gb = decodeWith(buffer, 'gb18030', false);
  if (gb.kind === 'text' && !looksBinary(gb.text)) return gb;
  return { kind: 'binary', reason: 'neither valid UTF-8 nor GB18030' };
}

function decodeWith(bytes: Uint8Array, encoding: TextEncodingName, bom: boolean): DecodeResult {
  let text: string;
  try {
    if (encoding === 'utf-16be') {
      if (bytes.length % 2) throw new Error('odd length');
      text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(swapBytes(bytes));
    } else {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    }
  } catch {
    return { kind: 'binary', reason: `invalid ${encoding}` };
  }
  if (encoding.startsWith('utf-16') && text.slice(0, SNIFF_BYTES).includes('\0')) {
    return { kind: 'binary', reason: 'NUL character' };
  }
  return { kind: 'text', text, encoding, bom, ...lineBreaks(text) };
}

/** Control characters other than tab, line breaks and form feed are rare in real text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  const controls = sample.match(/[\x00-\x08\x0e-\x1f\x7f]/g)?.length ?? 0;
  return controls > sample.length / 100;
}

function lineBreaks(text: string): { eol: DecodedText['eol']; finalNewline: boolean } {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  const eol = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
  return { eol, finalNewline: /[\r\n]$/.test(text) };
}

/** Encodes text (without BOM) in the given encoding, adding the BOM when asked. Throws EncodingError. */
export function encodeText(text: string, encoding: TextEncodingName, bom = false): Buffer {
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  if (lone) throw new EncodingError(encoding, lone.index, lone[0]);
  switch (encoding) {
    case 'utf-8':
      return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), swapBytes(Buffer.from(text, 'utf16le'))]);
    case 'gb18030': {
      const encoded = encodeGb18030(text);
      // A GB18030 "BOM" (U+FEFF) is never stripped on reading, so it is part of the text here.
      if (typeof encoded === 'number') throw new EncodingError(encoding, encoded, String.fromCodePoint(text.codePointAt(encoded)!));
      return encoded;
    }
  }
}

function swapBytes(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

/**
 * Keeps the layout of the original text in a fixed version: line breaks a fix
 * introduced follow the file's own style, and the presence or absence of a
 * final line break is kept.
 */
export function keepLayout(original: string, fixed: string): string {
  const crlf = original.match(/\r\n/g)?.length ?? 0;
  const lf = (original.match(/\n/g)?.length ?? 0) - crlf;
  const cr = (original.match(/\r/g)?.length ?? 0) - crlf;
  let out = fixed;
  if (crlf > 0 && lf === 0 && cr === 0) out = out.replace(/\r?\n|\r/g, '\r\n');
  else if (lf > 0 && crlf === 0 && cr === 0) out = out.replace(/\r\n?/g, '\n');
  const hadFinal = /[\r\n]$/.test(original);
  const hasFinal = /[\r\n]$/.test(out);
  if (hadFinal && !hasFinal && out.length > 0) out += lineBreaks(original).eol;
  else if (!hadFinal && hasFinal && original.length > 0) out = out.replace(/(\r\n|\n|\r)$/, '');
  return out;
}
