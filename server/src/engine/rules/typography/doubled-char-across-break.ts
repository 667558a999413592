// typography/doubled-char-across-break: a character or word repeated where the
// PDF broke a line or a page ("创建工作" / "工作机制", "平台" / "台"): the
// classic slip of retyping the last word of a line. Only join points are
// checked; elsewhere a double is usually two words meeting (在职职工).
import type { Paragraph } from '../../model';
import { sourceOffset } from '../../parse/paragraphs';
import type { Rule, RuleContext } from '../types';
import { allParagraphs, isCjk } from './util';

/**
 * Reduplicated adverbs that are words in their own right. Kept short on
 * purpose: a doubled common character (一一, 人人, 年年) is more often a slip
 * at a break than a word, and a reduplication the issue itself writes
 * elsewhere is recognised from the text.
 */
const LEGIT = new Set(
  ('常常 往往 渐渐 纷纷 仅仅 刚刚 层层 步步 处处 时时 事事 家家 户户 天天 紧紧 牢牢 深深 默默 稳稳 源源 滚滚 息息 井井 ' +
    '兢兢 孜孜 蒸蒸 欣欣 统统 谢谢 频频 屡屡 切切 种种 悄悄 轻轻 久久 足足 整整 稍稍 恰恰 偏偏 白白 寥寥 累累 芸芸 ' +
    '彬彬 赫赫 浩浩 勃勃 茫茫 熊熊 翩翩 栩栩 冉冉 袅袅 津津 楚楚').split(/\s+/),
);
/** A repeated pair like 人每|人每 is usually a parallel phrase (每人每年, 一村一品, 名医名师). */
const PARALLEL = /[每一名有不大多同全自无可即随就越又也再边是非以小新老好真半或亦愈单双左右上下前后高低长短内外各分逐层]/;
const MAX_UNIT = 8;
/** The last character of a body headed by a 长 (支队长, 局长, 所长, 组长, 园长, 镇长, 会长). */
const HEADED = /[队局处科股组站所院校社团行庭厅部司馆台园连排班区县市乡镇村会]/;

const rule: Rule = {
  id: 'typography/doubled-char-across-break',
  category: 'typography',
  defaultSeverity: 'warning',
  description: '断行处字词重复（“工作/工作机制”） (character or word doubled across a line or page break)',
  fixable: true,
  check(ctx) {
    let doubles: Set<string> | undefined;
    const writtenDouble = (ch: string) => (doubles ??= doubledChars(ctx.text)).has(ch);
    for (const p of allParagraphs(ctx.issue)) {
      for (let k = 1; k < p.pieces.length; k++) checkJoin(ctx, p, k, writtenDouble);
    }
  },
};

export default rule;

function checkJoin(ctx: RuleContext, p: Paragraph, k: number, writtenDouble: (ch: string) => boolean): void {
  const t = p.text;
  const at = p.pieces[k].at;
  // A line that is the repeated text alone is a cell or an item of its own (新建农村公路 / 新建农村公路200公里), not a line cut short.
  const whole = p.pieces[k - 1].length;
  // The longest unit repeated on both sides of the join, within the two lines.
  for (let n = Math.min(MAX_UNIT, p.pieces[k - 1].length, p.pieces[k].length); n >= 1; n--) {
    if (t.charCodeAt(at - n) !== t.charCodeAt(at) || t.charCodeAt(at - 1) !== t.charCodeAt(at + n - 1)) continue;
    const before = t.slice(at - n, at);
    const after = t.slice(at, at + n);
    if (before !== after || !/^[\u3400-\u9fff“”《》、，,]+$/.test(before) || !isCjk(before[0]) || !isCjk(before[n - 1])) continue;
    if (n === whole && n > 1) return;
    // A character three times across the break (全市 / 市市级) is a slip, whatever the words.
    const tripled = n === 1 && (t[at + 1] === before || t[at - 2] === before);
    // A body and the title of its head (支队 / 支队长, 大队 / 大队长): the second copy starts the head's title. A word
    // ending before 长 that is no body (增 / 增长) is a slip.
    if (!tripled && t[at + n] === '长' && HEADED.test(before[n - 1])) return;
    // A whole place and a level of it (全市 / 市级, 本县 / 县直): the word with 全 or 本 ends in the first copy.
    if (n === 1 && /[全本各该]/.test(t[at - 2] ?? '') && /[级直]/.test(t[at + 1] ?? '')) return;
    // Every place reached (“村村通”, 户户通, 县县通): a reduplicated place before 通 is a word.
    if (n === 1 && !tripled && /[村县乡镇组户]/.test(before) && t[at + 1] === '通') return;
    if (n === 1 && !tripled) {
      const pair = before + after;
      // A doubled character the issue writes elsewhere (全市市场 → 市市) is two words meeting.
      if (writtenDouble(before)) return;
      const words = wordsAt(t, at);
      // A reduplication (步步) is a slip where a word ends in its first copy and the second stands alone (进一步 / 步推进).
      if (LEGIT.has(pair) ? !(words && words.ending > 1 && words.starting === 1) : words && words.ending > 1 && words.starting > 1) return;
    } else if (n === 2) {
      if (before[0] === before[1] || PARALLEL.test(before[1]) || LEGIT.has(before)) return;
    }
    const start = sourceOffset(p, at);
    const end = sourceOffset(p, at + n - 1) + 1;
    ctx.report({
      message: `断行处“${before}”重复 (“${before}” is repeated across a line break)`,
      range: { start: sourceOffset(p, at - n), end },
      fix: { title: `删除重复的“${after}” (remove the repeated ${after})`, edits: [{ range: { start, end }, text: '' }] },
    });
    return;
  }
}

let segmenter: Intl.Segmenter | null | undefined;
/**
 * Chinese word segmentation from the runtime's ICU dictionary; null where the runtime has no segmenter or it fails.
 * Without the dictionary (small-icu) every ideograph or the whole run is one segment: no two words meet.
 */
function chineseWords(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Characters either side of a join given to the segmenter: enough for the words that meet there. */
const WORD_WINDOW = 6;

/**
 * The lengths of the words the dictionary ends and starts at a join (0 where no word boundary falls there), or
 * undefined without a dictionary. Two words meet where both are longer than the character they share (产品认证 /
 * 证书, 工作 / 作风, 合作 / 作用); a slip leaves a copy alone or inside one word (…的 / 的制度, 区域样 / 样本).
 */
function wordsAt(t: string, at: number): { ending: number; starting: number } | undefined {
  const words = chineseWords();
  if (!words) return undefined;
  let from = at;
  while (from > at - WORD_WINDOW && isCjk(t[from - 1])) from--;
  let to = at;
  while (to < at + WORD_WINDOW && isCjk(t[to])) to++;
  let ending = 0;
  let starting = 0;
  try {
    for (const w of words.segment(t.slice(from, to))) {
      const start = from + w.index;
      const end = start + w.segment.length;
      if (end === at) ending = w.segment.length;
      if (start === at) starting = w.segment.length;
    }
  } catch {
    // A runtime whose segmenter fails: read as one without a dictionary.
    return undefined;
  }
  return { ending, starting };
}

/** The ideographs written doubled (XX) somewhere inside a line. */
function doubledChars(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff && text.charCodeAt(i + 1) === c) out.add(text[i]);
  }
  return out;
}
