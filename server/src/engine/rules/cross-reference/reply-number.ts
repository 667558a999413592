// cross-reference/reply-number: a reply to a deputy's 建议 or a member's 提案 names what it answers by its number twice:
// in its title (关于市政协十届四次会议第0123号提案办理情况的答复) and in the sentence acknowledging it (您提出的《关于…的
// 提案》（第0123号）收悉). The two must be the same number; a reply answering several names each in its title.
import type { GazetteDocument } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { halfWidthDigits } from '../../parse/text';
import { paragraphsIn } from '../shared/locate';
import type { Rule, RuleContext } from '../types';

/** A few spaces a PDF left inside a number (第 0123 号, 第01 23号): bounded, so that no run of them is tried at length. */
const SP = '[ \\t\\u3000]{0,2}';
/** A number as printed, in digits of either width, not the tail of a longer one. */
const DIGITS = `(?<![0-9０-９])[0-9０-９](?:${SP}[0-9０-９]){0,7}`;
/**
 * 第0123号提案, 第128号、第156号建议, 第128、135号建议, 第128号代表建议: the numbers, then the kind; the category's own
 * numbering in brackets between them (第1234号（农业水利类123号）提案) is another name of the same one.
 */
const NUMBERED = new RegExp(
  `((?:(?:第${SP})?${DIGITS}(?:${SP}号)?${SP}[、和及与]${SP}){0,9}(?:第${SP})?${DIGITS}${SP}号)(?:${SP}[（(]([^（()）《》]{1,20})[)）])?(?:人大代表|政协委员|代表|委员)?(提案|建议|议案)`,
  'g',
);
/**
 * A number in brackets after the name of what it numbers: 《…提案》（第0123号）, …的建议（第182号）, “…建议”（第182号）,
 * （提案第0123号）, （第0123号提案）, （提案号：0123）, （〔2025〕第128号）, （市政协十届四次会议第0123号）,
 * （第0123号，以下简称《提案》）.
 */
const BRACKETED = new RegExp(`(提案|建议|议案)[》”]?${SP}[（(]([^（()）《》]{0,40})[)）]`, 'g');
const IN_BRACKETS = new RegExp(`第${SP}(${DIGITS})${SP}号|号${SP}[:：]${SP}(${DIGITS})`, 'g');
const NUMBER = new RegExp(DIGITS, 'g');
/** What follows the number of a 提案 merged with the one answered: 号提案并案办理, 号、第0151号提案并案, 号合并办理. */
const MERGED = /^[^，,。；;（()）]{0,12}?(?:并案|合并办理|合并答复)/;
/** How far into the body the acknowledgement is looked for: it opens the reply. */
const OPENING = 600;

const rule: Rule = {
  id: 'cross-reference/reply-number',
  category: 'cross-reference',
  defaultSeverity: 'error',
  description: '建议、提案答复的标题与正文“收悉”句所称的建议、提案编号一致 (a reply names the same 建议 or 提案 number in its title and where it acknowledges it)',
  fixable: false,
  checkDocument(ctx, d) {
    checkReply(ctx, d);
  },
};

export default rule;

/** A number the acknowledgement names: where it stands in its paragraph, as written, and of which kind. */
interface Acknowledged {
  at: number;
  written: string;
  kind: string;
}

function checkReply(ctx: RuleContext, d: GazetteDocument): void {
  // By kind, each number's value (0123 is 123) and how the title writes it.
  const titled = new Map<string, Map<number, string>>();
  const categoryNumbers = new Set<number>();
  for (const m of d.title.norm.matchAll(NUMBERED)) {
    const numbers = titled.get(m[3]) ?? new Map<number, string>();
    for (const n of m[1].matchAll(NUMBER)) numbers.set(valueOf(n[0]), n[0]);
    titled.set(m[3], numbers);
    // The category's number (（农业水利类123号）) may be the one the acknowledgement gives.
    for (const n of (m[2] ?? '').matchAll(NUMBER)) categoryNumbers.add(valueOf(n[0]));
  }
  if (titled.size === 0) return;
  // A 提案 is often named 《关于…的建议》: the word closing its name is not its kind where the title names one kind only.
  const onlyKind = titled.size === 1 ? [...titled.keys()][0] : undefined;
  const start = d.title.range.end;
  for (const p of paragraphsIn(ctx.issue, { start, end: Math.min(d.range.end, start + OPENING) })) {
    const clause = acknowledgingClause(p.text);
    if (!clause) continue;
    for (const a of acknowledged(p.text.slice(clause.start, clause.end), onlyKind)) {
      const from = clause.start + a.at;
      const numbers = titled.get(a.kind);
      if (!numbers) {
        // 第0123号建议收悉 under a title answering 第0123号提案: the number is the title's, its kind is not.
        const other = onlyKind !== undefined ? titled.get(onlyKind)!.get(valueOf(a.written)) : undefined;
        if (other === undefined) continue;
        const said = a.written.replace(/[ \t\u3000]/g, '');
        ctx.report({
          message: `正文称第${said}号${a.kind}，标题所答为第${other}号${onlyKind}，应统一为“${onlyKind}” (the title answers a ${onlyKind}; the acknowledgement calls it a ${a.kind})`,
          range: sourceRange(p, from, kindEnd(p.text, from + a.written.length, a.kind)),
          related: [{ range: d.title.range, message: '文件标题 (the title)' }],
        });
        continue;
      }
      if (numbers.has(valueOf(a.written)) || categoryNumbers.has(valueOf(a.written))) continue;
      const listed = [...numbers.values()].map((n) => `第${n}号`).join('、');
      const said = a.written.replace(/[ \t\u3000]/g, '');
      ctx.report({
        message: `正文所称第${said}号${a.kind}与标题所称${listed}${a.kind}不一致 (the ${a.kind} acknowledged is not the one the title names)`,
        range: sourceRange(p, from, from + a.written.length),
        related: [{ range: d.title.range, message: '文件标题 (the title)' }],
      });
    }
    // The first 收悉 is the acknowledgement, numbered or not: a 提案 said 收到 further on is another matter.
    return;
  }
}

