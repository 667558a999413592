import { strict as assert } from 'node:assert';
import { corpusAvailable, excerpt } from '../corpus';
import { assertClean, hardWrapped, inject, lines, run } from './helpers';

const RULE = 'cross-reference/article-reference';

/** A decree, the rules it promulgates (4 chapters, 10 articles) and a 政策解读 of them in questions and answers. */
const DECREE = [
  '青川市人民政府令',
  '',
  '第21号',
  '',
  '　　《青川市城市绿化管理办法》已经2024年9月12日市政府第48次常务会议审议通过，现予公布，自2024年11月1日起施行。',
  '',
  '市长　　周明远',
  '',
  '2024年9月20日',
  '',
  '青川市城市绿化管理办法',
  '',
  '第一章　总　　则',
  '',
  '　　第一条　为了促进城市绿化事业发展，改善生态环境，根据《城市绿化条例》等法规，结合本市实际，制定本办法。',
  '',
  '　　第二条　本市城市规划区内的城市绿化规划、建设、保护和管理，适用本办法。',
  '',
  '第二章　规划和建设',
  '',
  '　　第三条　城市绿化工程的设计，应当委托具有相应资质的设计单位承担。',
  '',
  '　　第四条　新建居住区的绿地率不得低于30%。',
  '',
  '第三章　保护和管理',
  '',
  '　　第五条　任何单位和个人不得擅自占用城市绿地。',
  '',
  '　　第六条　禁止擅自砍伐、移植城市树木。',
  '',
  '　　第七条　违反本办法第五条规定，擅自占用城市绿地的，由综合行政执法部门责令限期退还、恢复原状。',
  '',
  '　　第八条　违反本办法第六条规定，擅自砍伐城市树木的，由综合行政执法部门责令停止侵害，并依照《城市绿化条例》第二十七条的规定处罚。',
  '',
  '第四章　附　　则',
  '',
  '　　第九条　县（市）人民政府可以依照本办法第二章的规定制定实施细则。',
  '',
  '　　第十条　本办法自2024年11月1日起施行。',
  '',
  '《青川市城市绿化管理办法》政策解读',
  '',
  '　　一、《办法》的主要内容有哪些？',
  '',
  '　　答：《青川市城市绿化管理办法》（以下简称《办法》）共4章10条，主要包括总则、规划和建设、保护和管理、附则。',
  '',
  '　　二、擅自砍伐城市树木要承担什么责任？',
  '',
  '　　答：根据《办法》第八条规定，由综合行政执法部门责令停止侵害，并依照有关规定处罚。',
  '',
  '　　解读机关：青川市综合行政执法局',
  '',
].join('\n');

const said = (answer: string) => inject(DECREE, '根据《办法》第八条规定，由综合行政执法部门责令停止侵害，并依照有关规定处罚。', answer);
const messages = (text: string) => run(RULE, text).map((f) => f.message);

