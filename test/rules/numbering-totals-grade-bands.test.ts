import { strict as assert } from 'node:assert';
import { documentText, hardWrapped, run } from './helpers';

const RULE = 'numbering/totals';

/** A 通知 printing a 考核办法, in the paragraphs given. */
const notice = (...paragraphs: string[]) =>
  documentText({
    title: '某市人民政府办公室关于印发某市政务服务“好差评”考核办法的通知', number: '某政办发〔2025〕19号', to: '各县（区）人民政府，市政府各部门：',
    paragraphs, signer: '某市人民政府办公室', date: '2025年5月8日',
  });
const messages = (...paragraphs: string[]) => run(RULE, notice(...paragraphs)).map((f) => f.message);
const gap = (missing: string) => [`分数段之间缺${missing}分，不属于任何等次 (no band holds ${missing}: the bands leave a gap)`];
const lead = '第十二条　考核实行百分制，由市政务服务管理局会同有关部门组织实施，考核结果报市政府审定后通报。';
const scale = '第十三条　考核结果分为四个等次：90分以上为优秀，80—89分为良好，60—79分为合格，60分以下为不合格。';

describe(`${RULE}: the bands of a score that give its grades leave no score out (80—89分为良好，60—78分为合格)`, () => {
  it('flags a score no band holds, at the bound before it', () => {
    const text = notice(lead, scale.replace('60—79分', '60—78分'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), gap('79'));
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '78');
    assert.deepEqual(messages(lead, '优秀：90分及以上；良好：80分至89分；合格：60分至75分；不合格：低于60分。'), gap('76—79'));
    assert.deepEqual(messages(lead, '考核得分90—100分为A级，80—89.9分为B级，60—78.5分为C级，60分以下为D级。'), gap('78.6—79.9'));
  });

  it('reads the grades of a school\'s scale (中等, 及格, 不及格)', () => {
    assert.deepEqual(messages('考核结果：90分以上为优秀，80分至89分为良好，70分至78分为中等，60分至69分为及格，60分以下为不及格。'), [
      '分数段之间缺79分，不属于任何等次 (no band holds 79: the bands leave a gap)',
    ]);
    assert.deepEqual(messages('考核结果：90分以上为优秀，80分至89分为良好，70分至79分为中等，60分至69分为及格，60分以下为不及格。'), []);
  });

  it('reads the bands where a narrow page\'s wrap cut their line', () => {
    const wrapped = (s: string) => hardWrapped(notice(lead, s), 20);
    assert.ok(wrapped(scale.replace('60—79分', '60—78分')).includes('60—\n78分'));
    assert.deepEqual(run(RULE, wrapped(scale.replace('60—79分', '60—78分'))).map((f) => f.message), gap('79'));
    assert.deepEqual(run(RULE, wrapped(scale)), []);
  });

  it('is quiet where the bands meet, a bound is said to be in or out, or the bands are no grades', () => {
    for (const quiet of [
      scale,
      '第十三条　考核结果分为四个等次：优秀（90分以上）、良好（80—89分）、合格（60—79分）、不合格（60分以下）。',
      '第十三条　考核结果分为四个等次：90分以上为优秀，80—89.9分为良好，60—79.9分为合格，60分以下为不合格。',
      // A gap of decimals only beside whole bands: a matter of rounding.
      '第十三条　考核得分90—100分为A级，80—89.5分为B级，60—79分为C级，60分以下为D级。',
      // Bounds said to be in or out.
      '第十三条　考核得分90分（含）以上为优秀，80分（含）至88分为良好，60分（含）至79分为合格，60分以下为不合格。',
      // Tiers of a reward, which may skip scores on purpose.
      '第十三条　考核得分90分以上的奖励10万元，80—84分的奖励5万元，60—69分的奖励2万元。',
    ]) assert.deepEqual(messages(lead, quiet), [], quiet);
  });
});
