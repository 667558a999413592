import { strict as assert } from 'node:assert';
import { run, suggested } from './helpers';

const RULE = 'numbering/totals';

/** A notice whose opening counts the items of a section titled by what it counts. */
function notice(opening: string, title: string, items: number, more: string[] = []): string {
  const list = Array.from({ length: items }, (_, k) => `　　${k + 1}．第${k + 1}项工作。加快推进，按期完成。（牵头单位：市发展改革委）`);
  return [
    '某市人民政府关于实施2025年市政府民生实事项目的通知',
    '',
    '某政发〔2025〕2号',
    '',
    '各区人民政府，市政府各部门：',
    '',
    `　　${opening}`,
    '',
    `　　一、${title}`,
    '',
    ...list,
    '',
    '　　二、工作要求',
    '',
    '　　各牵头单位要细化方案，按季度报送进展情况。',
    ...more,
    '',
    '某市人民政府',
    '2025年2月10日',
    '',
  ].join('\n');
}

const messages = (text: string) => run(RULE, text).map((f) => f.message);

describe(`${RULE}: a count in a document's opening of a section titled by what it counts`, () => {
  const opening = (n: string) => `经市十六届人大四次会议票决，确定2025年市政府民生实事项目${n}。现将项目及责任分工通知如下，请认真组织实施。`;

  it('flags a count after the title that differs from the items listed, and offers the count as listed', () => {
    const text = notice(opening('11件'), '2025年市政府民生实事项目', 10);
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['文中称“2025年市政府民生实事项目”11件，该部分实际列出10件 (the text counts 11, the section lists 10)']);
    assert.equal(text.slice(text.indexOf('11件'), text.indexOf('11件') + 3), '11件');
    assert.equal(found[0].range.start, text.indexOf('11件'));
    assert.equal(found[0].range.end, text.indexOf('11件') + 3);
    assert.equal(suggested(RULE, text), notice(opening('10件'), '2025年市政府民生实事项目', 10));
  });

  it('reads a count before the title, in words, and one a hard wrap broke from its title', () => {
    const before = notice('今年重点实施十项民生实事项目，具体如下：', '民生实事项目', 9);
    assert.deepEqual(messages(before), ['文中称“民生实事项目”10项，该部分实际列出9项 (the text counts 10, the section lists 9)']);
    assert.equal(suggested(RULE, before), notice('今年重点实施九项民生实事项目，具体如下：', '民生实事项目', 9));
    const wrapped = notice('经市十六届人大四次会议票决，确定2025年市政府民生实事\n项目11件。现通知如下。', '2025年市政府民生实事项目', 10);
    assert.deepEqual(messages(wrapped), ['文中称“2025年市政府民生实事项目”11件，该部分实际列出10件 (the text counts 11, the section lists 10)']);
  });

  it('stays quiet where the count agrees, with the items or with the items under them', () => {
    assert.deepEqual(messages(notice(opening('10件'), '2025年市政府民生实事项目', 10)), []);
    assert.deepEqual(messages(notice(opening('10 件'), '2025年市政府民生实事项目', 10)), []);
    // 8项重点任务 over four groups of two: the count is of the groups' items.
    const groups = [
      '某市人民政府关于印发某市数字经济发展行动方案的通知', '', '某政发〔2025〕5号', '', '各区人民政府，市政府各部门：', '',
      '　　本方案提出8项重点任务，现印发给你们，请认真贯彻执行。', '', '　　一、重点任务', '',
      ...[1, 2, 3, 4].flatMap((g) => [`　　（${'一二三四'[g - 1]}）第${g}组`, '', `　　1．甲任务${g}。`, `　　2．乙任务${g}。`, '']),
      '某市人民政府', '2025年3月1日', '',
    ].join('\n');
    assert.deepEqual(messages(groups), []);
  });

  it('stays quiet on counts of something else: a title the counted words merely end, a count in 个, a figure', () => {
    // 推进老旧小区改造 / 老旧小区改造200个: not the section's whole title.
    assert.deepEqual(messages(notice('全年完成老旧小区改造200个，惠及居民3万户。', '推进老旧小区改造', 3)), []);
    // A count far from the items counts what they group: 120项 over three kinds of projects.
    assert.deepEqual(messages(notice('全市计划实施重点项目120项，年度计划投资500亿元。', '重点项目', 3)), []);
    // In 个 the count may be of anything the section names (12个先进集体 over its groups).
    assert.deepEqual(messages(notice('确定民生实事项目11个。', '民生实事项目', 10)), []);
    // A title with a count of its own is checked against it, not here.
    assert.deepEqual(messages(notice('确定民生实事项目10件。', '民生实事项目（共10件）', 10)), []);
    // The same words later in the text (not the opening) count something else.
    assert.deepEqual(messages(notice('现将项目及责任分工通知如下。', '民生实事项目', 10, ['', '　　已完成民生实事项目3件的，要及时总结。'])), []);
  });
});

