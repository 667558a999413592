// cross-reference/effective-date: a decree and the rules it promulgates, an interpretation and the document it
// interprets, give the same day they take effect.
import { strict as assert } from 'node:assert';
import { hardWrapped, run } from './helpers';

const RULE = 'cross-reference/effective-date';

const issue = (decreeDay: string, rulesDay: string, readingDay: string) =>
  [
    '某市人民政府令', '', '第12号', '', `　　《某市城市地下管线管理办法》已经市人民政府常务会议审议通过，现予公布，自${decreeDay}起施行。`, '', '市长　王建国', '2026年3月12日', '',
    '某市城市地下管线管理办法', '', '第一条　为了加强城市地下管线管理，制定本办法。', '',
    '第二条　本办法第一条自2027年1月1日起施行的部分除外。', '', `第三条　本办法自${rulesDay}起施行。《某市城市道路挖掘管理暂行规定》自本办法施行之日起废止。`, '',
    '《某市城市地下管线管理办法》政策解读', '', '　　一、主要内容', '', '　　《某市城市地下管线管理办法》（以下简称《办法》）共3条。', '',
    `　　二、施行时间`, '', `　　《办法》自${readingDay}起施行。原《某市城市道路挖掘管理暂行规定》自2014年5月1日起施行，同时废止。`, '',
  ].join('\n');

describe(RULE, () => {
  it('is quiet where the decree, the rules and the interpretation give one day, wrapped or not', () => {
    for (const width of [undefined, 21, 27]) {
      const text = issue('2026年5月1日', '2026年5月1日', '2026年5月1日');
      assert.deepEqual(run(RULE, width ? hardWrapped(text, width) : text), [], String(width));
    }
  });

  it('reports rules that give another day than their decree, once', () => {
    for (const width of [undefined, 23]) {
      const text = issue('2026年5月1日', '2026年6月1日', '2026年5月1日');
      assert.deepEqual(run(RULE, width ? hardWrapped(text, width) : text).map((f) => f.message), [
        '规章自称2026年6月1日起施行，公布令称2026年5月1日起施行 (the rules take effect on another day than the decree promulgating them says)',
      ], String(width));
    }
  });

  it('reports an interpretation that gives another day than the document it interprets', () => {
    for (const width of [undefined, 23]) {
      const text = issue('2026年5月1日', '2026年5月1日', '2026年6月1日');
      assert.deepEqual(run(RULE, width ? hardWrapped(text, width) : text).map((f) => f.message), [
        '解读称2026年6月1日起施行，所解读的《某市城市地下管线管理办法》为2026年5月1日起施行 (the interpretation gives another day than the document it interprets)',
      ], String(width));
    }
  });
});
