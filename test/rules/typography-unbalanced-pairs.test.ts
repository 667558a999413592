import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { inject, lines, run } from './helpers';
import { random } from '../random';
import { pairing, pairingByScan } from '../../server/src/engine/rules/typography/unbalanced-pairs';

const RULE = 'typography/unbalanced-pairs';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('is quiet on the corpus: pairs split by page breaks are whole again, annotations are left to responsible-unit', () => {
    // J18:101-103 “名师工 / 作室”, J19:149-151 县(市、/区), J18:59-60 a 附件 note over two lines,
    // and the annotation mismatches J18:264 / J19:454 (reported by responsible-unit/brackets).
    for (const name of ['J18', 'J19', 'SX'] as const) assert.deepEqual(run(RULE, corpus(name)), [], name);
  });

  it('flags an unclosed quote, parenthesis and book-title mark in a paragraph', () => {
    const base = excerpt('J18', 65, 125);
    const quote = inject(base, '“高雅艺术进校园”“公益', '“高雅艺术进校园“公益');
    assert.equal(run(RULE, quote).length, 1);
    const paren = inject(base, '(兴趣小组)', '(兴趣小组');
    const found = run(RULE, paren);
    assert.deepEqual(lines(paren, found), [41]);
    assert.match(found[0].message, /没有对应的结束符号/);
    const stray = inject(base, '(兴趣小组)', '兴趣小组)');
    assert.match(run(RULE, stray)[0].message, /没有对应的开始符号/);
  });

  it('takes a quotation of several paragraphs as GB/T 15834 writes it: each opens with “, the last closes', () => {
    const decision = (quoted: string[]) =>
      [
        '某市人民政府关于修改《某市城市道路管理办法》的决定', '', '某市人民政府令第12号', '', '市政府决定对《某市城市道路管理办法》作如下修改：', '',
        '增加一条，作为第二十二条：', '', ...quoted.flatMap((q) => [q, '']), '本决定自公布之日起施行。', '',
      ].join('\n');
    const quoted = ['“第二十二条　城市道路上设置的检查井，由产权单位负责维护。', '“产权单位不明确的，由城市管理部门指定的单位负责维护。”'];
    assert.deepEqual(run(RULE, decision(quoted)), []);
    assert.deepEqual(run(RULE, decision([quoted[0], '“前款规定的检查井应当定期巡查。', quoted[1]])), []);
    // The last paragraph left open, or a paragraph opened and never closed before plain text: reported.
    const open = decision([quoted[0], quoted[1].replace('”', '')]);
    assert.deepEqual(lines(open, run(RULE, open)), [11]);
    const alone = decision([quoted[0]]);
    assert.deepEqual(lines(alone, run(RULE, alone)), [9]);
    // The quotation opened after the colon that introduces it, in the paragraph that says where it goes.
    const inline = decision([`作为第二十二条：${quoted[0]}`, quoted[1]]);
    assert.deepEqual(run(RULE, inline), []);
    // Quoted paragraphs that open with labels, the first ending with a colon (…履行下列义务：).
    const listed = decision(['作为第二十二条：“供水企业应当履行下列义务：', '“（一）按照国家规定进行水质检测；', '“（二）每月公布供水水质信息。”']);
    assert.deepEqual(run(RULE, listed), []);
    // A “ left open elsewhere in such a paragraph is still one.
    const stray = decision([`作为“第二十二条：${quoted[0].slice(1)}`, quoted[1]]);
    assert.equal(run(RULE, stray).length, 1);
  });

  it('flags an unbalanced mark in a title and in a TOC entry', () => {
    const text = inject(corpus('J18'), '嘉兴市高水平推进国土绿化美化高质量 建设', '嘉兴市高水平推进国土绿化美化高质量《 建设');
    assert.deepEqual(lines(text, run(RULE, text)), [126]);
    const toc = inject(corpus('SX'), '绍兴市深度参与“一带一路”建设行动方案(2018-2022年)的通知 〔', '绍兴市深度参与“一带一路建设行动方案(2018-2022年)的通知 〔');
    assert.deepEqual(lines(toc, run(RULE, toc)), [31]);
  });

  it('reports a run of the same unmatched mark once', () => {
    const base = excerpt('J18', 65, 125);
    const at = base.indexOf('(兴趣小组)');
    const text = base.slice(0, at) + '《'.repeat(5000) + base.slice(at);
    const found = run(RULE, text);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: at, end: at + 5000 });
    assert.match(found[0].message, /连续5000个/);
    // Marks apart, or of another kind, are reported one by one.
    assert.equal(run(RULE, inject(base, '(兴趣小组)', '《(兴趣小组)《')).length, 2);
    assert.equal(run(RULE, inject(base, '(兴趣小组)', '《〈(兴趣小组)')).length, 2);
  });

  it('does not double-report an annotation that responsible-unit/brackets reports', () => {
    const text = excerpt('J19', 446, 458);
    assert.deepEqual(run(RULE, text), []);
    // A labelled annotation never closed is responsible-unit/brackets' finding.
    const open = inject(excerpt('J18', 205, 295), '市供销社(农合联)〕', '市供销社(农合联)');
    assert.deepEqual(run(RULE, open), []);
    assert.ok(run('responsible-unit/brackets', open).some((f) => /没有对应/.test(f.message)));
    // An unlabelled role list left open is nobody else's: reported here.
    assert.equal(run(RULE, inject(text, '嘉兴港区负责]', '嘉兴港区负责')).length, 1);
  });

  it('decides whether a text pairs up alone as the full scan does (counting, with the scan for closers with nothing open)', () => {
    // Pieces that open, close, end sentences, label annotations, make list labels, or are plain text.
    const pieces = ['《', '》', '“', '”', '‘', '’', '(', ')', '（', '）', '〔', '〕', '[', ']', '［', '］', '【', '】', '〈', '〉', '。', '；', '！', '责任单位:', '牵头单位：', '负责', '牵头', '配合', '1', 'a', '二', ' ', '\t', '市教育局', '，', '的'];
    const rnd = random(20261126);
    const seen = new Set<number>();
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const length = 1 + Math.floor(rnd() * 12);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(rnd() * pieces.length)];
      const expected = pairingByScan(text);
      seen.add(expected);
      assert.equal(pairing(text), expected, JSON.stringify(text));
    }
    // All three answers came up: no paired marks, pairs up, does not.
    assert.deepEqual([...seen].sort(), [0, 1, 2]);
  });
});

