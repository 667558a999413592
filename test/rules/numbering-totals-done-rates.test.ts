import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

/** The 通报 the rates of what is dealt with are read in. */
const notice = (...paragraphs: string[]) =>
  documentText({
    title: '某市安全生产委员会关于2025年安全生产和市民热线办理情况的通报', number: '某安委〔2025〕12号', to: '各县（区）安委会，市安委会各成员单位：',
    paragraphs, signer: '某市安全生产委员会', date: '2025年12月20日',
  });
const messages = (...paragraphs: string[]) => run(RULE, notice(...paragraphs)).map((f) => f.message);

describe(`${RULE}: a rate of what is dealt with, the verb with no 已, the rate in a sentence of its own, named parts done, 整改完成率`, () => {
  const valid = [
    // The verb opening its clause (办结125.1万件), the figures in 万 rounded.
    '全年受理市民热线诉求126.8万件，办结125.1万件，办结率98.7%。全年排查隐患3290处，整改3198处，整改率97.2%。',
    // The rate in a sentence of its own, with no figure before it.
    '全年排查各类安全隐患3290处，已整改3198处。隐患整改率达97.2%。',
    // Parts done named as those found (一般隐患…、重大隐患…), added, or one of them over its own.
    '排查一般隐患3276处、重大隐患14处，已整改到位一般隐患3185处、重大隐患13处，整改率97.2%，重大隐患整改率92.9%。',
    // 整改完成率 with no plan.
    '全年排查各类安全隐患3290处，已整改3198处，整改完成率97.2%。',
    // Not read: a sentence of its own with figures before the rate, a plan's 整改完成率, a single named part done,
    // a verb not opening its clause.
    '全年排查各类安全隐患3290处，已整改3198处。今年新增隐患56处，整改率达98.6%。计划整改隐患100处，已整改98处，整改完成率98%。',
    '排查一般隐患3276处、重大隐患14处，已整改到位一般隐患3185处，整改率90.0%。全年受理诉求1200件，按期办结1150件，办结率90.0%。',
  ];

  it('is quiet where what is done over what was found gives the rate, also hard-wrapped', () => {
    assert.deepEqual(messages(...valid), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 23)), []);
    assert.deepEqual(run(RULE, hardWrapped(notice(...valid), 19)), []);
  });

  it('flags a rate after a verb with no 已 (办结125.1万件，办结率96.7%)', () => {
    const text = notice(valid[0].replace('办结率98.7%', '办结率96.7%'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['办结率96.7%与已办结数÷总数（约98.7%）不符 (the rate is not what is dealt with over what was found: about 98.7%)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '办结率96.7%');
    assert.equal(messages(valid[0].replace('整改率97.2%', '整改率98.2%')).length, 1);
  });

  it('flags a rate in a sentence of its own after what is done (已整改3198处。隐患整改率达98.6%)', () => {
    const text = notice(valid[1].replace('97.2%', '98.6%'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['整改率98.6%与已整改数÷总数（约97.2%）不符 (the rate is not what is dealt with over what was found: about 97.2%)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '整改率达98.6%');
    assert.equal(run(RULE, hardWrapped(text, 19)).length, 1);
  });

  it('flags a rate over named parts done (已整改到位一般隐患3185处、重大隐患13处，整改率98.2%)', () => {
    assert.deepEqual(messages(valid[2].replace('整改率97.2%', '整改率98.2%')), [
      '整改率98.2%与已整改数÷总数（约97.2%）不符 (the rate is not what is dealt with over what was found: about 97.2%)',
    ]);
  });

  it('flags a 整改完成率 with no plan', () => {
    const text = notice(valid[3].replace('97.2%', '98.6%'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['整改完成率98.6%与已整改数÷总数（约97.2%）不符 (the rate is not what is dealt with over what was found: about 97.2%)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '整改完成率98.6%');
    // With a plan, the completion rate's check alone reads it.
    assert.deepEqual(messages('计划整改隐患100处，已整改98处，整改完成率96%。'), [
      '完成率96%与所列已完成数÷计划数（约98.0%）不符 (the rate is not what is done over what was planned: about 98.0%)',
    ]);
  });
});
