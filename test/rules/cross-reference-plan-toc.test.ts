import { strict as assert } from 'node:assert';
import { parseIssue } from '../../server/src/engine';
import { inject, lines, run } from './helpers';

const RULE = 'cross-reference/plan-toc';

const MASTHEAD = ['青川市人民政府公报', '', '2024年第2期（总第146期）', '', '目　　录', '', '【市政府文件】', '',
  '青川市人民政府关于印发青川市生态环境保护“十四五”规划的通知', '（青政发〔2024〕4号）…………………………（2）', ''];

const NOTICE = ['青川市人民政府关于印发青川市生态环境保护“十四五”规划的通知', '', '青政发〔2024〕4号', '',
  '各县（市、区）人民政府，市政府各部门、各直属单位：', '', '　　现将《青川市生态环境保护“十四五”规划》印发给你们，请认真贯彻执行。', '',
  '青川市人民政府', '', '2024年1月30日', '', '青川市生态环境保护“十四五”规划', ''];

const CONTENTS = ['目　　录', '', '第一章　规划背景', '', '第二章　总体要求', '', '第三章　推动绿色低碳发展', '',
  '第四章　深入打好污染防治攻坚战', '', '第五章　保障措施', ''];

const BODY = [
  '第一章　规划背景', '', '第一节　“十三五”工作成效', '', '　　“十三五”期间，全市生态环境质量持续改善，空气质量优良天数比例达到91.5%。', '',
  '第二节　面临的形势', '', '　　我市生态环境保护结构性、根源性、趋势性压力总体上尚未根本缓解。', '',
  '第二章　总体要求', '', '第一节　指导思想', '', '　　坚持以人民为中心的发展思想，以减污降碳协同增效为总抓手。', '',
  '第二节　主要目标', '', '　　到2025年，生态环境质量持续改善，主要污染物排放总量持续减少。', '',
  '第三章　推动绿色低碳发展', '', '第一节　调整优化产业结构', '', '　　推进印染、化工、造纸等传统产业绿色化改造。', '',
  '专栏1　产业绿色转型重点工程', '', '　　1．传统产业绿色化改造工程。实施印染行业提升改造项目30个。', '',
  '第四章　深入打好污染防治攻坚战', '', '第一节　深入打好蓝天保卫战', '', '　　强化细颗粒物和臭氧协同控制。', '',
  '专栏2　大气污染防治重点工程', '', '　　1．挥发性有机物综合治理工程。完成重点行业治理项目200个。', '',
  '第二节　深入打好碧水保卫战', '', '　　推进“污水零直排区”建设，巩固提升饮用水水源地水质。', '',
  '第五章　保障措施', '', '第一节　加强组织领导', '', '　　各县（市、区）人民政府对本行政区域生态环境质量负责。', '',
];

const plan = (contents: readonly string[] = CONTENTS, body: readonly string[] = BODY) => [...MASTHEAD, ...NOTICE, ...contents, ...body].join('\n');

