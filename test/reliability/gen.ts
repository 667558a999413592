// Random and mutated gazette text: the inputs of the reliability tests and of scripts/fuzz.ts.
import fc from 'fast-check';

/** Pieces of gazette syntax, so random text reaches the parser's interesting paths. */
export const TOKENS: readonly string[] = [
  '〔', '〕', '[', ']', '［', '］', '(', ')', '（', '）', '【', '】', '《', '》', '“', '”',
  '一、', '二、', '十一、', '(一)', '（二）', '(三）', '1.', '2．', '3、', '(1)', '（2）', '①', '1.1', '2.3.4',
  '第一条', '第二条', '第一章', '第一节', '专栏1', '附件', '附件1', '附件2', '附件：', '附件:1.', '(略)', '见附件2',
  '共6项', '共41项', '合计', '\t小计\t', '合计\t\t', '\t1,234\t', '\t12.5\t', '\t—\t', '增长率（%）', '以下三个方面：', '（6个）', '序号\t类别\t责任单位', '责任单位：', '责任单位:', '牵头单位:', '配合单位：', '责任单位::',
  '牵头', '配合', '负责', '、', '，', ',', '。', '；', ';', ':', '：', '号', '第', '年', '月', '日',
  '嘉政发', '嘉政办发', '绍政发', '国办发', '杭政', '穗府', '财税', '嘉政办函', '某市人民政府令', '第345号', '某市人民政府公告', '2024年第1号', '牵头单位：', '〔牵头〕', '二是', '②', '附件一', '附件：一、', '２０２４年５月１０日', '完成时限：', '﹝2024﹞', '〈2022〉', '附件1-2', '1-2．', '〔2O24〕', 'l2号', '2O24年1O月8曰', '联系电话：', '一 、', '（略）', '附表2', '见附表3', '1）', '2)', '\u200b', '\u00ad', '签发人：', '抄送：', '2024年5月20日印发', '第一部分', '１．', '（２）', '（一）、', '﹝责任单位：', '\n序号\n项目名称\n牵头单位\n1\n', '\n2\n', '（第12号）', '〔2018〕', '[2019]', '(2018)', '〔18〕', '72号', '072号', '第9号', '2018 年 12 月 25 日',
  '二〇一八年十二月十七日', '市政府', '市建委', '各县（市、区）人民政府', '市发改委', '嘉兴市人民政府', '绍兴市人民政府办公室',
  '关于印发', '的通知', '实施方案', '《嘉兴市政府工作规则》', '政策解读', '人事任免', '目  录', '目录', '发文目录', '【市政府文件】',
  '主办单位：', '编辑：', '2018年第12期', '总第125期', '公报', 'and', '\t', '\n', '\n\n', '\r\n', '\r', ' ', '  ', '\u3000',
  '**', '# ', '## ', '- ', '> ', '|', '| --- |', '<!-- x -->', '.....', '……', '·',
  '\u00a0', '\u2009', '一、\t', '（一）\t', '第 二 章', '第三条之一', '第三条之二', '一，', '附件：１．', '附件１', '见附件３', '　　2．', '第3页 共30页', '3/30',
  '5280万元', '12个', '市政府令第20号', '（市政府令第7号）', '以上同志的任免', '任命：', '免去：', '市政府人事任免', '完成时限：2024年底', '（见附件）',
];

/** Odd code units: NUL, controls, BOM, lone and paired surrogates, combining marks, wide and RTL characters. */
export const ODD: readonly string[] = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff',
  '\ufffd', '\ud800', '\udfff', '\udc00\ud800', '😀', '𠀀', '👨‍👩‍👧', '\u0301', 'e\u0301', '〔\u0301', '\u200b', '\u200d',
  '\u202e', '\u0600', 'ﬀ', 'Ⅻ', '⑳', '㈠', '０', '１２', '〇',
];

const oddChar = fc.constantFrom(...ODD);
const codePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));

/** A short piece of text to insert: tokens, CJK, arbitrary code points, odd units. */
export const snippet: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 3, arbitrary: cjk }, { weight: 2, arbitrary: oddChar }, { weight: 1, arbitrary: codePoint }, { weight: 1, arbitrary: loneSurrogate }), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Words a pattern starts from: a run after one of them reaches the patterns that read on from it. */
const LEADS: readonly string[] = [
  '', '', '', '配合', '负责', '令', '第', '附件', '附件\t', '共', '合计\t其中', '主办单位', '责任单位', '关于印发', '<', '<!-- gazette-lint-disable',
  '嘉政发〔2018〕\n\n9\n\n', '嘉政发〔2018〕\n9号\n', '〔2018〕', 'http://a.b/',
];