describe(RULE, () => {
  it('is quiet on rules and an interpretation whose references name articles and chapters the rules have', () => {
    assert.deepEqual(run(RULE, DECREE), []);
  });

  it('reports an interpretation citing, by its declared short name, an article past the last', () => {
    const text = said('根据《办法》第十二条规定，由综合行政执法部门责令停止侵害，并依照有关规定处罚。');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['所引《青川市城市绿化管理办法》第十二条不存在，其最后一条为第十条 (no article 12: the last one is 10)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '第十二条');
    assert.deepEqual(lines(text, found), [49]);
    assert.equal(text.slice(found[0].related![0].range.start, found[0].related![0].range.end), '第十条');
  });

  it('reads the full title, an undeclared short name, 本办法, 见第N条 and the articles a reference goes on to list', () => {
    assert.equal(messages(said('《青川市城市绿化管理办法》第十一条明确了法律责任。')).length, 1);
    // Undeclared: the short name the interpretation gives the rules it interprets.
    const undeclared = DECREE.replace('（以下简称《办法》）', '');
    assert.equal(messages(inject(undeclared, '《办法》第八条', '《办法》第十八条')).length, 1);
    assert.equal(messages(said('本办法第11条对此作了规定。')).length, 1);
    assert.equal(messages(said('由综合行政执法部门责令停止侵害（见第十五条）。')).length, 1);
    assert.equal(messages(said('《办法》第五条、第六条和第十一条作了规定。')).length, 1);
    assert.deepEqual(messages(said('《办法》第七条至第十三条对此作了规定。')), ['所引《青川市城市绿化管理办法》第十三条不存在，其最后一条为第十条 (no article 13: the last one is 10)']);
    assert.deepEqual(messages(said('《办法》第五章对此作了规定。')), ['所引《青川市城市绿化管理办法》第五章不存在，其最后一章为第四章 (no chapter 5: the last one is 4)']);
  });

  it('reads a bare 第N条 right after a verb of applying rules (依照第十一条的规定, 违反第九条): the interpreted rules\', or the rules\' own', () => {
    const found = run(RULE, said('依照第十一条的规定，由综合行政执法部门责令停止侵害。'));
    assert.deepEqual(found.map((f) => f.message), ['所引《青川市城市绿化管理办法》第十一条不存在，其最后一条为第十条 (no article 11: the last one is 10)']);
    assert.equal(messages(said('违反第十二条规定的，由综合行政执法部门处罚。')).length, 1);
    assert.equal(messages(inject(DECREE, '违反本办法第六条规定', '违反第十六条规定')).length, 1);
    // Articles the rules have; a verb before words, not an article (根据第七次全国人口普查); a title named earlier in the sentence.
    assert.deepEqual(messages(said('依照第八条的规定，由综合行政执法部门责令停止侵害。')), []);
    assert.deepEqual(messages(said('根据第七次全国人口普查数据，按照第一批名单执行。')), []);
    assert.deepEqual(messages(said('《城市绿化条例》对此有规定，根据第二十七条，由综合行政执法部门处罚。')), []);
  });

  it('checks the rules\' references to themselves', () => {
    const text = inject(DECREE, '违反本办法第六条规定', '违反本办法第十六条规定');
    assert.deepEqual(messages(text), ['所引本办法第十六条不存在，其最后一条为第十条 (no article 16: the last one is 10)']);
    assert.deepEqual(lines(text, run(RULE, text)), [33]);
    assert.equal(messages(inject(DECREE, '依照本办法第二章', '依照本办法第六章')).length, 1);
  });

  it('reads a paragraph forbidding to delete something, and passes over one striking articles', () => {
    assert.deepEqual(messages(said('违反《办法》第十二条规定，擅自删除、篡改绿化档案的，依法予以处理。')), [
      '所引《青川市城市绿化管理办法》第十二条不存在，其最后一条为第十条 (no article 12: the last one is 10)',
    ]);
    assert.deepEqual(messages(said('违反《办法》第十二条规定，逾期未改为合规用途的，依法予以处理。')).length, 1, 'changing something else');
    for (const answer of ['修订后的《办法》删除了原第十八条。', '《办法》第十五条予以删除，第十六条改为第十五条。', '《办法》删去第十四条。', '《办法》原第十六条改为现第十五条。', '将《办法》第十二条修改为：“…”。']) {
      assert.deepEqual(messages(said(answer)), [], answer);
    }
  });

  it('reads a reference a hard wrap put at a line\'s start (本办法 / 第十三条第二项所列…), which numbers no article', () => {
    const past = (n: number, numeral: string) => `所引本办法第${numeral}条不存在，其最后一条为第十条 (no article ${n}: the last one is 10)`;
    for (const [cited, want] of [
      ['第十三条第二项', [past(13, '十三')]],
      ['第十三条第一款', [past(13, '十三')]],
      ['第十三条至第十五条', [past(13, '十三'), past(15, '十五')]],
      ['第十三条和第十四条', [past(13, '十三'), past(14, '十四')]],
    ] as const) {
      const text = inject(DECREE, '违反本办法第六条规定，擅自砍伐', `违反本办法\n${cited}规定，擅自砍伐`);
      assert.deepEqual(messages(text), want, cited);
    }
    // A line opening with an article's own words still counts it: the rules may have more than their headings show.
    const runIn = inject(DECREE, '　　第十条　本办法自2024年11月1日起施行。', '　　第十条　本办法自2024年11月1日起施行。\n第十三条　违反本办法第十三条规定的，依法处理。');
    assert.deepEqual(messages(runIn), []);
  });

  it('reads a reference a hard wrap broke inside the article\'s number', () => {
    const text = said('根据《办法》第十\n二条规定，由综合行政执法部门责令停止侵害。');
    assert.equal(messages(text).length, 1);
  });

  it('stays quiet on articles the rules have, counted in paragraphs and items, and on other laws and rules', () => {
    for (const answer of [
      '根据《办法》第八条第一款规定处理。',
      '《办法》第五条、第六条明确了绿地和树木保护要求，第七条至第十条规定了法律责任和施行日期。',
      '《办法》第10条自2024年11月1日起施行。',
      '依照《城市绿化条例》第二十七条、《中华人民共和国森林法》第五十六条的规定处罚。',
      '本办法第四章对此作了规定（见第九条）。',
      // Rules printed elsewhere, by a short name declared for them.
      '《浙江省城市绿化管理办法》（以下简称《省办法》）第二十一条作了规定，《省办法》第三十条规定了罚则。',
      // The rules as they were before.
      '原《办法》第十五条规定的审批事项已取消。',
      '《青川市城市绿化管理办法》（青政发〔2015〕8号）第十五条规定的审批事项已取消。',
      '本条例第三十条',
      // 意见 is no 见: another document's article.
      '依照省政府实施意见第十五条的规定执行。',
    ]) {
      assert.deepEqual(messages(said(answer)), [], answer);
    }
  });

  it('stays quiet on a 修改决定, which cites the articles by the numbers they had', () => {
    const decision = [
      '青川市人民政府关于修改《青川市城市绿化管理办法》的决定',
      '',
      '青政发〔2024〕30号',
      '',
      '各县（市、区）人民政府，市政府各部门：',
      '',
      '　　市政府决定对《青川市城市绿化管理办法》作如下修改：',
      '',
      '　　一、将第十二条中的“30%”修改为“35%”。',
      '',
      '　　二、《办法》第十五条第二款规定的审批改为备案。',
      '',
      '　　本决定自2024年12月1日起施行。',
      '',
      '青川市人民政府',
      '',
      '2024年11月20日',
      '',
    ].join('\n');
    assert.deepEqual(run(RULE, `${DECREE}\n${decision}`), []);
  });
});

describe(`${RULE}: a plan's chapters`, () => {
  const PLAN = [
    '青川市人民政府关于印发青川市生态环境保护规划的通知', '', '青政发〔2024〕4号', '', '各县（市、区）人民政府，市政府各部门：', '',
    '　　现将《青川市生态环境保护规划》印发给你们，请认真贯彻执行。', '', '青川市人民政府', '', '2024年1月30日', '',
    '青川市生态环境保护规划', '', '第一章　规划背景', '', '　　全市生态环境质量持续改善（主要指标见第二章）。', '',
    '第二章　总体要求', '', '　　到2025年，生态环境质量持续改善。', '', '第三章　保障措施', '', '　　加强组织领导。', '',
  ].join('\n');

  it('checks 见第N章 against the plan\'s own chapters', () => {
    assert.deepEqual(run(RULE, PLAN), []);
    assert.deepEqual(run(RULE, PLAN.replace('见第二章', '见第四章')).map((f) => f.message), ['所引本文件第四章不存在，其最后一章为第三章 (no chapter 4: the last one is 3)']);
  });
});

describe(`${RULE}: the real 实施办法 of SX 17号 (10 章, 78 条)`, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  const rules = () => excerpt('SX', 694, 1068);
  const interpreted = (answer: string) => `${rules()}\n\n《绍兴市基本医疗保险实施办法(试行)》政策解读\n\n一、主要内容\n\n${answer}\n`;

  it('is quiet on the rules as printed (按本办法第三章规定执行) and on references they have', () => {
    assert.deepEqual(run(RULE, rules()), []);
    assert.deepEqual(run(RULE, interpreted('《办法》第七十八条明确了施行日期，第十章为附则。参保人员待遇按《办法》第三章规定执行。')), []);
  });

  it('reports an article or chapter past the last', () => {
    assert.deepEqual(run(RULE, interpreted('根据《办法》第八十条，原办法同时废止。')).map((f) => f.message), [
      '所引《绍兴市基本医疗保险实施办法(试行)》第八十条不存在，其最后一条为第七十八条 (no article 80: the last one is 78)',
    ]);
    assert.equal(run(RULE, interpreted('《办法》第十一章对此作了规定。')).length, 1);
  });
});

