import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { documentText, edit, fixed, lines, run } from './helpers';

const RULE = 'doc-number/consistency';


function related(text: string, f: { related?: { range: { start: number } }[] }): number[] {
  return lines(text, (f.related ?? []).map((r) => ({ range: r.range }) as never));
}

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus: [] and spaces are format\'s, 原《…》(绍政办发〔2006〕84号) is an earlier document', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags a serial changed in the TOC only, at the TOC, and fixes it from the document line', () => {
    const text = edit('J18', [15, '68 号', '67 号']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [15]);
    assert.match(found[0].message, /目录的发文字号“嘉政办发〔2018〕67 号”与文件“嘉政办发〔2018〕68号”的序号不一致/);
    assert.deepEqual(related(text, found[0]), [67]);
    assert.equal(fixed(RULE, text), corpus('J18'));
  });

  it('flags the 发文目录 row, keeping its own [] for doc-number/format', () => {
    const text = edit('J18', [721, '68 号', '69 号']);
    assert.deepEqual(lines(text, run(RULE, text)), [721]);
    assert.equal(fixed(RULE, text), corpus('J18'));
  });

  it('flags the document line when the TOC and the 发文目录 agree against it', () => {
    const text = edit('J18', [67, '68号', '67号']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [67]);
    assert.deepEqual(related(text, found[0]), [15, 721]);
    assert.equal(fixed(RULE, text), corpus('J18'));
  });

  it('with only a TOC (SX), blames the document line when its number breaks the series the TOC fills', () => {
    const line = edit('SX', [274, '14 号', '19 号']);
    assert.deepEqual(lines(line, run(RULE, line)), [274]);
    assert.equal(fixed(RULE, line), corpus('SX'));
    const dup = edit('SX', [274, '14 号', '15 号']); // now a duplicate of 15号
    assert.deepEqual(lines(dup, run(RULE, dup)), [274]);
    const toc = edit('SX', [32, '14号', '19号']);
    assert.deepEqual(lines(toc, run(RULE, toc)), [32]);
    assert.equal(fixed(RULE, toc), corpus('SX'));
  });

  it('with only a TOC, blames a document line whose year is not its 成文日期\'s', () => {
    const text = edit('SX', [107, '〔2018〕', '〔2017〕']);
    assert.deepEqual(lines(text, run(RULE, text)), [107]);
    assert.equal(fixed(RULE, text), corpus('SX'));
  });

  it('compares year and issuer code too', () => {
    const year = edit('J19', [15, '〔2019〕', '〔2018〕']);
    assert.match(run(RULE, year)[0].message, /年份不一致/);
    assert.equal(fixed(RULE, year), corpus('J19'));
    const issuer = edit('J19', [15, '嘉政办发', '嘉政发']);
    assert.match(run(RULE, issuer)[0].message, /机关代字不一致/);
    assert.equal(fixed(RULE, issuer), corpus('J19'));
  });

  it('flags a citation of a printed document by its plan title (SX:2106 cites 17号\'s 实施办法)', () => {
    const text = edit('SX', [2106, '17号', '16号']);
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [2106]);
    assert.deepEqual(related(text, found[0]), [698]);
    assert.equal(fixed(RULE, text), corpus('SX'));
  });

  it('flags the same outside document cited with two numbers', () => {
    // 《遏制与防治艾滋病"十三五"行动计划》 is cited at SX:1869 as 国办发〔2017〕8号.
    const all = corpus('SX').split('\n');
    const cite = all[1868].match(/《[^》]*》\(国办发〔2017〕8号\)/)![0];
    all[1868] += cite.replace('8号', '9号');
    all[1868] += cite;
    const text = all.join('\n');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [1869]);
    assert.match(found[0].message, /序号不一致/);
    assert.ok(text.slice(found[0].range.start, found[0].range.end).includes('9号'));
    assert.ok(!fixed(RULE, text).includes('〔2017〕9号'));
  });
  it('quotes a number broken across lines by the extraction on one line', () => {
    const text = [
      '某市人民政府关于做好某项工作的通知',
      '',
      '某政发〔2024〕3号',
      '',
      '各县(市、区)人民政府:',
      '',
      '根据《某省人民政府关于加强某某工作的若干意见》(某政发〔2023〕',
      '',
      '12号)精神，现通知如下。',
      '',
      '又据《某省人民政府关于加强某某工作的若干意见》(某政发〔2023〕13号)办理。',
      '',
      '再据《某省人民政府关于加强某某工作的若干意见》(某政发〔2023〕13号)执行。',
      '',
    ].join('\n');
    const [f] = run(RULE, text).filter((x) => x.message.includes('12号'));
    assert.ok(f, 'the odd citation is reported');
    assert.match(f.message, /此处为“某政发〔2023〕12号”/);
    assert.ok(!f.message.includes('\n'));
  });

  it('with only a TOC, blames the document line when the TOC fills the gap it leaves (12, [15], 14 where the TOC says 13)', () => {
    const titles = ['关于印发临安市公共资源交易管理办法的通知', '关于做好2024年防汛防台工作的通知', '关于印发临安市突发地质灾害应急预案的通知'];
    const issue = (serials: number[], listed = [12, 13, 14]) =>
      [
        '目　　录', '', ...titles.flatMap((t, k) => [`临安市人民政府办公室${t}（临政办发〔2024〕${listed[k]}号）……（${10 + k}）`, '']),
        ...titles.flatMap((t, k) => [`临安市人民政府办公室${t}`, '', `临政办发〔2024〕${serials[k]}号`, '', '各镇人民政府、街道办事处：', '', '现将有关事项通知如下。', '', '临安市人民政府办公室', `2024年5月${20 + k}日`, '']),
      ].join('\n');
    const text = issue([12, 15, 14]);
    assert.deepEqual(lines(text, run(RULE, text)), [22]);
    assert.equal(fixed(RULE, text), issue([12, 13, 14]));
    // 12, 14, 15 in print order: 15 goes on after 14 where the TOC's 13 would not; the TOC is blamed.
    const last = issue([12, 14, 15], [12, 14, 13]);
    assert.deepEqual(lines(last, run(RULE, last)), [7]);
    assert.equal(fixed(RULE, last), issue([12, 14, 15], [12, 14, 15]));
  });
});