/** A long run: one piece repeated thousands of times, perhaps after a lead word (catches quadratic scans and regex backtracking). */
export const longRun: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...LEADS),
    fc.constantFrom(' ', '\t', '\u3000', '〔', '(', '（', '《', '、', '，', '1', '一', '*', '#', '-', '.', '|', '附件', '责任单位:', '(一)', 'a ', '\u0301', '😀', '\u0000', '〔2018〕', '。.。', ')'),
    fc.integer({ min: 500, max: 20000 }),
    fc.constantFrom('', 'x', '。', '〕', ')', '\n', '号', '负', '期'),
  )
  .map(([lead, unit, n, tail]) => lead + unit.repeat(Math.ceil(n / unit.length)) + tail);

/** Gazette-like noise built from tokens only. */
export const tokenText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 4, arbitrary: cjk }, { weight: 1, arbitrary: oddChar }), { maxLength: 600 })
  .map((parts) => parts.join(''));

/** Any string at all, code points and lone surrogates included. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.oneof(oddChar, loneSurrogate, fc.constantFrom(...TOKENS)), maxLength: 300 }),
);

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; at: number; times: number }
  | { kind: 'truncate-line'; at: number; keep: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'join-line'; at: number }
  | { kind: 'brackets'; at: number; length: number; style: number }
  | { kind: 'line-breaks'; style: 'crlf' | 'cr' | 'none-in-region'; at: number; length: number };

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: frac, text: snippet }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: frac, text: longRun }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: frac, length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), at: frac, times: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate-line' as const), at: frac, keep: frac }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete-line' as const), at: frac }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at: frac, other: frac }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('join-line' as const), at: frac }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('brackets' as const), at: frac, length: fc.integer({ min: 10, max: 3000 }), style: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-breaks' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'none-in-region' as const), at: frac, length: fc.integer({ min: 10, max: 2000 }) }) },
);

const BRACKET_SWAPS: [RegExp, string][][] = [
  [[/〔/g, '['], [/〕/g, ']']],
  [[/〔/g, '('], [/〕/g, ')']],
  [[/[(（]/g, '〔'], [/[)）]/g, '〕']],
  [[/〕/g, ''], [/：/g, ':']],
];

/** Applies one mutation; positions are fractions of the current text or line count. */
export function applyMutation(text: string, m: Mutation): string {
  const at = Math.floor(('at' in m ? m.at : 0) * (text.length + 1));
  const lines = () => text.split('\n');
  const lineAt = (ls: string[], f: number) => Math.min(ls.length - 1, Math.floor(f * ls.length));
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate-line': {
      const ls = lines();
      const i = lineAt(ls, m.at);
      ls.splice(i, 0, ...Array(m.times).fill(ls[i]));
      return ls.join('\n');
    }
    case 'truncate-line': {
      const ls = lines();
      const i = lineAt(ls, m.at);
      ls[i] = ls[i].slice(0, Math.floor(m.keep * ls[i].length));
      return ls.join('\n');
    }
    case 'delete-line': {
      const ls = lines();
      ls.splice(lineAt(ls, m.at), 1);
      return ls.join('\n');
    }
    case 'swap-lines': {
      const ls = lines();
      const i = lineAt(ls, m.at);
      const j = lineAt(ls, m.other);
      [ls[i], ls[j]] = [ls[j], ls[i]];
      return ls.join('\n');
    }
    case 'join-line': {
      const nl = text.indexOf('\n', at);
      return nl < 0 ? text : text.slice(0, nl) + text.slice(nl + 1);
    }
    case 'brackets': {
      let region = text.slice(at, at + m.length);
      for (const [re, to] of BRACKET_SWAPS[m.style]) region = region.replace(re, to);
      return text.slice(0, at) + region + text.slice(at + m.length);
    }
    case 'line-breaks': {
      if (m.style === 'crlf') return text.replace(/\n/g, '\r\n');
      if (m.style === 'cr') return text.replace(/\n/g, '\r');
      return text.slice(0, at) + text.slice(at, at + m.length).replace(/\r?\n/g, '') + text.slice(at + m.length);
    }
  }
}

/** A window of whole lines of one of the texts, then some mutations. */
export function mutatedText(texts: readonly string[], maxLines = 300, maxMutations = 12): fc.Arbitrary<{ text: string; source: number; from: number; lines: number; mutations: Mutation[] }> {
  return fc
    .record({
      source: fc.nat(Math.max(0, texts.length - 1)),
      from: frac,
      lines: fc.integer({ min: 1, max: maxLines }),
      mutations: fc.array(mutation, { maxLength: maxMutations }),
    })
    .map((r) => {
      const all = texts[r.source].split('\n');
      const from = Math.floor(r.from * all.length);
      let text = all.slice(from, from + r.lines).join('\n');
      for (const m of r.mutations) text = applyMutation(text, m);
      return { ...r, text };
    });
}

/** Every kind of input: mutated corpus windows, token noise, arbitrary strings. */
export function anyInput(texts: readonly string[]): fc.Arbitrary<string> {
  const pieces: fc.Arbitrary<string>[] = [tokenText, anyText];
  if (texts.length) pieces.unshift(mutatedText(texts).map((r) => r.text));
  return fc.oneof(...pieces.map((arbitrary, i) => ({ weight: i === 0 && texts.length ? 6 : 2, arbitrary })));
}
