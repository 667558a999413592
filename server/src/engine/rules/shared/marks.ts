// The punctuation of a paragraph, indexed once. Several rules look only at marks
// (brackets and quotes, clause and sentence ends); scanning every character of
// the issue in each of them was most of their time.
import type { Paragraph } from '../../model';
import { memoizeText } from './memo';

/** Indexed: paired marks, clause and sentence punctuation, tabs, line breaks and < (URLs). */
const INDEXED = new Uint8Array(0x10000);
for (const c of '《》“”‘’()（）〔〕[]［］﹝﹞【】〈〉,:;?!，：；？！。、\t\n<') INDEXED[c.charCodeAt(0)] = 1;

/** Where marksIn collects offsets: only an exact-size copy is kept, not the arrays a growing one leaves behind. */
const found: number[] = [];

/** Offsets in `text` of the indexed characters, in order. */
export function marksIn(text: string): number[] {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (INDEXED[text.charCodeAt(i)]) found[n++] = i;
  return found.slice(0, n);
}

/** marksIn, computed once per text (do not modify the array). */
export const textMarks: (text: string) => readonly number[] = memoizeText(marksIn);

/** The marks of a paragraph's text (see textMarks). */
export function paragraphMarks(p: Paragraph): readonly number[] {
  return textMarks(p.text);
}
