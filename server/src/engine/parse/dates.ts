// 成文日期 and other dates: 2018年12月17日, "2018 年 12 月 25 日", 二〇一八年十二月十七日.
import type { DateRef } from '../model';
import { chineseDigitsToInt, chineseToInt, LINE_SPACE, LOOKALIKE_DIGIT_CLASS, ocrDigits, realDigits } from './text';

// Arabic digits, half-width or (an input method's slip, reported by structure/date) full-width; a PDF
// extraction may space them out one by one (2 0 2 4 年 6 月 3 日), as it letter-spaces the 落款; an OCR may
// read letters for digits and 曰 for 日 (2O24年1O月8曰), which structure/date reports too.
const S = `[${LINE_SPACE}]`;
const D = `[0-9０-９${LOOKALIKE_DIGIT_CLASS}]`;
const ARABIC = new RegExp(`(${D}(?:${S}?${D}){3})${S}*年${S}*(${D}(?:${S}?${D})?)${S}*月${S}*(${D}(?:${S}?${D})?)${S}*([日曰])`, 'g');
const CHINESE = new RegExp(`([〇零○Ｏ一二三四五六七八九]{4})${S}*年${S}*([一二三四五六七八九十]{1,3})${S}*月${S}*([一二三四五六七八九十]{1,3})${S}*日`, 'g');

const SPACES = new RegExp(S, 'g');
const LINE_HEAD = new RegExp(`^[${LINE_SPACE}*#-]*$`);
const LINE_TAIL = new RegExp(`^[${LINE_SPACE}*]*$`);

export function findDates(text: string, from: number, to: number): DateRef[] {
  const slice = text.slice(from, to);
  const out: DateRef[] = [];
  for (const re of [ARABIC, CHINESE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const chinese = re === CHINESE;
      const [written, ...rest] = [m[1], m[2], m[3]].map((s) => s.replace(SPACES, ''));
      // Letters for digits only among digits: two real digits in the year, one in the month and in the day.
      if (!chinese && (realDigits(written) < 2 || rest.some((s) => realDigits(s) < 1))) continue;
      const [year, month, day] = chinese ? [m[1], m[2], m[3]] : [written, ...rest].map(ocrDigits);
      out.push({
        range: { start: from + m.index, end: from + m.index + m[0].length },
        raw: m[0],
        year: chinese ? chineseDigitsToInt(year) : Number(year),
        month: chinese ? chineseToInt(month) : Number(month),
        day: chinese ? chineseToInt(day) : Number(day),
        chineseNumerals: chinese,
        fullWidthDigits: !chinese && /[０-９]/.test(written + rest.join('')),
        leadingZero: !chinese && ((month.length === 2 && month[0] === '0') || (day.length === 2 && day[0] === '0')),
        lookalikes: !chinese && (m[4] === '曰' || realDigits(written + rest.join('')) < (written + rest.join('')).length),
      });
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** A date standing alone on a line: the 成文日期 under a signature. */
export function lineIsDate(text: string, start: number, lineText: string): DateRef | undefined {
  const found = findDates(text, start, start + lineText.length);
  if (found.length !== 1) return undefined;
  const d = found[0];
  const before = text.slice(start, d.range.start);
  const after = text.slice(d.range.end, start + lineText.length);
  return LINE_HEAD.test(before) && LINE_TAIL.test(after) ? d : undefined;
}