describe(`${RULE}: a citation wrapped after its opening bracket`, () => {
  const issue = (cited: string) =>
    [
      '岚山市人民政府办公室关于进一步做好稳就业促创业工作的通知', '', '岚政办发〔2025〕11号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　为进一步做好稳就业促创业工作，现就有关事项通知如下。', '', '岚山市人民政府办公室', '', '2025年3月3日', '',
      '岚山市人力资源和社会保障局关于印发岚山市就业创业补贴政策清单的通知', '', '岚人社规〔2025〕2号', '', '各县（市、区）人力资源和社会保障局：', '',
      '　　根据《岚山市人民政府办公室关于进一步做好稳就业促创业工作的通知》（',
      `${cited}）要求，我们制定了《岚山市就业创业补贴政策清`, '单》，现印发给你们，请认真贯彻执行。', '',
      '岚山市人力资源和社会保障局', '', '2025年3月20日',
    ].join('\n');

  it('reads the number on the line under the bracket as the cited document\'s', () => {
    assert.deepEqual(run(RULE, issue('岚政办发〔2025〕11号')), []);
    const text = issue('岚政办发〔2025〕12号');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [20]);
    assert.equal(fixed(RULE, text), issue('岚政办发〔2025〕11号'));
  });
});

describe(`${RULE}: a document repealing its own number`, () => {
  const TITLE = '汀州市人民政府办公室关于印发汀州市森林火灾应急预案的通知';
  const notice = (repealed: string, closing = '同时废止') =>
    documentText({
      title: TITLE,
      number: '汀政办发〔2025〕30号',
      to: '各县（区）人民政府，市政府各部门、各直属单位：',
      paragraphs: [`《汀州市森林火灾应急预案》已经市人民政府同意，现印发给你们，请认真组织实施。《${TITLE}》（${repealed}）${closing}。`],
      signer: '汀州市人民政府办公室',
      date: '2025年7月8日',
    });

  it('reports the old plan repealed under the notice\'s own number', () => {
    const text = notice('汀政办发〔2025〕30号');
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [7]);
    assert.match(found[0].message, /repeals a document under its own number/);
    assert.deepEqual(related(text, found[0]), [3]);
    assert.equal(run(RULE, notice('汀政办发〔2025〕30号', '予以废止')).length, 1);
  });

  it('is quiet on the earlier number, and on its own number cited for anything but a repeal', () => {
    assert.deepEqual(run(RULE, notice('汀政办发〔2020〕18号')), []);
    assert.deepEqual(run(RULE, notice('汀政办发〔2025〕30号', '自印发之日起施行')), []);
    assert.deepEqual(run(RULE, notice('汀政办发〔2020〕18号').replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'))), []);
  });
});