/** Rules whose articles have several 款 and items (项), run in or one a line, and whose last article refers to them. */
const CLAUSES = [
  '泓州市人民政府令',
  '',
  '第21号',
  '',
  '　　《泓州市住宅小区电动自行车停放充电管理办法》已经2025年4月12日市政府第48次常务会议审议通过，现予公布，自2025年6月1日起施行。',
  '',
  '市长　　周明远',
  '',
  '2025年4月20日',
  '',
  '泓州市住宅小区电动自行车停放充电管理办法',
  '',
  '　　第一条　为了加强住宅小区电动自行车停放充电管理，预防和减少火灾事故，根据有关法律法规，结合本市实际，制定本办法。',
  '',
  '　　第二条　本办法适用于本市行政区域内住宅小区电动自行车的停放、充电及其监督管理。',
  '',
  '　　第三条　电动自行车所有人、使用人应当遵守下列规定：',
  '　　（一）在集中停放场所有序停放；',
  '　　（二）使用符合国家标准的充电器；',
  '　　（三）不得私拉电线和插座为电动自行车充电。',
  '　　物业服务人应当劝阻违反前款第（三）项规定的行为。',
  '',
  '　　第四条　物业服务人应当履行下列职责：（一）建立巡查制度；（二）设置警示标志；（三）配备灭火器材；（四）制止违规停放充电行为。',
  '',
  '　　第五条　违反本办法第三条第一款第（三）项规定的，由消防救援机构责令改正；违反本办法第三条第二款、第四条第（四）项规定的，由住房城乡建设部门责令改正。',
  '',
  '　　第六条　本办法自2025年6月1日起施行。',
  '',
].join('\n');

