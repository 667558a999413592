// numbering/totals on a 表彰决定's counts of those it honours, in either order (授予…等13个单位“…先进集体”称号, 对…等13个
// 单位授予“…先进集体”称号), against its 名单, the decision and the 名单 hard-wrapped at a page's width or not.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { run, suggested } from './helpers';

const RULE = 'numbering/totals';
const messages = (text: string) => run(RULE, text).map((f) => f.message);
const errors = (text: string) => analyze(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId}: ${f.message}`);

/** A paragraph hard-wrapped at `width` characters as a PDF leaves it: no line starts with 、，。；：）” (they stay at the line's end). */
function wrap(paragraph: string, width: number | undefined): string {
  if (!width) return paragraph;
  const out: string[] = [];
  let line = '';
  for (const ch of paragraph) {
    if (line.length >= width && !'、，。；：）”'.includes(ch)) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return [...out, line].join('\n');
}

const UNITS =
  '市应急管理局、市水利局、市气象局、市消防救援支队、兰江区防汛抗旱指挥部办公室、澧北区水利局、石门县应急管理局、临溪县水利局、津澧市防汛抗旱指挥部办公室、兰江区城东街道办事处、石门县雁池乡人民政府、临溪县太平镇人民政府、市水文中心';
const PEOPLE = '王建军（市应急管理局）、李　娜（市水利局）、张卫东（市气象局）、刘海涛（市消防救援支队）、陈志强（兰江区水利局）、杨秀英（澧北区应急管理局）、赵国庆（石门县水利局）、周　敏（临溪县应急管理局）、孙建华（市水文中心）';
const OPENING =
  '2024年，全市各级各部门坚决贯彻落实上级关于防汛抗旱工作的决策部署，坚持人民至上、生命至上，统筹发展和安全，科学研判、精准调度、全力应对，成功抵御了多轮强降雨和夏秋连旱的严重影响，有力保障了全市人民群众生命财产安全。';

/** The decision's sentence: the count before 授予 (对…等13个单位授予“…”称号), or after it (授予…等13个单位“…”称号). */
function sentence(units: string, people: string, order: 'count first' | 'honour first' = 'count first'): string {
  const unitHonour = '“2024年度全市防汛抗旱工作先进集体”称号';
  const personHonour = '“2024年度全市防汛抗旱工作先进个人”称号';
  return order === 'count first'
    ? `为表彰先进，市人民政府决定，对在2024年防汛抗旱工作中表现突出的市应急管理局等${units}授予${unitHonour}，对王建军等${people}授予${personHonour}。`
    : `为表彰先进，市人民政府决定，授予在2024年防汛抗旱工作中表现突出的市应急管理局等${units}${unitHonour}，授予王建军等${people}${personHonour}。`;
}

/** The decision and its 名单, the decision's paragraphs wrapped at `width` and the 名单's lines at `listWidth`. */
function decision(said: string, groups: string[], width?: number, listWidth = width): string {
  const body = [OPENING, said, '希望受表彰的先进集体和个人珍惜荣誉，再接再厉。', '附件：2024年度全市防汛抗旱工作先进集体和先进个人名单'].map((p) => wrap(`　　${p}`, width));
  return [
    '临澜市人民政府关于表彰2024年度全市防汛抗旱工作先进集体和先进个人的决定', '', '澜政发〔2025〕3号', '', '各县（市、区）人民政府，市政府各部门：', '',
    ...(width ? [body.join('\n')] : body.flatMap((p) => [p, ''])), '', '临澜市人民政府', '', '2025年1月15日', '', '（此件公开发布）', '', '附件', '',
    '2024年度全市防汛抗旱工作先进集体和先进个人名单', '', ...groups.map((line) => (/^[一二三四（]/.test(line) || line.includes('\n') ? line : wrap(line, listWidth))), '',
  ].join('\n');
}

const ROLL = ['一、先进集体（13个）', UNITS, '二、先进个人（9名）', PEOPLE];

describe(`${RULE}: a 表彰决定's count before 授予 (对…等12个单位授予“…先进集体”称号)`, () => {
  it('checks the count of units and of people against the groups its honours name', () => {
    // At 22 a wrap cuts the honour (…先进 / 集体”), at 23 the word after the count (等12个单 / 位授予), at 24 the verb.
    for (const width of [undefined, 22, 23, 24, 28, 30, 33, 35]) {
      assert.deepEqual(messages(decision(sentence('13个单位', '9名同志'), ROLL, width)), [], String(width));
      assert.deepEqual(messages(decision(sentence('12个单位', '9名同志'), ROLL, width)), ['“先进集体”称共12个，实际列出13个 (claims 12 items, 13 are listed)'], String(width));
      assert.deepEqual(messages(decision(sentence('13个单位', '10名同志'), ROLL, width)), ['“先进个人”称共10名，实际列出9名 (claims 10 items, 9 are listed)'], String(width));
    }
  });

  it('offers the count as listed, where a wrap cut the words after it or the count itself', () => {
    const text = decision(sentence('12个单位', '9名同志'), ROLL, 23);
    assert.ok(text.includes('等12个单\n位授予'));
    assert.equal(suggested(RULE, text), decision(sentence('13个单位', '9名同志'), ROLL, 23));
    const cut = decision(sentence('12个单位', '9名同志'), ROLL, 43);
    assert.ok(cut.includes('等1\n2个单位'));
    assert.deepEqual(messages(cut), ['“先进集体”称共12个，实际列出13个 (claims 12 items, 13 are listed)']);
    assert.equal(suggested(RULE, cut), cut.replace('等1\n2个单位', '等13个单位'));
  });

  it('reads 等N个集体 and 等N人, and groups without counts of their own', () => {
    const bare = ['一、先进集体', UNITS, '二、先进个人', PEOPLE];
    for (const width of [undefined, 30]) {
      assert.deepEqual(messages(decision(sentence('13个集体', '9人'), bare, width)), [], String(width));
      assert.deepEqual(messages(decision(sentence('14个集体', '9人'), bare, width)), ['“先进集体”称共14个，实际列出13个 (claims 14 items, 13 are listed)'], String(width));
      assert.deepEqual(messages(decision(sentence('13个集体', '8人'), bare, width)), ['“先进个人”称共8人，实际列出9人 (claims 8 items, 9 are listed)'], String(width));
    }
  });

  it('counts people by group, and a list a page\'s foot interrupts', () => {
    const groups = ['一、先进集体（13个）', UNITS, '二、先进个人（9名）', '（一）市直单位（4名）', PEOPLE.split('、').slice(0, 4).join('、'), '（二）县（市、区）（5名）', PEOPLE.split('、').slice(4).join('、')];
    assert.deepEqual(messages(decision(sentence('13个单位', '9名同志'), groups, 30)), []);
    assert.deepEqual(messages(decision(sentence('13个单位', '8名同志'), groups, 30)), ['“先进个人”称共8名，实际列出9名 (claims 8 items, 9 are listed)']);
    const units = wrap(UNITS, 30).split('\n');
    const footed = ['一、先进集体（13个）', units.slice(0, 2).join('\n'), '', '— 2 —', '', units.slice(2).join('\n'), '二、先进个人（9名）', PEOPLE];
    assert.deepEqual(messages(decision(sentence('13个单位', '9名同志'), footed, 30)), []);
    assert.deepEqual(messages(decision(sentence('14个单位', '9名同志'), footed, 30)), ['“先进集体”称共14个，实际列出13个 (claims 14 items, 13 are listed)']);
  });
});

