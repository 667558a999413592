// doc-number/duplicate: two different documents of one issue never share a number —
// two printed documents, or rows of the 发文目录 / TOC entries naming documents
// that are not printed, with different titles.
import type { DocNumber } from '../../model';
import type { Rule } from '../types';
import { ROLE_NAME, collectRefs, numberKey, sameNumber, titleKey } from './refs';
import { addTo } from '../../arrays';
import { shownNumber } from '../../parse/docNumber';
import { memoizeText } from '../shared/memo';

interface Holder {
  number: DocNumber;
  /** The document's TOC entry or 发文目录 row gives it another number: this line is the likely slip. */
  doubtful?: boolean;
  /** Who the number belongs to: a printed document, or the title a listing gives. */
  identity: object | string;
  title: string;
}

const rule: Rule = {
  id: 'doc-number/duplicate',
  category: 'doc-number',
  defaultSeverity: 'error',
  description: '同期不同文件不得使用相同发文字号 (two documents never share a number)',
  fixable: false,
  check(ctx) {
    const refs = collectRefs(ctx.issue);
    const holders: Holder[] = [
      ...refs.docs.map((d) => {
        const listed = [...d.toc, ...d.directory].map((x) => x.number!);
        const doubtful = listed.length > 0 && !listed.some((n) => sameNumber(n, d.number));
        return { number: d.number, identity: d.doc as object, title: d.doc.title.text.replace(/\s+/g, ''), doubtful };
      }),
      ...refs.otherRows.filter((r) => r.title).map((r) => ({ number: r.number!, identity: titleKey(r.title!.norm), title: r.title!.text.replace(/\s+/g, '') })),
      ...refs.otherToc.map((e) => ({ number: e.number!, identity: titleKey(e.title.norm), title: e.title.text.replace(/\s+/g, '') })),
    ];
    const byKey = new Map<string, Holder[]>();
    for (const h of holders) addTo(byKey, numberKey(h.number), h);
    for (const list of byKey.values()) {
      // One report per further document (not per listing of the same one).
      const firsts: Holder[] = [];
      for (const h of list) if (!firsts.some((f) => f.identity === h.identity || (similar(f.title, h.title) && !otherPeople(f.title, h.title)))) firsts.push(h);
      if (firsts.length < 2) continue;
      // Report at the documents whose own listings disagree with the number, else at the later ones.
      const sure = firsts.filter((h) => !h.doubtful);
      const first = sure[0] ?? firsts[0];
      const rest = firsts.filter((h) => h !== first);
      for (const h of rest) {
        ctx.report({
          message: `发文字号“${shownNumber(h.number)}”与《${first.title}》重复 (the same number is used by another document)`,
          range: h.number.range,
          related: [{ range: first.number.range, message: `${ROLE_NAME[first.number.role].zh}：《${first.title}》 (${ROLE_NAME[first.number.role].en})` }],
        });
      }
    }
  },
};

export default rule;

/** Titles that differ only by a few characters name one document (its listing has a typo, not its number). */
function similar(a: string, b: string): boolean {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  return total > 0 && (2 * common) / total >= 0.7;
}

/** 关于陈志强等同志职务任免的通知, 关于张三、李四同志任职的通知: the people a title names. */
const PEOPLE = /关于(.{2,30}?)等?(?:[\d一二三四五六七八九十]+[名位])?同志/;

/** Titles naming different people are two documents (two 任免 notices), however alike the rest of them. */
function otherPeople(a: string, b: string): boolean {
  const pa = PEOPLE.exec(a)?.[1].split(/[、，,和及]/);
  const pb = PEOPLE.exec(b)?.[1].split(/[、，,和及]/);
  return pa !== undefined && pb !== undefined && !pa.some((x) => pb.some((y) => sameName(x, y)));
}

/** One name, perhaps with a slip of one character (陈志强 / 陈志墙) or one left out. */
function sameName(a: string, b: string): boolean {
  if (a.length !== b.length) return a.includes(b) || b.includes(a);
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ <= 1;
}

/** A title's character pairs, counted: one number listed many times compares the same titles again and again. */
const bigrams = memoizeText((title: string): Map<string, number> => {
  const k = titleKey(title);
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < k.length; i++) out.set(k.slice(i, i + 2), (out.get(k.slice(i, i + 2)) ?? 0) + 1);
  return out;
});