/**
 * The clause that acknowledges: the one holding the paragraph's first 收悉 or 收到 outside 《》 (a name may hold the
 * word), between full stops or commas outside brackets (（第0123号，以下简称《提案》）收悉 is one clause). What is said
 * after it (（第0123号）收悉，第0145号提案收悉后…) is not read; 我局收到您提出的…建议（第182号）后 is.
 */
function acknowledgingClause(text: string): { start: number; end: number } | undefined {
  let inName = 0;
  let at = -1;
  for (let i = 0; i < text.length - 1 && at < 0; i++) {
    const c = text[i];
    if (c === '《') inName++;
    else if (c === '》') inName = Math.max(0, inName - 1);
    else if (inName === 0 && c === '收' && (text[i + 1] === '悉' || text[i + 1] === '到')) at = i;
  }
  if (at < 0) return undefined;
  return { start: clauseEdge(text, at, -1), end: clauseEdge(text, at, 1) };
}

/** Where the clause around `at` ends, going back (step -1: its start) or on (step 1: its end). */
function clauseEdge(text: string, at: number, step: -1 | 1): number {
  const [opens, closes] = step < 0 ? ['）)》', '（(《'] : ['（(《', '）)》'];
  let depth = 0;
  let i = step < 0 ? at - 1 : at;
  for (; i >= 0 && i < text.length; i += step) {
    const c = text[i];
    if (opens.includes(c)) depth++;
    else if (closes.includes(c)) depth = Math.max(0, depth - 1);
    else if ('。；;！!？?'.includes(c) || (depth === 0 && (c === '，' || c === ','))) break;
  }
  return step < 0 ? i + 1 : i;
}

/** The numbers a clause names and their kinds: 第N号提案 and lists of them, and a number in brackets after a name. */
function acknowledged(clause: string, onlyKind: string | undefined): Acknowledged[] {
  const out: Acknowledged[] = [];
  for (const m of clause.matchAll(NUMBERED)) {
    for (const n of m[1].matchAll(NUMBER)) out.push({ at: m.index! + n.index!, written: n[0], kind: m[3] });
  }
  for (const m of clause.matchAll(BRACKETED)) {
    const inside = m.index! + m[0].length - m[2].length - 1;
    for (const n of m[2].matchAll(IN_BRACKETS)) {
      const written = n[1] ?? n[2];
      const at = inside + n.index! + n[0].indexOf(written);
      // 《…提案》（第0123号提案）: read once, by the 第N号提案 above.
      if (out.some((o) => o.at === at)) continue;
      out.push({ at, written, kind: onlyKind ?? m[1] });
    }
  }
  // A 提案 merged with the one answered (（第0123号，与第0145号提案并案办理）) is named, not acknowledged.
  return out.filter((a) => !MERGED.test(clause.slice(a.at + a.written.length, a.at + a.written.length + 16))).sort((a, b) => a.at - b.at);
}

/** Where the kind after a number ends (0123号建议: after 议), or the number itself where no kind follows it. */
function kindEnd(text: string, numberEnd: number, kind: string): number {
  const tail = /^[ \t\u3000]{0,2}号(?:人大代表|政协委员|代表|委员)?/.exec(text.slice(numberEnd, numberEnd + 12));
  return tail && text.startsWith(kind, numberEnd + tail[0].length) ? numberEnd + tail[0].length + kind.length : numberEnd;
}

/** A number's value: 0123 is 123, ０１２３ too, and a space the PDF left inside counts for nothing. */
function valueOf(written: string): number {
  return Number(halfWidthDigits(written).replace(/[^0-9]/g, ''));
}