describe(`${RULE}: a 表彰决定's count after 授予, cut by a wrap`, () => {
  it('reads the count and the honour a wrap cut (等12个单 / 位“…”, “…先进集 / 体”)', () => {
    for (const width of [24, 35]) {
      assert.deepEqual(messages(decision(sentence('13个单位', '9名同志', 'honour first'), ROLL, width)), [], String(width));
      assert.deepEqual(messages(decision(sentence('12个单位', '9名同志', 'honour first'), ROLL, width)), ['“先进集体”称共12个，实际列出13个 (claims 12 items, 13 are listed)'], String(width));
    }
  });
});

describe(`${RULE}: valid 表彰决定 stay quiet`, () => {
  it('where 等 leaves the rest unnamed and no list follows, or no count is given', () => {
    const said = sentence('13个单位', '9名同志');
    const alone = decision(said, []).replace(/\n\n　　附件：[^\n]*/, '').replace(/\n\n附件\n[^]*$/, '\n');
    assert.ok(!alone.includes('名单'));
    assert.deepEqual(errors(alone), []);
    assert.deepEqual(messages(decision(sentence('单位', '同志'), ROLL, 30)), []);
  });

  it('where the sentence names some of those its count counts, the rest in the 名单', () => {
    const said = sentence('13个单位', '9名同志').replace('市应急管理局等', '市应急管理局、市水利局、市气象局等').replace('王建军等', '王建军、李娜等');
    for (const width of [undefined, 30]) assert.deepEqual(errors(decision(said, ROLL, width)), [], String(width));
  });
});

