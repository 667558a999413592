// structure/imprint: the 版记 a Word export keeps under a document (GB/T 9704
// §7.4): 抄送 with its colon, its last organ closed by 。; the 印发日期 written
// as a 成文日期 is (Arabic numerals, no leading zeros).
import type { GazetteDocument, Line } from '../../model';
import { findDates } from '../../parse/dates';
import { contentEnd, COPY_LIST, isBlank, isPageArtifactLine, isRecordLine, PRINTED_LINE, prefixLength } from '../../parse/text';
import type { Rule, RuleContext } from '../types';
import { lineAt } from './util';

const rule: Rule = {
  id: 'structure/imprint',
  category: 'structure',
  defaultSeverity: 'warning',
  description: '版记：抄送后加冒号、末尾加句号，印发日期不编虚位 (imprint: 抄送 with a colon and a closing full stop; the printing date without leading zeros)',
  fixable: true,
  checkDocument(ctx, d) {
    if (!d.signature?.date) return;
    const lines = ctx.issue.lines;
    // Under the 落款, or at the document's very end, after its attachments, where GB/T 9704 puts it.
    const from = lineAt(ctx.issue, d.signature.date.range.end) + 1;
    const to = Math.min(lineAt(ctx.issue, d.range.end), lines.length - 1);
    const tail = lastLines(lines, from, to, TAIL);
    for (let i = from; i <= to; i++) {
      if (i > from + UNDER_SIGNATURE && i < tail) i = tail;
      const c = lines[i].text.slice(prefixLength(lines[i].text));
      // Without its colon, only a line that reads as a list of organs (not a sentence a wrap began with 抄送).
      if (COPY_LIST.test(c) && isRecordLine(lines[i].text)) i = checkCopyTo(ctx, d, lines, i, to);
      else if (PRINTED_LINE.test(c)) checkPrintingDate(ctx, lines[i]);
    }
  },
};

export default rule;

/** How many lines under the 落款, and how many non-blank lines at the document's end, may hold the 版记. */
const UNDER_SIGNATURE = 15;
const TAIL = 8;

/** The first of the last `n` non-blank lines of [from, to]. */
function lastLines(lines: readonly Line[], from: number, to: number, n: number): number {
  let i = to;
  for (let seen = 0; i > from; i--) if (!isBlank(lines[i].text) && ++seen === n) break;
  return i;
}

/** Checks the 抄送 list that starts on line `at` (wrapped up to its full stop); returns its last line. */
function checkCopyTo(ctx: RuleContext, d: GazetteDocument, lines: readonly Line[], at: number, to: number): number {
  const line = lines[at];
  const head = prefixLength(line.text);
  const m = COPY_LIST.exec(line.text.slice(head))!;
  if (!m[2]) {
    // (A half-width colon is the file's punctuation width: typography/punctuation-width's.)
    const word = { start: line.start + head, end: line.start + head + m[1].length };
    const colon = colonOf(ctx, d);
    ctx.report({
      message: `“${m[1]}”后应加冒号“：” (a colon after ${m[1]})`,
      range: word,
      // In place of the spaces that stood for it (抄送 市委 → 抄送：市委).
      fix: { title: `加冒号 (add ${colon})`, edits: [{ range: { start: word.end, end: line.start + head + m[0].length }, text: colon }] },
    });
  }
  // The list runs on over lines until its full stop, a blank line or the 印发 line.
  let last = at;
  const next = (i: number) => lines[i].text.slice(prefixLength(lines[i].text));
  while (
    last + 1 <= to && !isBlank(lines[last + 1].text) && !isPageArtifactLine(lines[last + 1].text) && !PRINTED_LINE.test(lines[last + 1].text) &&
    !COPY_LIST.test(next(last + 1)) && !/[。.][ \t\u3000]*$/.test(lines[last].text)
  ) last++;
  const text = lines[last].text;
  const end = contentEnd(text, 0, true);
  const lastChar = text[end - 1];
  if (lastChar !== '。' && lastChar !== '.') {
    const after = lines[last].start + end;
    // A comma or a 、 left at the end is replaced; otherwise 。 is added (reported on the last character).
    const stop = '，,、；;'.includes(lastChar) ? { start: after - 1, end: after } : { start: after, end: after };
    ctx.report({
      message: `${m[1]}机关的最后一个名称后应标句号“。” (the last organ of the ${m[1]} list ends with 。)`,
      range: { start: after - 1, end: after },
      fix: { title: '以句号结束 (end with 。)', edits: [{ range: stop, text: '。' }] },
    });
  }
  return last;
}

/** The colon the document writes (a file extracted with half-width punctuation throughout writes :). */
function colonOf(ctx: RuleContext, d: GazetteDocument): string {
  const text = ctx.text.slice(d.range.start, d.range.end);
  return (text.match(/:/g)?.length ?? 0) > (text.match(/：/g)?.length ?? 0) ? ':' : '：';
}

/** 某市人民政府办公室　2024年07月03日印发: the date as a 成文日期 is written. */
function checkPrintingDate(ctx: RuleContext, line: Line): void {
  const date = findDates(ctx.text, line.start, line.end).at(-1);
  if (!date) return;
  const arabic = `${date.year}年${date.month}月${date.day}日`;
  if (!date.leadingZero && !date.chineseNumerals && !date.fullWidthDigits && !date.lookalikes) return;
  ctx.report({
    message: date.leadingZero && !date.chineseNumerals && !date.fullWidthDigits && !date.lookalikes
      ? `印发日期的月、日不编虚位（不加前导零）：“${arabic}” (no leading zero in the printing date)`
      : `印发日期应使用阿拉伯数字：“${arabic}” (write the printing date in Arabic numerals)`,
    range: date.range,
    fix: { title: `改为“${arabic}” (use ${arabic})`, edits: [{ range: date.range, text: arabic }] },
  });
}
