import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

/** A 通报 of a campaign against hazards, in the paragraphs given. */
const report = (...paragraphs: string[]) =>
  documentText({
    title: '某市安全生产委员会办公室关于全市安全生产大排查大整治工作情况的通报', number: '某安办〔2025〕18号', to: '各县（区）安委会，市安委会各成员单位：',
    paragraphs, signer: '某市安全生产委员会办公室', date: '2025年7月8日',
  });
const messages = (...paragraphs: string[]) => run(RULE, report(...paragraphs)).map((f) => f.message);

describe(`${RULE}: a state of progress said again later with another count (正在整改92处 … 正在整改的82处)`, () => {
  const found = '一、总体情况。专项行动开展以来，全市共排查隐患320处，已整改228处，正在整改92处。';
  const later = '二、下一步工作。对正在整改的82处隐患，要明确整改时限和责任人，逐项销号。';
  const over = (name: string, given: number, earlier: number, unit = '处') => [
    `称${name}的${given}${unit}，前文称${name}${earlier}${unit} (${name} was given as ${earlier} earlier, not ${given})`,
  ];

  it('reads 正在整改中的 as 正在整改的, and a kind the states\' sentence does not name as a part', () => {
    assert.deepEqual(messages(found, later.replace('正在整改的', '正在整改中的')), over('正在整改', 82, 92));
    assert.deepEqual(messages(found, '二、下一步工作。对正在整改的12处消防通道隐患，要实行挂牌督办。'), []);
    // A kind the states' sentence names is theirs: the mention restates them.
    assert.deepEqual(messages(found.replace('排查隐患', '排查安全隐患'), later.replace('82处隐患', '82处安全隐患')), over('正在整改', 82, 92));
  });

  it('flags the later count, with its range', () => {
    const text = report(found, later);
    const f = run(RULE, text);
    assert.deepEqual(f.map((x) => x.message), over('正在整改', 82, 92));
    assert.equal(text.slice(f[0].range.start, f[0].range.end), '82处');
    assert.deepEqual(messages(found.replace('，已整改', '，其中已整改'), later), over('正在整改', 82, 92));
    assert.deepEqual(messages('截至6月底，已整改到位37个、正在整改7个。', '对尚未整改到位的问题，要盯住不放。对正在整改的6个问题，要限时办结。'), over('正在整改', 6, 7, '个'));
    // States of a place, a mention of the same; 其中 right before the states.
    assert.deepEqual(messages('江北区排查隐患120处，已整改100处，正在整改20处。', '对江北区正在整改的18处隐患，要限期销号。'), over('正在整改', 18, 20));
    // In the paragraph of the states, the sentence right after them.
    assert.deepEqual(messages(`${found}对正在整改的82处隐患，要明确整改时限。`), over('正在整改', 82, 92));
  });

  it('reads the mention where a narrow page\'s wrap cut its line', () => {
    const text = hardWrapped(report(found, later), 20);
    assert.ok(text.includes('正在\n整改92处') && text.includes('82处隐\n患'));
    assert.deepEqual(run(RULE, text).map((f) => f.message), over('正在整改', 82, 92));
    assert.deepEqual(run(RULE, hardWrapped(report(found, later.replace('82处', '92处')), 20)), []);
  });

  it('is quiet where the counts agree, or the later one counts a part or another scope', () => {
    for (const quiet of [
      [found, later.replace('82处', '92处')],
      // A part, another place, another year, a grade of hazard, a unit's own.
      [found, '二、下一步工作。其中，对正在整改的82处隐患，要明确整改时限。'],
      [found, '二、下一步工作。对江北区正在整改的12处隐患，要明确整改时限。'],
      [found, '二、下一步工作。对2024年正在整改的82处隐患，要加快进度。'],
      [found, '二、下一步工作。对正在整改的12处重大隐患，要挂牌督办。'],
      [found, '二、下一步工作。市住建局对正在整改的30处隐患，要加强督导。'],
      [found, '二、下一步工作。随机抽取正在整改的20处隐患开展复查。'],
      // States of a scope or a part, a mention of none.
      ['江北区排查隐患120处，已整改100处，正在整改20处。', later],
      ['全市共排查隐患320处，其中重大隐患20处，已整改15处，正在整改5处。', later],
      // A state counted twice before in other scopes: which one is meant is not sure.
      ['江北区排查隐患120处，已整改100处，正在整改20处。海门区排查隐患200处，已整改128处，正在整改72处。', later],
      // A new whole the mention's state is part of, in its sentence or the one before.
      [found, '二、民生项目。今年实施民生项目12处。对正在整改的8处，要加快进度。'],
      [found, '二、下一步工作。新排查的隐患40处中，对正在整改的30处，要明确整改时限。'],
      // A mention before the states, no run of states at all.
      [later, found],
      ['全市共排查隐患320处，整改228处。', later],
    ]) assert.deepEqual(messages(...quiet), [], quiet.join(''));
  });
});
