// Conversions between engine ranges (UTF-16 offsets) and LSP positions.
import type { Position, Range as LspRange } from 'vscode-languageserver';
import { LineIndex, type Range } from '../engine';

/** LSP range of an engine range; out-of-range offsets are clamped. */
export function toLspRange(lines: LineIndex, range: Range): LspRange {
  const start = lines.position(range.start);
  const end = lines.position(Math.max(range.start, range.end));
  return { start, end };
}

/** Offset of an LSP position, clamped to the text. */
export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offset({ line: Math.max(0, position.line), character: Math.max(0, position.character) });
}

export function contains(range: Range, offset: number): boolean {
  return offset >= range.start && offset <= range.end;
}

/** Zero-based line numbers of a block, without the blank lines it ends with. */
export function lineSpan(lines: LineIndex, start: number, end: number): { startLine: number; endLine: number } {
  const text = lines.text;
  let last = Math.min(end, text.length);
  while (last > start && /\s/.test(text[last - 1])) last--;
  return { startLine: lines.position(start).line, endLine: lines.position(Math.max(start, last - 1)).line };
}

const cache = new WeakMap<object, LineIndex>();

/** One LineIndex per text holder (an Issue), built on first use. */
export function linesOf(holder: { text: string; lines?: readonly { start: number }[] }): LineIndex {
  let lines = cache.get(holder);
  if (!lines) {
    // A parsed issue has its lines already (split by the same rule).
    lines = new LineIndex(holder.text, holder.lines?.length ? holder.lines.map((l) => l.start) : undefined);
    cache.set(holder, lines);
  }
  return lines;
}

/** First line of a text, shortened for menus and hovers. */
export function shorten(text: string, max = 40): string {
  // On one line, without the spaces extraction leaves between two characters (城市排 水防涝).
  const flat = text.replace(/\s+/g, ' ').replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
