import { strict as assert } from 'node:assert';
import { parseIssue, WorkspaceIndex } from '../../server/src/engine';
import { corpus, corpusAvailable, excerpt } from '../corpus';
import { lines, run, hardWrapped } from './helpers';
import { INTERPRETATION } from '../fixtures/interpretation';

const RULE = 'cross-reference/interpretation';

describe(RULE, function () {
  before(function () {
    if (!corpusAvailable) this.skip();
  });

  const issue = () => excerpt('SX', 1702, 1746) + INTERPRETATION;

  it('is quiet when the interpreted document is printed with that title and number', () => {
    assert.equal(parseIssue(issue()).documents[1].kind, 'interpretation');
    assert.deepEqual(run(RULE, issue()), []);
  });

  it('reads the title as an interpretation through what extraction leaves inside it', () => {
    for (const [from, to] of [['》政策解读', '》政策 解读'], ['》政策解读', '》政策\u3000解 读'], ['《绍兴市', '**《绍兴市'], ['》政策解读', '》政策解读**']]) {
      assert.equal(parseIssue(issue().replace(from, to)).documents[1]?.kind, 'interpretation', to);
    }
  });

  it('leaves a citation with another number to doc-number/consistency, but checks a number in its own title', () => {
    const cited = issue().replace('(绍政办发〔2018〕51号)。', '(绍政办发〔2018〕15号)。');
    assert.deepEqual(run(RULE, cited), []);
    assert.deepEqual(lines(cited, run('doc-number/consistency', cited)), [51]);
    const titled = issue().replace('工作方案》政策解读', '工作方案》(绍政办发〔2018〕15号)政策解读');
    assert.equal(parseIssue(titled).documents[1].kind, 'interpretation');
    const found = run(RULE, titled);
    assert.deepEqual(lines(titled, found), [47]);
    assert.match(found[0].message, /绍政办发〔2018〕51号/);
  });

  it('checks the chapters and articles an interpretation counts against the rules it interprets (SX 17号: 10 章, 78 条)', () => {
    const rules = excerpt('SX', 694, 1068);
    const says = (claim: string) =>
      `${rules}\n\n《绍兴市基本医疗保险实施办法(试行)》政策解读\n\n一、主要内容\n\n${claim}\n`;
    const found = (claim: string) => run(RULE, says(claim)).map((f) => f.message);
    assert.deepEqual(found('《办法》共十章七十八条，明确了参保范围和待遇标准。'), []);
    assert.deepEqual(found('《办法》共10章78条。'), []);
    assert.deepEqual(found('《办法》共十章七十六条，明确了参保范围。'), ['解读称共十章七十六条，所解读的《绍兴市基本医疗保险实施办法(试行)》有10章78条 (the interpretation counts 10 chapters and 76 articles; the document has 10 chapters and 78 articles)']);
    assert.deepEqual(found('本办法共80条。'), ['解读称共80条，所解读的《绍兴市基本医疗保险实施办法(试行)》有78条 (the interpretation counts 80 articles; the document has 78 articles)']);
    assert.deepEqual(found('本办法共分七十六条。').length, 1);
    assert.deepEqual(found('《办法》共有十章七十八条。'), []);
    // Counts of other things, or of another law, are not the rules' structure.
    assert.deepEqual(found('市医保局共收到意见建议12条，采纳8条。'), []);
    assert.deepEqual(found('《中华人民共和国社会保险法》共十二章九十八条，《办法》据此制定。'), []);
    const text = says('《办法》共九章七十八条。');
    const [f] = run(RULE, text);
    assert.equal(text.slice(f.range.start, f.range.end), '共九章七十八条');
  });

  it('counts the items of measures without articles (一、… 六、) against "《措施》共N条"', () => {
    const issue = (claim: string) =>
      [
        '某市人民政府关于印发某市推进新型城镇化若干措施的通知', '', '某政发〔2024〕7号', '', '各区人民政府，市政府各部门：', '', '现将《某市推进新型城镇化若干措施》印发给你们。', '',
        '某市人民政府', '2024年5月6日', '', '某市推进新型城镇化若干措施', '',
        ...['一、深化户籍制度改革。', '（一）放宽落户条件。', '二、推进基本公共服务均等化。', '三、提升城市综合承载能力。', '四、强化用地保障。'].flatMap((l) => [l, '']),
        '《某市推进新型城镇化若干措施》政策解读', '', `一、主要内容`, '', claim, '',
      ].join('\n');
    assert.deepEqual(run(RULE, issue('《措施》共4条，分别从户籍、公共服务、承载能力、用地四个方面提出举措。')), []);
    assert.deepEqual(run(RULE, issue('《措施》共5条。')).map((f) => f.message), [
      '解读称共5条，所解读的《某市推进新型城镇化若干措施》有4条 (the interpretation counts 5 articles; the document has 4 articles)',
    ]);
    // Counted at another level: 两个方面 of 一、二、, six （N） items in all.
    const twoLevels = issue('《措施》分两个方面，共6条。')
      .replace('一、深化户籍制度改革。\n\n（一）放宽落户条件。\n\n二、推进基本公共服务均等化。\n\n三、提升城市综合承载能力。\n\n四、强化用地保障。',
        '一、深化改革。\n\n（一）放宽落户条件。\n\n（二）完善居住证制度。\n\n（三）推进公共服务。\n\n二、强化保障。\n\n（四）强化用地保障。\n\n（五）强化资金保障。\n\n（六）强化人才保障。');
    assert.ok(twoLevels.includes('（六）强化人才保障'));
    assert.deepEqual(run(RULE, twoLevels), []);
    assert.equal(run(RULE, twoLevels.replace('共6条', '共7条')).length, 1);
  });

  it('flags an interpretation of a document that is not in the issue', () => {
    const text = excerpt('SX', 1747, 1855) + INTERPRETATION; // 52号 printed instead of 51号
    const found = run(RULE, text);
    assert.deepEqual(lines(text, found), [111]);
    assert.equal(found[0].severity, 'warning');
  });

  it('finds the interpreted document in another issue of the workspace', () => {
    const ws = new WorkspaceIndex();
    ws.set('file:///sx.txt', parseIssue(corpus('SX')));
    const alone = INTERPRETATION.trimStart();
    assert.deepEqual(run(RULE, alone, ws), []);
    const wrong = alone.replace('(绍政办发〔2018〕51号)。', '(绍政办发〔2018〕15号)。');
    const found = run(RULE, wrong, ws);
    assert.equal(found.length, 1);
    assert.equal(found[0].related?.[0].uri, 'file:///sx.txt');
  });
});