describe(`${RULE}: names wrapped at a width`, () => {
  it('reads a 名单 wrapped under text that is not by the width its own lines share', () => {
    // 兰江区防汛抗旱指挥部 / 办公室: the lines of the list, all 35 wide, were cut by the wrap, not after a name.
    const text = (units: number) => decision(sentence(`${units}个单位`, '9名同志', 'honour first'), ROLL, undefined, 35);
    assert.ok(text(13).includes('兰江区防汛抗旱指挥部\n办公室'));
    assert.deepEqual(messages(text(13)), []);
    assert.deepEqual(messages(text(14)), ['“先进集体”称共14个，实际列出13个 (claims 14 items, 13 are listed)']);
    assert.deepEqual(messages(text(13).replace('先进集体（13个）', '先进集体（12个）')), ['“一、先进集体”称共12个，实际列出13个 (claims 12 items, 13 are listed)']);
  });

  it('stays quiet on lines of the same width split by blank lines (a group a paragraph)', () => {
    const groups = ['一、先进集体（5个）', '临江港务集团有限公司、临江长青纺织有限公司', '', '恒达物业服务有限公司、临江燃气集团有限公司', '', '临江建工集团有限公司', '二、先进个人（9名）', PEOPLE];
    assert.deepEqual(messages(decision(sentence('5个单位', '9名同志'), groups)), []);
  });

  it('reads a line of names that ends on a whole name exactly at the page\'s width, over a line of its own', () => {
    // Wrapped at 35: the line of units ends on 指挥部 at the width, a group a line; the line of people on 孙建华.
    const units = ['一、先进集体（6个）', '市应急管理局、市水利局、市气象局、市消防救援支队、兰江区防汛抗旱指挥部', '石门县雁池乡人民政府'];
    const people = ['二、先进个人（11名）', '王建军、李海娜、张卫东、刘海涛、陈志强、杨秀英、赵国庆、周小敏、孙建华', '钱伟明、吴丽华'];
    const text = decision(sentence('6个单位', '11名同志'), [...units, ...people], 35);
    assert.ok(units[1].length === 35 && people[1].length === 35);
    assert.deepEqual(messages(text), []);
    assert.deepEqual(messages(text.replace('先进个人（11名）', '先进个人（10名）')), ['“二、先进个人”称共10名，实际列出11名 (claims 10 items, 11 are listed)']);
    assert.deepEqual(messages(text.replace('先进个人（11名）', '先进个人（12名）')), ['“二、先进个人”称共12名，实际列出11名 (claims 12 items, 11 are listed)']);
    assert.equal(messages(text.replace('先进集体（6个）', '先进集体（7个）')).length, 1);
  });
});

describe(`${RULE}: a 表彰决定 whose honours are each a 名单 of its own (附件1 先进集体名单, 附件2 先进个人名单)`, () => {
  const decisionWithRolls = (units: number, people: number, width?: number) => {
    const said = `为表彰先进，市政府决定，授予市应急管理局安全生产基础处等${units}个单位“2025年度全市安全生产工作先进集体”称号，授予王建华等${people}名同志“2025年度全市安全生产工作先进个人”称号。`;
    const body = [OPENING, said, '希望受到表彰的先进集体和先进个人珍惜荣誉，再接再厉。'].map((p) => wrap(`　　${p}`, width));
    return [
      '临澜市人民政府关于表彰2025年度安全生产工作先进集体和先进个人的决定', '', '澜政发〔2026〕7号', '', '各县（市、区）人民政府，市政府各部门：', '',
      ...body.flatMap((p) => [p, '']),
      '附件：1．2025年度全市安全生产工作先进集体名单', '　　　2．2025年度全市安全生产工作先进个人名单', '', '临澜市人民政府', '2026年4月8日', '',
      '附件1', '', '2025年度全市安全生产工作先进集体名单', '', '（共5个）', '', '一、市直单位（3个）', '', '市应急管理局安全生产基础处', '',
      '市住房和城乡建设局建筑市场监管科', '', '市消防救援支队防火监督处', '', '二、兰江区（2个）', '', '兰江区应急管理局', '', '兰江区城东街道办事处', '',
      '附件2', '', '2025年度全市安全生产工作先进个人名单', '', '（共4名）', '', '一、市直单位（2名）', '', '王建华　市应急管理局科长', '',
      '李　明　市住房和城乡建设局副科长', '', '二、兰江区（2名）', '', '吴志勇　兰江区应急管理局队长', '', '郑丽华　兰江区城东街道办事处主任', '',
    ].join('\n');
  };

  it('checks each count against the 名单 its honour names, the decision wrapped or not', () => {
    for (const width of [undefined, 29, 31, 34]) {
      assert.deepEqual(errors(decisionWithRolls(5, 4, width)), [], String(width));
      assert.deepEqual(messages(decisionWithRolls(6, 4, width)), ['“2025年度全市安全生产工作先进集体”称共6个，实际列出5个 (claims 6 items, 5 are listed)'], String(width));
      assert.deepEqual(messages(decisionWithRolls(5, 3, width)), ['“2025年度全市安全生产工作先进个人”称共3名，实际列出4名 (claims 3 items, 4 are listed)'], String(width));
    }
  });
});

