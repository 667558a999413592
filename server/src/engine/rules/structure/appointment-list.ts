// structure/appointment-list: the 人事任免 list, and the entries of a 任免 notice
// (关于王立新等同志职务任免的通知: 任命X为…； / 免去Y的…职务。). Entries of one list
// (任命: … / 免去: …) are one sentence: each ends with a semicolon, the last
// with a full stop; a 免去 entry reads "免去X同志的Y职务"; the section header
// and the 任命: subheading stand on lines of their own.
import type { GazetteDocument, Paragraph } from '../../model';
import { ENTRY, SUBHEADING, subheadingAfterTitle } from '../../parse/appointments';
import { sourceOffset } from '../../parse/paragraphs';
import type { Rule, RuleContext } from '../types';
import { paragraphsIn } from '../shared/locate';

const MERGED = /(?:\*\*)?(任命|免去|免职|聘任|解聘)[ \t]*[:：](?:\*\*)?$/;
/** Under a 免去： subheading, an entry may start with the name alone: 李四的…职务, 王五其…职务. */
const REMOVED = /^[\u4e00-\u9fff·]{2,6}?[的其]/;
/** 免去X同志的Y职务, 王五的Y职务: the name's form, and 的 or 其 after it (not a name ending in 其: 王文其的; not 其他, 其余). */
const REMOVAL_FORM = /^(免去)?(?:.{1,30}?(同志)|[\u4e00-\u9fff·]{2,6}?)(的|其(?![的其他余]))/;
/** A notice that appoints and removes: 关于王立新等同志职务任免的通知, 关于张三任职的通知. */
const NOTICE = /(?:任免|任职|免职|聘任|解聘)的(?:通知|决定)$/;
/** The verb an entry of a 任免 notice starts with. */
const VERB = /^(任命|免去|聘任|解聘|聘请)/;
/**
 * What closes a list: the next section's header (江北区人民政府任免国家工作人员, which no terminator ends), a remark on
 * the list (以上同志的任免，已经…批准。).
 */
function closes(text: string): boolean {
  if (/^(?:以上|上述)/.test(text)) return true;
  // 任免 after the paragraph's last terminator, found from the end: a regular expression looked for it at every
  // 任免, each time to the end of the paragraph.
  const stop = Math.max(text.lastIndexOf(';'), text.lastIndexOf('；'), text.lastIndexOf('。'));
  return text.indexOf('任免', stop + 1) >= 0;
}
/** A department's or unit's name, with no mark in it, before the verb of the entry the paragraph joined it to. */
const GROUP_HEADING = /^[\u4e00-\u9fff（）()·]{2,30}?(?=任命|免去|聘任|解聘)/;

/** An entry under a line of its own naming its group (市教育局 / 任命李晓燕为…): the paragraph joined the two. */
function underGroupHeading(ctx: RuleContext, p: Paragraph): boolean {
  const m = GROUP_HEADING.exec(p.text);
  if (!m) return false;
  const end = sourceOffset(p, m[0].length - 1) + 1;
  return /[\r\n]/.test(ctx.text.slice(end, sourceOffset(p, m[0].length)));
}
/** What a 免去 entry may remove that is no post, and so not a 职务: 免去张三的市政府参事资格. */
const NO_POST = /(?:资格|称号|身份)$/;
/** Share of a list's 免去 entries that must follow a form before the others are reported. */
const HABIT = 0.8;

/** A list's entries, and whether a 免去： subheading heads it. */
interface List {
  entries: Paragraph[];
  removal: boolean;
}

const rule: Rule = {
  id: 'structure/appointment-list',
  category: 'structure',
  defaultSeverity: 'warning',
  description: '人事任免名单：各条以分号结束、末条以句号结束，“免去X同志的Y职务”，小标题单独成行 (appointment lists: entries end with ;, the last with 。; 免去…的…职务; subheadings on their own line)',
  fixable: true,
  check(ctx) {
    for (const d of ctx.issue.documents) {
      const notice = d.kind === 'document' && NOTICE.test(d.title.norm);
      if (d.kind !== 'appointments' && !notice) continue;
      if (!notice) checkMergedHeader(ctx, d);
      for (const { entries, removal } of notice ? noticeLists(ctx, d) : lists(ctx, d)) {
        checkTerminators(ctx, entries);
        if (removal || entries.every((p) => p.text.startsWith('免去'))) checkRemovals(ctx, entries);
      }
    }
  },
};

export default rule;

/** 【市政府人事任免】(2018年12月份)**任命:** — the subheading run into the header line (after the title, which ends before it). */
function checkMergedHeader(ctx: RuleContext, d: GazetteDocument): void {
  const sub = subheadingAfterTitle(ctx.text, d.title);
  if (!sub || !/[】)）]/.test(d.title.text)) return;
  const at = sub.range.start;
  ctx.report({
    message: `人事任免栏目标题与小标题“${sub.verb}:”写在同一行，应分行 (the header and the ${sub.verb} subheading share a line)`,
    range: sub.range,
    fix: { title: '小标题另起一行 (put the subheading on its own line)', edits: [{ range: { start: at, end: at }, text: '\n\n' }] },
  });
}