describe(`${RULE}: hard-wrapped lines (no blank line between a document's lines)`, () => {
  const decision = (body: string[]) =>
    [
      '某市人民政府关于修改《某市城市道路挖掘管理办法》的决定', '', '　　市人民政府决定对《某市城市道路挖掘管理办法》作如下修改：', '',
      ...body, '', '　　本决定自2024年11月1日起施行。', '',
    ].join('\n');

  it('pairs a quotation whose line ends with a full stop and whose next line closes it', () => {
    const wrapped = [
      '　　二、将第五条第一款修改为：“市城市管理部门是本市城市道',
      '路挖掘的主管部门，负责市区城市道路挖掘的审批和监督管理工作。',
      '县（市）城市管理部门负责本行政区域内城市道路挖掘的监督管理',
      '工作。”',
    ];
    assert.deepEqual(run(RULE, decision(wrapped)), []);
    // Two columns side by side: the line ends with the right column's full stop, the left one's 《 closes below.
    assert.deepEqual(run(RULE, decision(['　　第一条　为规范市级财政专项资金管理，根据《中华          制、资金拨付和财政监督。', '人民共和国预算法》等法律法规，制定本办法。'])), []);
  });

  it('still reports a quotation left open when the next paragraph, after a blank line, closes none', () => {
    const text = decision(['　　一、将第一条修改为：“为了加强城市道路挖掘管理，制定本办法。', '', '　　二、删去第十二条。']);
    assert.equal(run(RULE, text).length, 1);
  });
});

describe(`${RULE}: an annotation's bracket a wrap left alone at a line's end`, () => {
  const notice = (item: string[]) =>
    [
      '某市人民政府关于印发重点工作责任分解的通知', '', '某政发〔2026〕6号', '', '各区人民政府，市政府各部门：', '', '现将重点工作责任分解印发给你们，请认真贯彻落实。', '',
      '1．新增规模以上工业企业100家，规模以上工业增加值增长7%。', '〔牵头单位：市经信局；责任单位：市统计局，各县（市、区）政府；', '完成时限：2026年12月底〕', '',
      ...item, '', '某市人民政府', '2026年3月2日', '',
    ].join('\n');

  it('pairs the bracket with its close two lines below', () => {
    assert.deepEqual(run(RULE, notice(['2．新认定高新技术企业80家，研发经费投入强度达到2.3%。〔', '牵头单位：市科技局；责任单位：市财政局、市统计局；完成时限：', '2026年12月底〕'])), []);
    assert.deepEqual(run(RULE, notice(['2．新认定高新技术企业80家，研发经费投入强度达到2.3%。（', '责任单位：市科技局）'])), []);
  });

  it('still reports the bracket where the annotation never closes it (responsible-unit/brackets: an annotation\'s)', () => {
    const text = notice(['2．新认定高新技术企业80家，研发经费投入强度达到2.3%。〔', '牵头单位：市科技局；责任单位：市财政局、市统计局；完成时限：', '2026年12月底。']);
    assert.deepEqual(run('responsible-unit/brackets', text).map((f) => f.message), ['责任单位标注的“〔”没有对应的“〕” (annotation bracket is never closed)']);
    assert.deepEqual(run(RULE, text), []);
  });
});