describe(`${RULE}: the interpretation of a 修改决定`, () => {
  const issue = (claim: string) =>
    [
      '临江市人民政府关于修改《临江市城市供水管理办法》的决定', '', '临政规〔2024〕2号', '', '各区、县（市）人民政府，市政府各部门：', '',
      '市政府决定对《临江市城市供水管理办法》作如下修改：', '', '一、将第二条中的“每季度”修改为“每月”。', '', '本决定自2024年7月1日起施行。', '',
      '临江市人民政府', '', '2024年6月14日', '', '临江市城市供水管理办法', '',
      '第一章　总　　则', '', '第一条　为了加强城市供水管理，制定本办法。', '', '第二章　供水服务', '', '第二条　供水企业应当每月报送水质检测资料。', '',
      '第三章　附　　则', '', '第三条　本办法自2019年7月1日起施行。', '',
      '《临江市人民政府关于修改〈临江市城市供水管理办法〉的决定》解读', '', '一、修改的主要内容是什么？', '', `将水质检测资料报送频次由每季度一次调整为每月一次。${claim}`, '',
    ].join('\n');

  it('finds the decision its title names with 〈〉 nested in 《》', () => {
    assert.deepEqual(run(RULE, issue('修改后的《临江市城市供水管理办法》共三章三条。')), []);
  });

  it('checks the count of the rules the decision republishes, named by their title', () => {
    assert.deepEqual(run(RULE, issue('修改后的《临江市城市供水管理办法》共二章三条。')).map((f) => f.message), [
      '解读称共二章三条，所解读的《临江市城市供水管理办法》有3章3条 (the interpretation counts 2 chapters and 3 articles; the document has 3 chapters and 3 articles)',
    ]);
  });
});