/** The entries of each list, split at the subheadings (alone, or at the end of the next section's header) and where a list closes. */
function lists(ctx: RuleContext, d: GazetteDocument): List[] {
  const out: List[] = [{ entries: [], removal: subheadingAfterTitle(ctx.text, d.title)?.verb.startsWith('免') ?? false }];
  let previous = '';
  for (const p of paragraphsIn(ctx.issue, d.range)) {
    if (p.range.start < d.range.start || p.range.end > d.range.end) continue;
    const sub = SUBHEADING.exec(p.text) ?? MERGED.exec(p.text);
    const list = out[out.length - 1];
    if (sub || closes(p.text)) out.push({ entries: [], removal: isRemoval(sub) });
    else if (ENTRY.test(p.text) || (list.removal && REMOVED.test(p.text))) {
      // A group's heading (市教育局) after a whole entry: the lists go by department, each closed by its own 。.
      if (underGroupHeading(ctx, p) && /[。；;]$/.test(previous)) out.push({ entries: [p], removal: list.removal });
      else list.entries.push(p);
    }
    previous = p.text;
  }
  return out.filter((l) => l.entries.length >= 2);
}

function isRemoval(subheading: RegExpExecArray | null): boolean {
  return subheading !== null && subheading[1].startsWith('免');
}

/**
 * The entries of a 任免 notice, between its 主送机关 and its 落款: a list runs on until an entry with another
 * verb set apart from it by a blank line or a full stop (任命…。 then 免去…).
 */
function noticeLists(ctx: RuleContext, d: GazetteDocument): List[] {
  const from = d.addressee?.range.end ?? d.number?.range.end ?? d.title.range.end;
  const to = d.signature?.organ?.range.start ?? d.signature?.date?.range.start ?? d.range.end;
  const out: Paragraph[][] = [[]];
  let previous: Paragraph | undefined;
  for (const p of paragraphsIn(ctx.issue, { start: from, end: to })) {
    if (p.range.start < from || p.range.end > to || !VERB.test(p.text) || !ENTRY.test(p.text)) continue;
    // Apart: a blank line between, or the entry before closing its list with 。 (text without blank lines).
    const apart = previous !== undefined && (/(?:\r?\n|\r)[ \t\u3000]*(?:\r?\n|\r)/.test(ctx.text.slice(previous.range.end, p.range.start)) || previous.text.endsWith('。'));
    if (previous && apart && VERB.exec(previous.text)![1] !== VERB.exec(p.text)![1]) out.push([]);
    out[out.length - 1].push(p);
    previous = p;
  }
  return out.filter((l) => l.length >= 2).map((entries) => ({ entries, removal: false }));
}

function checkTerminators(ctx: RuleContext, list: Paragraph[]): void {
  const semis = list.map((p) => p.text.slice(-1)).filter((c) => c === ';' || c === '；');
  const semi = semis.filter((c) => c === ';').length * 2 >= semis.length ? ';' : '；';
  list.forEach((p, i) => {
    const last = p.text.slice(-1);
    const at = sourceOffset(p, p.text.length - 1);
    const range = { start: at, end: at + 1 };
    if (i < list.length - 1 && last === '。') {
      ctx.report({
        message: '任免名单中间的条目以句号结束，应为分号 (an entry inside the list ends with 。; use a semicolon)',
        range,
        fix: { title: `改为“${semi}” (use ${semi})`, edits: [{ range, text: semi }] },
      });
    } else if (i === list.length - 1 && (last === ';' || last === '；')) {
      ctx.report({
        message: '任免名单的最后一条应以句号结束 (the last entry of the list ends with 。)',
        range,
        fix: { title: '改为“。” (use 。)', edits: [{ range, text: '。' }] },
      });
    }
  });
}

/** 免去X同志的Y职务: the file's own habit decides, entries that break it are reported. */
function checkRemovals(ctx: RuleContext, list: Paragraph[]): void {
  const body = (p: Paragraph) => p.text.replace(/[;；。]$/, '');
  const withDuty = list.filter((p) => /职务(?:[(（][^()（）]*[)）])?$/.test(body(p)));
  // In a list of two, the entry that follows the form 免去…职务 sets it.
  if (isHabit(withDuty.length, list.length, 2)) {
    for (const p of list) {
      // 免去…职务，退休。: the duty is named, a note follows it; 免去…资格 removes no post.
      if (withDuty.includes(p) || p.text.includes('职务') || NO_POST.test(body(p))) continue;
      const b = body(p);
      if (/[)）]$/.test(b)) continue; // a note in brackets at the end: no safe place to insert
      const at = sourceOffset(p, b.length - 1) + 1;
      ctx.report({
        message: '“免去…”条目缺少“职务”（名单中其他条目均以“职务”结束） (an entry of the 免去 list lacks 职务, unlike the others)',
        range: { start: sourceOffset(p, 0), end: at },
        fix: { title: '补上“职务” (add 职务)', edits: [{ range: { start: at, end: at }, text: '职务' }] },
      });
    }
  }
  const forms = list.map((p) => REMOVAL_FORM.exec(p.text));
  const de = forms.filter((m) => m?.[3] === '的').length;
  if (!isHabit(de, list.length)) return;
  forms.forEach((m, i) => {
    // 其 is "his", no slip, where the words after it have their own 的 (其兼任的…职务, 其所任的…职务).
    if (m?.[3] !== '其' || /^[^的；;。]*的/.test(list[i].text.slice(m[0].length))) return;
    const at = sourceOffset(list[i], m[0].length - 1);
    const range = { start: at, end: at + 1 };
    const form = `${m[1] ?? ''}X${m[2] ?? ''}`;
    ctx.report({
      message: `“${form}其…职务”应为“${form}的…职务” (use 的, as the rest of the list does)`,
      range,
      fix: { title: '改为“的” (use 的)', edits: [{ range, text: '的' }] },
    });
  });
}

/** Do `count` of a list's `size` entries make its habit: 80% of it, or (in a short one, from `shortest` on) every entry but one? */
function isHabit(count: number, size: number, shortest = 3): boolean {
  return count >= HABIT * size || (size >= shortest && count === size - 1);
}
