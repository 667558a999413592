import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { allRules, DocumentFindingsCache, lintIssue, parseIssue } from '../../server/src/engine';
import { parseIssueIncremental } from '../../server/src/engine/parse/incremental';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { fixed, inject, lines, run } from './helpers';

const RULE = 'typography/doubled-char-across-break';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports the two doubled words of the corpus (J18:193-195 工作, SX:769-771 个人) and nothing else', () => {
    assert.deepEqual(lines(corpus('J18'), run(RULE, corpus('J18'))), [193]);
    assert.deepEqual(run(RULE, corpus('J19')), []);
    assert.deepEqual(lines(corpus('SX'), run(RULE, corpus('SX'))), [769]);
  });

  it('removes the copy after the break', () => {
    const text = excerpt('J18', 193, 195);
    assert.equal(fixed(RULE, text), text.replace('\n\n工作机制', '\n\n机制'));
    const sx = excerpt('SX', 769, 771);
    assert.equal(fixed(RULE, sx), sx.replace('\n\n个人账户', '\n\n账户'));
  });

  it('flags a single character doubled across a break', () => {
    const base = excerpt('J18', 117, 119); // 区域样 / 本
    const text = inject(base, '\n\n本,', '\n\n样本,');
    assert.equal(run(RULE, text).length, 1);
    assert.equal(fixed(RULE, text), base);
    const word = excerpt('J18', 101, 103); // “名师工 / 作室”
    assert.equal(run(RULE, inject(word, '\n\n作室', '\n\n工作室')).length, 1);
  });

  it('leaves reduplications and doubles the issue writes elsewhere alone', () => {
    const base = excerpt('J18', 117, 119);
    assert.deepEqual(run(RULE, inject(base, '区域样\n\n本', '常\n\n常样本')), []); // 常常
    // 市市 occurs in J18 inside lines (全市市场…): across a break it is two words meeting too.
    const j18 = corpus('J18');
    assert.deepEqual(lines(j18, run(RULE, inject(j18, '培育学校典型和区域样\n\n本', '培育学校典型和全市\n\n市本'))), [193]);
    // Parallel phrases 每人每年 split after 人每.
    assert.deepEqual(run(RULE, inject(base, '区域样\n\n本', '个人每\n\n人每年')), []);
  });

  it('leaves a line that is the repeated words alone: an item or a cell, not a line cut short', () => {
    // A list without a table header, each item's name on its line and its target under it.
    const list = '重点项目\n新建改建农村公路\n新建改建农村公路200公里\n新增城镇就业\n新增城镇就业3万人';
    assert.deepEqual(run(RULE, list), []);
    // The same words ending a longer line are still a slip.
    assert.equal(run(RULE, '加快推进新建改建农村公路\n新建改建农村公路200公里。').length, 1);
  });

  it('does not look inside a line (教职工工健康, J18:528, is left alone)', () => {
    assert.deepEqual(run(RULE, excerpt('J18', 528, 528)), []);
  });
  it('takes a doubled character the issue writes elsewhere for two words meeting, and notices when that changes', () => {
    const rules = allRules.filter((r) => r.id === RULE);
    const cache = new DocumentFindingsCache();
    // A join 镇 / 镇 in 69号 (J18:157); 镇镇 is written once, in 70号 (J18:230: 实现“镇镇有主导产业).
    const base = corpus('J18');
    const joinAt = base.indexOf('一是高标准建设美丽乡村精品村') + '一是高标准建设'.length;
    let text = base.slice(0, joinAt) + '镇\n\n镇' + base.slice(joinAt);
    let issue = parseIssueIncremental(text);
    const joins = (found: { range: { start: number } }[]) => found.filter((f) => f.range.start >= joinAt && f.range.start < joinAt + 4);
    assert.deepEqual(joins(lintIssue(issue, { rules, cache })), []);
    // Without 镇镇 in 70号 the join in 69号 is a repeated character.
    text = text.replace('镇镇有主导产业', '镇有主导产业');
    issue = parseIssueIncremental(text, issue);
    assert.equal(joins(lintIssue(issue, { rules, cache })).length, 1);
    assert.deepEqual(lintIssue(issue, { rules, cache }), lintIssue(parseIssue(text), { rules }));
  });
});