describe(RULE, () => {
  it('is quiet when the plan\'s own 目录 lists its chapters as printed', () => {
    assert.deepEqual(run(RULE, plan()), []);
  });

  it('reports an entry whose title differs from the chapter\'s', () => {
    const text = inject(plan(), '第四章　深入打好污染防治攻坚战\n\n第五章', '第四章　深入打好污染防治攻坚行动\n\n第五章');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), [
      '本文件目录中的“第四章　深入打好污染防治攻坚行动”与正文“第四章　深入打好污染防治攻坚战”不一致 (the document\'s own contents give another title than its body)',
    ]);
    assert.equal(found[0].severity, 'error');
    assert.deepEqual(lines(text, found), [34]);
    assert.deepEqual(lines(text, found[0].related!.map((r) => ({ ...found[0], range: r.range }))), [68]);
  });

  it('reports an entry the body lacks and a chapter the 目录 leaves out', () => {
    const extra = [...CONTENTS.slice(0, -1), '', '第六章　规划实施', ''];
    assert.deepEqual(run(RULE, plan(extra)).map((f) => f.message), ['本文件目录所列“第六章　规划实施”在正文中没有 (listed in the document\'s own contents, not printed in it)']);
    const short = CONTENTS.slice(0, -2);
    const found = run(RULE, plan(short));
    assert.deepEqual(found.map((f) => f.message), ['正文“第五章　保障措施”未列入本文件目录 (printed, but not listed in the document\'s own contents)']);
    assert.equal(found[0].severity, 'warning');
  });

  it('compares sections and boxes where the 目录 lists them', () => {
    const full = ['目　录', '', '第一章　规划背景', '第一节　“十三五”工作成效', '第二节　面临的形势', '第二章　总体要求', '第一节　指导思想', '第二节　主要目标',
      '第三章　推动绿色低碳发展', '第一节　调整优化产业结构', '第四章　深入打好污染防治攻坚战', '第一节　深入打好蓝天保卫战', '第二节　深入打好碧水保卫战',
      '第五章　保障措施', '第一节　加强组织领导', '', '专栏目录', '', '专栏1　产业绿色转型重点工程', '专栏2　大气污染防治重点工程', ''];
    assert.deepEqual(run(RULE, plan(full)), []);
    assert.deepEqual(run(RULE, plan(full.map((l) => l.replace('碧水保卫战', '碧水攻坚战')))).map((f) => f.message), [
      '本文件目录中的“第二节　深入打好碧水攻坚战”与正文“第二节　深入打好碧水保卫战”不一致 (the document\'s own contents give another title than its body)',
    ]);
    assert.equal(run(RULE, plan(full.filter((l) => !l.startsWith('专栏2')))).length, 1);
  });

  it('reads chapters under parts (第一篇), numbered on across them or from 第一章 in each', () => {
    const parts = (body: readonly string[], second: string) => {
      const c = [...CONTENTS.slice(0, 2), '第一篇　现状与目标', '', ...CONTENTS.slice(2, 6), '第二篇　主要任务', '', ...CONTENTS.slice(6)];
      const b = [...body.slice(0, body.indexOf('第三章　推动绿色低碳发展')), '第二篇　主要任务', '', ...body.slice(body.indexOf('第三章　推动绿色低碳发展'))];
      const renumber = (l: string) => (second === '第一章' ? l.replace('第三章', '第一章').replace('第四章', '第二章').replace('第五章', '第三章') : l);
      const afterSecond = (list: string[]) => { const at = list.indexOf('第二篇　主要任务'); return [...list.slice(0, at), ...list.slice(at).map(renumber)]; };
      return plan(afterSecond(c), ['第一篇　现状与目标', '', ...afterSecond(b)]);
    };
    for (const second of ['第三章', '第一章']) {
      assert.deepEqual(run(RULE, parts(BODY, second)), [], second);
      const text = parts(BODY, second).replace('第二篇　主要任务\n\n第一章　推动', '第二篇　重点任务\n\n第一章　推动').replace('第二篇　主要任务\n\n第三章　推动', '第二篇　重点任务\n\n第三章　推动');
      assert.equal(run(RULE, text).length, 1, second);
    }
  });

  it('stays quiet on page numbers, leader dots, spacing, wrapped entries and a 目录 without blank lines', () => {
    const variants: string[][] = [
      CONTENTS.map((l, i) => (l.startsWith('第') ? `${l}………………………………${i + 1}` : l)),
      CONTENTS.map((l, i) => (l.startsWith('第') ? `${l}……（${i + 3}）` : l)),
      CONTENTS.map((l, i) => (l.startsWith('第') ? `${l}　　　　${i + 3}` : l)),
      CONTENTS.map((l) => l.replace(/^第(.)章　/, '第 $1 章 ')),
      CONTENTS.filter((l) => l !== ''),
      CONTENTS.flatMap((l) => (l === '第四章　深入打好污染防治攻坚战' ? ['第四章　深入打好污染防治', '攻坚战………………8'] : [l])),
      ['目　　录', '', '前　　言', '', ...CONTENTS.slice(2), '结束语', ''],
    ];
    for (const v of variants) assert.deepEqual(run(RULE, plan(v)), [], v.join('|'));
    assert.deepEqual(run(RULE, plan(CONTENTS, BODY.filter((l) => l !== ''))), []);
  });

  it('reads a 目录 opening with 前言 up to the 前言 printed again, before the first chapter', () => {
    const contents = ['目　　录', '', '前　　言', '', ...CONTENTS.slice(2), '结束语', ''];
    const body = ['前　　言', '', '　　为深入贯彻落实党中央、国务院关于生态环境保护的决策部署，结合我市实际，制定本规划。', '', ...BODY];
    assert.deepEqual(run(RULE, plan(contents, body)), []);
    const wrong = contents.map((l) => l.replace('攻坚战', '攻坚行动'));
    assert.deepEqual(run(RULE, plan(wrong, body)).map((f) => f.message), [
      '本文件目录中的“第四章　深入打好污染防治攻坚行动”与正文“第四章　深入打好污染防治攻坚战”不一致 (the document\'s own contents give another title than its body)',
    ]);
    // A running head on each page of the 目录 is no 前言: the entries go on after it.
    const head = ['青川市生态环境保护“十四五”规划', ''];
    const paged = ['目　　录', '', '前　　言', '', ...CONTENTS.slice(2, 6), ...head, ...CONTENTS.slice(6, 10), ...head, ...CONTENTS.slice(10)];
    assert.deepEqual(run(RULE, plan(paged, body)), []);
  });

  it('compares a title with a colon of its own whole', () => {
    const colon = (l: string) => l.replace('第四章　深入打好污染防治攻坚战', '第四章　攻坚行动：深入打好污染防治攻坚战');
    assert.deepEqual(run(RULE, plan(CONTENTS.map(colon), BODY.map(colon))), []);
    assert.equal(run(RULE, plan(CONTENTS.map((l) => colon(l).replace('攻坚战', '保卫战')), BODY.map(colon))).length, 1);
  });

  it('is quiet on a plan without its own 目录, and on the issue\'s 目录', () => {
    assert.deepEqual(run(RULE, plan([])), []);
  });
});

describe('a plan\'s own 目录 is not the issue\'s', () => {
  it('reads the issue\'s 目录 and leaves the plan\'s to the plan', () => {
    const issue = parseIssue(plan());
    assert.equal(issue.toc?.entries.length, 1);
    assert.equal(issue.documents.length, 1);
  });

  it('without an issue 目录, the plan\'s (with its pages) starts no document and lists none', () => {
    const paged = CONTENTS.map((l, i) => (l.startsWith('第') ? `${l}………………${i + 1}` : l));
    for (const text of [[...NOTICE, ...paged, ...BODY].join('\n'), [...NOTICE, ...CONTENTS, ...BODY].join('\n')]) {
      const issue = parseIssue(text);
      assert.equal(issue.toc, undefined);
      assert.deepEqual(issue.documents.map((d) => d.number?.key), ['青政发〔2024〕4号']);
      assert.equal(issue.documents[0].parts[1]?.title?.norm, '青川市生态环境保护“十四五”规划');
    }
    const found = run(RULE, inject([...NOTICE, ...paged, ...BODY].join('\n'), '第二章　总体要求…', '第二章　总体目标…'));
    assert.equal(found.length, 1);
  });
});
