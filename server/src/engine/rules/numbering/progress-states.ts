// A count and the states of progress of what it counts, said after it with no 其中 (共议定事项45项。截至6月30日，已办结35项，
// 正在推进7项，未按期推进2项; 反映问题86个，…。截至2025年6月30日，已整改到位72个、正在整改15个): no matter is in two states, so
// the states add up to the count at most; where done, under way and behind are all named, to the count exactly.
// Read from each 已 that opens a clause, forward; the count looked for in the words before the states, then the sentence
// before, and taken only where it is the one count of their unit there, or the one of them closing its clause (审计发现
// 22个部门存在问题43个，已整改到位37个、正在整改7个: the 43 problems).
import type { GazetteDocument, Paragraph } from '../../model';
import { sourceRange } from '../../parse/paragraphs';
import { paragraphsIn } from '../shared/locate';
import type { RuleContext } from '../types';
import { areProgressStates, isCompleteClassification, isProgressClassification, MOST_PROGRESS_STATES, PROGRESS_WORD, progressVerb, sharedEnd } from './breakdown-wholes';
import { sameUnit } from './breakdown';

const COUNT_UNIT = '个|项|件|家|所|名|人|条|处|座|户|批|类';
/**
 * A state and its count, a whole clause (已办结35项, 正在整改15个, 尚未启动2项; 基本完成8项, 序时推进8项), and the mark
 * after it: a word of progress its name opens with, and more words if it is 已, 正在 or 未.
 */
const STATE = new RegExp(
  `((?:已|正在|尚未|未)(?=[^0-9０-９])|${PROGRESS_WORD.source})([^，,。；;、：:（()）0-9０-９]{0,12}?)([0-9]{1,6})[ \\t]*(${COUNT_UNIT})[ \\t]*([、，,。；;]|$)`,
  'y',
);
/** A count of the states' unit, with the words right before it (its clause's). */
const COUNT = new RegExp(`(?<![0-9０-９.．第每前])([0-9]{1,6})[ \\t]*(${COUNT_UNIT})(?![0-9０-９]|以上|以下|左右|余|多)`, 'g');
/** Words saying a count is rough, or a change, or a part of another: no whole of the states. */
const NOT_A_WHOLE = /约|近|超过|逾|不少于|不足|不到|多于|增加|减少|增长|下降|已|正在|未/;
/** Words before a count saying where something is done (在3个县（区）开展试点, 涉及8个单位): a count of places, no whole of the states. */
const WHERE = /(?:在|于|涉及|覆盖|分布在|分布于)[ \t]*$/;
/**
 * What a count names right after it, where it counts places or the groups that do the work (对全市8个县（市、区）开展督查,
 * 派出12个督导组开展督导, 对5个市直部门…): the scope or the doers of what the states are said of, not what they count
 * (对6处重大事故隐患实行挂牌督办 counts what is put right). The noun ends before a bracket, a stop or a verb of the work.
 */