describe(`${RULE}: a count after the 名单's first name (对市人力资源和社会保障局等10个…单位予以通报表扬)`, () => {
  const notice = (said: string, groups: string[], width?: number) =>
    [
      '临澜市人民政府办公室关于表扬2025年度政务服务便民热线工作先进单位的通报', '', '澜政办发〔2026〕12号', '', '各县（市、区）人民政府，市政府各部门：', '',
      wrap(`　　${OPENING}`, width), '', wrap(`　　${said}`, width), '', '附件：2025年度政务服务便民热线工作先进单位名单', '', '临澜市人民政府办公室', '2026年4月15日', '',
      '附件', '', '2025年度政务服务便民热线工作先进单位名单', '', ...groups.flatMap((g) => [g, '']),
    ].join('\n');
  const said = (n: number) => `经市政府同意，决定对市人力资源和社会保障局等${n}个工作成效突出的单位予以通报表扬。`;
  const groups = ['一、市直单位（3个）', '市人力资源和社会保障局、市住房和城乡建设局、市医疗保障局', '二、县（市、区）（2个）', '兰江区人民政府、石门县人民政府'];

  it('checks the count against the 名单 the name opens, wrapped or not', () => {
    for (const width of [undefined, 29, 31]) {
      assert.deepEqual(errors(notice(said(5), groups, width)), [], String(width));
      assert.deepEqual(messages(notice(said(6), groups, width)), ['“2025年度政务服务便民热线工作先进单位名单”称共6个，实际列出5个 (claims 6 items, 5 are listed)'], String(width));
    }
  });

  it('is quiet where the name is not the 名单\'s first, and reports only the group its names fall short of', () => {
    assert.deepEqual(messages(notice(said(6).replace('市人力资源和社会保障局', '市医疗保障局'), groups)), []);
    const short = [groups[0], '市人力资源和社会保障局、市住房和城乡建设局', ...groups.slice(2)];
    assert.deepEqual(messages(notice(said(5), short)), ['“一、市直单位”称共3个，实际列出2个 (claims 3 items, 2 are listed)']);
  });
});

describe(`${RULE}: a 名单 whose groups are a line each and a 序号 table`, () => {
  const roll = (total: number, tableGroup = true) =>
    [
      '临澜市人民政府关于表彰2025年度安全生产工作先进集体的决定', '', '澜政发〔2026〕7号', '', '各县（市、区）人民政府，市政府各部门：', '',
      `　　${OPENING}`, '', '　　市政府决定对以上单位予以表彰。', '', '附件：2025年度全市安全生产工作先进集体名单', '', '临澜市人民政府', '2026年4月8日', '',
      '附件', '', '2025年度全市安全生产工作先进集体名单', '', `（共${total}个）`, '', '一、市直单位（2个）', '', '市应急管理局安全生产基础处', '', '市消防救援支队防火监督处', '',
      '二、兰江区（3个）', '',
      ...(tableGroup ? ['序号\t单位名称', '1\t兰江区应急管理局', '2\t兰江区城东街道办事处', '3\t兰江区消防救援大队'] : ['兰江区应急管理局', '', '兰江区城东街道办事处', '', '兰江区消防救援大队']), '',
    ].join('\n');

  it('counts the whole 名单 against its total, not the table alone', () => {
    assert.deepEqual(messages(roll(5)), []);
    assert.deepEqual(messages(roll(5, false)), []);
    assert.deepEqual(messages(roll(6, false)), ['附件“2025年度全市安全生产工作先进集体名单”称共6个，实际列出5个 (claims 6 items, 5 are listed)']);
  });
});