const cited = (reference: string) => inject(CLAUSES, '违反本办法第三条第一款第（三）项规定的', reference);

describe(`${RULE}: 款 and 项`, () => {
  it('is quiet on the 款 and items the articles have, one a line or run in', () => {
    assert.deepEqual(messages(CLAUSES), []);
  });

  it('reports a 款, an item past the last, and an item of an article that lists none', () => {
    const text = cited('违反本办法第三条第三款规定的');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['所引本办法第三条第三款不存在，该条只有两款 (article 3 has 2 paragraphs, not 3)']);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '第三款');
    assert.equal(text.slice(found[0].related![0].range.start, found[0].related![0].range.end), '第三条');
    assert.deepEqual(messages(cited('违反本办法第三条第一款第（四）项规定的')), ['所引本办法第三条第（四）项不存在，该条只列至第（三）项 (article 3 lists items up to 3, not 4)']);
    assert.deepEqual(messages(cited('违反本办法第二条第（一）项规定的')), ['所引本办法第二条第（一）项不存在，该条未分项 (article 2 lists no items)']);
    // Run-in items, and the next item of a chain: 、第（五）项 is still the article's.
    assert.deepEqual(messages(inject(CLAUSES, '第四条第（四）项', '第四条第（二）项、第（五）项')), ['所引本办法第四条第（五）项不存在，该条只列至第（四）项 (article 4 lists items up to 4, not 5)']);
  });

  it('never counts an article short: a wrap after a sentence inside a 款 reads as one more, and a 前款第（N）项 is no item', () => {
    // 第一条 has one 款 wrapped after its first sentence: read as two, 第二款 is let pass (a miss, never a false alarm).
    const wrapped = inject(CLAUSES, '预防和减少火灾事故，', '预防和减少火灾事故。\n　　根据有关法律法规，');
    assert.deepEqual(messages(inject(wrapped, '第三条第二款、', '第一条第二款、')), []);
    // 前款第（三）项 inside 第三条 does not make a fourth item out of a reference.
    const citesFourth = inject(cited('违反本办法第三条第一款第（四）项规定的'), '前款第（三）项', '前款第（四）项');
    assert.deepEqual(messages(citesFourth), ['所引本办法第三条第（四）项不存在，该条只列至第（三）项 (article 3 lists items up to 3, not 4)']);
    // Items labelled 1． are items too.
    const arabic = CLAUSES.replace('（一）在集中', '1．在集中').replace('（二）使用', '2．使用').replace('（三）不得私拉电线和插座为电动自行车充电。', '3．不得私拉电线和插座为电动自行车充电；\n　　4．不得将蓄电池带入电梯轿厢。');
    assert.deepEqual(messages(inject(arabic, '第三条第一款第（三）项', '第三条第一款第（四）项')), []);
  });

  it('reads an article whose first line a narrow wrap cut short, reference and all', () => {
    const wrapped = inject(CLAUSES, '　　第五条　违反本办法第三条第一款第（三）项规定的，', '　　第五条　违反本办法第三条第一款第（四）\n项规定的，');
    assert.deepEqual(messages(wrapped), ['所引本办法第三条第（四）项不存在，该条只列至第（三）项 (article 3 lists items up to 3, not 4)']);
  });

  it('counts items run in under any label: 1．…；2．…, （1）…；（2）…, ①…；②…', () => {
    for (const labels of [['1．', '2．', '3．', '4．'], ['（1）', '（2）', '（3）', '（4）'], ['①', '②', '③', '④']]) {
      const runIn = inject(CLAUSES, '（一）建立巡查制度；（二）设置警示标志；（三）配备灭火器材；（四）', labels.map((l, k) => l + ['建立巡查制度；', '设置警示标志；', '配备灭火器材；', ''][k]).join(''));
      assert.deepEqual(messages(runIn), [], labels.join(''));
      assert.equal(messages(inject(runIn, '第四条第（四）项', '第四条第（五）项')).length, 1, labels.join(''));
    }
  });

  it('stays quiet on the 款 and 项 of laws not printed in the issue, and on rules amending articles', () => {
    assert.deepEqual(messages(cited('违反《中华人民共和国消防法》第六十条第一款第（五）项规定的')), []);
    assert.deepEqual(messages(inject(CLAUSES, '　　第六条　本办法', '　　第六条　将第三条第三款修改为：“…”。本办法')), []);
  });
});


