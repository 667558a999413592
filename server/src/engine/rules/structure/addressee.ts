// structure/addressee: a 主送机关 that is the issue's usual one with a few
// characters missing ("各县(市、区),市政府各部门…" where the others read
// "各县(市、区)人民政府,市政府各部门…"). Soft: a document may well be
// addressed to fewer organs, so only a short gap inside a word is reported,
// never a whole item of the list.
import type { TextSpan } from '../../model';
import type { Rule } from '../types';
import { addTo } from '../../arrays';

const MAX_GAP = 6;

const rule: Rule = {
  id: 'structure/addressee',
  category: 'structure',
  defaultSeverity: 'info',
  description: '主送机关与本期其他文件的写法相比缺字 (addressee reads like the issue\'s usual one with characters missing)',
  fixable: true,
  check(ctx) {
    const spans = ctx.issue.documents.filter((d) => d.number && d.addressee).map((d) => d.addressee!);
    const counts = new Map<string, TextSpan[]>();
    for (const s of spans) addTo(counts, s.norm, s);
    const [usual, same] = [...counts].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    if (!usual || same.length < 2) return;
    for (const s of spans) {
      if (s.norm === usual) continue;
      const gap = missingPart(usual, s.norm);
      if (!gap) continue;
      // Where the gap falls in the source: after the characters before it.
      const at = sourceAt(ctx.text, s, gap.at);
      ctx.report({
        message: `主送机关与本期其他${same.length}份文件相比缺少“${gap.text}” (addressee lacks “${gap.text}”, unlike the issue's other documents)`,
        range: s.range,
        related: [{ range: same[0].range, message: '本期常用的主送机关 (the usual addressee)' }],
        fix: { title: `补上“${gap.text}” (add ${gap.text})`, edits: [{ range: { start: at, end: at }, text: gap.text }] },
      });
    }
  },
};

export default rule;

/** `short` is `long` with one run of at most MAX_GAP word characters removed: that run and where it goes. */
function missingPart(long: string, short: string): { at: number; text: string } | undefined {
  const n = long.length - short.length;
  if (n < 1 || n > MAX_GAP) return undefined;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.slice(i) !== long.slice(i + n)) return undefined;
  const text = long.slice(i, i + n);
  return /^[\u3400-\u9fff]+$/.test(text) ? { at: i, text } : undefined;
}

/** Source offset of the i-th character of a span's whitespace-free form (the end when i is past it). */
function sourceAt(source: string, s: TextSpan, i: number): number {
  let seen = 0;
  for (let j = s.range.start; j < s.range.end; j++) {
    if (/\s/.test(source[j])) continue;
    if (seen === i) return j;
    seen++;
  }
  return s.range.end;
}