describe(`${RULE}: a count in a document's opening of the items a section's title names (道路名称及起止点)`, () => {
  /** A 批复 naming roads: the opening's count, and one numbered item a road. */
  const reply = (opening: string, roads: number, title = '道路名称及起止点') => [
    '某市人民政府关于江北新区部分道路命名的批复', '', '某政函〔2025〕21号', '', '市民政局：', '',
    `　　你局《关于江北新区部分道路命名的请示》（某民〔2025〕12号）收悉。经研究，${opening}现批复如下：`, '',
    `　　一、${title}`, '',
    ...Array.from({ length: roads }, (_, k) => `　　${k + 1}．第${k + 1}路：东起滨江大道，西至澄湖路，全长${k + 1}.2公里。`),
    '', '　　二、有关要求', '', '　　请你局及时将命名的标准地名向社会公布。', '', '　　此复。', '', '某市人民政府', '', '2025年5月6日', '',
  ].join('\n');

  it('flags a count of the named items that differs from the items listed, and offers the count as listed', () => {
    const text = reply('同意对江北新区9条道路予以命名。', 8);
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['文中称道路9条，该部分实际列出8条 (the text counts 9, the section lists 8)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '9条');
    assert.equal(suggested(RULE, text), text.replace('9条道路', '8条道路'));
    assert.deepEqual(messages(reply('同意对江北新区三座桥梁予以命名。', 4, '桥梁名称及位置')), ['文中称桥梁3座，该部分实际列出4座 (the text counts 3, the section lists 4)']);
  });

  it('stays quiet where the count agrees, or counts something else', () => {
    assert.deepEqual(messages(reply('同意对江北新区8条道路予以命名。', 8)), []);
    assert.deepEqual(messages(reply('同意对江北新区八条道路予以命名。', 8)), []);
    // Not right before the name: 8条主要道路 may count some of them; 涉及道路1.2公里 is no count of roads.
    assert.deepEqual(messages(reply('同意对江北新区9条主要道路予以命名。', 8)), []);
    // A count far from the items counts something else (全区120条道路 over the eight named).
    assert.deepEqual(messages(reply('江北新区现有120条道路，同意对其中部分道路予以命名。', 8)), []);
    // A title that names no items: 一、命名原则.
    assert.deepEqual(messages(reply('同意对江北新区9条道路予以命名。', 8, '命名原则')), []);
  });

  it('takes the count that agrees where the opening counts the items twice, and not 一条 before the name', () => {
    assert.deepEqual(messages(reply('江北新区共有12条道路尚未命名，经审核，同意对其中9条道路予以命名。', 9)), []);
    assert.deepEqual(messages(reply('江北新区共有12条道路尚未命名，经审核，同意对其中9条道路予以命名。', 8)), ['文中称道路12条，该部分实际列出8条 (the text counts 12, the section lists 8)']);
    // 一条道路景观带: a road, not a count of the roads named.
    assert.deepEqual(messages(reply('同意对江北新区新建道路予以命名，着力打造一条道路景观带。', 2)), []);
  });
});
