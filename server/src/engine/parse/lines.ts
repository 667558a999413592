// Splits text into physical lines (LF, CRLF or CR), keeping offsets.
import type { Line } from '../model';

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const BREAK = /\r\n?|\n/g;
  let start = 0;
  for (let m; (m = BREAK.exec(text)); start = BREAK.lastIndex) {
    lines.push({ index: lines.length, start, end: m.index, text: text.slice(start, m.index) });
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}