describe(`${RULE}: a decree's 修改决定 with the rules republished after it`, () => {
  const issue = (claim: string) =>
    [
      '某市人民政府令', '', '第25号', '',
      '　　《某市人民政府关于修改〈某市城市道路挖掘管理办法〉的决定》已经市人民政府常务会议审议通过，现予公布，自2024年11月1日起施行。', '',
      '市长　王志远', '', '2024年9月27日', '',
      '某市人民政府关于修改《某市城市道路挖掘管理办法》的决定', '',
      '　　市人民政府决定对《某市城市道路挖掘管理办法》作如下修改：', '', '　　一、删去第三条。', '', '　　此外，对条文顺序作相应调整。', '',
      '某市城市道路挖掘管理办法', '',
      '（2021年6月8日某市人民政府令第16号公布　根据2024年9月27日《某市人民政府关于修改〈某市城市道路挖掘管理办法〉的决定》修订）', '',
      '第一章　总　　则', '', '　　第一条　为了加强城市道路挖掘管理，制定本办法。', '', '　　第二条　本办法适用于本市城市道路的挖掘。', '',
      '第二章　附　　则', '', '　　第三条　本办法自2021年8月1日起施行。', '',
      '《某市人民政府关于修改〈某市城市道路挖掘管理办法〉的决定》政策解读', '',
      '　　《某市城市道路挖掘管理办法》（以下简称《办法》）于2021年6月8日公布施行。', '', `　　${claim}`, '',
    ].join('\n');

  const expected = [
    '解读称共2章4条，所解读的《某市城市道路挖掘管理办法》有2章3条 (the interpretation counts 2 chapters and 4 articles; the document has 2 chapters and 3 articles)',
  ];

  it('counts the rules an interpretation names by the short name it gives them', () => {
    assert.deepEqual(run(RULE, issue('修改后的《办法》共2章3条。')), []);
    assert.deepEqual(run(RULE, issue('修改后的《办法》共2章4条。')).map((f) => f.message), expected);
  });

  it('counts them too where the 目录 lists the decree, the decision and the rules as documents of their own', () => {
    const toc = ['目　　录', '', '某市人民政府令（第25号）……（2）', '', '某市人民政府关于修改《某市城市道路挖掘管理办法》的决定……（2）', '', '某市城市道路挖掘管理办法……（3）', '', ''].join('\n');
    assert.equal(parseIssue(toc + issue('')).documents.length, 4);
    assert.deepEqual(run(RULE, toc + issue('修改后的《办法》共2章3条。')), []);
    assert.deepEqual(run(RULE, toc + issue('修改后的《办法》共2章4条。')).map((f) => f.message), expected);
  });
});

describe(`${RULE}: counts as interpretations write them`, () => {
  const issue = (claim: string) =>
    [
      '临江市人民政府办公室关于印发临江市促进民营经济高质量发展若干措施的通知', '', '临政办发〔2024〕21号', '', '各区人民政府，市政府各部门：', '',
      '现将《临江市促进民营经济高质量发展若干措施》印发给你们，请认真贯彻执行。', '', '临江市人民政府办公室', '', '2024年6月3日', '',
      '临江市促进民营经济高质量发展若干措施', '', '一、优化发展环境', '', '1.降低准入门槛。', '', '2.保障公平竞争。', '', '二、加大要素支持', '', '3.强化金融支持。', '', '4.保障用地需求。', '',
      '《临江市促进民营经济高质量发展若干措施》政策解读', '', '一、主要内容是什么？', '', `答：${claim}`, '',
    ].join('\n');

  it('reads 共N个方面M条 against the measures\' two levels, and a count after the cited number', () => {
    assert.deepEqual(run(RULE, issue('《临江市促进民营经济高质量发展若干措施》共2个方面4条。')), []);
    assert.deepEqual(run(RULE, issue('《临江市促进民营经济高质量发展若干措施》共3个方面4条。')).map((f) => f.message), [
      '解读称共3个方面4条，所解读的《临江市促进民营经济高质量发展若干措施》有2个方面4条 (the interpretation counts 3 parts and 4 articles; the document has 2 parts and 4 articles)',
    ]);
    assert.deepEqual(run(RULE, issue('《临江市促进民营经济高质量发展若干措施》（临政办发〔2024〕21号）共5条。')).map((f) => f.message), [
      '解读称共5条，所解读的《临江市促进民营经济高质量发展若干措施》有4条 (the interpretation counts 5 articles; the document has 4 articles)',
    ]);
  });
});

