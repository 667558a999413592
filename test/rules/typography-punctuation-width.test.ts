import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'typography/punctuation-width';

/** The excerpt as a full-width file would print it. */
function fullWidth(text: string): string {
  return text.replace(/[,:;()]/g, (c) => ({ ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' })[c]!);
}

// Every full-width stretch of SX (corpus-notes §7.3: 340-368, 620-640, 771-827, 1145-1161, 1443-1453),
// one finding per paragraph; the lone marks at SX:1145 and SX:1925 and the colophon are not reported.
const SX_STRETCHES = [
  340, 342, 344, 348, 350, 354, 358, 362, 364, 366, 368, 620, 622, 626, 628, 630, 634, 636, 638, 640, 773, 775, 779, 781,
  785, 787, 789, 791, 793, 795, 797, 799, 803, 805, 809, 811, 813, 815, 817, 819, 821, 823, 825, 827, 1147, 1151, 1153,
  1155, 1159, 1161, 1163, 1443, 1447, 1453,
];

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the half-width J files', () => {
    assert.deepEqual(run(RULE, corpus('J18')), []);
    assert.deepEqual(run(RULE, corpus('J19')), []);
  });

  it('reports the full-width stretches of SX once per paragraph, as warnings', () => {
    const found = run(RULE, corpus('SX'));
    assert.deepEqual(lines(corpus('SX'), found), SX_STRETCHES);
    assert.ok(found.every((f) => f.severity === 'warning'));
  });

  it('fixes a stretch to the file\'s half-width marks and changes nothing else', () => {
    const sx = corpus('SX');
    const out = fixed(RULE, sx);
    assert.deepEqual(run(RULE, out), []);
    assert.equal(out.length, sx.length);
    for (let i = 0; i < sx.length; i++) if (out[i] !== sx[i]) assert.ok('，：；（）'.includes(sx[i]), `changed ${sx[i]} at ${i}`);
  });

  it('tolerates a lone full-width mark in a half-width file but not a stretch', () => {
    const base = excerpt('J18', 65, 125);
    assert.deepEqual(run(RULE, inject(base, '统筹社会资源,', '统筹社会资源，')), []);
    const stretch = inject(base, '传承中华优秀传统文化,弘扬红船精神,统筹社会资源,', '传承中华优秀传统文化，弘扬红船精神，统筹社会资源，');
    const found = run(RULE, stretch);
    assert.equal(found.length, 1);
    assert.equal(fixed(RULE, stretch), base);
  });

  it('in a full-width file, flags a paragraph with a half-width mark and fixes it', () => {
    const base = fullWidth(excerpt('J18', 65, 125));
    assert.deepEqual(run(RULE, base), []);
    const text = inject(base, '统筹社会资源，', '统筹社会资源,');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [7]);
    assert.match(found[0].message, /以全角为主/);
    assert.equal(fixed(RULE, text), base);
  });

  it('leaves numbers, times, URLs and heading labels alone', () => {
    const base = fullWidth(excerpt('J18', 65, 125));
    assert.deepEqual(run(RULE, inject(base, '统筹社会资源，', '统筹社会资源1,000元、8:30，')), []);
    assert.deepEqual(run(RULE, inject(base, '（一）指导思想。', '(一)指导思想。')), []); // numbering/style's business
    for (const url of ['网址http://www.jiaxing.gov.cn/a,b;c', '见<www.jiaxing.gov.cn/a,b>', '见<网址http://gov/资料,目录>']) {
      assert.deepEqual(run(RULE, inject(base, '统筹社会资源，', `统筹社会资源，${url}，`)), [], url);
    }
    // <…> without a dot inside is not an address.
    assert.equal(run(RULE, inject(base, '统筹社会资源，', '统筹社会资源，见<网址,详见>，')).length, 1);
  });
});

describe(`${RULE}: Markdown links and images`, () => {
  const issue = (line: string) =>
    [
      '# 瓯江市人民政府关于推进城市更新行动的通知', '', '瓯政发〔2024〕18号', '', '各区人民政府，市政府各部门：', '',
      '现将有关事项通知如下：城市更新工作要坚持规划引领、分类施策、有序推进。', '', line, '', '各区要结合实际，认真组织实施（详见附表）。', '',
      '一、加强组织领导。各区要成立工作专班，明确责任分工，细化工作措施；建立工作台账，定期调度进展。', '',
      '二、强化资金保障。市财政要统筹安排资金，支持老旧小区改造、城中村改造；各区要落实配套资金。', '', '瓯江市人民政府', '', '2024年6月3日', '',
    ].join('\n');

  it('leaves the brackets of a link\'s or image\'s target alone', () => {
    assert.deepEqual(run(RULE, issue('![一图读懂城市更新行动计划](https://www.oujiang.gov.cn/images/2024/tj-csgx.png)')), []);
    assert.deepEqual(run(RULE, issue('具体内容可登录[市政府门户网站](https://www.oujiang.gov.cn/zwgk/)查阅。')), []);
  });

  it('still reports half-width marks in the text around a link', () => {
    assert.equal(run(RULE, issue('具体内容可登录[市政府门户网站](https://www.oujiang.gov.cn/zwgk/)查阅,各区要认真落实;确保成效,加强督查,按期完成;形成合力。')).length, 1);
  });
});

describe(`${RULE}: full-width ！？ in a half-width file`, () => {
  const text = [
    '政府工作报告', '', '各位代表:', '',
    '过去一年,我们较好完成了市十七届人大三次会议确定的目标任务。全市地区生产总值增长5.6%;一般公共预算收入增长4.2%。', '',
    '各位代表！这些成绩的取得,是市委坚强领导的结果,是全市人民团结奋斗的结果。在此,我代表市人民政府,表示衷心的感谢！', '',
    '二、2025年工作安排(摘要)', '',
  ].join('\n');

  it('leaves the sentence ends of a paragraph written with half-width marks alone, as its 。', () => {
    assert.deepEqual(run(RULE, text), []);
  });

  it('still reports a paragraph written with full-width marks', () => {
    const bad = text.replace('是市委坚强领导的结果,是全市', '是市委坚强领导的结果，是全市').replace('在此,我代表', '在此，我代表');
    assert.deepEqual(lines(bad, run(RULE, bad)), [7]);
    // Its fix turns the commas half-width and leaves its ！ as it leaves its 。.
    const [found] = run(RULE, bad);
    assert.match(found.message, /“，”（2处）/);
    assert.deepEqual(found.fix!.edits.map((e) => bad.slice(e.range.start, e.range.end)), ['，', '，']);
  });
});
