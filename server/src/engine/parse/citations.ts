// 《title》 anywhere in a paragraph, with the document number that follows it:
// 《国务院关于开展第三次全国土地调查的通知》(国发〔2017〕48号).
import type { Citation, DocNumber, Paragraph } from '../model';
import { sourceRange } from './paragraphs';
import { span } from './text';

const TITLE = /《([^《》]{1,200})》/g;

/** Citations of a paragraph; `numbers` are the numbers found in the source, sorted by start. */
export function findCitations(text: string, p: Paragraph, numbers: readonly DocNumber[]): Citation[] {
  const out: Citation[] = [];
  TITLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLE.exec(p.text))) {
    const range = sourceRange(p, m.index, m.index + m[0].length);
    const titleRange = sourceRange(p, m.index + 1, m.index + m[0].length - 1);
    const number = numberAfter(text, range.end, numbers);
    out.push({
      range: number ? { start: range.start, end: Math.max(range.end, closingAfter(text, number.range.end)) } : range,
      title: span(m[1], titleRange),
      number,
    });
  }
  return out;
}

/** The number that starts right after 》, past whitespace, line breaks and one opening bracket, either side of it. */
function numberAfter(text: string, at: number, numbers: readonly DocNumber[]): DocNumber | undefined {
  let i = at;
  while (i < text.length && /\s/.test(text[i]) && i - at < 6) i++;
  if (text[i] !== '(' && text[i] !== '（') return undefined;
  // A wrap may leave the bracket at the end of the title's line (…的通知》（ / 岚政办发〔2025〕12号）).
  const open = ++i;
  while (i < text.length && /\s/.test(text[i]) && i - open < 6) i++;
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid].range.start < i) lo = mid + 1;
    else hi = mid;
  }
  return numbers[lo] && numbers[lo].range.start === i ? numbers[lo] : undefined;
}

function closingAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[ \t]/.test(text[i])) i++;
  return text[i] === ')' || text[i] === '）' ? i + 1 : at;
}