describe(`${RULE}: measures whose 方面 are titles without labels`, () => {
  // Three groups printed as bare titles over 一、…六、: the 方面 have no labels, the 条 are the only level.
  const issue = (claim: string, items = ['一、降低准入门槛。', '二、保障公平竞争。', '三、强化金融支持。', '四、保障用地需求。', '五、优化审批服务。', '六、加强执法监督。']) =>
    [
      '临江市人民政府办公室关于印发临江市促进民营经济高质量发展若干措施的通知', '', '临政办发〔2024〕21号', '', '各区人民政府，市政府各部门：', '',
      '现将《临江市促进民营经济高质量发展若干措施》印发给你们，请认真贯彻执行。', '', '临江市人民政府办公室', '', '2024年6月3日', '',
      '临江市促进民营经济高质量发展若干措施', '', '优化发展环境', '', items[0], '', items[1], '', '加大要素支持', '', items[2], '', items[3], '',
      '提升政务服务', '', ...items.slice(4).flatMap((l) => [l, '']),
      '《临江市促进民营经济高质量发展若干措施》政策解读', '', '一、主要内容是什么？', '', `答：${claim}`, '',
    ].join('\n');

  it('does not count the 方面 at the level of the 条', () => {
    assert.deepEqual(run(RULE, issue('《临江市促进民营经济高质量发展若干措施》共3个方面6条。')), []);
    assert.deepEqual(run(RULE, issue('《措施》从三个方面提出举措，共3个方面。')), []);
    // The 条 are the top level of two: their sub-items do not make the 条 the 方面.
    const sub = issue('《临江市促进民营经济高质量发展若干措施》共3个方面6条。').replace('一、降低准入门槛。', '一、降低准入门槛。\n\n（一）放宽市场准入。\n\n（二）清理隐性壁垒。');
    assert.ok(sub.includes('（二）清理隐性壁垒'));
    assert.deepEqual(run(RULE, sub), []);
  });

  it('still counts the 条', () => {
    assert.deepEqual(run(RULE, issue('《临江市促进民营经济高质量发展若干措施》共3个方面7条。')).map((f) => f.message), [
      '解读称共3个方面7条，所解读的《临江市促进民营经济高质量发展若干措施》有6条 (the interpretation counts 3 parts and 7 articles; the document has 6 articles)',
    ]);
  });
});

