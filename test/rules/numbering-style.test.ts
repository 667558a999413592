import { strict as assert } from 'node:assert';
import { corpus, corpusAvailable } from '../corpus';
import { edit, fixed, lines, run } from './helpers';

const RULE = 'numbering/style';
type Name = 'J18' | 'J19' | 'SX';


/** The corpus findings, which every injected case adds to. */
const BASE: Record<Name, number[]> = {
  // 68号: (一)/(1) mostly with a space after them (corpus-notes §8: 87-93, 97-121).
  J18: [75, 81, 87, 117, 121],
  J19: [],
  // 50号: "1. 总则" vs "2.组织指挥体系" (1468/1612/1652 vs 1508/1584/1690); 54号 switches to spaced labels at 2022.
  SX: [1508, 1584, 1690, 2022, 2024, 2026, 2028, 2030, 2036, 2038, 2040, 2042],
};

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  it('reports only the minority spacing of the corpus documents that mix it', () => {
    for (const name of ['J18', 'J19', 'SX'] as const) {
      const found = run(RULE, corpus(name));
      assert.deepEqual(lines(corpus(name), found), BASE[name], name);
      assert.ok(found.every((f) => f.severity === 'warning' && /空格/.test(f.message)));
    }
  });

  it('fixes the corpus spacing to the majority and is quiet afterwards', () => {
    const text = corpus('SX');
    const out = fixed(RULE, text);
    assert.deepEqual(run(RULE, out), []);
    assert.ok(out.includes('\n(六)强化社区管理') && out.includes('\n2. 组织指挥体系'));
    assert.equal(out.length, text.length - 9 + 3, 'nine spaces removed, three added, nothing else');
  });

  for (const [name, line, from, to, message, back] of [
    ['J18', 502, '1. ', '1.', /大多空一格，“1\.”后没有空格/, '1. '],
    // 68号 has only 1. and 2.: the tie goes to the habit (every other 1. of J18 is spaced).
    ['J18', 85, '2. ', '2.', /大多空一格，“2\.”后没有空格/, '2. '],
    ['J18', 504, '2.', '2、', /大多用“\.”，此处为“2、”/, '2.'],
    ['J18', 157, '(二)', '（二）', /大多用半角括号/, '(二)'],
    ['J18', 157, '(二)', '(二）', /前后括号全半角不一致/, '(二)'],
    ['SX', 1931, '(二)', '(二) ', /大多不空格，“\(二\)”后有空格/, '(二)'],
    ['SX', 1618, '4.2 ', '4.2', /大多空一格/, '4.2 '],
    ['SX', 1618, '4.2', '4．2', /大多用“\.”/, '4.2'],
    ['SX', 1431, '一、', '一.', /大多用“、”/, '一、'],
    ['SX', 1875, '1.', '1、', /大多用“\.”/, '1.'],
    ['SX', 1875, '1.', '１.', /大多用半角数字，此处为“１\.”/, '1.'],
  ] as [Name, number, string, string, RegExp, string][]) {
    it(`${name}:${line}: "${to}" among "${from}" is reported and fixed back`, () => {
      const text = edit(name, [line, from, to]);
      const found = run(RULE, text);
      assert.deepEqual(lines(text, found), [...BASE[name], line].sort((a, b) => a - b));
      const mine = found.find((f) => lines(text, [f])[0] === line)!;
      assert.match(mine.message, message);
      const out = text.slice(0, mine.range.start) + text.slice(mine.range.start).replace(to, back);
      assert.equal(out, corpus(name), 'the injected change undone');
      const all = corpus(name).split('\n');
      const fixedLine = fixed(RULE, text).split('\n')[line - 1];
      assert.equal(fixedLine, all[line - 1]);
    });
  }

  it('does not compare levels or documents with each other, nor a 50/50 level', () => {
    // J18 70号 has no spaces anywhere, J18 68号 mostly has them: no report across documents.
    assert.ok(!lines(corpus('J18'), run(RULE, corpus('J18'))).some((l) => l > 125));
    const tie = edit('J18', [89, '(2) ', '(2)']); // (1)(2) without, (3)(4) with a space
    assert.ok(!lines(tie, run(RULE, tie)).some((l) => l >= 87 && l <= 93));
  });
});
