import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { lines, run } from './helpers';

const RULE = 'cross-reference/reply-number';

/** A reply to a 提案, printed in an issue under its 目录 entry. */
const reply = (title: string, acknowledgement: string) =>
  [
    '某市人民政府公报', '', '2025年第7期（总第90期）', '', '目　　录', '', '【建议提案答复】', '',
    `${title}`, '（某政办函〔2025〕33号）…………………………………………（6）', '',
    title, '', '某政办函〔2025〕33号', '', '刘建平委员：', '', `　　${acknowledgement}经认真研究，现答复如下：`, '',
    '　　一、工作进展', '', '　　截至2025年6月底，全市已完成老旧燃气管道更新改造186公里。', '',
    '　　感谢您对我市工作的关心和支持。', '', '某市人民政府办公室', '', '2025年7月10日', '', '（联系人：周　强；联系电话：0837－6612030）', '',
  ].join('\n');
const TITLE = '某市人民政府办公室关于市政协十届四次会议第0123号提案办理情况的答复';

describe(RULE, () => {
  it('is quiet on the corpus', function () {
    if (!corpusAvailable) this.skip();
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('reports the 提案 acknowledged under another number than the title\'s', () => {
    const text = reply(TITLE, '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第0132号）收悉。');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['正文所称第0132号提案与标题所称第0123号提案不一致 (the 提案 acknowledged is not the one the title names)']);
    assert.deepEqual(lines(text, found), [18]);
  });

  it('reads the number where a wrap cut it, and a 建议 acknowledged by 第N号建议收悉', () => {
    const wrapped = reply(TITLE, '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第01\n32号）收悉。');
    assert.equal(run(RULE, wrapped).length, 1);
    const suggestion = reply('某市人民政府办公室关于市十七届人大三次会议第128号建议的答复', '您在市十七届人大三次会议上提出的第126号建议收悉。');
    assert.match(run(RULE, suggestion)[0].message, /第126号建议与标题所称第128号建议/);
  });

  it('is quiet when the numbers agree (with or without leading zeros), or the title names both answered', () => {
    for (const [title, said] of [
      [TITLE, '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第0123号）收悉。'],
      [TITLE, '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第123号）收悉。'],
      [TITLE, '您提出的第0123号提案收悉。'],
      ['某市人民政府办公室关于市政协十届四次会议第0123号、第0145号提案办理情况的答复', '您提出的第0145号提案收悉。'],
    ]) assert.deepEqual(run(RULE, reply(title, said)), [], said);
  });

  it('is quiet on another 提案 mentioned but not acknowledged, and on a title naming no number', () => {
    assert.deepEqual(run(RULE, reply(TITLE, '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第0123号）与第0145号提案内容相近，一并答复。')), []);
    assert.deepEqual(run(RULE, reply('某市人民政府办公室关于市政协十届四次会议提案办理情况的答复', '您提出的第0132号提案收悉。')), []);
  });

  it('reads only the sentence that acknowledges: a 提案 named later with 收悉 is another matter', () => {
    const later = '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第0123号）收悉。您去年提出的第0119号提案收悉后，我们已会同有关部门作了答复。';
    assert.deepEqual(run(RULE, reply(TITLE, later)), []);
    const text = reply(TITLE, later.replace('（第0123号）', '（第0132号）'));
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['正文所称第0132号提案与标题所称第0123号提案不一致 (the 提案 acknowledged is not the one the title names)']);
  });
});

describe(`${RULE}: other ways to acknowledge and to title`, () => {
  it('reads a 建议 acknowledged without 《》, a number inside the brackets after its kind, a short name declared after it, 收到', () => {
    const title = '某市人民政府办公室关于市十七届人大三次会议第128号建议的答复';
    for (const said of [
      '您提出的关于加快老旧小区加装电梯的建议（第182号）收悉。',
      '您提出的《关于加快老旧小区加装电梯的建议》（建议第182号）收悉。',
      '您提出的《关于加快老旧小区加装电梯的建议》（第182号）（以下简称《建议》）收悉。',
      '您提出的《关于加快老旧小区加装电梯的建议》（第182号）已收到。',
    ]) {
      assert.deepEqual(run(RULE, reply(title, said)).map((f) => f.message), ['正文所称第182号建议与标题所称第128号建议不一致 (the 建议 acknowledged is not the one the title names)'], said);
      assert.deepEqual(run(RULE, reply(title, said.replace('182', '128'))), [], said);
    }
  });

  it('reads a title naming several numbers under one 号 (第128、135号建议)', () => {
    const title = '某市人民政府办公室关于市十七届人大三次会议第128、135号建议的答复';
    assert.deepEqual(run(RULE, reply(title, '您提出的第135号建议收悉。')), []);
    assert.deepEqual(run(RULE, reply(title, '您提出的第153号建议收悉。')).map((f) => f.message), ['正文所称第153号建议与标题所称第128号、第135号建议不一致 (the 建议 acknowledged is not the one the title names)']);
  });
});

