// 附件说明 (附件:1. title (略) / 2. title) and the attachments printed after a document.
import type { AttachmentDecl, Line } from '../model';
import { lineIsDate } from './dates';
import { content, contentEnd, isBlank, numeralValue, prefixLength, span, trimEndChars } from './text';

// **附件：**1．… : a label set in bold, the bold closing after the colon.
const DECL = /^附[ \t]*件[ \t]*[:：](?:[ \t]*\*\*)?/;
// An attachment's number: 1, or (against GB/T 9704, which structure/attachment-declaration reports) 一.
// Digits in either width: a Word document's 附件：１．….
const NUMBER = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
// A sub-number after it: 附件1-2, 附件：1-2．… (an attachment in several tables).
const SUB = '(?:[ \\t]*[-－—–][ \\t]*([0-9０-９]{1,2}))?';
// A numbered label may keep the colon a drafter typed after it (附件1：), its title on the next line.
const LABEL_ALONE = new RegExp(`^附[ \\t]*件[ \\t]*(?:(${NUMBER})${SUB}[ \\t]*(?:[:：][ \\t]*)?)?$`);
const ITEM = new RegExp(`^(${NUMBER})${SUB}[ \\t]*[.．、][ \\t]*`);

/**
 * A gap, then the number of the next item and its stop: 　　2．. Tried only where a run of spaces starts (a
 * try from inside a long run would read the rest of it again each time).
 */
const INLINE_ITEM = /(?<![ \t\u3000])([ \t\u3000]+)([0-9０-９]{1,2})[.．]/g;

/** Where the item numbered `n` starts on a line after `from`, and where the text before it ends. */
function nextItemAt(text: string, from: number, n: number): { start: number; end: number } | undefined {
  INLINE_ITEM.lastIndex = from;
  for (let m: RegExpExecArray | null; (m = INLINE_ITEM.exec(text)); ) {
    // A wide gap (two spaces, or an ideographic one): not the space a PDF left in 第 2、3 批 or 第 2.5 版.
    const wide = m[1].length >= 2 || m[1].includes('\u3000');
    if (wide && numeralValue(m[2]) === n) return { start: m.index + m[1].length, end: m.index };
  }
  return undefined;
}

/** How an attachment is labelled: 附件, 附件2, 附件1-2. */
export function attachmentName(a: { number?: number; sub?: number }): string {
  return a.number === undefined ? '附件' : `附件${a.number}${a.sub !== undefined ? `-${a.sub}` : ''}`;
}

const OMITTED = /[(（][ \t]*(略|另发|另行印发)[ \t]*[)）]|另发/;