describe(`${RULE}: short names the interpretation declares (以下简称《…》)`, () => {
  // Policies whose short name (《若干政策》) is no 办法/措施 the rule could guess, interpreted in questions and answers.
  const issue = (title: string, ...answers: string[]) =>
    [
      '临江市人民政府办公室关于印发临江市支持制造业高质量发展若干政策的通知', '', '临政办发〔2024〕21号', '', '各区人民政府，市政府各部门：', '',
      '现将《临江市支持制造业高质量发展若干政策》印发给你们，请认真贯彻执行。', '', '临江市人民政府办公室', '', '2024年6月3日', '',
      '临江市支持制造业高质量发展若干政策', '', '一、支持企业技术改造', '', '（一）对技术改造项目给予补助。', '', '（二）支持企业购置先进设备。', '',
      '二、支持企业创新发展', '', '（三）支持企业建设研发机构。', '', '（四）鼓励企业申报首台套产品。', '',
      title, '',
      '近日，市政府办公室印发了《临江市支持制造业高质量发展若干政策》（临政办发〔2024〕21号，以下简称《若干政策》）。现就有关内容解读如下。', '',
      ...answers.flatMap((a, i) => [`${'一二三'[i]}问：${i === 0 ? '《若干政策》的主要内容有哪些？' : '还有哪些规定？'}`, '', `答：${a}`, '']),
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('counts what 《若干政策》 says against the policies it stands for', () => {
    assert.deepEqual(messages(issue('《临江市支持制造业高质量发展若干政策》政策解读', '《若干政策》共2个方面4条。')), []);
    assert.deepEqual(messages(issue('《临江市支持制造业高质量发展若干政策》政策解读', '《若干政策》共2个方面5条。')), [
      '解读称共2个方面5条，所解读的《临江市支持制造业高质量发展若干政策》有2个方面4条 (the interpretation counts 2 parts and 5 articles; the document has 2 parts and 4 articles)',
    ]);
  });

  it('finds the document an interpretation titled by the short name interprets', () => {
    assert.deepEqual(messages(issue('《若干政策》政策解读', '《若干政策》共2个方面4条。')), []);
    assert.equal(messages(issue('《若干政策》政策解读', '《若干政策》共3个方面4条。')).length, 1);
    // Undeclared, the short name is a title of its own that the issue does not print.
    const undeclared = issue('《若干政策》政策解读', '《若干政策》共2个方面4条。').replace('，以下简称《若干政策》', '');
    assert.match(messages(undeclared)[0], /未在本期刊出/);
  });

  it('does not count another document’s short name against the interpreted one', () => {
    // 《省办法》 looks like a short name of the 办法 interpreted; declared, it is the province's.
    const text = [
      '临江市人力资源和社会保障局关于印发临江市就业见习管理办法的通知', '', '临人社规〔2024〕3号', '', '各区人力资源和社会保障局：', '',
      '现将《临江市就业见习管理办法》印发给你们，请认真贯彻执行。', '', '临江市人力资源和社会保障局', '', '2024年6月3日', '',
      '临江市就业见习管理办法', '', '第一条　为规范就业见习管理，制定本办法。', '', '第二条　见习期限一般为3至12个月。', '', '第三条　本办法自2024年7月15日起施行。', '',
      '关于《临江市就业见习管理办法》的解读', '',
      '问：《临江市就业见习管理办法》（临人社规〔2024〕3号，以下简称《办法》）的主要内容有哪些？', '', '答：《办法》共三条。', '',
      '问：《办法》与省里的规定如何衔接？', '',
      '答：《办法》依据《江南省就业见习管理实施办法》（江人社发〔2023〕18号，以下简称《省办法》）制定。《省办法》共六章三十条，对见习工作作了全面规定。', '',
    ].join('\n');
    assert.deepEqual(messages(text), []);
    assert.equal(messages(text.replace('答：《办法》共三条。', '答：《办法》共四条。')).length, 1);
  });

  it('takes a number after the short name for the document’s, and a wrong one for doc-number/consistency', () => {
    const right = issue('《临江市支持制造业高质量发展若干政策》政策解读', '《若干政策》（临政办发〔2024〕21号）共2个方面4条。');
    assert.deepEqual(messages(right), []);
    assert.deepEqual(run('cross-reference/citation', right), []);
    assert.deepEqual(run('doc-number/consistency', right), []);
    const wrong = right.replace('《若干政策》（临政办发〔2024〕21号）', '《若干政策》（临政办发〔2024〕12号）');
    assert.deepEqual(messages(wrong), []);
    assert.deepEqual(lines(wrong, run('doc-number/consistency', wrong)), [33]);
  });

  it('counts a short name declared in quotes and written bare (以下简称“若干政策” … 若干政策共…)', () => {
    const quoted = (...answers: string[]) =>
      issue('《临江市支持制造业高质量发展若干政策》政策解读', ...answers).replace('以下简称《若干政策》', '以下简称“若干政策”');
    assert.deepEqual(messages(quoted('若干政策共2个方面4条。')), []);
    assert.deepEqual(messages(quoted('若干政策共2个方面5条。')), [
      '解读称共2个方面5条，所解读的《临江市支持制造业高质量发展若干政策》有2个方面4条 (the interpretation counts 2 parts and 5 articles; the document has 2 parts and 4 articles)',
    ]);
    assert.equal(messages(quoted('主要内容如下。若干政策共3个方面4条，涵盖技术改造和创新发展。')).length, 1, 'at the start of a sentence');
    assert.equal(messages(quoted('“若干政策”共2个方面5条。')).length, 1, 'in quotes');
  });

  it('reads a bare short name only where it begins a sentence and 共 follows it', () => {
    const quoted = (...answers: string[]) =>
      issue('《临江市支持制造业高质量发展若干政策》政策解读', ...answers).replace('以下简称《若干政策》', '以下简称“若干政策”');
    // Inside a sentence, or with words between it and 共, or never declared: no count of the policies.
    assert.deepEqual(messages(quoted('全市落实若干政策共5个方面9条。')), []);
    assert.deepEqual(messages(quoted('若干政策的配套细则共5个方面9条。')), []);
    assert.deepEqual(messages(issue('《临江市支持制造业高质量发展若干政策》政策解读', '若干政策共5个方面9条。')), []);
    assert.deepEqual(messages(quoted('配套政策共5个方面9条。')), []);
  });

  it('holds a short name only in the document that declares it', () => {
    // Another interpretation in the issue, which declares nothing, counting 《若干政策》 is no count of these policies.
    const text = issue('《临江市支持制造业高质量发展若干政策》政策解读', '《若干政策》共2个方面4条。') +
      ['', '关于《临江市工业用地管理办法》的解读', '', '问：《若干政策》共几条？', '', '答：《若干政策》共9条。', ''].join('\n');
    assert.ok(!messages(text).some((m) => /若干政策》有/.test(m)), messages(text).join('\n'));
  });
});

describe(`${RULE}: an interpretation titled without 《》, or by a short name no one declared`, () => {
  const plan = (...more: string[]) =>
    [
      '临江市人民政府办公室关于印发临江市促进民营经济高质量发展若干措施的通知', '', '临政办发〔2024〕21号', '', '各区人民政府，市政府各部门：', '',
      '现将《临江市促进民营经济高质量发展若干措施》印发给你们，请认真贯彻执行。', '', '临江市人民政府办公室', '', '2024年6月5日', '',
      '临江市促进民营经济高质量发展若干措施', '', '一、优化市场准入环境', '', '（一）全面落实市场准入负面清单制度。', '', '（二）清理妨碍公平竞争的规定。', '',
      '二、加大金融支持力度', '', '（三）扩大民营企业信贷投放。', '',
      ...more,
    ].join('\n');
  const piece = (title: string, answer: string) => plan(title, '', '问：《若干措施》出台的背景是什么？', '', `答：${answer}`, '');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('takes a title without 《》 (…政策解读, …问答) for the document it names, with or without the place', () => {
    for (const title of ['临江市促进民营经济高质量发展若干措施政策解读', '促进民营经济高质量发展若干措施问答', '临江市促进民营经济高质量发展若干措施政策问答']) {
      assert.deepEqual(messages(piece(title, '为激发民营经济活力。')), [], title);
      assert.deepEqual(messages(piece(title, '《若干措施》共2个方面3条。')), [], title);
      assert.deepEqual(messages(piece(title, '《若干措施》共2个方面4条。')), [
        '解读称共2个方面4条，所解读的《临江市促进民营经济高质量发展若干措施》有2个方面3条 (the interpretation counts 2 parts and 4 articles; the document has 2 parts and 3 articles)',
      ], title);
    }
  });

  it('takes an undeclared 《若干措施》 for the one printed document whose name ends so', () => {
    assert.deepEqual(messages(piece('《若干措施》政策解读', '为激发民营经济活力。')), []);
    assert.equal(messages(piece('《若干措施》政策解读', '《若干措施》共3个方面3条。')).length, 1);
    // Two printed documents end so: which one is meant cannot be told.
    const two = plan(
      '临江市人民政府办公室关于印发临江市支持外贸稳定发展若干措施的通知', '', '临政办发〔2024〕22号', '', '各区人民政府，市政府各部门：', '',
      '现将《临江市支持外贸稳定发展若干措施》印发给你们，请认真贯彻执行。', '', '临江市人民政府办公室', '', '2024年6月6日', '',
      '临江市支持外贸稳定发展若干措施', '', '一、稳定外贸主体', '',
      '《若干措施》政策解读', '', '问：《若干措施》出台的背景是什么？', '', '答：为激发民营经济活力。', '',
    );
    assert.match(messages(two)[0] ?? '', /所解读的《若干措施》未在本期刊出/);
  });

  it('still reports a title without 《》 naming nothing printed here', () => {
    const text = piece('临江市支持外贸稳定发展若干措施政策解读', '为稳定外贸。').replace('问：《若干措施》出台的背景是什么？', '问：《临江市支持外贸稳定发展若干措施》出台的背景是什么？');
    assert.match(messages(text)[0] ?? '', /所解读的《临江市支持外贸稳定发展若干措施》未在本期刊出/);
  });
});

describe(`${RULE}: the interpreted document called by its kind alone with its number (《通知》（某政发〔2025〕9号）)`, () => {
  const issue = (cited: string) =>
    [
      '某市人民政府关于调整城乡居民最低生活保障标准的通知', '', '某政发〔2025〕9号', '', '各县（市、区）人民政府，市政府各部门：', '',
      '　　经市政府研究，决定自2025年7月1日起调整全市城乡居民最低生活保障标准。', '', '某市人民政府', '', '2025年6月6日', '',
      '《某市人民政府关于调整城乡居民最低生活保障标准的通知》政策解读', '',
      '　　一、调整幅度', '', '　　本次调整后，全市城乡低保平均标准提高到每人每月1013元。', '',
      '　　二、施行时间', '', `　　${cited}自2025年7月1日起施行。`, '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('takes the kind its title ends in for the document of that number', () => {
    assert.deepEqual(messages(issue('《通知》（某政发〔2025〕9号）')), []);
    // A department's notice citing it so, as cross-reference/citation reads it.
    const notice = (cited: string) =>
      issue('《通知》（某政发〔2025〕9号）') +
      ['', '某市民政局关于做好城乡低保标准调整后资金发放工作的通知', '', '某民发〔2025〕12号', '', '各县（市、区）民政局：', '',
        `　　根据${cited}要求，现就资金发放有关事项通知如下。`, '', '某市民政局', '', '2025年6月16日', ''].join('\n');
    assert.deepEqual(run('cross-reference/citation', notice('《通知》（某政发〔2025〕9号）')), []);
    assert.equal(run('cross-reference/citation', notice('《意见》（某政发〔2025〕9号）')).length, 1);
  });

  it('still reports another kind, or a title cut short, with that number', () => {
    assert.match(messages(issue('《办法》（某政发〔2025〕9号）'))[0] ?? '', /此处引作《办法》/);
    assert.match(messages(issue('《调整低保标准的通知》（某政发〔2025〕9号）'))[0] ?? '', /此处引作《调整低保标准的通知》/);
  });
});