describe(`${RULE}: two words sharing the character at the break`, () => {
  it('leaves a word ending in the character the next word starts with alone (产品认证 / 证书)', () => {
    const article = '　　第五条　销售者销售的电动自行车及其充电器、\n蓄电池，应当符合国家标准，并取得强制性产品认证\n证书。';
    assert.deepEqual(run(RULE, article), []);
    for (const [a, b] of [
      ['加强干部队伍工作', '作风建设。'],
      ['充分发挥区域合作', '作用。'],
      ['申请人应当提交保证', '证明材料。'],
      ['项目经过专家论证', '证明可行。'],
    ]) {
      assert.deepEqual(run(RULE, `　　${a}\n${b}`), [], `${a} / ${b}`);
    }
  });

  it('leaves a body followed by the title of its head alone (市消防救援支队 / 支队长), and a whole place before its level (全市 / 市级)', () => {
    for (const [a, b] of [
      ['　　副总指挥由市应急管理局局长、市消防救援支队', '支队长担任。'],
      ['　　由市公安局交通警察支队三大队', '大队长负责现场指挥。'],
      ['　　由市林业局', '局长兼任办公室主任。'],
    ]) {
      assert.deepEqual(run(RULE, `${a}\n${b}`), [], `${a} / ${b}`);
    }
    // A whole place and a level of it: 全市 / 市级, 本县 / 县直.
    assert.deepEqual(run(RULE, '　　至此，全市\n市级森林村庄共156个。'), []);
    assert.deepEqual(run(RULE, '　　本县\n县直单位要加强督促。'), []);
    assert.equal(run(RULE, '　　全面推进县\n县级医院建设。').length, 1);
    // A word typed twice before a title is still a slip.
    assert.equal(run(RULE, '　　由市消防救援支队\n支队支队长担任。').length, 1);
  });

  it('reports a word typed twice before a 长 that heads no body (增 / 增长), and a character three times across the break', () => {
    assert.equal(run(RULE, '　　全市森林覆盖率持续增\n增长，达到67.5%。').length, 1);
    assert.equal(run(RULE, '　　由市林业局森林资源保护科\n科长负责协调。').length, 0);
    assert.equal(run(RULE, '　　至此，全市\n市市级森林村庄共156个。').length, 1);
    assert.equal(run(RULE, '　　由市消防救援支\n支支队长担任。').length, 1);
  });

  it('leaves a reduplicated place split at the break (“村 / 村通”), and still reports a place typed twice', () => {
    assert.deepEqual(run(RULE, '　　全市基本实现“村\n村通”客车，农村公路总里程达3200公里。'), []);
    assert.deepEqual(run(RULE, '　　推进“县\n县通”高速公路建设。'), []);
    assert.equal(run(RULE, '　　全市行政村\n村实现通客车。').length, 1);
  });

  it('still reports a character typed twice at the break', () => {
    const text = '　　进一步健全公共服务的\n的制度体系。';
    assert.equal(run(RULE, text).length, 1);
    assert.equal(fixed(RULE, text), '　　进一步健全公共服务的\n制度体系。');
    // A copy inside a word: 区域样本 typed 区域样 / 样本.
    assert.equal(run(RULE, '　　培育学校典型和区域样\n样本，形成经验。').length, 1);
    // A copy standing alone: 进一步推进 typed 进一 / 一步推进.
    assert.equal(run(RULE, '　　各地要结合实际进一\n一步推进改革。').length, 1);
  });

  it('reports a reduplication (步步) where a word ends in its first copy and the second stands alone', () => {
    assert.deepEqual(run(RULE, '　　各地要结合实际进一步\n步推进改革。').map((f) => f.message), ['断行处“步”重复 (“步” is repeated across a line break)']);
    assert.equal(run(RULE, '　　各地要结合实际逐步\n步推进改革。').length, 1);
    // The reduplication itself across the break, or after a word that does not end in it.
    for (const [a, b] of [['　　各地要层', '层压实责任。'], ['　　宣传教育做到家家户', '户全覆盖。'], ['　　稳扎稳打，步', '步为营。'], ['　　一层', '层落实。']]) {
      assert.deepEqual(run(RULE, `${a}\n${b}`), [], `${a} / ${b}`);
    }
  });
});

describe(`${RULE}: a runtime without a Chinese word dictionary`, function () {
  this.timeout(60000);
  /** The rule's findings on a text in a fresh node whose Intl.Segmenter `stub` (JavaScript) has replaced. */
  const findingsWith = (stub: string, text: string): string[] => {
    const script = `${stub}
      const { run } = require(${JSON.stringify(path.join(__dirname, 'helpers'))});
      process.stdout.write(JSON.stringify(run(${JSON.stringify(RULE)}, ${JSON.stringify(text)}).map((f) => f.message)));`;
    const out = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8', cwd: path.join(__dirname, '../..') });
    assert.equal(out.status, 0, out.stderr);
    return JSON.parse(out.stdout);
  };
  const meeting = '　　第五条　销售者销售的电动自行车及其充电器、\n蓄电池，应当符合国家标准，并取得强制性产品认证\n证书。';
  const runtimes: [string, string][] = [
    ['no Intl.Segmenter', 'delete Intl.Segmenter;'],
    ['a segmenter that cannot be made', 'Intl.Segmenter = function () { throw new RangeError("no data"); };'],
    ['a segmenter that fails', 'Intl.Segmenter = class { segment() { throw new Error("no data"); } };'],
    // small-icu: no dictionary, each ideograph a segment of its own.
    ['no dictionary', 'Intl.Segmenter = class { segment(s) { return [...s].map((c, i) => ({ segment: c, index: i })); } };'],
  ];

  for (const [what, stub] of runtimes) {
    it(`reports every single doubled character, never failing, with ${what}`, () => {
      assert.deepEqual(findingsWith(stub, meeting), ['断行处“证”重复 (“证” is repeated across a line break)']);
      assert.deepEqual(findingsWith(stub, '　　进一步健全公共服务的\n的制度体系。'), ['断行处“的”重复 (“的” is repeated across a line break)']);
    });
  }
});