describe(`${RULE}: measures numbered 一、…十二、, cited by 条`, () => {
  /** A notice issuing measures numbered 一、…N、 (or groups 一、–三、 running on (一)…(N)), and an interpretation citing them. */
  const issue = (items: string[], cited: string) => [
    '青川市人民政府办公室关于印发青川市促进民营经济发展若干措施的通知', '', '青政办发〔2025〕8号', '', '各区人民政府，市政府各部门：', '',
    '　　《青川市促进民营经济发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '青川市人民政府办公室', '', '2025年3月1日', '',
    '青川市促进民营经济发展若干措施', '', ...items.flatMap((i) => [i, '']),
    '《青川市促进民营经济发展若干措施》政策解读', '',
    '　　一、出台背景', '',
    `　　答：为优化民营经济发展环境，制定《青川市促进民营经济发展若干措施》（以下简称《措施》）。${cited}`, '',
    '　　解读机关：青川市发展改革委', '',
  ].join('\n');
  const twelve = Array.from({ length: 12 }, (_, k) => `　　${'一二三四五六七八九十'[k] ?? ''}${k >= 10 ? `十${'一二'[k - 10]}` : ''}、第${k + 1}项措施。加大支持力度，按规定给予补助。`.replace(/^　　十十/, '　　十'));

  it('reports a 第N条 past the last measure', () => {
    assert.deepEqual(messages(issue(twelve, '《措施》第十三条明确了融资支持。')), ['所引《青川市促进民营经济发展若干措施》第十三条不存在，其最后一条为“十二、” (no article 13: the last one is 12)']);
  });

  it('stays quiet on a measure the list has, and on items that run on under groups', () => {
    assert.deepEqual(messages(issue(twelve, '《措施》第十二条明确了融资支持。')), []);
    const groups = ['　　一、降低经营成本', ...Array.from({ length: 8 }, (_, k) => `　　（${'一二三四五六七八'[k]}）第${k + 1}项措施。`), '　　二、强化融资支持', ...Array.from({ length: 7 }, (_, k) => `　　（${['九', '十', '十一', '十二', '十三', '十四', '十五'][k]}）第${k + 9}项措施。`)];
    assert.deepEqual(messages(issue(groups, '《措施》第十五条明确了融资支持。')), []);
    assert.deepEqual(messages(issue(groups, '《措施》第十六条明确了融资支持。')), ['所引《青川市促进民营经济发展若干措施》第十六条不存在，其最后一条为“（十五）” (no article 16: the last one is 15)']);
  });

  /** Twenty measures in five groups, each group's own written as `label(k)` for its k-th, 0-based. */
  const groupsOf = (label: (k: number) => string) =>
    ['降低经营成本', '强化融资支持', '支持技术改造', '优化营商环境', '加强组织实施'].flatMap((g, n) => [
      `　　${'一二三四五'[n]}、${g}`,
      ...Array.from({ length: 4 }, (_, k) => `　　${label(k)}第${n * 4 + k + 1}项措施。对符合条件的企业按规定给予补助。`),
    ]);

  it('counts a list that starts again under each 一、 by how many items it holds', () => {
    const restarting = groupsOf((k) => `（${'一二三四'[k]}）`);
    assert.deepEqual(messages(issue(restarting, '《措施》第十八条明确了融资支持。')), []);
    assert.deepEqual(messages(issue(restarting, '《措施》第二十一条明确了融资支持。')), [
      '所引《青川市促进民营经济发展若干措施》第二十一条不存在，其最后一条为“五、（四）” (no article 21: the last one is 20)',
    ]);
  });

  it('counts measures run in under their group, and the rows of a table of them', () => {
    const runIn = ['降低经营成本', '强化融资支持', '支持技术改造', '优化营商环境', '加强组织实施'].map(
      (g, n) => `　　${'一二三四五'[n]}、${g}。${Array.from({ length: 4 }, (_, k) => `${n * 4 + k + 1}．第${n * 4 + k + 1}项措施，按规定给予补助。`).join('')}`,
    );
    assert.deepEqual(messages(issue(runIn, '《措施》第十八条明确了融资支持。')), []);
    assert.deepEqual(messages(issue(runIn, '《措施》第二十一条明确了融资支持。')).length, 1);
    const table = ['　　一、支持措施清单', ['序号\t措施内容\t责任单位', ...Array.from({ length: 20 }, (_, k) => `${k + 1}\t第${k + 1}项措施，按规定给予补助。\t市发展改革委`)].join('\n'), '　　二、组织实施', '　　各部门要抓好落实。'];
    assert.deepEqual(messages(issue(table, '《措施》第十八条明确了融资支持。')), []);
    assert.deepEqual(messages(issue(table, '《措施》第二十一条明确了融资支持。')).length, 1);
  });
});