const NOTE = /^[(（]?[ \t]*(可登|网址|详见|请登|请查阅)/;

/** The note under a 附件说明 on where to read the attachment: "(可登陆…网站查询,网址:…)". */
export function isAttachmentNote(text: string): boolean {
  return NOTE.test(text);
}


/** Is this line a 附件说明 opener ("附件:…", "- 附件:")? */
export function isAttachmentDecl(lineText: string): boolean {
  return DECL.test(lineText.slice(prefixLength(lineText)));
}

/**
 * An attachment label with its title after a colon on the same line ("附件1：先进集体名单", or "附件1　先进集体名单"
 * after a wide gap): the number
 * comes before the colon, where a 附件说明 puts it after. Without a number ("附件：先进集体名单") only
 * where the caller knows the line is no 附件说明 (`unnumbered`). Returns the number and where the title starts.
 */
export function attachmentLabelWithTitle(lineText: string, unnumbered = false): { number?: number; sub?: number; titleAt: number; labelLength: number } | undefined {
  const at = prefixLength(lineText);
  const m = LABEL_WITH_TITLE.exec(lineText.slice(at));
  // A gap instead of the colon only after a number: 附件　… is no label.
  if (!m || (!m[2] && (!unnumbered || m[4] !== undefined))) return undefined;
  return { number: m[2] ? numeralValue(m[2]) : undefined, sub: m[3] ? numeralValue(m[3]) : undefined, titleAt: at + m[0].length, labelLength: m[1].length };
}

// The title after a colon, or after a numbered label's wide gap (附件3　诚信承诺书: an ideographic space, a TAB, two spaces).
const LABEL_WITH_TITLE = new RegExp(
  `^(附[ \\t]*件(?:[ \\t]*(${NUMBER})${SUB})?)(?:[ \\t]*[:：][ \\t]*(?=[^ \\t])|(\u3000|\\t| {2})[ \\t\u3000]*(?=[^ \\t\u3000]))`,
);

/** Is this line an attachment label standing alone ("附件", "附件2", "附件1-2")? Returns its numbers. */
export function attachmentLabel(lineText: string): { number?: number; sub?: number } | undefined {
  const m = LABEL_ALONE.exec(content(lineText));
  return m ? { number: m[1] ? numeralValue(m[1]) : undefined, sub: m[2] ? numeralValue(m[2]) : undefined } : undefined;
}

/**
 * Parses a 附件说明 starting at line `at`; returns the declarations and the lines it used.
 * Items continue on following lines (numbered "2. …", wrapped titles, "(略)", the site note).
 */
export function parseAttachmentDecls(lines: readonly Line[], at: number, limit: number): { decls: AttachmentDecl[]; used: number[] } {
  const decls: AttachmentDecl[] = [];
  const used = [at];
  const first = lines[at];
  const head = prefixLength(first.text);
  const afterColon = DECL.exec(first.text.slice(head))![0].length + head;
  let current: { from: number; col: number; to: number; endCol?: number; number?: number; numberAt?: number; numberLength?: number; sub?: number; subAt?: number; subLength?: number } | undefined;
  const finish = () => {
    if (!current) return;
    const startLine = lines[current.from];
    let text = '';
    for (let i = current.from; i <= current.to; i++) {
      const t = lines[i].text;
      // Up to where the line's content ends (a pandoc hard break's \ is no part of the title).
      const end = Math.min(current.endCol ?? Infinity, contentEnd(t, current.col, true));
      text += (i === current.from ? t.slice(current.col, Math.max(current.col, end)) : content(t)).trim();
    }
    const omitted = OMITTED.test(text);
    const title = trimEndChars(text.replace(OMITTED, ''));
    const start = startLine.start + current.col;
    decls.push({
      range: { start, end: current.endCol !== undefined ? startLine.start + current.endCol : lines[current.to].end },
      number: current.number,
      numberRange: current.numberAt !== undefined ? { start: current.numberAt, end: current.numberAt + current.numberLength! } : undefined,
      ...(current.sub !== undefined ? { sub: current.sub, subRange: { start: current.subAt!, end: current.subAt! + current.subLength! } } : {}),
      title: span(title, { start, end: start + Math.min(title.length, lines[current.from].end - start) }),
      omitted,
    });
    current = undefined;
  };
  const startItem = (lineIndex: number, col: number) => {
    const line = lines[lineIndex];
    const rest = line.text.slice(col);
    const lead = /^[ \t\u3000]*/.exec(rest)![0].length;
    const item = ITEM.exec(rest.slice(lead));
    const numberAt = line.start + col + lead;
    current = item
      ? {
          from: lineIndex, col: col + lead + item[0].length, to: lineIndex, number: numeralValue(item[1]), numberAt, numberLength: item[1].length,
          ...(item[2] ? { sub: numeralValue(item[2]), subAt: numberAt + item[0].lastIndexOf(item[2], item[0].length - 1), subLength: item[2].length } : {}),
        }
      : { from: lineIndex, col: col + lead, to: lineIndex };
    // The next item on the same line (附件：1．A　　2．B（略））: this one ends before it.
    const next = current.number !== undefined ? nextItemAt(line.text, current.col, current.number + 1) : undefined;
    if (next !== undefined) {
      current.endCol = next.end;
      finish();
      startItem(lineIndex, next.start);
    }
  };
  if (first.text.slice(afterColon).trim()) startItem(at, afterColon);
  let blanks = 0;
  for (let i = at + 1; i < limit; i++) {
    const line = lines[i];
    if (isBlank(line.text)) {
      blanks++;
      if (blanks > 1 && current) break;
      continue;
    }
    const text = content(line.text);
    // "2." after an unnumbered first item: the first one lost its number.
    const item = ITEM.exec(text);
    if (item && (decls.length > 0 || current?.number !== undefined || (current && numeralValue(item[1]) === 2))) {
      finish();
      startItem(i, prefixLength(line.text));
    } else if (!current) {
      // "附件:" alone: the title follows on the next line.
      startItem(i, prefixLength(line.text));
    } else if (attachmentLabel(line.text) || lineIsDate(line.text, 0, line.text) || (i + 1 < limit && lineIsDate(lines[i + 1].text, 0, lines[i + 1].text))) {
      // A label, or the 落款 right under the list without a blank line (organ, then date): the list has ended.
      break;
    } else if (isAttachmentNote(text)) {
      // a note about where to read it: part of the declaration, not a title
    } else if ((blanks === 0 || OMITTED.test(text)) && text.length < 60 && !/[。;；)）]$/.test(lines[current.to].text.trim())) {
      current.to = i; // "(略)" or a wrapped title
    } else break;
    used.push(i);
    blanks = 0;
  }
  finish();
  return { decls, used };
}
