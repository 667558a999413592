// typography/punctuation-width: , : ; ( ) ? ! whose width breaks the file's own
// habit. GB/T 15834 wants full-width marks in Chinese text, but text extracted
// from PDF is often half-width throughout; the file's majority is taken as its
// style. In a full-width file every paragraph with half-width marks is
// reported; in a half-width file a lone full-width mark is tolerated (it is the
// standard form) and only full-width stretches are reported. One finding per
// paragraph, with a fix converting that paragraph's marks.
import type { Paragraph } from '../../model';
import { parseHeadingLabel } from '../../parse/headings';
import { sourceOffset } from '../../parse/paragraphs';
import type { Edit, Rule } from '../types';
import { allParagraphs } from './util';

const TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const TO_HALF: Record<string, string> = Object.fromEntries(Object.entries(TO_FULL).map(([h, f]) => [f, h]));
const MARK = /[,:;()?!，：；（）？！]/g;
/** Chinese context: an ideograph or a CJK / full-width mark. */
const CHINESE = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》…—]/;
const URL = /<?https?:\/\/[^\s<>，。；）]+>?|<[^<>\s]+\.[^<>\s]+>/g;

interface Mark {
  i: number;
  ch: string;
  full: boolean;
}

const rule: Rule = {
  id: 'typography/punctuation-width',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '标点全半角与本文件的主要习惯不一致 (punctuation width breaks the file\'s dominant style)',
  fixable: true,
  check(ctx) {
    const paragraphs = allParagraphs(ctx.issue);
    const marks = paragraphs.map(marksOf);
    let full = 0;
    let half = 0;
    for (const list of marks) for (const m of list) m.full ? full++ : half++;
    if (full + half === 0) return;
    const fullStyle = full > half;
    const counts = marks.map((list) => {
      const f = list.filter((m) => m.full).length;
      return { f, h: list.length - f };
    });
    const flagged = counts.map(({ f, h }) => (fullStyle ? h > 0 : f >= 2));
    if (!fullStyle) {
      // A single full-width mark joins a neighbouring stretch ("第二十条 个人账户的管理：").
      const base = [...flagged];
      counts.forEach(({ f, h }, k) => {
        if (f === 1 && h === 0 && (base[k - 1] || base[k + 1])) flagged[k] = true;
      });
    }
    paragraphs.forEach((p, k) => {
      if (!flagged[k]) return;
      const wrong = marks[k].filter((m) => m.full !== fullStyle);
      const edits: Edit[] = wrong.map((m) => {
        const at = sourceOffset(p, m.i);
        return { range: { start: at, end: at + 1 }, text: (fullStyle ? TO_FULL : TO_HALF)[m.ch] };
      });
      const shown = [...new Set(wrong.map((m) => m.ch))].join('');
      ctx.report({
        message: fullStyle
          ? `本文件标点以全角为主，此段有半角标点“${shown}”（${wrong.length}处） (half-width punctuation in a file that uses full-width marks)`
          : `本文件标点以半角为主，此段夹杂全角标点“${shown}”（${wrong.length}处） (full-width punctuation in a file that uses half-width marks)`,
        range: { start: edits[0].range.start, end: edits[edits.length - 1].range.end },
        fix: { title: fullStyle ? '本段改为全角标点 (use full-width marks in this paragraph)' : '本段改为半角标点 (use half-width marks in this paragraph)', edits },
      });
    });
  },
};

export default rule;

/** The marks of a paragraph that are Chinese punctuation (not digits 1,000 / 8:30, URLs, English, heading labels). */
function marksOf(p: Paragraph): Mark[] {
  const t = p.text;
  const skip = new Set<number>();
  const label = parseHeadingLabel(t);
  if (label) for (let i = label.at; i < label.at + label.label.length; i++) skip.add(i);
  URL.lastIndex = 0;
  for (let m; (m = URL.exec(t)); ) for (let i = m.index; i < m.index + m[0].length; i++) skip.add(i);
  const out: Mark[] = [];
  MARK.lastIndex = 0;
  for (let m; (m = MARK.exec(t)); ) {
    const i = m.index;
    const ch = m[0];
    if (skip.has(i)) continue;
    const full = ch in TO_HALF;
    if (!full) {
      const before = neighbour(t, i, -1);
      const after = neighbour(t, i, 1);
      if ((ch === ',' || ch === ':') && /\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? '')) continue;
      if (ch === '(' || ch === ')') {
        if (/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) continue; // f(x), English
      } else if (!CHINESE.test(before) && !CHINESE.test(after)) continue;
    }
    out.push({ i, ch, full });
  }
  return out;
}

/** The nearest character on one side, past spaces. */
function neighbour(t: string, i: number, dir: 1 | -1): string {
  let j = i + dir;
  while (j >= 0 && j < t.length && /[ \t\u3000]/.test(t[j])) j += dir;
  return t[j] ?? '';
}