describe(`${RULE}: the full title declared for the short name of the interpreted document`, () => {
  const issue = (declared: string) =>
    [
      '某市人民政府令', '', '第18号', '',
      '　　《某市电动自行车安全管理办法》已经2024年11月28日市政府第52次常务会议审议通过，现予公布，自2025年1月1日起施行。', '',
      '市长　　周明远', '', '2024年12月6日', '',
      '某市电动自行车安全管理办法', '', '第一章　总　　则', '',
      '　　第一条　为了加强电动自行车安全管理，制定本办法。', '', '　　第二条　本市行政区域内电动自行车的安全管理，适用本办法。', '',
      '第二章　附　　则', '', '　　第三条　本办法自2025年1月1日起施行。', '',
      '《某市电动自行车安全管理办法》政策解读', '',
      '　　一、为什么要制定《办法》？', '',
      `　　答：近年来，我市电动自行车保有量快速增长，${declared}应运而生。`, '',
      '　　二、《办法》的主要内容有哪些？', '', '　　答：《办法》共2章3条。', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('is quiet when the short name stands for the interpreted document\'s title, or for another document', () => {
    assert.deepEqual(messages(issue('《某市电动自行车安全管理办法》（以下简称《办法》）')), []);
    assert.deepEqual(messages(issue('依据《某省电动自行车管理条例》（以下简称《条例》），《办法》')), []);
    // A title far from the subject's is another document's, whatever its short name.
    assert.deepEqual(messages(issue('《某市非机动车停放管理办法》（以下简称《停放办法》）施行后，《办法》')), []);
  });

  it('reports a full title that differs from the interpreted document\'s in a word', () => {
    const text = issue('《某市电动自行车安全管理规定》（以下简称《办法》）');
    const found = run(RULE, text);
    assert.deepEqual(found.map((f) => f.message), [
      '解读以《某市电动自行车安全管理规定》为《办法》的全称，所解读文件的标题为《某市电动自行车安全管理办法》 (the full title declared for the short name differs from the interpreted document\'s)',
    ]);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '某市电动自行车安全管理规定');
  });

  it('reads a declaration a hard wrap cut before the short name', () => {
    assert.equal(messages(issue('《某市电动自行车安全管理规定》（以下简称\n《办法》）')).length, 1);
    assert.deepEqual(messages(issue('《某市电动自行车安全管理办法》（以下简称\n《办法》）')), []);
  });
});