describe(`${RULE}: numbers as printed, several acknowledged, and what is not the acknowledgement`, () => {
  const message = (said: string, titled: string, kind = '提案') =>
    `正文所称第${said}号${kind}与标题所称${titled}${kind}不一致 (the ${kind} acknowledged is not the one the title names)`;

  it('reads a 提案 named 《关于…的建议》 as the 提案 the title answers', () => {
    const text = reply(TITLE, '您提出的《关于加强城镇燃气管道安全隐患整治的建议》（第0132号）收悉。');
    assert.deepEqual(run(RULE, text).map((f) => f.message), [message('0132', '第0123号')]);
    assert.deepEqual(run(RULE, reply(TITLE, '您提出的《关于加强城镇燃气管道安全隐患整治的建议》（第0123号）收悉。')), []);
  });

  it('reads a number a PDF spaced or printed in full-width digits, and marks it whole', () => {
    for (const [said, marked] of [['（第 0132 号）', '0132'], ['（第01 32号）', '01 32'], ['（第０１３２号）', '０１３２']]) {
      const text = reply(TITLE, `您提出的《关于加强城镇燃气管道安全隐患整治的提案》${said}收悉。`);
      const found = run(RULE, text);
      assert.equal(found.length, 1, said);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), marked);
      assert.deepEqual(run(RULE, reply(TITLE, `您提出的《关于加强城镇燃气管道安全隐患整治的提案》${said.replace('32', '23').replace('３２', '２３')}收悉。`)), [], said);
    }
    assert.deepEqual(run(RULE, reply(TITLE, '您提出的第 0132 号提案收悉。')).map((f) => f.message), [message('0132', '第0123号')]);
  });

  it('reads every number of an acknowledgement naming several, in a list or each after its name', () => {
    const title = '某市人民政府办公室关于市政协十届四次会议第0123、0145号提案办理情况的答复';
    for (const said of [
      '您提出的第0132号和第0145号提案收悉。',
      '您提出的第0132、0145号提案收悉。',
      '您提出的《关于加强燃气安全的提案》（第0132号）和《关于老旧管网改造的提案》（第0145号）收悉。',
    ]) {
      assert.deepEqual(run(RULE, reply(title, said)).map((f) => f.message), [message('0132', '第0123号、第0145号')], said);
      assert.deepEqual(run(RULE, reply(title, said.replace('0132', '0123'))), [], said);
    }
  });

  it('reads a number in brackets with the 会议 or the year before it, after 提案号：, or after a name in quotes', () => {
    const title = '某市人民政府办公室关于市十七届人大三次会议第128号建议的答复';
    for (const said of [
      '您提出的《关于加快老旧小区加装电梯的建议》（市十七届人大三次会议第182号）收悉。',
      '您提出的《关于加快老旧小区加装电梯的建议》（〔2025〕第182号）收悉。',
      '您提出的《关于加快老旧小区加装电梯的建议》（建议号：182）收悉。',
      '您提出的“关于加快老旧小区加装电梯的建议”（第182号）收悉。',
      '近日，我局收到您提出的《关于加快老旧小区加装电梯的建议》（第182号）后，高度重视。',
    ]) {
      assert.deepEqual(run(RULE, reply(title, said)).map((f) => f.message), [message('182', '第128号', '建议')], said);
      assert.deepEqual(run(RULE, reply(title, said.replace('182', '128'))), [], said);
    }
  });

  it('reads a title naming a 代表建议, full-width digits or a number of eight digits', () => {
    for (const [title, right, wrong] of [
      ['某市人民政府办公室关于市十七届人大三次会议第128号代表建议的答复', '128', '182'],
      ['某市人民政府办公室关于市十七届人大三次会议第１２８号建议的答复', '128', '182'],
      ['某市人民政府办公室关于市十七届人大三次会议第20250128号建议的答复', '20250128', '20250182'],
    ]) {
      const said = (n: string) => `您提出的《关于加快老旧小区加装电梯的建议》（第${n}号）收悉。`;
      assert.equal(run(RULE, reply(title, said(wrong))).length, 1, title);
      assert.deepEqual(run(RULE, reply(title, said(right))), [], title);
    }
  });

  it('reads the first acknowledgement only, numbered or not, and 收悉 inside a name is none', () => {
    const title = '某市人民政府办公室关于市十七届人大三次会议第128号建议的答复';
    for (const said of [
      '您提出的《关于加快老旧小区加装电梯的建议》收悉。经认真研究，现答复如下：\n\n　　去年，您提出的第112号建议收到后，我局高度重视。',
      '您提出的《关于加快老旧小区加装电梯的建议》（第128号）收悉，该建议与第112号建议收到时间相近，',
      '您提出的《关于落实国务院第589号令的建议》（第128号）收悉。',
    ]) assert.deepEqual(run(RULE, reply(title, said)), [], said);
    assert.equal(run(RULE, reply(title, '您提出的《关于规范快递收到即签收的建议》（第182号）收悉。')).length, 1);
  });

  it('reads over a 提案 merged with the one answered (与第0145号提案并案办理), and still reads the answered one', () => {
    for (const said of [
      '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第0123号，与第0145号提案并案办理）收悉。',
      '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第0123号，与第0145号合并办理）收悉。',
      '您提出的第0123号提案（与第0145号、第0151号提案并案）收悉。',
    ]) {
      assert.deepEqual(run(RULE, reply(TITLE, said)), [], said);
      assert.deepEqual(run(RULE, reply(TITLE, said.replace('0123', '0132'))).map((f) => f.message), [message('0132', '第0123号')], said);
    }
  });

  it('reports a 提案 acknowledged as a 建议 under its own number (a kind slip), marking the number and its kind', () => {
    const text = reply(TITLE, '您在市政协十届四次会议上提出的第0123号建议收悉。');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), [
      '正文称第0123号建议，标题所答为第0123号提案，应统一为“提案” (the title answers a 提案; the acknowledgement calls it a 建议)',
    ]);
    const f = found[0];
    assert.equal(text.slice(f.range.start, f.range.end), '0123号建议');
    const spaced = reply('某市人民政府办公室关于市十七届人大三次会议第128号建议的答复', '您提出的第 128 号代表提案收悉。');
    const g = run(RULE, spaced);
    assert.match(g[0].message, /^正文称第128号提案，标题所答为第128号建议/);
    assert.equal(spaced.slice(g[0].range.start, g[0].range.end), '128 号代表提案');
  });

  it('is quiet on a kind said another way where the title names both kinds, or names another number of the other kind', () => {
    const both = reply('某市人民政府办公室关于市十七届人大三次会议第128号建议和市政协十届四次会议第0123号提案的答复', '您提出的第128号建议和第0123号提案收悉。');
    assert.deepEqual(run(RULE, both), []);
    // Another 建议 named in the acknowledging clause under another number: not this reply's slip to judge.
    const another = reply(TITLE, '您提出的第0123号提案（与第56号建议内容相近）收悉。');
    assert.deepEqual(run(RULE, another), []);
    const named = reply(TITLE, '您提出的《关于加强城镇燃气管道安全隐患整治的建议》（第0123号）收悉。');
    assert.deepEqual(run(RULE, named), []);
  });

  it('reads a title giving the category\'s own number in brackets (第1234号（农业水利类123号）提案): either may be acknowledged', () => {
    const title = '某市人民政府办公室关于市政协十届四次会议第1234号（农业水利类123号）提案办理情况的答复';
    for (const said of ['您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第1234号）收悉。', '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（农业水利类第123号）收悉。']) {
      assert.deepEqual(run(RULE, reply(title, said)), [], said);
    }
    const slipped = run(RULE, reply(title, '您提出的《关于加强城镇燃气管道安全隐患整治的提案》（第1243号）收悉。'));
    assert.deepEqual(slipped.map((f) => f.message), ['正文所称第1243号提案与标题所称第1234号提案不一致 (the 提案 acknowledged is not the one the title names)']);
  });
});