/**
 * A decree printing a 修改决定 (which names the old numbers) and the rules republished as amended after it, with
 * 第六条之一 inserted, then a 政策解读 of the rules.
 */
const AMENDED = [
  '青川市人民政府令',
  '',
  '第30号',
  '',
  '　　《青川市人民政府关于修改〈青川市城市绿化管理办法〉的决定》已经2025年3月6日市政府第52次常务会议审议通过，现予公布，自2025年5月1日起施行。',
  '',
  '市长　　周明远',
  '',
  '2025年3月12日',
  '',
  '青川市人民政府关于修改《青川市城市绿化管理办法》的决定',
  '',
  '　　市政府决定对《青川市城市绿化管理办法》作如下修改：',
  '',
  '　　一、增加一条，作为第六条之一：“古树名木实行统一管理、分别养护。”',
  '',
  '　　二、《办法》第十二条第二款规定的审批改为备案。',
  '',
  '　　三、将第八条修改为：“违反本办法第六条之一规定，未按照养护技术规范养护古树名木的，由园林绿化主管部门责令改正。”',
  '',
  '　　本决定自2025年5月1日起施行。《青川市城市绿化管理办法》根据本决定作相应修改，重新公布。',
  '',
  '青川市城市绿化管理办法',
  '',
  '（2024年9月20日青川市人民政府令第21号公布　根据2025年3月12日青川市人民政府令第30号修正）',
  '',
  '第一章　总　　则',
  '',
  '　　第一条　为了促进城市绿化事业发展，改善生态环境，根据《城市绿化条例》等法规，结合本市实际，制定本办法。',
  '',
  '　　第二条　本市城市规划区内的城市绿化规划、建设、保护和管理，适用本办法。',
  '',
  '第二章　保护和管理',
  '',
  '　　第三条　任何单位和个人不得擅自占用城市绿地。',
  '',
  '　　第四条　新建居住区的绿地率不得低于30%。',
  '',
  '　　第五条　城市绿化工程的设计，应当委托具有相应资质的设计单位承担。',
  '',
  '　　第六条　禁止擅自砍伐、移植城市树木。',
  '',
  '　　第六条之一　古树名木实行统一管理、分别养护。',
  '',
  '第三章　法律责任',
  '',
  '　　第七条　违反本办法第三条规定，擅自占用城市绿地的，由综合行政执法部门责令限期退还、恢复原状。',
  '',
  '　　第八条　违反本办法第六条之一规定，未按照养护技术规范养护古树名木的，由园林绿化主管部门责令改正。',
  '',
  '　　第九条　本办法自2024年11月1日起施行。',
  '',
  '《青川市城市绿化管理办法》政策解读',
  '',
  '　　问：古树名木如何保护？',
  '',
  '　　答：《办法》第六条之一规定，古树名木实行统一管理、分别养护。未按照养护技术规范养护的，依照《办法》第八条的规定由园林绿化主管部门责令改正。',
  '',
].join('\n');

describe(`${RULE}: rules republished after the decision amending them`, () => {
  const answered = (text: string, answer: string) => inject(text, '《办法》第六条之一规定，古树名木', answer);
  const HISTORY = '（2024年9月20日青川市人民政府令第21号公布　根据2025年3月12日青川市人民政府令第30号修正）\n\n';

  it('is quiet on the rules as republished and on the decision, which names the old numbers (第十二条 of 9)', () => {
    assert.deepEqual(run(RULE, AMENDED), []);
    assertClean(AMENDED);
    // Printed without the line of their history, right over 第一章: still a part of their own, titled.
    assert.deepEqual(run(RULE, inject(AMENDED, HISTORY, '')), []);
    assertClean(inject(AMENDED, HISTORY, ''));
  });

  it('checks the republished rules\' own references and an interpretation\'s against the articles they now have', () => {
    assert.deepEqual(messages(answered(AMENDED, '《办法》第六条之二规定，古树名木')), [
      '所引《青川市城市绿化管理办法》第六条之二不存在，第六条之后只增加至第六条之一 (no article 6-2: the last inserted after article 6 is 6-1)',
    ]);
    assert.deepEqual(messages(answered(AMENDED, '《办法》第五条之一规定，古树名木')), [
      '所引《青川市城市绿化管理办法》第五条之一不存在，第五条之后未增加条文 (no article 5-1: none is inserted after article 5)',
    ]);
    assert.deepEqual(messages(answered(AMENDED, '《办法》第十条规定，古树名木')), [
      '所引《青川市城市绿化管理办法》第十条不存在，其最后一条为第九条 (no article 10: the last one is 9)',
    ]);
    const inRules = inject(AMENDED, '第八条　违反本办法第六条之一规定', '第八条　违反本办法第六条之三规定');
    assert.deepEqual(lines(inRules, run(RULE, inRules)), [49]);
    assert.equal(run(RULE, answered(inject(AMENDED, HISTORY, ''), '《办法》第六条之二规定，古树名木')).length, 1);
  });

  it('stays quiet on an amending decision printed alone, and on an interpretation of the rules it amends', () => {
    const alone = AMENDED.slice(0, AMENDED.indexOf('青川市城市绿化管理办法\n')) + AMENDED.slice(AMENDED.indexOf('《青川市城市绿化管理办法》政策解读'));
    assert.deepEqual(run(RULE, alone), []);
    assert.deepEqual(run(RULE, answered(alone, '《办法》第六条之二规定，古树名木')), []);
  });
});