describe('cross-reference/interpretation: a drafter\'s explanation (起草说明)', () => {
  const articles = Array.from({ length: 6 }, (_, k) => `　　第${'一二三四五六'[k]}条　本办法第${'一二三四五六'[k]}条的内容。`);
  const text = (claim: string, title = '关于《泓州市住宅小区电动自行车停放充电管理办法》的起草说明') => [
    '泓州市人民政府关于印发泓州市住宅小区电动自行车停放充电管理办法的通知', '', '泓政发〔2025〕7号', '',
    '各县（市、区）人民政府，市政府各部门：', '', '　　现将《泓州市住宅小区电动自行车停放充电管理办法》印发给你们，请认真贯彻执行。', '',
    '泓州市人民政府', '', '2025年3月28日', '', '（此件公开发布）', '',
    '泓州市住宅小区电动自行车停放充电管理办法', '', '第一章　总则', '', ...articles.slice(0, 3), '', '第二章　附则', '', ...articles.slice(3), '',
    title, '', '　　一、主要内容', '', `　　《办法》${claim}，主要内容如下：明确职责分工，加强设施建设。`,
  ].join('\n');

  it('checks its count of chapters and articles against the document it explains', () => {
    const found = run('cross-reference/interpretation', text('共2章7条'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /共2章7条/);
  });

  it('is quiet on a right count, and in the form 《X》制定说明', () => {
    assert.deepEqual(run('cross-reference/interpretation', text('共2章6条')), []);
    assert.deepEqual(run('cross-reference/interpretation', text('共2章6条', '《泓州市住宅小区电动自行车停放充电管理办法》制定说明')), []);
  });

  it('leaves a notice\'s attachment titled so as its attachment (a draft sent out for comments and its 起草说明)', () => {
    const draft = [
      '某市司法局关于公开征求《某市城市绿化管理办法（征求意见稿）》意见的通知', '', '某司发〔2025〕3号', '', '各有关单位：', '',
      '　　现将《某市城市绿化管理办法（征求意见稿）》及其起草说明印发给你们，请于2025年4月30日前反馈意见。', '',
      '　　附件：1．某市城市绿化管理办法（征求意见稿）', '　　　　　2．关于《某市城市绿化管理办法（征求意见稿）》的起草说明', '',
      '某市司法局', '2025年3月28日', '', '附件1', '', '某市城市绿化管理办法（征求意见稿）', '', '　　第一条　为了加强城市绿化管理，制定本办法。', '',
      '附件2', '', '关于《某市城市绿化管理办法（征求意见稿）》的起草说明', '', '　　一、起草背景', '', '　　为加强城市绿化管理，起草了本办法。', '',
    ].join('\n');
    const issue = parseIssue(draft);
    assert.equal(issue.documents.length, 1, issue.documents.map((d) => d.title.text).join(' / '));
    assert.deepEqual(run('cross-reference/interpretation', draft), []);
  });
});

describe(`${RULE}: the decree an interpretation of decreed rules names`, () => {
  const issue = (said: string) =>
    [
      '某市人民政府令', '', '第12号', '', '　　《某市城市地下管线管理办法》已经市人民政府常务会议审议通过，现予公布，自2026年5月1日起施行。', '', '市长　王建国', '2026年3月12日', '',
      '某市城市地下管线管理办法', '', '第一条　为了加强城市地下管线管理，制定本办法。', '', '第二条　本办法自2026年5月1日起施行。', '',
      '《某市城市地下管线管理办法》政策解读', '', `　　${said}`, '', '　　《办法》共2条。', '',
    ].join('\n');
  const messages = (text: string) => run(RULE, text).map((f) => f.message);

  it('reports another decree\'s number, wrapped or not', () => {
    const said = (n: number) => `市住房城乡建设局起草了《某市城市地下管线管理办法》（以下简称《办法》），经市政府常务会议审议通过，以市政府令第${n}号公布。`;
    assert.deepEqual(messages(issue(said(12))), []);
    assert.deepEqual(messages(issue(said(13))), ['解读称以第13号令公布，所解读的规章由第12号令公布 (the interpretation names another decree than the one promulgating the rules)']);
    assert.deepEqual(messages(hardWrapped(issue(said(13)), 23)), ['解读称以第13号令公布，所解读的规章由第12号令公布 (the interpretation names another decree than the one promulgating the rules)']);
  });

  it('is quiet on the decree of an earlier text', () => {
    assert.deepEqual(messages(issue('《办法》施行后，原市政府令第48号公布的《某市城市道路挖掘管理暂行规定》同时废止。')), []);
    assert.deepEqual(messages(issue('《办法》依据省政府令第88号制定，细化了相关规定。')), []);
  });
});