const PLACES_OR_GROUPS = /^[ \t]*[\u4e00-\u9fff]{0,6}?(?:县|区|市|镇|乡|街道|村|社区|部门|单位|组|队|专班)(?=[（(]|[^\u4e00-\u9fff]|$|开展|进行|实施|分赴|赴|深入|对|存在|发现|排查|检查|督查|督导|巡查)/;
/** The rest of a count's clause taking parts from it (9项中，, 8项事项中). */
const TAKEN_FROM = /^[^，,。；;]{0,10}中/;
/** How far back the count is looked for. */
const REACH = 200;

export function checkProgressStates(ctx: RuleContext, doc: GazetteDocument): void {
  for (const p of paragraphsIn(ctx.issue, doc.range)) {
    const text = p.text;
    for (let at = text.indexOf('已'); at >= 0; at = text.indexOf('已', at + 1)) {
      if (!opensClause(text, at)) continue;
      const states = statesFrom(text, at);
      if (!states) continue;
      checkAgainstWhole(ctx, p, at, states);
      at = states.end;
    }
  }
  checkRestatedStates(ctx, doc);
}

/** Words of time before a state's 已 (目前已整改到位72个, 现已办结): the state still opens its clause. */
const NOW = /(?:^|[，,、。；;：:])[ \t]*(?:目前|当前|现|至今|截至目前|截至目前为止)[ \t]*$/;

/** Whether the 已 at `at` opens its clause: at the text's start, after a mark, or after words of time right after one. */
function opensClause(text: string, at: number): boolean {
  return at === 0 || /[，,、。；;：:]/.test(text[at - 1]) || NOW.test(text.slice(Math.max(0, at - 10), at));
}

/** A state's count said again later with 的 before it (对正在整改的82处隐患): the state's name, 的, the count and what follows. */
const RESTATED = new RegExp(`((?:已|正在|尚未|未)[^，,。；;、：:（()）0-9０-９的]{1,8}|${PROGRESS_WORD.source})的[ \\t]*([0-9]{1,6})[ \\t]*(${COUNT_UNIT})([^，,。；;：:]{0,10})`, 'g');
/** Words saying a mention counts a part or a share of something (其中, 部分, 抽查的): no restatement of the whole state. */
const A_PART = /其中|部分|个别|之中|分别|抽查|抽取|选取|随机|挑选|典型/;
/**
 * Words naming a scope (a year, a place, a body, a grade): where the later mention names one its states do not, it counts
 * another scope (江北区正在整改的12处, 2024年已完成的30项, 正在整改的5处重大隐患). 全市, 全县 name the document's own.
 */
const SCOPE = /[0-9０-９]{4}年|[上去前今本明]年|[上下]半年|[一二三四]季度|[\u4e00-\u9fff]{1,6}?(?:区|县|镇|乡|街道|村|社区|园区|局|委|办|部门|单位|企业|学校|行业|领域)|重大|较大|一般|重点/g;

interface StatedState {
  paragraph: number;
  end: number;
  figure: number;
  unit: string;
  /** The sentence the states are in and the one before it (where their whole is): the scope they are said of. */
  context: string;
  /** The scope words of the context (see SCOPE), read once for every later mention. */
  contextScopes: string[];
  /** Words naming a scope in the clause right before the states (江北区 of 江北区排查隐患120处，已整改…). */
  scopes: string[];
  partOf: boolean;
}

/** What was said of a state so far: its first count, whether any other count was given, and the last. */
interface Stated {
  first: StatedState;
  last: StatedState;
  differ: boolean;
}

/**
 * A state of progress given a count in a run of states (已整改228处，正在整改92处) and said again later with 的 and another
 * count (对正在整改的82处隐患): one of the two is a slip. Read only where the state was given one count before, and the
 * later mention names no part (其中) and no scope its states' sentence does not (another year, place, body or grade).
 */
function checkRestatedStates(ctx: RuleContext, doc: GazetteDocument): void {
  const paragraphs = paragraphsIn(ctx.issue, doc.range);
  const stated = new Map<string, Stated>();
  for (const [k, p] of paragraphs.entries()) {
    const text = p.text;
    // States open with 已; a mention (正在整改的82处) needs a state before it.
    if (stated.size === 0 && !text.includes('已')) continue;
    // Runs of states and later mentions in the order written: a run counts for the mentions after it only.
    const mentions = text.includes('的') ? [...text.matchAll(RESTATED)] : [];
    let next = 0;
    const mentionsUpTo = (to: number) => {
      for (; next < mentions.length && mentions[next].index! < to; next++) checkMention(ctx, p, k, mentions[next], stated);
    };
    for (let at = text.indexOf('已'); at >= 0; at = text.indexOf('已', at + 1)) {
      if (!opensClause(text, at) && !text.endsWith('其中', at)) continue;
      const states = statesFrom(text, at);
      if (!states) continue;
      mentionsUpTo(at);
      const floor = Math.max(0, at - REACH);
      const start = sentenceStart(text, at, floor);
      const context = text.slice(start > floor ? sentenceStart(text, start - 1, floor) : floor, states.end);
      // States of a part the sentence named before them (其中重大隐患20处，已整改15处…) are no count of the whole's.
      const lead = text.slice(start, at).replace(/其中[ \t]*$/, '');
      const partOf = lead.includes('其中');
      const scopes = scopeWords(lastClause(lead.replace(/[，,、：:][ \t]*$/, '')));
      const contextScopes = scopeWords(context);
      states.names.forEach((name, i) => {
        const s = { paragraph: k, end: states.end, figure: states.figures[i], unit: states.unit, context, contextScopes, scopes, partOf };
        const known = stated.get(name);
        if (s.partOf) stated.set(name, { first: known?.first ?? s, last: s, differ: true });
        else if (known) stated.set(name, { first: known.first, last: s, differ: known.differ || s.figure !== known.first.figure });
        else stated.set(name, { first: s, last: s, differ: false });
      });
      at = states.end;
    }
    mentionsUpTo(text.length);
  }
}

/** The words naming a scope in a text (see SCOPE), 全市 and its like left out (the document's own). */
function scopeWords(text: string): string[] {
  return [...text.replace(/全(?:省|市|州|县|区|镇|乡)/g, '').matchAll(SCOPE)].map((w) => w[0]);
}

/** The last clause of a text (past its last ，、：。；). */
function lastClause(text: string): string {
  return text.slice(Math.max(...[...'，,、：:。；;'].map((c) => text.lastIndexOf(c))) + 1);
}

/** Reports a mention of a state (正在整改的82处) whose count is not the one the state was given before. */
function checkMention(ctx: RuleContext, p: Paragraph, k: number, m: RegExpMatchArray, stated: ReadonlyMap<string, Stated>): void {
  const text = p.text;
  // 正在整改中的82处 restates 正在整改.
  const name = stated.has(m[1]) ? m[1] : m[1].replace(/中$/, '');
  const known = stated.get(name);
  if (!known || known.differ) return;
  const { first, last } = known;
  if (!sameUnit(first.unit, m[3]) || first.figure === Number(m[2])) return;
  const floor = Math.max(0, m.index! - REACH);
  const start = sentenceStart(text, m.index!, floor);
  const before = text.slice(start, m.index!);
  const words = (before + m[4]).replace(/全(?:省|市|州|县|区|镇|乡)/g, '');
  // The mention and the states each of the same scope, one named only where the other is too.
  // (A word read from the mention may take in a word before it: 对江北区 names 江北区.)
  const named = (w: string) => first.context.includes(w) || first.contextScopes.some((e) => w.endsWith(e));
  if (A_PART.test(words) || scopeWords(words).some((w) => !named(w)) || first.scopes.some((w) => !words.includes(w))) return;
  // A kind the mention names before its noun that the states' sentence does not (12处消防通道隐患 of the 隐患): a part.
  const kind = /^[ \t]*([\u4e00-\u9fff]{2,8}?)(?:隐患|问题|风险|项目|事项|企业|单位|点位)/.exec(m[4]);
  if (kind && !first.context.includes(kind[1])) return;
  // A count of the unit in the mention's sentence before it, or in the sentence before (not the states' own): a new
  // whole the mention's state is part of (民生项目12个。已完成的8个…).
  const previous = start > floor ? sentenceStart(text, start - 1, floor) : start;
  const ownStates = last.paragraph === k && last.end > previous && last.end <= start;
  if (countsIn(text, ownStates ? start : previous, m.index!, m[3]).length > 0) return;
  const at = m.index! + m[0].indexOf(m[2], name.length + 1);
  ctx.report({
    message: `称${name}的${m[2]}${m[3]}，前文称${name}${first.figure}${first.unit} (${name} was given as ${first.figure} earlier, not ${m[2]})`,
    range: sourceRange(p, at, at + m[0].slice(at - m.index!).indexOf(m[3]) + m[3].length),
  });
}

interface States {
  names: string[];
  figures: number[];
  unit: string;
  end: number;
  /** Whether states that may overlap them were left off the run's end: they are then not all the states named. */
  cut: boolean;
}

/**
 * The states listed in a row from `at`, one per clause, all in one unit; undefined unless two or more. Where the run
 * holds states that may overlap, the states before them (已完成、正在推进 of 已完成…，正在推进…，滞后推进…).
 */
function statesFrom(text: string, at: number): States | undefined {
  const names: string[] = [];
  const figures: number[] = [];
  const ends: number[] = [];
  let unit: string | undefined;
  STATE.lastIndex = at;
  for (let m = STATE.exec(text); m; m = STATE.exec(text)) {
    if (unit !== undefined && !sameUnit(unit, m[4])) break;
    unit ??= m[4];
    names.push(m[1] + m[2]);
    figures.push(Number(m[3]));
    ends.push(STATE.lastIndex);
    // One more than can be states each named once is enough to know the run goes on.
    if (!/[、，,]/.test(m[5]) || names.length > MOST_PROGRESS_STATES) break;
  }
  let n = Math.min(names.length, MOST_PROGRESS_STATES);
  while (n >= 2 && !areProgressStates(names.slice(0, n))) n--;
  if (n < 2) return undefined;
  return { names: names.slice(0, n), figures: figures.slice(0, n), unit: unit!, end: ends[n - 1], cut: n < names.length };
}

/**
 * The count the states break down, the one count of their unit in the words before them in their sentence or, if
 * none, in the sentence before; none where a 其中 stands before the states in their sentence, or the count's clause
 * takes them from it with 中 (9项中，…: read with breakdown's parts), or a 其中 before the count in its own (the count is then a part).
 */
function checkAgainstWhole(ctx: RuleContext, p: Paragraph, at: number, states: States): void {
  const text = p.text;
  const floor = Math.max(0, at - REACH);
  const ownStart = sentenceStart(text, at, floor);
  const own = text.slice(ownStart, at);
  if (own.includes('其中')) return;
  let from = ownStart;
  let counts = countsIn(text, ownStart, at, states.unit);
  if (counts.length === 0 && ownStart > floor && text[ownStart - 1] === '。') {
    from = sentenceStart(text, ownStart - 1, floor);
    counts = countsIn(text, from, ownStart - 1, states.unit);
  }
  // Of two or more, the one closing its clause counts what the states count (审计发现22个部门存在问题43个，已整改到位37个…:
  // not the 部门 the count names after it).
  if (counts.length > 1) counts = counts.filter((c) => closesClause(text, c.at + c.written.length));
  if (counts.length !== 1) return;
  const [whole] = counts;
  const before = text.slice(from, whole.at);
  // A count the states are taken from with 中 (9项中，已完成…) is read with the parts of a 其中.
  const after = text.slice(whole.at + whole.written.length, at);
  if (before.includes('其中') || NOT_A_WHOLE.test(clauseOf(before)) || WHERE.test(before) || TAKEN_FROM.test(after) || PLACES_OR_GROUPS.test(after)) return;
  // States that name what they count (已建成示范点8个、正在建设示范点4个) count what the count's clause names.
  const noun = sharedNoun(states.names);
  if (noun && !clauseOf(before).includes(noun)) return;
  const sum = states.figures.reduce((a, b) => a + b, 0);
  const exhaustive = !states.cut && (isProgressClassification(states.names) || isCompleteClassification(states.names));
  if (sum === whole.figure || (sum < whole.figure && !exhaustive)) return;
  ctx.report({
    message: `称${whole.figure}${whole.unit}，其后所列各进度（${states.names.join('、')}）之和为${sum}${states.unit} (the states of progress listed add up to ${sum}, not ${whole.figure})`,
    range: sourceRange(p, whole.at, whole.at + whole.written.length),
  });
}

/**
 * The words every state's name ends in, two characters or more (示范点 of 已建成示范点, 正在建设示范点), or ''; not the
 * verb itself (整改 of 已整改, 正在整改: what is done, not what it is done to).
 */
function sharedNoun(names: readonly string[]): string {
  const n = sharedEnd(names);
  return n >= 2 && names.every((x) => progressVerb(x).length > n) ? names[0].slice(names[0].length - n) : '';
}

/** Where the sentence holding `at` starts: past the last 。；; before it, not before `floor`. */
function sentenceStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !/[。；;]/.test(text[i - 1])) i--;
  return i;
}

/** Whether a count ending at `at` ends its clause (问题43个，), not one naming what it counts after it (22个部门). */
function closesClause(text: string, at: number): boolean {
  return /^[ \t]*(?:[，,、。；;：:]|$)/.test(text.slice(at, at + 4));
}

/** The last clause of a text (past its last ，、：). */
function clauseOf(text: string): string {
  let i = text.length;
  while (i > 0 && !/[，,、：:]/.test(text[i - 1])) i--;
  return text.slice(i);
}

function countsIn(text: string, from: number, to: number, unit: string): { at: number; figure: number; unit: string; written: string }[] {
  const out: { at: number; figure: number; unit: string; written: string }[] = [];
  for (const m of text.slice(from, to).matchAll(COUNT)) {
    if (sameUnit(m[2], unit)) out.push({ at: from + m.index!, figure: Number(m[1]), unit: m[2], written: m[0] });
  }
  return out;
}