describe(`${RULE}: a section of a plan numbered 1 / 1.1 (按本预案1.5确定, 见4.2)`, () => {
  const plan = (reference: string) =>
    [
      '某市人民政府办公室关于印发某市森林火灾应急预案的通知', '', '某政办发〔2025〕30号', '', '各县（区）人民政府，市政府各部门：', '',
      '　　《某市森林火灾应急预案》已经市人民政府同意，现印发给你们，请认真组织实施。', '', '某市人民政府办公室', '', '2025年7月8日', '',
      '某市森林火灾应急预案', '', '1　总则', '', '1.1　编制目的', '', '　　建立健全森林火灾应对工作机制，最大程度减少人员伤亡和财产损失。', '',
      '1.2　灾害分级', '', '　　森林火灾分为特别重大、重大、较大和一般四个等级。受害森林面积在1.5公顷以上的，按较大森林火灾处置。', '',
      '2　应急响应', '', '2.1　分级响应', '', `　　市级应急响应由低到高分为Ⅳ级、Ⅲ级、Ⅱ级、Ⅰ级四个等级。${reference}`, '',
      '2.2　Ⅳ级响应', '', '　　由市指挥部办公室主任决定启动Ⅳ级响应，火场风力超过1.5倍预警值时（见气象部门通报），加强力量。', '',
    ].join('\n');

  it('is quiet on a section the plan has, and on figures that are no reference', () => {
    for (const r of ['启动条件中的灾害等级按本预案1.2确定。', '响应措施见2.2。', '（响应措施详见本预案第2.2节）', '超过预警值的见1.5倍处置。', '本预案2确定的等级。']) {
      assert.deepEqual(run(RULE, plan(r)), [], r);
    }
  });

  it('reports a section the plan does not have', () => {
    const text = plan('启动条件中的灾害等级按本预案1.3确定。');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['所引1.3在本文件中没有对应的条目 (no section 1.3 in the document)']);
    assert.deepEqual(lines(text, found), [29]);
    assert.equal(run(RULE, plan('响应措施见2.3。')).length, 1);
    assert.equal(run(RULE, plan('（响应措施详见本预案第３．１节）')).length, 1);
  });

  it('reads every section of a list of them (见2.1、2.2, 本预案1.1至1.2)', () => {
    for (const r of ['响应措施见2.1、2.2。', '（分级标准详见本预案1.1至1.2）', '按本预案1.1和1.2执行。']) {
      assert.deepEqual(run(RULE, plan(r)), [], r);
    }
    const text = plan('响应措施见2.1、2.3。');
    assert.deepEqual(run(RULE, text).map((f) => f.message), ['所引2.3在本文件中没有对应的条目 (no section 2.3 in the document)']);
    assert.equal(run(RULE, plan('按本预案1.1和1.4执行。')).length, 1);
    // A list going on into figures that are no sections (见2.1、3.5倍) is no bare reference.
    assert.deepEqual(run(RULE, plan('风力标准见2.1、3.5倍预警值。')), []);
  });

  it('reads a figure with its measure word right after it as no section, in every form (按本预案1.5倍标准)', () => {
    for (const r of [
      '火场风力超过预警值的，按本预案1.5倍标准处置。',
      '补助标准按本方案2.5万元执行。',
      '防火隔离带宽度按本预案1.5米设置。',
      '风力达到本预案5.5级以上的，停止野外用火。',
      '超出部分按本预案1.5％计提。',
      '扑救时间超过本预案2.5小时的，提高响应等级。',
    ]) assert.deepEqual(run(RULE, plan(r)), [], r);
    // A section named right before words of the sentence stays a section.
    for (const r of ['火场风力超过预警值的，按本预案1.5标准处置。', '灾害等级按本预案1.5规定的标准确定。', '按本预案1.5、1.6执行。']) {
      assert.ok(run(RULE, plan(r)).length >= 1, r);
    }
  });
});

