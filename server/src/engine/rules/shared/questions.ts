// Questions and answers: 一问：…？ / 答：…, 问题一：, 问1：, 问：. A 政策解读 may be written so, and so may any piece
// whose labelled questions and answers alternate strictly (…政策问答, …答记者问).
import type { GazetteDocument, Issue, Paragraph, Range } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { chineseToInt, intToChinese } from '../../parse/text';
import { paragraphsIn } from './locate';

/** 一问：, 问：, 问题一：, 问1： — a bold one too (**问：**). Group 1 is the label; 2 or 3 its numeral, if any. */
export const QUESTION_LABEL = /^(?:\*\*)?((?:([一二三四五六七八九十]{1,3})问|问题?([一二三四五六七八九十]{1,3}|[0-9]{1,3})?)[ \t]*[：:](?:\*\*)?)/;
export const ANSWER = /^(?:\*\*)?答[ \t]*[：:]/;

/** The paragraphs of a document under its title. */
export function bodyParagraphs(issue: Issue, d: GazetteDocument): Paragraph[] {
  return paragraphsIn(issue, d.range).filter((p) => p.range.start > d.title.range.end);
}

/**
 * Whether a document is written in questions and answers: a 政策解读, or one of at least two labelled questions each
 * answered by the 答： right under it, and no 答： without its question.
 */
export function asksQuestions(d: GazetteDocument, paragraphs: readonly Paragraph[]): boolean {
  if (d.kind === 'interpretation') return true;
  let questions = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const text = paragraphs[k].text;
    if (QUESTION_LABEL.test(text)) {
      if (!ANSWER.test(paragraphs[k + 1]?.text ?? '')) return false;
      questions++;
      k++;
    } else if (ANSWER.test(text)) return false;
  }
  return questions >= 2;
}

export interface QuestionNumber {
  value: number;
  /** The numeral of the label (一 of 一问：, 1 of 问1：). */
  range: Range;
  /** The label's form with its numeral left out (问, 问题, 问#), to keep one form's labels together. */
  form: string;
  /** The label as written, and as it reads with another numeral. */
  label: string;
  relabel(v: number): string;
  arabic: boolean;
}

/** The numbered question labels of a document in questions and answers, in order. */
export function questionNumbers(issue: Issue, d: GazetteDocument): QuestionNumber[] {
  const paragraphs = bodyParagraphs(issue, d);
  if (!asksQuestions(d, paragraphs)) return [];
  const headingStarts = new Set(d.headings.map((h) => h.range.start));
  const out: QuestionNumber[] = [];
  for (const p of paragraphs) {
    if (headingStarts.has(p.range.start)) continue;
    const m = QUESTION_LABEL.exec(p.text);
    const numeral = m?.[2] ?? m?.[3];
    if (!m || numeral === undefined) continue;
    const arabic = /^[0-9]/.test(numeral);
    const value = arabic ? Number(numeral) : chineseToInt(numeral);
    if (!(value > 0)) continue;
    const label = m[1].replace(/[ \t]*[：:](?:\*\*)?$/, '');
    const inLabel = m[2] !== undefined ? 0 : label.lastIndexOf(numeral);
    const at = p.text.indexOf(m[1]) + inLabel;
    const form = m[2] !== undefined ? '#问' : label.startsWith('问题') ? '问题#' : '问#';
    const relabel = (v: number) => label.slice(0, inLabel) + (arabic ? String(v) : intToChinese(v)) + label.slice(inLabel + numeral.length);
    out.push({ value, range: sourceRange(p, at, at + numeral.length), form, label, relabel, arabic });
  }
  return out;
}