describe(`${RULE}: a section cited at a narrow page's wrap (…按本预案 / 1.3确定。)`, () => {
  const plan = (reference: string, section = '1.2　灾害分级') =>
    hardWrapped(
      [
        '某市人民政府办公室关于印发某市森林火灾应急预案的通知', '', '某政办发〔2025〕30号', '', '各县（区）人民政府，市政府各部门：', '',
        '　　《某市森林火灾应急预案》已经市人民政府同意，现印发给你们，请认真组织实施。', '', '某市人民政府办公室', '', '2025年7月8日', '',
        '某市森林火灾应急预案', '', '1　总则', '', '1.1　编制目的', '',
        '　　建立健全森林火灾应对工作机制，规范应急处置程序，提高应对能力，最大程度减少人员伤亡和财产损失，维护生态安全和社会稳定。', '',
        section, '',
        '　　森林火灾分为特别重大、重大、较大和一般四个等级。受害森林面积在1.5公顷以上的，按较大森林火灾处置；受害森林面积不足1公顷的，按一般森林火灾处置。', '',
        '2　应急响应', '', '2.1　分级响应', '',
        `　　根据森林火灾初判级别、应急处置能力和预期影响后果，市级应急响应由低到高分为Ⅳ级、Ⅲ级、Ⅱ级、Ⅰ级四个等级。${reference}`, '',
        '2.2　Ⅳ级响应', '',
        '　　由市指挥部办公室主任决定启动Ⅳ级响应，火场风力超过1.5倍预警值时（见气象部门通报），加强扑救力量，做好人员转移准备。', '',
      ].join('\n'),
      23,
    );

  it('reads a section number the wrap put at a line\'s start as the sentence going on, not as a heading', () => {
    const text = plan('启动条件中的灾害等级按本预案1.3确定。');
    assert.ok(text.includes('按本预案\n1.3确定。'));
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), ['所引1.3在本文件中没有对应的条目 (no section 1.3 in the document)']);
    assert.deepEqual(lines(text, found), [38]);
  });

  it('is quiet on a section the plan has, and keeps a heading with no space after its label where a sentence ended above', () => {
    assert.deepEqual(run(RULE, plan('启动条件中的灾害等级按本预案1.2确定。')), []);
    assert.deepEqual(run(RULE, plan('启动条件中的灾害等级按本预案1.2确定。', '1.2灾害分级')), []);
  });
});

describe(`${RULE}: a section of the plan another document cites (按照应急预案4.2的规定)`, () => {
  const issue = (said: string, cite = '根据《某市人民政府办公室关于印发某市城市内涝灾害应急预案的通知》（某政办发〔2026〕21号），现就有关事项通知如下：') =>
    [
      '某市人民政府办公室关于印发某市城市内涝灾害应急预案的通知', '', '某政办发〔2026〕21号', '', '各区人民政府，市政府各部门：', '',
      '　　《某市城市内涝灾害应急预案》已经市政府同意，现印发给你们，请认真贯彻执行。', '', '某市人民政府办公室', '2026年6月3日', '',
      '某市城市内涝灾害应急预案', '', '1　总则', '', '1.1　编制目的', '', '减少损失。', '', '1.2　适用范围', '', '本市建成区。', '',
      '2　应急响应', '', '2.1　响应分级', '', '分为四级。', '', '2.2　响应措施', '', '组织会商。', '',
      '某市人民政府办公室关于做好2026年汛期城市内涝防范应对工作的通知', '', '某政办发〔2026〕22号', '', '各区人民政府，市政府各部门：', '',
      `　　${cite}`, '', `　　${said}`, '', '某市人民政府办公室', '2026年6月10日', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);
  const said = (label: string) => `一、严格落实预警响应。各地要按照应急预案${label}的规定，及时启动相应级别的应急响应。`;

  it('reports a section the plan cited lacks, wrapped or not', () => {
    for (const width of [undefined, 23]) {
      const text = (t: string) => (width ? hardWrapped(t, width) : t);
      assert.deepEqual(messages(text(issue(said('2.2')))), [], String(width));
      assert.deepEqual(messages(text(issue(said('2.6')))), ['所引预案2.6在所刊预案中没有对应的条目 (no section 2.6 in the plan cited)'], String(width));
    }
  });

  it('is quiet where the document cites no printed plan, or a figure follows', () => {
    assert.deepEqual(messages(issue(said('2.6'), '现就有关事项通知如下：')), []);
    assert.deepEqual(messages(issue('按照应急预案2.5倍标准储备物资。')), []);
  });
});
